"""Webhooks: POST a watchlist's new hits as JSON to the URL its owner configured.

Only http(s) URLs; the address is checked with ``dragoman.sources.http.refuse_non_public``
before every delivery (private, loopback, link-local … addresses are refused unless allowed
with the ``allow_private_hosts`` setting), and redirects are not followed, so a webhook
cannot be turned against the machine's own network. A refused URL or a 4xx answer is a
permanent failure (the hits are marked sent and the failure reported); a connection error
or a 5xx answer leaves the hits pending for the next delivery round.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from dragoman.sources.http import FetchError, refuse_non_public
from dragoman.store import ArchiveStore
from dragoman.version import __version__
from dragoman.watchlists.service import hit_items, list_watchlists

# Seconds to connect to / hear back from a webhook receiver.
WEBHOOK_TIMEOUT_S = 10.0
# Most hits sent in one POST; the rest follow in the next round.
WEBHOOK_BATCH = 100


@dataclass(slots=True)
class Delivery:
    watchlist_id: str
    url: str
    items: int
    ok: bool
    error: str | None = None


def _post(url: str, body: bytes, allow: Iterable[str]) -> tuple[bool, bool, str | None]:
    """(delivered, permanent failure, error) of one POST."""
    import httpx

    try:
        refuse_non_public(url, allow)
    except FetchError as exc:
        return False, exc.permanent, exc.reason
    try:
        response = httpx.post(url, content=body, timeout=WEBHOOK_TIMEOUT_S,
                              follow_redirects=False,
                              headers={"Content-Type": "application/json",
                                       "User-Agent": f"Dragoman/{__version__} (watchlist webhook)"})
    except httpx.HTTPError as exc:
        return False, False, f"cannot reach the webhook: {exc}"
    if 200 <= response.status_code < 300:
        return True, False, None
    permanent = response.status_code < 500
    return False, permanent, f"the webhook answered HTTP {response.status_code}"


def deliver(store: ArchiveStore, allow: Iterable[str] | None = None) -> list[Delivery]:
    """Send every watchlist's pending hits to its webhook; one Delivery per POST tried.

    ``allow``: hosts ("host", "host:port", "*") exempt from the non-public address check
    (the ``allow_private_hosts`` setting, ``$DRAGOMAN_ALLOW_PRIVATE_HOSTS``); default none.
    """
    allowed = frozenset(allow or ())
    deliveries = []
    for watchlist in list_watchlists(store):
        if not watchlist.webhook:
            continue
        rows = store.watchlist_hits(watchlist.id, limit=WEBHOOK_BATCH, pending=True)
        if not rows:
            continue
        items = hit_items(store, rows)
        body = json.dumps({"watchlist": {"id": watchlist.id, "name": watchlist.name},
                           "items": [i.to_dict() for i in items]}, ensure_ascii=False).encode()
        delivered, permanent, error = _post(watchlist.webhook, body, allowed)
        if delivered or permanent:
            store.mark_watchlist_notified(
                watchlist.id, [(r["article_id"], r["kind"], r["quote_start"]) for r in rows])
        deliveries.append(Delivery(watchlist.id, watchlist.webhook, len(items), delivered, error))
    return deliveries
