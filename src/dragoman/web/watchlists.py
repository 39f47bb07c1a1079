"""Watchlist pages: the list with each feed's link, and one watchlist's newest hits."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from dragoman.server.requests import FEED_ENTRIES
from dragoman.server.services import services

router = APIRouter(include_in_schema=False)


@router.get("/watchlists", response_class=HTMLResponse)
def watchlists(request: Request) -> HTMLResponse:
    from dragoman.web.views import render

    return render(request, "watchlists.html", watchlists=services(request).archive().watchlists())


@router.get("/watchlists/{watchlist_id}", response_class=HTMLResponse)
def watchlist(request: Request, watchlist_id: str) -> HTMLResponse:
    from dragoman.web.views import render

    archive = services(request).archive()
    found = archive.watchlist(watchlist_id[:64])
    items = archive.watchlist_items(found.id, limit=FEED_ENTRIES)
    return render(request, "watchlist.html", watchlist=found, items=items,
                  feed=f"/api/v1/watchlists/{found.id}/feed.atom")
