"""Watchlist storage (tables from migration ``m006_watchlists``), shared by both backends.

Written once with the store dialect's placeholders, like the other query mixins; each write
is one autocommitted statement. The matching itself lives in
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
        p = self.dialect.param
        self._q("INSERT INTO watchlists (id, name, query, webhook, created_at) "
                f"VALUES ({p}, {p}, {p}, {p}, {p})", (ident, name, query, webhook, created_at))

    def watchlist_row(self, ident: str) -> dict[str, Any] | None:
        p = self.dialect.param
        row = self._q(f"SELECT * FROM watchlists WHERE id = {p}", (ident,)).fetchone()
        return dict(row) if row is not None else None

    def watchlist_rows(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._q("SELECT * FROM watchlists ORDER BY created_at, id")]

    def delete_watchlist(self, ident: str) -> bool:
        """Remove a watchlist and its hits; False when there was none with this id."""
        p = self.dialect.param
        if self.watchlist_row(ident) is None:
            return False
        self._q(f"DELETE FROM watchlist_hits WHERE watchlist_id = {p}", (ident,))
        self._q(f"DELETE FROM watchlists WHERE id = {p}", (ident,))
        return True

    def article_ids_after(self, rowid: int, limit: int) -> list[tuple[int, str]]:
        """(rowid, id) of the articles stored after ``rowid``, in storage order."""
        p = self.dialect.param
        rows = self._q(f"SELECT rowid, id FROM articles WHERE rowid > {p} ORDER BY rowid LIMIT {p}",
                       (rowid, limit))
        return [(int(r[0]), str(r[1])) for r in rows]

    def set_watchlist_scanned(self, ident: str, rowid: int) -> None:
        p = self.dialect.param
        self._q(f"UPDATE watchlists SET scanned = {p} WHERE id = {p}", (rowid, ident))

    def add_watchlist_hits(self, hits: Iterable[tuple[str, str, str, int, int, str, int]]) -> None:
        """(watchlist id, article id, kind, quote start, quote end, matched at, notified)."""
        p = self.dialect.param
        self._qmany(
            "INSERT INTO watchlist_hits (watchlist_id, article_id, kind, quote_start, quote_end, "
            f"matched_at, notified) VALUES ({p}, {p}, {p}, {p}, {p}, {p}, {p}) "
            "ON CONFLICT (watchlist_id, article_id, kind, quote_start) DO NOTHING", hits)

    def watchlist_hits(self, ident: str, limit: int = 50, pending: bool = False
                       ) -> list[dict[str, Any]]:
        """Hits of one watchlist, newest first (``pending``: only those not yet notified,
        oldest first), with their article's title, language, date and URL."""
        p = self.dialect.param
        where = f"h.watchlist_id = {p}" + (" AND h.notified = 0" if pending else "")
        order = "h.matched_at, h.article_id" if pending else "h.matched_at DESC, a.rowid DESC"
        rows = self._q(
            f"SELECT {_HIT_COLUMNS}, a.title, a.language, a.published, a.url, a.site "
            f"FROM watchlist_hits h JOIN articles a ON a.id = h.article_id "
            f"WHERE {where} ORDER BY {order}, h.kind, h.quote_start LIMIT {p}", (ident, limit))
        return [dict(r) for r in rows]

    def count_watchlist_hits(self, ident: str) -> int:
        p = self.dialect.param
        row = self._q(f"SELECT count(*) FROM watchlist_hits WHERE watchlist_id = {p}",
                      (ident,)).fetchone()
        return int(row[0])

    def mark_watchlist_notified(self, ident: str, keys: Iterable[tuple[str, str, int]]) -> None:
        """Mark hits (article id, kind, quote start) of one watchlist as sent."""
        p = self.dialect.param
        self._qmany(f"UPDATE watchlist_hits SET notified = 1 WHERE watchlist_id = {p} AND "
                    f"article_id = {p} AND kind = {p} AND quote_start = {p}",
                    [(ident, *k) for k in keys])
