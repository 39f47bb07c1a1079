"""Watchlist endpoints and the API index: /api/v1/watchlists…, /api/v1/.

Reads are open like every other read; creating and deleting a watchlist need the write
token, as ingest does (a webhook makes the server send requests, so it is a write).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from dragoman.api.routes import ERRORS, require_write
from dragoman.server.requests import FEED_ENTRIES
from dragoman.server.services import Services, services
from dragoman.watchlists import Watchlist, new_watchlist
from dragoman.watchlists.atom import atom_feed
from dragoman.watchlists.service import MAX_NAME_CHARS, MAX_TERM_CHARS, MAX_TERMS, MAX_URL_CHARS

router = APIRouter()
Svc = Annotated[Services, Depends(services)]
Writer = Annotated[Services, Depends(require_write)]
Terms = Annotated[list[Annotated[str, Field(max_length=MAX_TERM_CHARS)]],
                  Field(default_factory=list, max_length=MAX_TERMS)]
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS, 401: {"description": "missing or wrong write token"},
    403: {"description": "writes are off (no token configured)"}}


class WatchlistRequest(BaseModel):
    """A saved query: every non-empty field must hold; any one term of a field suffices."""

    name: str = Field(min_length=1, max_length=MAX_NAME_CHARS)
    keywords: Terms
    entities: Terms
    speakers: Terms
    languages: Terms
    webhook: str | None = Field(None, max_length=MAX_URL_CHARS, pattern=r"^https?://\S+$",
                                description="POST new hits as JSON here (public addresses)")


def _public(w: Watchlist, request: Request, hits: int | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {"id": w.id, "name": w.name, **w.query(), "webhook": w.webhook,
                            "created_at": w.created_at,
                            "feed": str(request.url_for("watchlist_feed", watchlist_id=w.id))}
    if hits is not None:
        data["hits"] = hits
    return data


@router.get("/", tags=["service"], summary="This index: every endpoint of the API")
def index(request: Request) -> dict[str, Any]:
    spec = request.app.openapi()
    endpoints = [{"method": method.upper(), "path": path, "summary": op.get("summary", "")}
                 for path, methods in spec.get("paths", {}).items()
                 for method, op in methods.items()]
    return {"name": "Dragoman API", "version": spec.get("info", {}).get("version"),
            "openapi": request.app.openapi_url, "reference": "/docs",
            "explorer": "/api/explorer", "endpoints": endpoints}


@router.get("/watchlists", tags=["watchlists"], summary="Watchlists with their hit counts")
def watchlists(svc: Svc, request: Request) -> dict[str, Any]:
    items = [_public(w, request, hits) for w, hits in svc.archive().watchlists()]
    return {"items": items, "total": len(items)}


@router.post("/watchlists", tags=["watchlists"], status_code=201, responses=WRITE_ERRORS,
             summary="Save a watchlist (matched at once against the whole archive)")
def create(svc: Writer, body: WatchlistRequest, request: Request) -> dict[str, Any]:
    watchlist = new_watchlist(body.name, body.keywords, body.entities, body.speakers,
                              body.languages, body.webhook)
    archive = svc.archive()
    archive.add_watchlist(watchlist)
    return _public(watchlist, request, archive.watchlist_hits(watchlist.id))


@router.get("/watchlists/{watchlist_id}", tags=["watchlists"], responses=ERRORS,
            summary="One watchlist and its newest matching articles and statements")
def watchlist(svc: Svc, watchlist_id: str, request: Request) -> dict[str, Any]:
    archive = svc.archive()
    found = archive.watchlist(watchlist_id[:64])
    items = archive.watchlist_items(found.id, limit=FEED_ENTRIES)
    return _public(found, request, archive.watchlist_hits(found.id)) | {
        "items": [i.to_dict() for i in items]}


@router.delete("/watchlists/{watchlist_id}", tags=["watchlists"], status_code=204,
               responses=WRITE_ERRORS, summary="Delete a watchlist and its hits")
def delete(svc: Writer, watchlist_id: str) -> Response:
    svc.archive().remove_watchlist(watchlist_id[:64])
    return Response(status_code=204)


@router.get("/watchlists/{watchlist_id}/feed.atom", tags=["watchlists"], responses=ERRORS,
            response_class=Response, name="watchlist_feed",
            summary="A watchlist's newest matching articles and statements as an Atom feed")
def feed(svc: Svc, watchlist_id: str, request: Request) -> Response:
    archive = svc.archive()
    found = archive.watchlist(watchlist_id[:64])
    items = archive.watchlist_items(found.id, limit=FEED_ENTRIES)
    body = atom_feed(found, items, str(request.base_url))
    return Response(body, media_type="application/atom+xml; charset=utf-8")
