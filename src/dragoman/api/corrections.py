"""Analyst corrections of entities: POST /api/v1/entities/{id}/corrections, GET
/api/v1/corrections, DELETE /api/v1/corrections/{id} (undo). Writes need the write token, as
ingest does; reads are open. The archive does the work (``Archive.correct`` and the rest, over
``store/corrections.py``)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse

from dragoman.api.routes import ERRORS, require_write
from dragoman.server.requests import CorrectionRequest, add_correction
from dragoman.server.services import Services, services

router = APIRouter()
Svc = Annotated[Services, Depends(services)]
Writer = Annotated[Services, Depends(require_write)]
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS, 401: {"description": "missing or wrong write token"},
    403: {"description": "writes are off (no token configured)"}}


@router.post("/entities/{entity_id:path}/corrections", tags=["entities"], status_code=201,
             responses=WRITE_ERRORS, summary="Correct an entity: merge, split, rename, retype, not_entity")
def correct(svc: Writer, entity_id: str, body: CorrectionRequest) -> JSONResponse:
    return JSONResponse(add_correction(svc, entity_id, body), status_code=201)


@router.get("/corrections", tags=["entities"], responses=ERRORS,
            summary="Analyst corrections, oldest first, with when and why (and when undone)")
def corrections(svc: Svc, entity: Annotated[str | None, Query(max_length=128)] = None) -> dict[str, Any]:
    items = [c.to_dict() for c in svc.archive().corrections(entity)]
    return {"items": items, "total": len(items)}


@router.delete("/corrections/{correction_id}", tags=["entities"], responses=WRITE_ERRORS,
               summary="Undo a correction (it stays listed, with undone_at)")
def undo(svc: Writer, correction_id: int) -> dict[str, Any]:
    return svc.archive().undo_correction(correction_id).to_dict()
