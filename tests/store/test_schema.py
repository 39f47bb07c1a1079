"""The schema written once (``migrations.py``) and rendered per dialect: both engines get
the same tables, columns and indexes (up to the listed, deliberate differences), and an
archive left at an older schema version opens and is brought forward on both."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dragoman.store import PostgresStore, SQLiteStore
from dragoman.store.dialect import POSTGRES, SQLITE, Dialect
from dragoman.store.migrations import MIGRATIONS
from tests.store.conftest import pg_schema

# PostgreSQL's type for each declared SQLite type ...
PG_TYPE = {"TEXT": "text", "INTEGER": "integer", "BIGINT": "bigint", "REAL": "double precision",
           "BLOB": "bytea"}
# ... except where the schema asks for an engine's own type ($id, $json, $bool).
PG_TYPE_OF_COLUMN = {("articles", "rowid"): "bigint", ("corrections", "id"): "bigint",
                     ("entities", "names"): "jsonb", ("entities", "aliases"): "jsonb",
                     ("quotes", "direct"): "boolean"}
# Columns only PostgreSQL has: the full-text vector, and the rowid SQLite gives every table.
PG_ONLY = {("articles", "search"), ("entity_aliases", "rowid"), ("stories", "rowid"),
           ("storylines", "rowid"), ("vector_means", "rowid")}


def _sqlite_tables(store: SQLiteStore) -> dict[str, dict[str, tuple[str, bool]]]:
    """Table -> column -> (declared type, nullable), without FTS5's own tables."""
    names = [r[0] for r in store.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'articles_fts%'")]
    return {t: {r["name"]: (r["type"], not r["notnull"] and not r["pk"])
                for r in store.db.execute(f"PRAGMA table_info('{t}')")} for t in names}


def _pg_tables(store: PostgresStore) -> dict[str, dict[str, tuple[str, bool]]]:
    out: dict[str, dict[str, tuple[str, bool]]] = {}
    for r in store.db.execute(
            "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name <> 'dragoman_schema' "
            "ORDER BY table_name, ordinal_position"):
        out.setdefault(r[0], {})[r[1]] = (r[2], r[3] == "YES")
    return out


@pytest.fixture
def pg_url() -> Iterator[str]:
    with pg_schema() as url:
        yield url


def test_both_engines_get_the_same_tables_columns_and_indexes(pg_url: str) -> None:
    lite, pg = SQLiteStore(":memory:"), PostgresStore(pg_url)
    try:
        lite_tables, pg_tables = _sqlite_tables(lite), _pg_tables(pg)
        assert set(lite_tables) == set(pg_tables)
        assert "corrections" in lite_tables and "page_type" in lite_tables["articles"]
        for table, columns in lite_tables.items():
            pg_columns = {c: v for c, v in pg_tables[table].items() if (table, c) not in PG_ONLY}
            assert list(columns) == [c for c in pg_columns if c in columns], table
            expected = {c: (PG_TYPE_OF_COLUMN.get((table, c), PG_TYPE[declared]), nullable)
                        for c, (declared, nullable) in columns.items()}
            assert pg_columns == expected, table
        lite_indexes = {r[0] for r in lite.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
        pg_indexes = {r[0] for r in pg.db.execute(
            "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
            "AND indexname NOT LIKE '%\\_pkey' AND indexname NOT LIKE '%\\_key'")}
        assert pg_indexes - lite_indexes == {"articles_search"}  # SQLite: the FTS5 table
        assert lite_indexes == pg_indexes - {"articles_search"}
    finally:
        lite.close()
        pg.close()


@pytest.mark.parametrize("dialect", [SQLITE, POSTGRES], ids=["sqlite", "postgres"])
def test_every_template_renders_in_each_dialect(dialect: Dialect) -> None:
    from dragoman.store import migrations

    for name in ("ARTICLES", "ENTITIES_QUOTES", "ENTITY_LINKS", "STORIES", "SOURCES",
                 "WATCHLISTS", "STATEMENTS", "PAGE_TYPE", "CORRECTIONS", "MENTION_REASONS"):
        sql = dialect.render(getattr(migrations, name))
        assert "$" not in sql, name
    assert dialect.marks(3) == ", ".join([dialect.param] * 3)
    assert dialect.marks(0) == "NULL"  # ``IN (NULL)`` matches nothing
    with pytest.raises(KeyError):
        dialect.render("CREATE TABLE t (x $no_such_token)")


def _open(backend: str, location: str, upto: int | None = None) -> Any:
    if backend == "sqlite":
        return SQLiteStore(location, schema_upto=upto)
    return PostgresStore(location, schema_upto=upto)


@pytest.fixture(params=["sqlite", "postgres"])
def old_archive(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    if request.param == "sqlite":
        yield "sqlite", str(tmp_path / "old.db")
        return
    with pg_schema() as url:
        yield "postgres", url


def test_an_archive_at_version_5_is_migrated_forward(old_archive: tuple[str, str]) -> None:
    backend, location = old_archive
    old = _open(backend, location, upto=5)
    assert old.schema_version == 5
    mark, marks = old.dialect.param, old.dialect.marks
    # An article with a linked mention and quotation, written as a version-5 archive held it
    # (no page_type column, no linked_* columns, no corrections table yet).
    with old._write():
        old._q("INSERT INTO articles (id, source, text, title, language, published"
               + (", search" if backend == "postgres" else "") + ") VALUES ("
               + marks(6) + (", to_tsvector('simple', 'harbour')" if backend == "postgres" else "")
               + ")", ("a1", "test", "Mayor Lena Ortiz said the harbour reopens.", "Harbour",
                       "en", "2024-03-01"))
        if backend == "sqlite":
            old._q(f"INSERT INTO articles_fts (rowid, title, text) VALUES (1, 'harbour', {mark})",
                   ("mayor lena ortiz said the harbour reopens",))
        old._q(f"INSERT INTO entities (id, name, type) VALUES ({marks(3)})", ("e1", "Lena Ortiz", "PER"))
        old._q(f'INSERT INTO mentions (article_id, start, "end", text, label, entity_id) '
               f"VALUES ({marks(6)})", ("a1", 6, 16, "Lena Ortiz", "PER", "e1"))
        old._q(f'INSERT INTO quotes (article_id, start, "end", text, direct, speaker_id) '
               f"VALUES ({marks(6)})", ("a1", 23, 41, "the harbour reopens", False, "e1"))
    assert "page_type" not in dict(old._q("SELECT * FROM articles").fetchone())
    old.close()

    new = _open(backend, location)
    try:
        assert new.schema_version == len(MIGRATIONS) == 10
        article = new.get_article("a1")
        assert article.page_type == "article"  # m008's default for pages stored before it
        assert [m.entity_id for m in article.mentions] == ["e1"]
        assert [h.article_id for h in new.search("harbour")] == ["a1"]
        # m009 kept the linker's answer, so a correction made now can be undone exactly.
        row = new._q("SELECT linked_id FROM mentions WHERE article_id = 'a1'").fetchone()
        assert row[0] == "e1"
        correction = new.add_correction("rename", "e1", name="L. Ortiz")
        assert new.get_entity("e1").name == "L. Ortiz"
        new.undo_correction(correction.id)
        assert new.get_entity("e1").name == "Lena Ortiz"
    finally:
        new.close()
    again = _open(backend, location)  # opening a current archive changes nothing
    assert again.schema_version == 10 and again.count_articles() == 1
    again.close()


def test_placeholders_are_the_drivers_own_and_sql_keeps_literal_marks(pg_url: str,
                                                                       tmp_path: Path) -> None:
    """Nothing rewrites finished SQL: a ``?`` in a literal reaches the engine as written, and
    so does PostgreSQL's JSONB ``?`` operator (both broke under the old ``?`` -> ``%s``)."""
    lite = SQLiteStore(tmp_path / "a.db")
    assert lite.dialect.param == "?"
    row = lite._q("SELECT 'why?' AS a, ? AS b", ("x?",)).fetchone()
    assert (row["a"], row["b"]) == ("why?", "x?")
    lite.close()
    pg = PostgresStore(pg_url)
    p = pg.dialect.param
    assert p == "%s"
    row = pg._q(f"SELECT 'why?' AS a, {p} AS b, names ? 'en' AS has_en FROM "
                f"(SELECT {p}::jsonb AS names) AS e", ("x?", '{"en": "Lena Ortiz"}')).fetchone()
    assert (row["a"], row["b"], row["has_en"]) == ("why?", "x?", True)
    pg.close()
