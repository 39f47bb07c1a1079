"""The correction form on the entity page (plain HTML form, no script; token-gated like the
ingest form). Errors are the app's error pages: 401/403 token, 404 unknown id, 400/422 input."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, quote

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import ValidationError

from dragoman.errors import InputError
from dragoman.server.requests import CorrectionRequest, add_correction
from dragoman.server.services import services

router = APIRouter(include_in_schema=False)
_SPAN = re.compile(r"^\s*(\d+)\s*-\s*(\d+)\s*$")
_FIELDS = ("kind", "other_id", "article_id", "name", "type", "reason")


def _request(entity_id: str, form: dict[str, str]) -> CorrectionRequest:
    """The form as a correction request; an InputError names the entity and the problem."""
    data: dict[str, object] = {k: form[k].strip() for k in _FIELDS if form.get(k, "").strip()}
    mention = form.get("mention", "").strip()
    if mention:
        found = _SPAN.match(mention)
        if not found:
            raise InputError(f"correction of {entity_id}", f"mention {mention!r} is not START-END")
        data["start"], data["end"] = int(found[1]), int(found[2])
    try:
        return CorrectionRequest.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise InputError(f"correction of {entity_id}", problems) from exc


async def _form(request: Request) -> dict[str, str]:
    body = (await request.body()).decode("utf-8", "replace")
    return {k: v[0] for k, v in parse_qs(body, keep_blank_values=True).items()}


@router.post("/entities/{entity_id:path}/corrections")
async def correct(request: Request, entity_id: str) -> Response:
    svc = services(request)
    form = await _form(request)
    svc.check_write(form.get("token"))
    done = add_correction(svc, entity_id, _request(entity_id, form))
    target = done["new_entity_id"] or done["entity_id"]
    return Response(status_code=303, headers={"Location": f"/entities/{quote(target, safe='')}"})


@router.post("/corrections/{correction_id}/undo")
async def undo(request: Request, correction_id: int) -> Response:
    svc = services(request)
    form = await _form(request)
    svc.check_write(form.get("token"))
    done = svc.archive().undo_correction(correction_id)
    return Response(status_code=303, headers={"Location": f"/entities/{quote(done.entity_id, safe='')}"})
