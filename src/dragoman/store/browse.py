"""Read queries for browsing the archive (API and web pages): filtered lists, timelines, groups.

A mixin of both backends (``SQLiteStore``, ``PostgresStore``), written once through
``dialect.SQLBase``. Every query is parameterized; filters are optional keyword arguments; list queries return
``(rows, total)`` so callers can page. Stories and storylines are read from the
``story_id``/``storyline_id`` columns of ``articles``, so these pages work whatever the
story stage stores beside them.
"""

from __future__ import annotations

import copy
import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar

from dragoman.store.facets import FacetQueries
from dragoman.store.filters import DAY as _DAY
from dragoman.store.filters import article_filters as _article_filters
from dragoman.store.filters import quote_filters

T = TypeVar("T")

_ARTICLE_SUMMARY = (
    "a.id, a.title, a.site, a.language, a.published, a.published_confidence, a.url, "
    "a.story_id, a.storyline_id, length(a.text) AS chars"
)
# Sort orders of each list: name -> ORDER BY clause (the first one is the default).
ARTICLE_SORTS = {
    "date": "coalesce(a.published, a.ingested_at) DESC, a.rowid DESC",
    "oldest": "coalesce(a.published, a.ingested_at), a.rowid",
}
ENTITY_SORTS = {"count": "mentions DESC, e.name", "articles": "articles DESC, e.name",
                "name": "e.name, e.id"}
QUOTE_SORTS = {"date": "coalesce(a.published, '') DESC, q.article_id, q.start",
               "oldest": "coalesce(a.published, '9999'), q.article_id, q.start"}
# Most (form, language, article) rows read for an entity's names-with-sources.
ENTITY_SOURCE_ROWS = 2_000
STORY_SORTS = {"count": "articles DESC, last_seen DESC NULLS LAST, id",
               "date": "last_seen DESC NULLS LAST, articles DESC, id"}


# Aggregated listings kept per connection (they are recomputed after any write).
MEMO_ENTRIES = 256


class BrowseQueries(FacetQueries):
    def _memo(self, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
        """``compute()``, reused while no other connection has committed a change.

        ``PRAGMA data_version`` changes when another connection (or process) commits; the
        browsing connections only read, so an unchanged version means an unchanged answer.
        """
        version = self._data_version()
        if version is None:
            return compute()
        memo: dict[tuple[Any, ...], tuple[int, Any]] = self.__dict__.setdefault("_browse_memo", {})
        hit = memo.get(key)
        if hit is not None and hit[0] == version:
            cached: T = copy.deepcopy(hit[1])  # callers may change what they get
            return cached
        value = compute()
        if len(memo) >= MEMO_ENTRIES:
            memo.clear()
        memo[key] = (version, copy.deepcopy(value))
        return value

    def _rows(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in self._q(sql, params).fetchall()]

    def list_articles(
        self, *, limit: int = 50, offset: int = 0, sort: str = "date", **filters: str | None
    ) -> tuple[list[dict[str, Any]], int]:
        """Article summaries, newest first (``sort="oldest"``: oldest first); filters:
        language, site, since, until (YYYY-MM-DD), entity, story, storyline, page_type
        (articles and live blogs unless asked: "all", "listing", "media", "other")."""
        p = self.dialect.param
        if filters.get("page_type") is None:
            filters["page_type"] = "articles"
        where, params = _article_filters(self.dialect, **filters)
        total = int(self._q(f"SELECT count(*) FROM articles a{where}", params).fetchone()[0])
        rows = self._rows(
            f"SELECT {_ARTICLE_SUMMARY} FROM articles a{where} "
            f"ORDER BY {ARTICLE_SORTS[sort]} LIMIT {p} OFFSET {p}",
            [*params, limit, offset],
        )
        return rows, total

    def latest_day(self) -> str | None:
        """The newest publication day in the archive (the reference for "stories of the day")."""
        row = self._q("SELECT max(published) FROM articles").fetchone()
        return row[0][:10] if row and row[0] else None

    def list_entities(
        self, *, type: str | None = None, name: str | None = None, language: str | None = None,
        sort: str = "count", limit: int = 50, offset: int = 0,
    ) -> tuple[list[dict[str, Any]], int]:
        return self._memo(("entities", type, name, language, sort, limit, offset),
                          lambda: self._list_entities(type, name, language, sort, limit, offset))

    def _list_entities(self, type: str | None, name: str | None, language: str | None,
                       sort: str, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
        """Entities with their mention and article counts, most mentioned first; ``language``
        keeps those mentioned in articles of that language."""
        p = self.dialect.param
        clause, params = self._entity_where(type, name, language)
        total = int(self._q(f"SELECT count(*) FROM entities e{clause}", params).fetchone()[0])
        rows = self._rows(
            "SELECT e.id, e.name, e.type, e.names, e.aliases, count(m.entity_id) AS mentions, "
            "count(DISTINCT m.article_id) AS articles FROM entities e "
            f"LEFT JOIN mentions m ON m.entity_id = e.id{clause} GROUP BY e.id "
            f"ORDER BY {ENTITY_SORTS[sort]} LIMIT {p} OFFSET {p}",
            [*params, limit, offset],
        )
        for r in rows:
            r["names"] = self._json(r["names"])
            r["aliases"] = self._json(r["aliases"])
        return rows, total

    def entity_timeline(self, entity_id: str) -> list[dict[str, Any]]:
        """Mentions of an entity per publication day and language (dated articles only)."""
        p = self.dialect.param
        return self._rows(
            f"SELECT {_DAY} AS day, a.language, count(*) AS mentions "
            "FROM mentions m JOIN articles a ON a.id = m.article_id "
            f"WHERE m.entity_id = {p} AND a.published IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2",
            (entity_id,),
        )

    def quote_timeline(self, speaker_id: str) -> list[dict[str, Any]]:
        """Quotations attributed to an entity per publication day and language."""
        p = self.dialect.param
        return self._rows(
            f"SELECT {_DAY} AS day, a.language, count(*) AS quotes "
            "FROM quotes q JOIN articles a ON a.id = q.article_id "
            f"WHERE q.speaker_id = {p} AND a.published IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2",
            (speaker_id,),
        )

    def entity_mention_forms(self, entity_id: str) -> list[dict[str, Any]]:
        """How an entity is written, per language, with counts."""
        p = self.dialect.param
        return self._rows(
            "SELECT m.text, a.language, count(*) AS n FROM mentions m "
            f"JOIN articles a ON a.id = m.article_id WHERE m.entity_id = {p} "
            "GROUP BY 1, 2 ORDER BY n DESC, 1",
            (entity_id,),
        )

    def entity_name_sources(self, entity_id: str) -> list[dict[str, Any]]:
        """Each written form of an entity per language, with the articles it appears in
        (newest first) and its number of mentions there."""
        p = self.dialect.param
        return self._rows(
            "SELECT m.text, coalesce(a.language, 'und') AS language, a.id AS article_id, "
            "a.title, a.published, count(*) AS n FROM mentions m "
            f"JOIN articles a ON a.id = m.article_id WHERE m.entity_id = {p} "
            "GROUP BY m.text, a.language, a.id, a.title, a.published "
            f"ORDER BY coalesce(a.published, '') DESC, a.id, m.text LIMIT {p}",
            (entity_id, ENTITY_SOURCE_ROWS),
        )

    def speaker_phrases(self, entity_id: str) -> list[dict[str, Any]]:
        """How quotations attributed to an entity name their speaker (``speaker_text``,
        e.g. "Foreign Minister Annika Saar"), per language, with counts."""
        p = self.dialect.param
        return self._rows(
            "SELECT q.speaker_text AS text, coalesce(a.language, 'und') AS language, "
            "count(*) AS n FROM quotes q JOIN articles a ON a.id = q.article_id "
            f"WHERE q.speaker_id = {p} AND q.speaker_text IS NOT NULL GROUP BY 1, 2 "
            "ORDER BY n DESC, 1",
            (entity_id,),
        )

    def entity_stories(self, entity_id: str, limit: int = 20) -> list[dict[str, Any]]:
        """Stories with articles mentioning an entity, by number of such articles."""
        p = self.dialect.param
        rows = self._rows(
            "SELECT a.story_id AS id, count(DISTINCT a.id) AS articles, "
            "max(a.published) AS last_seen FROM articles a "
            "WHERE a.story_id IS NOT NULL AND a.id IN "
            f"(SELECT article_id FROM mentions WHERE entity_id = {p}) "
            f"GROUP BY a.story_id ORDER BY articles DESC, last_seen DESC NULLS LAST, id LIMIT {p}",
            (entity_id, limit),
        )
        for r in rows:
            r["titles"] = self.story_titles(r["id"])
        return rows

    def related_entities(self, entity_id: str, limit: int = 20) -> list[dict[str, Any]]:
        """Entities mentioned in the same articles, by number of shared articles."""
        p = self.dialect.param
        return self._rows(
            "SELECT e.id, e.name, e.type, count(DISTINCT m.article_id) AS shared "
            "FROM mentions m JOIN entities e ON e.id = m.entity_id "
            f"WHERE m.article_id IN (SELECT article_id FROM mentions WHERE entity_id = {p}) "
            f"AND m.entity_id != {p} GROUP BY e.id ORDER BY shared DESC, e.name LIMIT {p}",
            (entity_id, entity_id, limit),
        )

    def list_quotes(
        self, *, speaker: str | None = None, language: str | None = None,
        since: str | None = None, until: str | None = None, article: str | None = None,
        direct: bool | None = None, about: str | None = None, sort: str = "date",
        limit: int = 50, offset: int = 0,
    ) -> tuple[list[dict[str, Any]], int]:
        """Quotations with their article's title, language and date, newest first.

        ``speaker`` matches the speaker's entity id or, for unlinked speakers, the name;
        ``about``: quotations whose article mentions that entity (not by it).
        """
        p = self.dialect.param
        where, params = quote_filters(self.dialect, speaker=speaker, direct=direct, about=about,
                                      article=article, language=language, since=since,
                                      until=until)
        base = f"FROM quotes q JOIN articles a ON a.id = q.article_id{where}"
        total = int(self._q(f"SELECT count(*) {base}", params).fetchone()[0])
        rows = self._rows(
            "SELECT q.article_id, q.start, q.\"end\", q.text, q.direct, q.cue, q.speaker_id, "
            "coalesce(q.speaker_name, q.speaker_text) AS speaker, a.title, a.language, "
            f"a.published, a.published_confidence {base} "
            f"ORDER BY {QUOTE_SORTS[sort]} LIMIT {p} OFFSET {p}",
            [*params, limit, offset],
        )
        for r in rows:
            r["direct"] = bool(r["direct"])
        return rows, total

    def list_stories(
        self, *, since: str | None = None, until: str | None = None,
        language: str | None = None, storyline: str | None = None, sort: str = "count",
        limit: int = 50, offset: int = 0,
    ) -> tuple[list[dict[str, Any]], int]:
        return self._memo(
            ("stories", since, until, language, storyline, sort, limit, offset),
            lambda: self._list_stories(since, until, language, storyline, sort, limit, offset))

    def _story_groups(self, since: str | None, until: str | None, language: str | None,
                      storyline: str | None) -> tuple[str, list[Any]]:
        """The stories query (one row per story, with a window count ``total``).

        ``since``/``until`` keep the stories active in that period (first article on or
        before ``until``, last on or after ``since``).
        """
        p = self.dialect.param
        where, params = _article_filters(self.dialect, storyline=storyline)
        where = (where + " AND " if where else " WHERE ") + "a.story_id IS NOT NULL"
        having: list[str] = []
        if since:
            having.append(f"max(a.published) >= {p}")
            params.append(since)
        if until:
            having.append(f"min(a.published) <= {p}")
            params.append(until + "~")
        if language:
            having.append(f"sum(CASE WHEN a.language = {p} THEN 1 ELSE 0 END) > 0")
            params.append(language)
        grouped = (
            "SELECT a.story_id AS id, count(*) AS articles, "
            f"{self.dialect.group_concat_distinct.format('a.language')} AS languages, "
            "min(a.published) AS first_seen, "
            "max(a.published) AS last_seen, max(a.storyline_id) AS storyline_id, "
            f"count(*) OVER () AS total FROM articles a{where} GROUP BY a.story_id"
            + (" HAVING " + " AND ".join(having) if having else "")
        )
        return grouped, params

    def story_facets(self, names: list[str], since: str | None = None,
                     until: str | None = None, language: str | None = None,
                     storyline: str | None = None) -> dict[str, Any]:
        """Stories per language they have articles in (a story in two languages counts in
        both) and per month of their last article."""
        grouped, params = self._story_groups(since, until, language, storyline)
        exprs = {
            "language": ("coalesce(a.language, 'und')",
                         "FROM (SELECT DISTINCT a.story_id, a.language FROM articles a "
                         f"WHERE a.story_id IN (SELECT g.id FROM ({grouped}) AS g)) AS a"),
            "month": ("substr(g.last_seen, 1, 7)", f"FROM ({grouped}) AS g"),
        }
        return {n: self._group_counts(exprs[n][0], exprs[n][1], params) for n in names}

    def _list_stories(
        self, since: str | None, until: str | None, language: str | None,
        storyline: str | None, sort: str, limit: int, offset: int,
    ) -> tuple[list[dict[str, Any]], int]:
        """Stories (groups of articles sharing ``story_id``), largest then newest first
        (``sort="date"``: newest first). One pass over the articles: the total comes from a
        window count over the groups."""
        p = self.dialect.param
        grouped, params = self._story_groups(since, until, language, storyline)
        rows = self._rows(
            f"{grouped} ORDER BY {STORY_SORTS[sort]} LIMIT {p} OFFSET {p}",
            [*params, limit, offset])
        if rows:
            total = int(rows[0]["total"])
        else:
            total = int(self._q(f"SELECT count(*) FROM ({grouped}) AS g", params).fetchone()[0])
        for r in rows:
            del r["total"]
            r["languages"] = sorted((r["languages"] or "").split(","))
            r["titles"] = self.story_titles(r["id"])
        return rows, total

    def story_titles(self, story_id: str) -> dict[str, str]:
        """One title per language: the story stage's titles where it stored them, else the
        earliest titled article's in each language."""
        p = self.dialect.param
        titles: dict[str, str] = {}
        try:
            row = self._q(f"SELECT titles FROM stories WHERE id = {p}", (story_id,)).fetchone()
        except sqlite3.OperationalError:  # an archive from before the stories table
            row = None
        if row and row[0]:
            titles.update(self._json(row[0]))
        for r in self._q(
            f"SELECT language, title FROM articles WHERE story_id = {p} AND title IS NOT NULL "
            "ORDER BY coalesce(published, '9999'), rowid",
            (story_id,),
        ):
            titles.setdefault(r["language"] or "und", r["title"])
        return titles

    def list_storylines(self, *, limit: int = 50, offset: int = 0
                        ) -> tuple[list[dict[str, Any]], int]:
        return self._memo(("storylines", limit, offset),
                          lambda: self._list_storylines(limit, offset))

    def _list_storylines(self, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
        """Storylines (groups of stories sharing ``storyline_id``), newest first."""
        p = self.dialect.param
        base = "FROM articles a WHERE a.storyline_id IS NOT NULL"
        total = int(self._q(f"SELECT count(DISTINCT a.storyline_id) {base}").fetchone()[0])
        rows = self._rows(
            "SELECT a.storyline_id AS id, count(DISTINCT a.story_id) AS stories, "
            f"count(*) AS articles, {self.dialect.group_concat_distinct.format('a.language')} "
            "AS languages, min(a.published) AS first_seen, max(a.published) AS last_seen "
            f"{base} GROUP BY a.storyline_id ORDER BY last_seen DESC NULLS LAST, id "
            f"LIMIT {p} OFFSET {p}",
            (limit, offset),
        )
        for r in rows:
            r["languages"] = sorted((r["languages"] or "").split(","))
            first = self._q(
                f"SELECT story_id FROM articles WHERE storyline_id = {p} AND story_id IS NOT NULL "
                "ORDER BY coalesce(published, '9999'), rowid LIMIT 1", (r["id"],)).fetchone()
            r["titles"] = self.story_titles(first[0]) if first else {}
        return rows, total
