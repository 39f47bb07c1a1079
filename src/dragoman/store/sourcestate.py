"""Sources-and-scale state kept in the archive: near-duplicate signatures, feed state,
batch shard records (tables from migration ``m005_sources``).

A mixin shared by ``SQLiteStore`` and ``PostgresStore``: the SQL is written once with the
store dialect's placeholders (``p = self.dialect.param``) and plain upserts both engines
accept. Every write is one autocommitted statement.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

from dragoman.store.dialect import SQLBase


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class SourceStateQueries(SQLBase):
    # -- near-duplicates ---------------------------------------------------------------------
    def put_signature(self, article_id: str, size: int, minhash: bytes) -> None:
        p = self.dialect.param
        self._q(
            f"INSERT INTO signatures (article_id, size, minhash) VALUES ({p}, {p}, {p}) "
            "ON CONFLICT (article_id) DO NOTHING",
            (article_id, size, minhash),
        )

    def iter_signatures(self) -> Iterator[tuple[str, str | None, int, bytes]]:
        """(article id, duplicate_of, shingle count, minhash) in ingestion order."""
        rows = self._q(
            "SELECT a.id, a.duplicate_of, s.size, s.minhash FROM signatures s "
            "JOIN articles a ON a.id = s.article_id ORDER BY a.rowid"
        ).fetchall()
        for r in rows:
            yield r[0], r[1], int(r[2]), bytes(r[3])

    def iter_unsigned(self) -> Iterator[tuple[str, str, str | None]]:
        """(id, text, duplicate_of) of articles stored without a signature (e.g. after a kill)."""
        rows = self._q(
            "SELECT a.id, a.text, a.duplicate_of FROM articles a WHERE NOT EXISTS "
            "(SELECT 1 FROM signatures s WHERE s.article_id = a.id) ORDER BY a.rowid"
        ).fetchall()
        for r in rows:
            yield r[0], r[1], r[2]

    def copies_of(self, article_id: str) -> list[str]:
        """Ids of the articles recorded as near-duplicates of this one, oldest first."""
        p = self.dialect.param
        rows = self._q(
            f"SELECT id FROM articles WHERE duplicate_of = {p} ORDER BY rowid", (article_id,)
        ).fetchall()
        return [r[0] for r in rows]

    # -- feeds -------------------------------------------------------------------------------
    def get_feed_state(self, url: str) -> tuple[str | None, str | None]:
        """(ETag, Last-Modified) recorded for a feed, for a conditional GET."""
        p = self.dialect.param
        row = self._q(f"SELECT etag, last_modified FROM feed_state WHERE url = {p}", (url,)).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def put_feed_state(self, url: str, etag: str | None, last_modified: str | None) -> None:
        p = self.dialect.param
        self._q(
            f"INSERT INTO feed_state (url, etag, last_modified, checked_at) VALUES ({p}, {p}, {p}, {p}) "
            "ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, "
            "last_modified = excluded.last_modified, checked_at = excluded.checked_at",
            (url, etag, last_modified, _now()),
        )

    def seen_feed_items(self, feed: str) -> set[str]:
        p = self.dialect.param
        rows = self._q(f"SELECT item FROM feed_items WHERE feed = {p}", (feed,)).fetchall()
        return {r[0] for r in rows}

    def mark_feed_item(self, feed: str, item: str, outcome: str) -> None:
        p = self.dialect.param
        self._q(
            f"INSERT INTO feed_items (feed, item, outcome, seen_at) VALUES ({p}, {p}, {p}, {p}) "
            "ON CONFLICT (feed, item) DO NOTHING",
            (feed, item, outcome, _now()),
        )

    # -- batch shards ------------------------------------------------------------------------
    def shard_done(self, shard: str) -> bool:
        p = self.dialect.param
        return self._q(f"SELECT 1 FROM shards WHERE shard = {p}", (shard,)).fetchone() is not None

    def mark_shard(self, shard: str, articles: int) -> None:
        p = self.dialect.param
        self._q(
            f"INSERT INTO shards (shard, articles, finished_at) VALUES ({p}, {p}, {p}) "
            "ON CONFLICT (shard) DO NOTHING",
            (shard, articles, _now()),
        )
