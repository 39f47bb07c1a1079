"""Schema migrations, written once for SQLite and PostgreSQL and numbered m001-m010.

Each migration's DDL is one template with the dialect's type tokens (``$id``, ``$real``,
``$bool``, ``$json``, ``$blob``, ``$now``, ``$search_column``, ``$search_index``; see
``dialect.py``), rendered by the store's ``Dialect``. The migrations are applied in order,
each in its own transaction; the schema version is recorded in ``PRAGMA user_version``
(SQLite) or ``dragoman_schema.version`` (PostgreSQL, where an advisory lock serializes
processes that open a fresh database at once). The numbers and the SQL they run are those of
earlier releases, so an archive at any version opens and is brought forward.

PostgreSQL has no implicit ``rowid``: the tables that the shared queries order by ``rowid``
get a ``rowid BIGSERIAL`` column (``add_rowid``), which SQLite already provides.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dragoman.errors import StoreError
from dragoman.store.dialect import Dialect

# Arbitrary constant key of the PostgreSQL advisory lock taken while migrating.
_MIGRATION_LOCK = 0x64726167


def run_statements(db: Any, sql: str) -> None:
    """Execute ``;``-terminated statements inside the caller's transaction (SQLite or
    PostgreSQL connection). (``executescript`` would commit the open transaction first.)
    """
    for statement in sql.split(";\n"):
        if statement.strip() and not all(
            ln.strip().startswith("--") or not ln.strip() for ln in statement.splitlines()
        ):
            db.execute(statement)


def add_rowid(db: Any, dialect: Dialect, *tables: str) -> None:
    """The ``rowid`` SQLite gives every table, where the shared queries order by it."""
    column = dialect.types["rowid"]
    for table in tables:
        if column:
            db.execute(f"ALTER TABLE {table} ADD COLUMN rowid {column}")


ARTICLES = """
    CREATE TABLE articles (
        rowid $id,
        id TEXT NOT NULL UNIQUE,
        url TEXT UNIQUE,
        source TEXT NOT NULL,
        site TEXT,
        title TEXT,
        authors TEXT NOT NULL DEFAULT '[]',
        published TEXT,
        published_confidence $real NOT NULL DEFAULT 0,
        published_source TEXT NOT NULL DEFAULT 'none',
        modified TEXT,
        language TEXT,
        language_score $real NOT NULL DEFAULT 0,
        text TEXT NOT NULL,
        fetched_at TEXT,
        extractor TEXT NOT NULL DEFAULT '',
        blocks TEXT NOT NULL DEFAULT '[]',
        sentences TEXT NOT NULL DEFAULT '[]',
        warnings TEXT NOT NULL DEFAULT '[]',
        story_id TEXT,
        storyline_id TEXT,
        duplicate_of TEXT,
        ingested_at TEXT NOT NULL DEFAULT $now$search_column
    );
    CREATE INDEX articles_language ON articles(language);
    CREATE INDEX articles_published ON articles(published);
    $search_index;
"""

ENTITIES_QUOTES = """
    CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        names $json NOT NULL DEFAULT '{}',
        aliases $json NOT NULL DEFAULT '[]'
    );
    CREATE TABLE mentions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        label TEXT NOT NULL,
        entity_id TEXT,
        score $real NOT NULL DEFAULT 1,
        PRIMARY KEY (article_id, start, "end")
    );
    CREATE INDEX mentions_entity ON mentions(entity_id);
    CREATE TABLE quotes (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        direct $bool NOT NULL,
        cue TEXT NOT NULL DEFAULT '',
        cue_start INTEGER,
        cue_end INTEGER,
        speaker_text TEXT,
        speaker_start INTEGER,
        speaker_end INTEGER,
        speaker_id TEXT,
        speaker_name TEXT,
        addressee TEXT,
        PRIMARY KEY (article_id, start, "end")
    );
    CREATE INDEX quotes_speaker ON quotes(speaker_id);
"""

# Every surface form an entity was linked from, by article language: the linker's memory
# of learned names, and entity lookup by name in any script.
ENTITY_LINKS = """
    CREATE TABLE entity_aliases (
        entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        alias_norm TEXT NOT NULL,
        language TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (entity_id, alias, language)
    );
    CREATE INDEX entity_aliases_norm ON entity_aliases(alias_norm);
"""

# Vectors are float32 blobs tagged with the backend and version that made them; stories and
# storylines share one shape (``state`` holds the running centroid's entity counts as JSON,
# ``centroid`` the float32 sum of member vectors). Passage vectors: the search passages
# (word windows) of an article, embedded the first time the article is a search candidate,
# as a float16 (count, dim) matrix.
STORIES = """
    CREATE INDEX articles_story ON articles(story_id);
    CREATE INDEX articles_storyline ON articles(storyline_id);
    CREATE TABLE vectors (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        backend TEXT NOT NULL,
        version TEXT NOT NULL,
        dim INTEGER NOT NULL,
        vector $blob NOT NULL
    );
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        storyline_id TEXT,
        titles TEXT NOT NULL DEFAULT '{}',
        first_seen TEXT,
        last_seen TEXT,
        article_count INTEGER NOT NULL DEFAULT 0,
        duplicates INTEGER NOT NULL DEFAULT 0,
        languages TEXT NOT NULL DEFAULT '[]',
        top_entities TEXT NOT NULL DEFAULT '[]',
        state TEXT NOT NULL DEFAULT '{}',
        centroid $blob,
        backend TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX stories_last_seen ON stories(last_seen);
    CREATE INDEX stories_storyline ON stories(storyline_id);
    CREATE TABLE storylines (
        id TEXT PRIMARY KEY,
        titles TEXT NOT NULL DEFAULT '{}',
        first_seen TEXT,
        last_seen TEXT,
        story_count INTEGER NOT NULL DEFAULT 0,
        article_count INTEGER NOT NULL DEFAULT 0,
        languages TEXT NOT NULL DEFAULT '[]',
        top_entities TEXT NOT NULL DEFAULT '[]',
        state TEXT NOT NULL DEFAULT '{}',
        centroid $blob,
        backend TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX storylines_last_seen ON storylines(last_seen);
    CREATE TABLE vector_means (
        space TEXT NOT NULL,
        language TEXT NOT NULL,
        total $blob NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (space, language)
    );
    CREATE TABLE passage_vectors (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        backend TEXT NOT NULL,
        version TEXT NOT NULL,
        count INTEGER NOT NULL,
        dim INTEGER NOT NULL,
        vectors $blob NOT NULL
    );
"""

SOURCES = """
    CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
    CREATE TABLE signatures (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        size INTEGER NOT NULL,
        minhash $blob NOT NULL
    );
    CREATE TABLE feed_state (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        checked_at TEXT
    );
    CREATE TABLE feed_items (
        feed TEXT NOT NULL,
        item TEXT NOT NULL,
        outcome TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (feed, item)
    );
    CREATE TABLE shards (
        shard TEXT PRIMARY KEY,
        articles INTEGER NOT NULL,
        finished_at TEXT NOT NULL
    );
"""

# ``scanned`` is the last article rowid matched against the watchlist; ``notified`` is 1
# once the hit went to the webhook (or needs not go).
WATCHLISTS = """
    CREATE TABLE watchlists (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        query TEXT NOT NULL,
        webhook TEXT,
        created_at TEXT NOT NULL,
        scanned BIGINT NOT NULL DEFAULT 0
    );
    CREATE TABLE watchlist_hits (
        watchlist_id TEXT NOT NULL REFERENCES watchlists(id) ON DELETE CASCADE,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        quote_start INTEGER NOT NULL DEFAULT -1,
        quote_end INTEGER NOT NULL DEFAULT -1,
        matched_at TEXT NOT NULL,
        notified INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (watchlist_id, article_id, kind, quote_start)
    );
    CREATE INDEX watchlist_hits_matched ON watchlist_hits(watchlist_id, matched_at);
"""

# Each grouped quotation -> its statement id.
STATEMENTS = """
    CREATE TABLE statement_quotes (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        statement_id TEXT NOT NULL,
        PRIMARY KEY (article_id, start, "end")
    );
    CREATE INDEX statement_quotes_statement ON statement_quotes(statement_id);
"""

# Pages stored before this column are articles.
PAGE_TYPE = """
    ALTER TABLE articles ADD COLUMN page_type TEXT NOT NULL DEFAULT 'article';
"""

# ``linked_*`` keep what the linker said, so that corrections are re-applied from it and
# undone exactly.
CORRECTIONS = """
    CREATE TABLE corrections (
        id $id,
        kind TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        other_id TEXT,
        article_id TEXT,
        start INTEGER,
        "end" INTEGER,
        name TEXT,
        type TEXT,
        reason TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        undone_at TEXT
    );
    ALTER TABLE mentions ADD COLUMN linked_id TEXT;
    UPDATE mentions SET linked_id = entity_id;
    ALTER TABLE quotes ADD COLUMN linked_speaker_id TEXT;
    UPDATE quotes SET linked_speaker_id = speaker_id;
    ALTER TABLE entities ADD COLUMN linked_name TEXT;
    ALTER TABLE entities ADD COLUMN linked_type TEXT;
"""

# Why the linker linked each mention (``entities/referents.py`` LINK_REASONS; '' for rows
# stored before this column, and for unlinked mentions) and the title written with a
# person's name in that article ("Ambassador"), so that an analyst sees why.
MENTION_REASONS = """
    ALTER TABLE mentions ADD COLUMN reason TEXT NOT NULL DEFAULT '';
    ALTER TABLE mentions ADD COLUMN role TEXT;
"""


def m001_articles(db: Any, dialect: Dialect) -> None:
    """Articles and their full-text index (FTS5 table, or a ``tsvector`` column + GIN)."""
    run_statements(db, dialect.render(ARTICLES))


def m002_entities_quotes(db: Any, dialect: Dialect) -> None:
    run_statements(db, dialect.render(ENTITIES_QUOTES))


def m003_entity_links(db: Any, dialect: Dialect) -> None:
    """Entity linking tables (names by language, learned aliases)."""
    run_statements(db, dialect.render(ENTITY_LINKS))
    add_rowid(db, dialect, "entity_aliases")


def m004_stories(db: Any, dialect: Dialect) -> None:
    """Document vectors, stories and storylines."""
    run_statements(db, dialect.render(STORIES))
    add_rowid(db, dialect, "stories", "storylines", "vector_means")


def m005_sources(db: Any, dialect: Dialect) -> None:
    """Feed state, near-duplicate signatures, batch shard records."""
    run_statements(db, dialect.render(SOURCES))


def m006_watchlists(db: Any, dialect: Dialect) -> None:
    """Saved queries (watchlists) and the articles and statements that matched them."""
    run_statements(db, dialect.render(WATCHLISTS))


def m007_statements(db: Any, dialect: Dialect) -> None:
    """Quotations grouped into statements (``dragoman.statements``)."""
    run_statements(db, dialect.render(STATEMENTS))


def m008_page_type(db: Any, dialect: Dialect) -> None:
    """What each page is (article, liveblog, listing, media, other): extract/pagetype.py."""
    run_statements(db, dialect.render(PAGE_TYPE))


def m009_corrections(db: Any, dialect: Dialect) -> None:
    """Analyst corrections of entities (``store/corrections.py``)."""
    run_statements(db, dialect.render(CORRECTIONS))


def m010_link_reasons(db: Any, dialect: Dialect) -> None:
    """Each mention's link reason and the person's role (``Mention.reason``, ``.role``)."""
    run_statements(db, dialect.render(MENTION_REASONS))


Migration = Callable[[Any, Dialect], None]
MIGRATIONS: list[Migration] = [
    m001_articles,
    m002_entities_quotes,
    m003_entity_links,
    m004_stories,
    m005_sources,
    m006_watchlists,
    m007_statements,
    m008_page_type,
    m009_corrections,
    m010_link_reasons,
]


def _check_version(version: int, latest: int) -> None:
    if version > latest:
        raise StoreError(f"archive schema version {version} is newer than this Dragoman "
                         f"({latest}); upgrade Dragoman")


def migrate_sqlite(db: Any, dialect: Dialect, upto: int | None = None) -> int:
    """Apply pending migrations (up to ``upto``, default all), each in its own transaction;
    return the schema version."""
    steps = MIGRATIONS[:upto]
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    _check_version(version, len(MIGRATIONS))
    for number, step in enumerate(steps[version:], start=version + 1):
        db.execute("BEGIN")
        try:
            step(db, dialect)
            db.execute(f"PRAGMA user_version = {number}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
    return max(version, len(steps))


def migrate_postgres(db: Any, dialect: Dialect, upto: int | None = None) -> int:
    """The same for PostgreSQL (autocommit connection): the version lives in
    ``dragoman_schema``; each step re-reads it under the advisory lock, so concurrent
    processes apply each migration once."""
    steps = MIGRATIONS[:upto]
    with db.transaction():
        db.execute(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
        db.execute("CREATE TABLE IF NOT EXISTS dragoman_schema (version INTEGER NOT NULL)")
        row = db.execute("SELECT version FROM dragoman_schema").fetchone()
        if row is None:
            db.execute("INSERT INTO dragoman_schema VALUES (0)")
        version = int(row[0]) if row else 0
    _check_version(version, len(MIGRATIONS))
    for number, step in enumerate(steps[version:], start=version + 1):
        with db.transaction():
            db.execute(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
            current = int(db.execute("SELECT version FROM dragoman_schema").fetchone()[0])
            if current >= number:  # another process got there first
                continue
            step(db, dialect)
            db.execute(f"UPDATE dragoman_schema SET version = {number}")
    return max(version, len(steps))
