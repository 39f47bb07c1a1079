"""The few SQL differences between SQLite and PostgreSQL, so that query mixins are written once.

Every shared query is written in SQLite's form (``?`` placeholders) and run through
``SQLBase._q``: on PostgreSQL ``?`` becomes ``%s`` (and a literal ``%`` becomes ``%%``),
and rows come back in a shape that reads like ``sqlite3.Row`` (by position, by column
name, and ``dict(row)``). The remaining dialect bits are class attributes that a backend
overrides; the SQL itself only uses what both engines accept (``ON CONFLICT``,
``NULLS LAST``, window functions, ``CASE``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any


class SQLBase:
    """Mixin base: the connection, the dialect attributes and the statement helpers."""

    db: Any
    _PLACEHOLDER = "?"
    # ``{}`` is a text expression; both aggregate its distinct values separated by commas.
    _GROUP_CONCAT_DISTINCT = "group_concat(DISTINCT {})"
    # A JSON column read as text (for LIKE filters over names in any language).
    _JSON_AS_TEXT = "{}"
    # SQLite's LIKE already ignores ASCII case; PostgreSQL needs ILIKE for the same answers.
    _LIKE = "LIKE"

    def _sql(self, sql: str) -> str:
        if self._PLACEHOLDER == "?":
            return sql
        return sql.replace("%", "%%").replace("?", self._PLACEHOLDER)

    def _q(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement; the result iterates over rows read by position or by name."""
        return self.db.execute(self._sql(sql), tuple(params))

    def _qmany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self.db.executemany(self._sql(sql), list(rows))

    def _json(self, value: Any) -> Any:
        """A JSON column's value (SQLite stores text; PostgreSQL's JSONB arrives decoded)."""
        return json.loads(value) if isinstance(value, str | bytes) else value

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One write transaction (SQLite: taken at once, so concurrent writers queue)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def _data_version(self) -> int | None:
        """A number that changes whenever another connection commits; None: unknown."""
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    def _replace_sql(self, table: str, columns: Sequence[str], key: Sequence[str]) -> str:
        """SQLite's ``INSERT OR REPLACE``: the replaced row gets a new rowid (sorts as newest)."""
        marks = ", ".join("?" for _ in columns)
        return f"INSERT OR REPLACE INTO {table} ({', '.join(columns)}) VALUES ({marks})"


class Row:
    """A PostgreSQL result row that reads like ``sqlite3.Row``."""

    __slots__ = ("_index", "_values")

    def __init__(self, index: dict[str, int], values: Sequence[Any]) -> None:
        self._index = index
        self._values = values

    def __getitem__(self, key: int | str) -> Any:
        return self._values[key if isinstance(key, int) else self._index[key]]

    def __len__(self) -> int:
        return len(self._values)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def keys(self) -> list[str]:
        return list(self._index)


def row_factory(cursor: Any) -> Any:
    """A psycopg row factory making ``Row`` objects."""
    index = {c.name: i for i, c in enumerate(cursor.description or ())}
    return lambda values: Row(index, values)


class PostgresDialect(SQLBase):
    """The PostgreSQL side of ``SQLBase`` (psycopg 3 connection in autocommit mode)."""

    _PLACEHOLDER = "%s"
    _GROUP_CONCAT_DISTINCT = "string_agg(DISTINCT {}, ',')"
    _JSON_AS_TEXT = "({})::text"
    _LIKE = "ILIKE"

    def _q(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.db.cursor(row_factory=row_factory).execute(self._sql(sql), tuple(params))

    def _qmany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if rows:
            self.db.cursor().executemany(self._sql(sql), rows)

    @contextmanager
    def _write(self) -> Iterator[None]:
        with self.db.transaction():
            yield

    def _data_version(self) -> int | None:
        return None  # no cheap commit counter: browse listings are recomputed each time

    def _replace_sql(self, table: str, columns: Sequence[str], key: Sequence[str]) -> str:
        # The PostgreSQL tables that SQLite replaces into carry a ``rowid`` serial column.
        marks = ", ".join("?" for _ in columns)
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in key)
        return (f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}) "
                f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {updates}, rowid = DEFAULT")
