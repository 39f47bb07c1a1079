"""Entity and quotation queries (``dragoman entities``, ``entity``, ``quotes``, the linker).

A mixin of both backends, written once in the SQL both accept (see ``dialect.SQLBase``).
Loose name matching (any language or script, normalized) runs here in Python with
``normalize_for_match``, so it is the same on every backend.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from dragoman.errors import NotFound
from dragoman.language.normalize import normalize_for_match
from dragoman.model import Article, Block, Entity, Mention, Quote
from dragoman.store.base import QuoteHit
from dragoman.store.dialect import SQLBase
from dragoman.store.ids import resolve_id

_QUOTE_COLUMNS = list(Quote.__dataclass_fields__)
# The ``articles`` columns that map one-to-one onto Article fields, on both backends.
ARTICLE_COLUMNS = (
    "id", "url", "source", "site", "title", "authors", "published", "published_confidence",
    "published_source", "modified", "language", "language_score", "text", "fetched_at",
    "extractor", "blocks", "sentences", "warnings", "story_id", "storyline_id", "duplicate_of",
    "page_type",
)  # fmt: skip
JSON_COLUMNS = frozenset({"authors", "blocks", "sentences", "warnings"})
# Names bound per statement at most (3 × this stays below both engines' parameter limits).
_MAX_MATCHES = 5000


def quote_from_row(row: Any) -> Quote:
    """A ``Quote`` from a row of the ``quotes`` table (SQLite keeps ``direct`` as 0/1)."""
    return Quote(**{c: (bool(row[c]) if c == "direct" else row[c])  # type: ignore[arg-type]
                    for c in _QUOTE_COLUMNS})


def _link_reason(row: Any) -> str:
    """Why a stored mention links where it does: the linker's reason, "correction" where an
    analyst's correction moved the link away from the linker's answer (``linked_id``), ""
    where a correction unlinked it."""
    if (row["entity_id"] or "") == (row["linked_id"] or ""):
        return str(row["reason"] or "")
    return "correction" if row["entity_id"] else ""


class FactQueries(SQLBase):
    path: str

    def merged_into(self) -> dict[str, str]:
        """Entity id → the id an analyst merged it into (``store/corrections.py``)."""
        return {}

    def _article(self, row: Any) -> Article:
        """An Article with its mentions, entities and quotes from an ``articles`` row."""
        p = self.dialect.param
        data: dict[str, Any] = {c: row[c] for c in ARTICLE_COLUMNS}
        for c in JSON_COLUMNS:
            data[c] = self._json(data[c])
        data["blocks"] = [Block(**b) for b in data["blocks"]]
        data["sentences"] = [tuple(s) for s in data["sentences"]]
        article = Article(**data)
        article.mentions = [
            Mention(r["start"], r["end"], r["text"], r["label"], r["entity_id"], r["score"],
                    _link_reason(r), r["role"])
            for r in self._q(f"SELECT * FROM mentions WHERE article_id = {p} ORDER BY start", (article.id,))
        ]
        ids = sorted({m.entity_id for m in article.mentions if m.entity_id})
        article.entities = [self.get_entity(i) for i in ids]
        article.quotes = [
            quote_from_row(r)
            for r in self._q(f"SELECT * FROM quotes WHERE article_id = {p} ORDER BY start", (article.id,))
        ]
        return article

    def get_article(self, article_id: str) -> Article:
        """The article with this id or unique id prefix; NotFound (AmbiguousId for a prefix
        of several)."""
        p = self.dialect.param
        found = resolve_id(self, "articles", article_id, "article")
        if found is None:
            raise NotFound(f"no article with id {article_id!r} in {self.path}")
        return self._article(self._q(f"SELECT * FROM articles WHERE id = {p}", (found,)).fetchone())

    def get_entity(self, entity_id: str) -> Entity:
        p = self.dialect.param
        row = self._q(f"SELECT * FROM entities WHERE id = {p}", (entity_id,)).fetchone()
        if row is None:
            raise NotFound(f"no entity with id {entity_id!r} in {self.path}")
        return Entity(row["id"], row["name"], row["type"], dict(self._json(row["names"])),
                      list(self._json(row["aliases"])))

    def iter_entities(self) -> Iterator[Entity]:
        for row in self._q("SELECT id FROM entities ORDER BY name").fetchall():
            yield self.get_entity(row["id"])

    def entity_aliases(
        self, entity_id: str | None = None
    ) -> list[tuple[str, str, str, str, str | None]]:
        """(entity id, type, name, alias, language) of every stored surface form (of one entity)."""
        p = self.dialect.param
        sql = ("SELECT a.entity_id, e.type, e.name, a.alias, a.language FROM entity_aliases a"
               " JOIN entities e ON e.id = a.entity_id")
        params: tuple[str, ...] = ()
        if entity_id is not None:
            sql += f" WHERE a.entity_id = {p}"
            params = (entity_id,)
        return [(r[0], r[1], r[2], r[3], r[4] or None)
                for r in self._q(sql + " ORDER BY a.rowid", params)]

    def entity_context(self, entity_id: str, per_entity: int, upto: int) -> list[list[str]]:
        """The ids of the entities linked in each of the first ``per_entity`` articles (in
        ingest order, of those numbered ``upto`` or less: ``memory_mark()[1]``) that mention
        ``entity_id``, sorted, one list per article in ingest order: a learned entity's
        cross-script context (``entities/crossscript.py``) as one ingest run would have
        built it. Through the ``mentions_entity`` index, then each article's mentions by
        its primary key."""
        p = self.dialect.param
        rows = self._q(
            "SELECT f.pos, m.entity_id FROM ("
            " SELECT DISTINCT a.rowid AS pos, a.id AS article_id"
            f" FROM mentions l JOIN articles a ON a.id = l.article_id WHERE l.entity_id = {p}"
            f" AND a.rowid <= {p} ORDER BY pos LIMIT {p}) f"
            " JOIN mentions m ON m.article_id = f.article_id"
            " WHERE m.entity_id IS NOT NULL AND m.entity_id <> ''"
            " GROUP BY f.pos, m.entity_id ORDER BY f.pos, m.entity_id",
            (entity_id, upto, per_entity))
        out: list[list[str]] = []
        last: object = None
        for pos, other in rows:
            if pos != last:
                out.append([])
                last = pos
            out[-1].append(other)
        return out

    def memory_mark(self) -> tuple[int, ...]:
        """What changes when the stored names, links or context change: the numbers of
        articles, of the last article, of corrections and of undone ones."""
        row = self._q("SELECT (SELECT count(*) FROM articles), (SELECT max(rowid) FROM articles),"
                      " (SELECT count(*) FROM corrections),"
                      " (SELECT count(undone_at) FROM corrections)").fetchone()
        return tuple(int(v or 0) for v in row)

    def find_entity_ids(self, name: str) -> list[str]:
        """Ids of entities with this id, or with this name or surface form in any script."""
        p = self.dialect.param
        rows = self._q(
            f"SELECT id FROM entities WHERE id = {p} UNION "
            f"SELECT entity_id FROM entity_aliases WHERE alias_norm = {p}",
            (name, normalize_for_match(name)),
        ).fetchall()
        merged = self.merged_into()  # an entity merged away is found as the one it became
        return list(dict.fromkeys(merged.get(r[0], r[0]) for r in rows))

    def entity_articles(self, entity_id: str) -> list[dict[str, Any]]:
        """Articles mentioning an entity, oldest publication first (undated last)."""
        p = self.dialect.param
        # Grouped by the primary key so that PostgreSQL accepts the other article columns.
        return [
            dict(r)
            for r in self._q(
                "SELECT a.id, a.title, a.published, a.language, count(*) AS mentions"
                f" FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = {p}"
                " GROUP BY a.rowid ORDER BY a.published IS NULL, a.published, a.id",
                (entity_id,),
            )
        ]

    def entity_mention_roles(self, entity_id: str) -> list[dict[str, Any]]:
        """The titles written with an entity's name (``mentions.role``), one row per role and
        article (role, article id, title, published, language, mentions), oldest first."""
        p = self.dialect.param
        return [dict(r) for r in self._q(
            "SELECT m.role, a.id, a.title, a.published, a.language, count(*) AS mentions"
            " FROM mentions m JOIN articles a ON a.id = m.article_id"
            f" WHERE m.entity_id = {p} AND m.role IS NOT NULL AND m.role <> ''"
            " GROUP BY m.role, a.rowid ORDER BY a.published IS NULL, a.published, a.id, m.role",
            (entity_id,))]

    def entity_counts(self, entity_type: str | None = None) -> list[dict[str, Any]]:
        """Entities with their number of articles and mentions, most mentioned first."""
        p = self.dialect.param
        sql = (
            "SELECT e.id, e.name, e.type, count(DISTINCT m.article_id) AS articles,"
            " count(*) AS mentions FROM entities e JOIN mentions m ON m.entity_id = e.id"
        )
        params: list[Any] = []
        if entity_type:
            sql += f" WHERE e.type = {p}"
            params.append(entity_type)
        sql += " GROUP BY e.id ORDER BY mentions DESC, e.name"
        return [dict(r) for r in self._q(sql, params)]

    def _speaker_matches(self, speaker: str) -> tuple[list[str], list[str]]:
        """(entity ids, raw speaker strings) that ``speaker`` names, loosely, in any script."""
        norm = normalize_for_match(speaker)

        def hit(text: str | None) -> bool:
            return bool(text) and norm in normalize_for_match(text or "")

        ids = [speaker]
        for r in self._q("SELECT id, name, names, aliases FROM entities"):
            names = self._json(r[2]) or {}
            if hit(r[1]) or any(hit(str(v)) for v in names.values()) or any(
                    hit(str(a)) for a in self._json(r[3]) or []):
                ids.append(r[0])
        texts = [r[0] for r in self._q(
            "SELECT speaker_name FROM quotes UNION SELECT speaker_text FROM quotes")
            if hit(r[0])]
        return ids, texts

    def find_quotes(self, speaker: str | None = None, lang: str | None = None,
                    since: str | None = None, limit: int = 200) -> list[QuoteHit]:
        """Quotations, oldest article first; ``speaker`` is an entity id or any of its names
        (in any language, matched loosely), else a part of the raw speaker text."""
        p = self.dialect.param
        sql = ("SELECT q.*, a.language, a.published, a.title, a.url FROM quotes q "
               "JOIN articles a ON a.id = q.article_id WHERE 1 = 1")
        params: list[Any] = []
        if speaker:
            ids, texts = self._speaker_matches(speaker)
            ids, texts = ids[:_MAX_MATCHES], texts[:_MAX_MATCHES]
            id_marks = self.dialect.marks(len(ids))
            text_marks = self.dialect.marks(len(texts))
            sql += (f" AND (q.speaker_id IN ({id_marks}) OR q.speaker_name IN ({text_marks})"
                    f" OR q.speaker_text IN ({text_marks}))")
            params += [*ids, *texts, *texts]
        if lang:
            sql += f" AND a.language = {p}"
            params.append(lang)
        if since:
            sql += f" AND a.published >= {p}"
            params.append(since)
        sql += f" ORDER BY a.published IS NULL, a.published, a.rowid, q.start LIMIT {p}"
        params.append(limit)
        return [QuoteHit(quote_from_row(r), r["article_id"], r["language"], r["published"],
                         r["title"], r["url"])
                for r in self._q(sql, params)]
