"""The SQL differences between SQLite and PostgreSQL, as one ``Dialect`` object per engine.

A store holds its dialect (``SQLITE`` or ``POSTGRES``) and its connection; the query groups
(``facts``, ``browse``, ``stories`` …) are written once and ask the dialect for what differs:

- placeholders in the driver's own style: ``dialect.param`` is sqlite3's ``?`` or psycopg's
  ``%s`` and ``dialect.marks(n)`` makes a list of them, so the SQL is built with the right
  marks from the start (nothing is rewritten afterwards);
- a few SQL fragments (``group_concat_distinct``, ``json_as_text``, ``like``, ``json_merge``);
- the schema's type tokens (``$id``, ``$real``, ``$bool``, ``$json``, ``$blob``, ``$now`` …)
  with which ``migrations.py`` writes each table once;
- running statements: rows that read like ``sqlite3.Row`` on both (by position, by column
  name, and ``dict(row)``), one write transaction, a commit counter, a replacing insert.

Everything else is SQL both engines accept (``ON CONFLICT``, ``NULLS LAST``, window
functions, ``CASE``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from string import Template
from typing import Any, ClassVar

from dragoman.store.fulltext import fts_query, ts_query


class Dialect:
    """What differs between the engines; one instance per engine (``SQLITE``, ``POSTGRES``)."""

    name = ""
    # One placeholder in the driver's paramstyle (sqlite3: qmark, psycopg: format).
    param = "?"
    # ``{}`` is a text expression; both aggregate its distinct values separated by commas.
    group_concat_distinct = "group_concat(DISTINCT {})"
    # A JSON column read as text (for LIKE filters over names in any language).
    json_as_text = "{}"
    # SQLite's LIKE already ignores ASCII case; PostgreSQL needs ILIKE for the same answers.
    like = "LIKE"
    # Two JSON objects merged (keys of the second win).
    json_merge = "json_patch({}, {})"
    # Schema tokens (``$name`` in the DDL templates of ``migrations.py``).
    types: ClassVar[Mapping[str, str]] = {}

    def marks(self, count: int) -> str:
        """``count`` placeholders separated by commas (``NULL`` for none: ``IN (NULL)``)."""
        return ", ".join([self.param] * count) or "NULL"

    def render(self, template: str) -> str:
        """DDL written with ``$tokens`` in this engine's types."""
        return Template(template).substitute(self.types)

    # -- running statements -----------------------------------------------------------------
    def execute(self, db: Any, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement; the result iterates over rows read by position or by name."""
        return db.execute(sql, tuple(params))

    def executemany(self, db: Any, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        db.executemany(sql, list(rows))

    def transaction(self, db: Any) -> AbstractContextManager[None]:
        """One write transaction (SQLite: taken at once, so concurrent writers queue)."""
        return _sqlite_transaction(db)

    def data_version(self, db: Any) -> int | None:
        """A number that changes whenever another connection commits; None: unknown."""
        return int(db.execute("PRAGMA data_version").fetchone()[0])

    def replace_sql(self, table: str, columns: Sequence[str], key: Sequence[str]) -> str:
        """SQLite's ``INSERT OR REPLACE``: the replaced row gets a new rowid (sorts as newest)."""
        return (f"INSERT OR REPLACE INTO {table} ({', '.join(columns)}) "
                f"VALUES ({self.marks(len(columns))})")

    def lock_sql(self, shared: bool) -> str | None:
        """A statement taking the corrections lock in the open transaction (None: not needed,
        SQLite writers are serialized by ``BEGIN IMMEDIATE`` already)."""
        return None

    def full_text(self, query: str) -> tuple[str, str, str] | None:
        """(FROM … WHERE clause over ``articles a`` with one placeholder for the match, score
        expression (higher is better), match text) for a keyword query; None: no words."""
        match = fts_query(query)
        if not match:
            return None
        return ("FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
                f"WHERE articles_fts MATCH {self.param}", "-bm25(articles_fts)", match)


@contextmanager
def _sqlite_transaction(db: Any) -> Iterator[None]:
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


class SQLiteDialect(Dialect):
    name = "sqlite"
    types: ClassVar[Mapping[str, str]] = {
        "id": "INTEGER PRIMARY KEY",  # an alias of the rowid
        "real": "REAL",
        "bool": "INTEGER",
        "json": "TEXT",
        "blob": "BLOB",
        "rowid": "",  # every table has one
        "now": "(strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
        "search_column": "",
        # Normalized copies for matching only (Arabic letter variants folded, no diacritics).
        "search_index": "CREATE VIRTUAL TABLE articles_fts USING fts5(\n"
                        "    title, text, tokenize = 'unicode61 remove_diacritics 2')",
    }


# Arbitrary constant key of the PostgreSQL advisory lock that corrections take exclusively
# and ``put_article`` shared, so a correction never misses an article committed meanwhile.
_PG_CORRECTIONS_LOCK = 0x64726763


class PostgresDialect(Dialect):
    """psycopg 3, connection in autocommit mode with ``row_factory`` rows."""

    name = "postgresql"
    param = "%s"
    group_concat_distinct = "string_agg(DISTINCT {}, ',')"
    json_as_text = "({})::text"
    like = "ILIKE"
    json_merge = "{} || {}"
    types: ClassVar[Mapping[str, str]] = {
        "id": "BIGSERIAL PRIMARY KEY",
        "real": "DOUBLE PRECISION",
        "bool": "BOOLEAN",
        "json": "JSONB",
        "blob": "BYTEA",
        "rowid": "BIGSERIAL",  # added to the tables that the shared queries order by rowid
        "now": "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')",
        "search_column": ",\n    search tsvector NOT NULL",
        "search_index": "CREATE INDEX articles_search ON articles USING GIN (search)",
    }

    def execute(self, db: Any, sql: str, params: Sequence[Any] = ()) -> Any:
        return db.cursor(row_factory=row_factory).execute(sql, tuple(params))

    def executemany(self, db: Any, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if rows:
            db.cursor().executemany(sql, rows)

    def transaction(self, db: Any) -> AbstractContextManager[None]:
        transaction: AbstractContextManager[None] = db.transaction()
        return transaction

    def data_version(self, db: Any) -> int | None:
        return None  # no cheap commit counter: browse listings are recomputed each time

    def replace_sql(self, table: str, columns: Sequence[str], key: Sequence[str]) -> str:
        # The PostgreSQL tables that SQLite replaces into carry a ``rowid`` serial column.
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in key)
        return (f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({self.marks(len(columns))}) "
                f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {updates}, rowid = DEFAULT")

    def lock_sql(self, shared: bool) -> str | None:
        kind = "pg_advisory_xact_lock_shared" if shared else "pg_advisory_xact_lock"
        return f"SELECT {kind}({_PG_CORRECTIONS_LOCK})"

    def full_text(self, query: str) -> tuple[str, str, str] | None:
        match = ts_query(query)
        if not match:
            return None
        return (f"FROM articles a, to_tsquery('simple', {self.param}) fq WHERE a.search @@ fq",
                "ts_rank_cd(a.search, fq)", match)


SQLITE = SQLiteDialect()
POSTGRES = PostgresDialect()


class SQLBase:
    """Base of the query groups: the store's connection and dialect, and statement helpers."""

    db: Any
    dialect: Dialect

    def _q(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement (written with ``self.dialect.param`` marks)."""
        return self.dialect.execute(self.db, sql, params)

    def _qmany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self.dialect.executemany(self.db, sql, rows)

    def _json(self, value: Any) -> Any:
        """A JSON column's value (SQLite stores text; PostgreSQL's JSONB arrives decoded)."""
        return json.loads(value) if isinstance(value, str | bytes) else value

    def _write(self) -> AbstractContextManager[None]:
        return self.dialect.transaction(self.db)

    def _data_version(self) -> int | None:
        return self.dialect.data_version(self.db)


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


def row_factory(cursor: Any) -> Callable[[Sequence[Any]], Row]:
    """A psycopg row factory making ``Row`` objects."""
    index = {c.name: i for i, c in enumerate(cursor.description or ())}
    return lambda values: Row(index, values)
