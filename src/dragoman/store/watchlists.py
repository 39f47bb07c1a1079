"""Watchlist storage (tables from migration ``m006_watchlists``), shared by both backends.

Written once in SQLite's form and run through ``dialect.SQLBase._q`` like the other query
mixins; each write is one autocommitted statement. The matching itself lives in
``dragoman.watchlists``; this module only keeps watchlists and their hits.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from dragoman.store.dialect import SQLBase

_HIT_COLUMNS = ("h.watchlist_id, h.article_id, h.kind, h.quote_start, h.quote_end, "
                "h.matched_at, h.notified")


class WatchlistQueries(SQLBase):
    def put_watchlist(self, ident: str, name: str, query: str, webhook: str | None,
                      created_at: str) -> None:
        self._q("INSERT INTO watchlists (id, name, query, webhook, created_at) "
                "VALUES (?, ?, ?, ?, ?)", (ident, name, query, webhook, created_at))

    def watchlist_row(self, ident: str) -> dict[str, Any] | None:
        row = self._q("SELECT * FROM watchlists WHERE id = ?", (ident,)).fetchone()
        return dict(row) if row is not None else None

    def watchlist_rows(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._q("SELECT * FROM watchlists ORDER BY created_at, id")]

    def delete_watchlist(self, ident: str) -> bool:
        """Remove a watchlist and its hits; False when there was none with this id."""
        if self.watchlist_row(ident) is None:
            return False
        self._q("DELETE FROM watchlist_hits WHERE watchlist_id = ?", (ident,))
        self._q("DELETE FROM watchlists WHERE id = ?", (ident,))
        return True

    def article_ids_after(self, rowid: int, limit: int) -> list[tuple[int, str]]:
        """(rowid, id) of the articles stored after ``rowid``, in storage order."""
        rows = self._q("SELECT rowid, id FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?",
                       (rowid, limit))
        return [(int(r[0]), str(r[1])) for r in rows]

    def set_watchlist_scanned(self, ident: str, rowid: int) -> None:
        self._q("UPDATE watchlists SET scanned = ? WHERE id = ?", (rowid, ident))

    def add_watchlist_hits(self, hits: Iterable[tuple[str, str, str, int, int, str, int]]) -> None:
        """(watchlist id, article id, kind, quote start, quote end, matched at, notified)."""
        self._qmany(
            "INSERT INTO watchlist_hits (watchlist_id, article_id, kind, quote_start, quote_end, "
            "matched_at, notified) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (watchlist_id, article_id, kind, quote_start) DO NOTHING", hits)

    def watchlist_hits(self, ident: str, limit: int = 50, pending: bool = False
                       ) -> list[dict[str, Any]]:
        """Hits of one watchlist, newest first (``pending``: only those not yet notified,
        oldest first), with their article's title, language, date and URL."""
        where = "h.watchlist_id = ?" + (" AND h.notified = 0" if pending else "")
        order = "h.matched_at, h.article_id" if pending else "h.matched_at DESC, a.rowid DESC"
        rows = self._q(
            f"SELECT {_HIT_COLUMNS}, a.title, a.language, a.published, a.url, a.site "
            f"FROM watchlist_hits h JOIN articles a ON a.id = h.article_id "
            f"WHERE {where} ORDER BY {order}, h.kind, h.quote_start LIMIT ?", (ident, limit))
        return [dict(r) for r in rows]

    def count_watchlist_hits(self, ident: str) -> int:
        row = self._q("SELECT count(*) FROM watchlist_hits WHERE watchlist_id = ?",
                      (ident,)).fetchone()
        return int(row[0])

    def mark_watchlist_notified(self, ident: str, keys: Iterable[tuple[str, str, int]]) -> None:
        """Mark hits (article id, kind, quote start) of one watchlist as sent."""
        self._qmany("UPDATE watchlist_hits SET notified = 1 WHERE watchlist_id = ? AND "
                    "article_id = ? AND kind = ? AND quote_start = ?",
                    [(ident, *k) for k in keys])
