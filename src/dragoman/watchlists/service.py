"""Watchlists over an archive: create, read, remove, and keep their hits current.

``refresh(store)`` matches every article stored since a watchlist's last scan (its
``scanned`` rowid) and records the hits, so it costs the new articles only and can run
after every ingest or poll (``dragoman watch`` does). A new watchlist is matched against
the whole archive at once; those first hits are marked as already notified, so a webhook
receives only what arrives afterwards.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from dragoman.errors import InputError, NotFound
from dragoman.model import Article, Quote
from dragoman.store import ArchiveStore
from dragoman.watchlists.match import Watchlist, match_article

# Articles read from the archive per round of matching.
REFRESH_BATCH = 200
# Most terms in one field of a watchlist, and the longest term (characters).
MAX_TERMS = 50
MAX_TERM_CHARS = 200
MAX_NAME_CHARS = 200
MAX_URL_CHARS = 2048
FIELDS = ("keywords", "entities", "speakers", "languages")


@dataclass(slots=True)
class HitItem:
    """One feed or webhook item: a matching article, or one of its matching statements."""

    watchlist_id: str
    kind: str  # "article" or "statement"
    matched_at: str
    article: Article
    quote: Quote | None = None

    def to_dict(self) -> dict[str, Any]:
        a = self.article
        data: dict[str, Any] = {
            "kind": self.kind, "matched_at": self.matched_at,
            "article": {"id": a.id, "title": a.title, "language": a.language,
                        "published": a.published, "url": a.url, "site": a.site}}
        if self.quote is not None:
            q = self.quote
            data["statement"] = {"text": q.text, "start": q.start, "end": q.end,
                                 "direct": q.direct, "cue": q.cue,
                                 "speaker": {"id": q.speaker_id,
                                             "name": q.speaker_name or q.speaker_text}}
        return data


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _terms(name: str, values: list[str] | tuple[str, ...] | None) -> list[str]:
    terms = list(dict.fromkeys(v.strip() for v in values or () if v and v.strip()))
    if len(terms) > MAX_TERMS:
        raise InputError(f"watchlist {name}", f"at most {MAX_TERMS} terms per field")
    for term in terms:
        if len(term) > MAX_TERM_CHARS:
            raise InputError(f"watchlist {name}",
                             f"the term {term[:40]!r}… is over {MAX_TERM_CHARS} characters")
    return terms


def check_webhook(url: str | None) -> str | None:
    """The webhook URL if it is an http(s) URL with a host; None for none."""
    if not url:
        return None
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or len(url) > MAX_URL_CHARS:
        raise InputError(url[:100], "a webhook must be an http:// or https:// URL with a host")
    return url


def new_watchlist(name: str, keywords: list[str] | None = None,
                  entities: list[str] | None = None, speakers: list[str] | None = None,
                  languages: list[str] | None = None, webhook: str | None = None) -> Watchlist:
    """A validated watchlist (not stored yet) with a fresh id."""
    name = name.strip()
    if not name or len(name) > MAX_NAME_CHARS:
        raise InputError(f"watchlist {name[:40]!r}",
                         f"a watchlist needs a name of 1 to {MAX_NAME_CHARS} characters")
    watchlist = Watchlist(id="w" + secrets.token_hex(4), name=name,
                          keywords=_terms(name, keywords), entities=_terms(name, entities),
                          speakers=_terms(name, speakers),
                          languages=[v.lower() for v in _terms(name, languages)],
                          webhook=check_webhook(webhook), created_at=now())
    if not any(watchlist.query().values()):
        raise InputError(f"watchlist {name}",
                         "give at least one keyword, entity, speaker or language")
    return watchlist


def _from_row(row: dict[str, Any]) -> Watchlist:
    query = json.loads(row["query"])
    return Watchlist(id=row["id"], name=row["name"], webhook=row["webhook"],
                     created_at=row["created_at"],
                     **{f: list(query.get(f, [])) for f in FIELDS})


def add_watchlist(store: ArchiveStore, watchlist: Watchlist) -> Watchlist:
    """Store a watchlist and match it against the archive (those hits are not notified)."""
    store.put_watchlist(watchlist.id, watchlist.name,
                        json.dumps(watchlist.query(), ensure_ascii=False), watchlist.webhook,
                        watchlist.created_at)
    refresh(store, only=watchlist.id, notified=True)
    return watchlist


def get_watchlist(store: ArchiveStore, ident: str) -> Watchlist:
    row = store.watchlist_row(ident)
    if row is None:
        raise NotFound(f"no watchlist {ident!r} in {store.path}")
    return _from_row(row)


def list_watchlists(store: ArchiveStore) -> list[Watchlist]:
    return [_from_row(r) for r in store.watchlist_rows()]


def remove_watchlist(store: ArchiveStore, ident: str) -> None:
    if not store.delete_watchlist(ident):
        raise NotFound(f"no watchlist {ident!r} in {store.path}")


def refresh(store: ArchiveStore, only: str | None = None, notified: bool = False) -> int:
    """Match the articles stored since each watchlist's last scan; the number of new hits."""
    rows = [r for r in store.watchlist_rows() if only is None or r["id"] == only]
    if not rows:
        return 0
    watchlists = [(_from_row(r), int(r["scanned"])) for r in rows]
    start = min(scanned for _, scanned in watchlists)
    added = 0
    while batch := store.article_ids_after(start, REFRESH_BATCH):
        stamp = now()
        hits = []
        for rowid, article_id in batch:
            article = store.get_article(article_id)
            for watchlist, scanned in watchlists:
                if rowid <= scanned:
                    continue
                match = match_article(watchlist, article)
                if match is None:
                    continue
                hits.append((watchlist.id, article.id, "article", -1, -1, stamp, int(notified)))
                hits += [(watchlist.id, article.id, "statement", q.start, q.end, stamp,
                          int(notified)) for q in match.quotes]
        store.add_watchlist_hits(hits)
        added += len(hits)
        start = batch[-1][0]
        for watchlist, scanned in watchlists:
            store.set_watchlist_scanned(watchlist.id, max(scanned, start))
    return added


def hit_items(store: ArchiveStore, rows: list[dict[str, Any]]) -> list[HitItem]:
    """The articles and statements behind hit rows (``store.watchlist_hits``)."""
    cache: dict[str, Article] = {}
    items = []
    for row in rows:
        article = cache.get(row["article_id"])
        if article is None:
            article = cache[row["article_id"]] = store.get_article(row["article_id"])
        quote = None
        if row["kind"] == "statement":
            quote = next((q for q in article.quotes if q.start == row["quote_start"]
                          and q.end == row["quote_end"]), None)
            if quote is None:
                continue  # the statement is no longer stored (article re-analysed)
        items.append(HitItem(row["watchlist_id"], row["kind"], str(row["matched_at"]),
                             article, quote))
    return items


def recent_items(store: ArchiveStore, ident: str, limit: int = 50) -> list[HitItem]:
    """The newest hits of a watchlist, after matching what arrived since the last scan."""
    get_watchlist(store, ident)
    refresh(store, only=ident)
    return hit_items(store, store.watchlist_hits(ident, limit=limit))
