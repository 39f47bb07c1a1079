"""Watchlist pages: the list with each feed's link, and one watchlist's newest hits."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from dragoman.server.requests import FEED_ENTRIES
from dragoman.server.services import services
from dragoman.watchlists import get_watchlist, list_watchlists, recent_items

router = APIRouter(include_in_schema=False)


@router.get("/watchlists", response_class=HTMLResponse)
def watchlists(request: Request) -> HTMLResponse:
    from dragoman.web.views import render

    store = services(request).store()
    rows = [(w, store.count_watchlist_hits(w.id)) for w in list_watchlists(store)]
    return render(request, "watchlists.html", watchlists=rows)


@router.get("/watchlists/{watchlist_id}", response_class=HTMLResponse)
def watchlist(request: Request, watchlist_id: str) -> HTMLResponse:
    from dragoman.web.views import render

    store = services(request).store()
    found = get_watchlist(store, watchlist_id[:64])
    items = recent_items(store, found.id, limit=FEED_ENTRIES)
    return render(request, "watchlist.html", watchlist=found, items=items,
                  feed=f"/api/v1/watchlists/{found.id}/feed.atom")
