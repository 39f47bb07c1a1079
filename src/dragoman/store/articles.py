"""The core of the ``Store`` interface both backends share: an article's facts written inside
``put_article``'s transaction, and the article reads, keyword search and counts.

Written once over ``dialect.SQLBase``: what differs between the engines (placeholders, the
JSON merge of an entity's names, the full-text index) comes from the store's ``Dialect``.
``put_article`` itself stays with each backend, since the full-text index is written there
(an FTS5 row in SQLite, a ``tsvector`` column in PostgreSQL).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict
from typing import Any

from dragoman.language.normalize import normalize_for_match
from dragoman.model import Article, Quote
from dragoman.store.base import SearchHit
from dragoman.store.facts import ARTICLE_COLUMNS, JSON_COLUMNS, FactQueries
from dragoman.store.fulltext import snippet

# Articles read per round trip by iter_articles.
PAGE_ROWS = 500
_QUOTE_COLUMNS = list(Quote.__dataclass_fields__)


def article_row(article: Article) -> list[Any]:
    """The values of ``ARTICLE_COLUMNS`` for an article (list fields as JSON text)."""
    row: dict[str, Any] = {c: getattr(article, c) for c in ARTICLE_COLUMNS}
    for c in JSON_COLUMNS:
        row[c] = json.dumps([asdict(x) if hasattr(x, "__dataclass_fields__") else x
                             for x in row[c]], ensure_ascii=False)
    return [row[c] for c in ARTICLE_COLUMNS]


class ArticleQueries(FactQueries):
    schema_version: int

    def _put_facts(self, article: Article) -> None:
        """Entities (names merged with what is stored), aliases, mentions and quotations;
        rows already stored are kept (re-ingest adds nothing twice)."""
        d = self.dialect
        p = d.param
        merge = d.json_merge.format("entities.names", "excluded.names")
        # Sorted so that concurrent transactions lock entity rows in one order (no deadlock);
        # one batched statement per table (rows run in order, as one statement each would).
        entities = sorted(article.entities, key=lambda e: e.id)
        # A learned entity's type is its mentions' vote so far (``Memory.weigh_mentions``); an
        # analyst's retype keeps the entity's type and the linker's answer waits in linked_type.
        self._qmany(f"INSERT INTO entities (id, name, type, names, aliases) VALUES ({d.marks(5)}) "
                    f"ON CONFLICT (id) DO UPDATE SET names = {merge}, type = CASE WHEN "
                    "entities.linked_type IS NULL THEN excluded.type ELSE entities.type END, "
                    "linked_type = CASE WHEN entities.linked_type IS NULL THEN NULL "
                    "ELSE excluded.type END",
                    [(e.id, e.name, e.type, json.dumps(e.names, ensure_ascii=False),
                      json.dumps(e.aliases, ensure_ascii=False)) for e in entities])
        self._qmany(
            "INSERT INTO entity_aliases (entity_id, alias, alias_norm, language) "
            f"VALUES ({d.marks(4)}) ON CONFLICT DO NOTHING",
            [(e.id, a, normalize_for_match(a), article.language or "")
             for e in entities for a in e.aliases])
        self._qmany(
            'INSERT INTO mentions (article_id, start, "end", text, label, entity_id, score, '
            f"reason, role) VALUES ({d.marks(9)}) ON CONFLICT DO NOTHING",
            [(article.id, m.start, m.end, m.text, m.label, m.entity_id, m.score, m.reason, m.role)
             for m in article.mentions])
        names = ", ".join(f'"{c}"' for c in _QUOTE_COLUMNS)
        self._qmany(
            f"INSERT INTO quotes (article_id, {names}) VALUES ({p}, {d.marks(len(_QUOTE_COLUMNS))}) "
            "ON CONFLICT DO NOTHING",
            [(article.id, *(getattr(q, c) for c in _QUOTE_COLUMNS)) for q in article.quotes])

    # -- reading -----------------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        p = self.dialect.param
        return self._q(f"SELECT 1 FROM articles WHERE id = {p}", (article_id,)).fetchone() is not None

    def iter_articles(self) -> Iterator[Article]:
        """Every article, oldest ingested first (read a page of rows at a time)."""
        p = self.dialect.param
        last = 0
        while True:
            rows = self._q(f"SELECT * FROM articles WHERE rowid > {p} ORDER BY rowid LIMIT {p}",
                           (last, PAGE_ROWS)).fetchall()
            if not rows:
                return
            for row in rows:
                yield self._article(row)
            last = rows[-1]["rowid"]

    def count_articles(self) -> int:
        return int(self._q("SELECT count(*) FROM articles").fetchone()[0])

    def search(self, query: str, lang: str | None = None, limit: int = 20) -> list[SearchHit]:
        """Keyword search over the normalized full-text index, best match first."""
        p = self.dialect.param
        found = self.dialect.full_text(query)
        if found is None:
            return []
        base, score, match = found
        params: list[Any] = [match]
        if lang:
            base += f" AND a.language = {p}"
            params.append(lang)
        sql = (f"SELECT a.id, a.title, a.language, a.published, a.text, {score} AS score "
               f"{base} ORDER BY score DESC, a.rowid LIMIT {p}")
        return [SearchHit(r["id"], r["title"], r["language"], r["published"],
                          snippet(r["text"], query), float(r["score"]))
                for r in self._q(sql, [*params, limit])]

    def stats(self) -> dict[str, object]:
        langs = {r[0]: int(r[1]) for r in self._q(
            "SELECT coalesce(language, 'und'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC")}

        def count(table: str) -> int:
            return int(self._q(f"SELECT count(*) FROM {table}").fetchone()[0])

        return {
            "articles": self.count_articles(),
            "languages": langs,
            "entities": count("entities"),
            "mentions": count("mentions"),
            "quotes": count("quotes"),
            "schema_version": self.schema_version,
        }

    def close(self) -> None:
        self.db.close()
