"""Facet counts, id sets and keyword rankings for the browsing views (lists and search).

A mixin of both backends through ``BrowseQueries``, written once over ``dialect.SQLBase``.
Facet counts are exact: each is a GROUP BY over the same filtered rows the list shows, so
the counts of a facet whose every row has one value (language, month, speaker …) add up to
the list's total. A facet lists its ``FACET_VALUES`` largest values; ``more`` says how many
values (and ``more_count`` how many rows) it leaves out.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from dragoman.store.dialect import SQLBase
from dragoman.store.filters import article_filters, quote_filters

# Most values listed per facet (the largest first); the rest are summed in "more_count".
FACET_VALUES = 50
# Most keyword hits a search ranks (ids and scores only; the count stays exact).
MAX_KEYWORD_HITS = 10_000
# Ids per IN (…) list.
ID_CHUNK = 500

# Facet name -> SQL expression, per kind of row.
ARTICLE_FACETS = {
    "language": "coalesce(a.language, 'und')",
    "site": "a.site",
    "page_type": "a.page_type",
    "month": "substr(a.published, 1, 7)",
    "day": "substr(a.published, 1, 10)",
}
QUOTE_FACETS = {
    "language": ARTICLE_FACETS["language"],
    "month": ARTICLE_FACETS["month"],
    "day": ARTICLE_FACETS["day"],
    "speaker": "coalesce(q.speaker_name, q.speaker_text)",
    "direct": "CASE WHEN q.direct THEN 'direct' ELSE 'reported' END",
}
# Entities: "language" counts the entities mentioned in articles of each language (an
# entity named in two languages counts in both, so these do not add up to the total).
ENTITY_FACETS = {"type": "e.type", "language": ARTICLE_FACETS["language"]}


def facet_of(rows: list[Any]) -> dict[str, Any]:
    """A facet from (value, count) rows, largest first, ties by value (in Python, so both
    engines agree whatever their collation)."""
    rows = sorted(rows, key=lambda r: (-int(r[1]), r[0] is None, str(r[0] or "")))
    listed = [{"value": r[0], "count": int(r[1])} for r in rows[:FACET_VALUES]]
    rest = rows[FACET_VALUES:]
    return {"values": listed, "more": len(rest), "more_count": sum(int(r[1]) for r in rest)}


class FacetQueries(SQLBase):
    # -- filters that need the dialect ---------------------------------------------------------
    def _entity_where(self, type: str | None, name: str | None,
                      language: str | None) -> tuple[str, list[Any]]:
        p = self.dialect.param
        from dragoman.store.corrections import CORRECTED_AWAY
        from dragoman.store.ids import escape_like

        where: list[str] = [f"e.id NOT IN ({CORRECTED_AWAY})"]
        params: list[Any] = []
        if type:
            where.append(f"e.type = {p}")
            params.append(type)
        if name:
            like = f"{self.dialect.like} {p} ESCAPE '\\'"
            names, aliases = (self.dialect.json_as_text.format(c) for c in ("e.names", "e.aliases"))
            where.append(f"(e.name {like} OR {names} {like} OR {aliases} {like})")
            params += ["%" + escape_like(name) + "%"] * 3
        if language:
            where.append("e.id IN (SELECT m.entity_id FROM mentions m JOIN articles a "
                         f"ON a.id = m.article_id WHERE a.language = {p})")
            params.append(language)
        return (" WHERE " + " AND ".join(where)) if where else "", params

    # -- facets --------------------------------------------------------------------------------
    def _group_counts(self, expr: str, base: str, params: list[Any]) -> dict[str, Any]:
        rows = self._q(f"SELECT {expr} AS value, count(*) AS n {base} GROUP BY 1 "
                       "ORDER BY n DESC, 1", params).fetchall()
        return facet_of(rows)

    def article_facets(self, names: Iterable[str], **filters: str | None) -> dict[str, Any]:
        where, params = article_filters(self.dialect, **filters)
        return {n: self._group_counts(ARTICLE_FACETS[n], f"FROM articles a{where}", params)
                for n in names}

    def quote_facets(self, names: Iterable[str], **filters: Any) -> dict[str, Any]:
        where, params = quote_filters(self.dialect, **filters)
        base = f"FROM quotes q JOIN articles a ON a.id = q.article_id{where}"
        return {n: self._group_counts(QUOTE_FACETS[n], base, params) for n in names}

    def entity_facets(self, names: Iterable[str], type: str | None = None,
                      name: str | None = None, language: str | None = None) -> dict[str, Any]:
        where, params = self._entity_where(type, name, language)
        out: dict[str, Any] = {}
        for n in names:
            if n == "type":
                out[n] = self._group_counts("e.type", f"FROM entities e{where}", params)
            else:
                inner = f"SELECT e.id FROM entities e{where}"
                out[n] = self._group_counts(
                    f"{ENTITY_FACETS[n]}",
                    "FROM (SELECT DISTINCT m.entity_id, a.language FROM mentions m "
                    f"JOIN articles a ON a.id = m.article_id WHERE m.entity_id IN ({inner})) "
                    "AS a", params)
        return out

    # -- id sets for search --------------------------------------------------------------------
    def filtered_article_ids(self, **filters: str | None) -> set[str]:
        where, params = article_filters(self.dialect, **filters)
        return {r[0] for r in self._q(f"SELECT a.id FROM articles a{where}", params)}

    def article_rows(self, ids: list[str], text: bool = True) -> dict[str, dict[str, Any]]:
        """Summaries of these articles (with their text when ``text``), by id."""
        out: dict[str, dict[str, Any]] = {}
        for start in range(0, len(ids), ID_CHUNK):
            chunk = ids[start:start + ID_CHUNK]
            marks = self.dialect.marks(len(chunk))
            for r in self._q(
                "SELECT a.id, a.title, a.site, a.language, a.published, a.published_confidence, "
                f"a.url, a.story_id, {'a.text' if text else 'NULL AS text'}, "
                "coalesce(a.published, a.ingested_at) AS sort_date "
                f"FROM articles a WHERE a.id IN ({marks})", chunk):
                out[r[0]] = dict(r)
        return out

    def keyword_ranking(self, query: str, **filters: str | None) -> tuple[list[tuple[str, float]], int]:
        """(article id, score) of the keyword (full-text) matches, best first, at most
        ``MAX_KEYWORD_HITS``, and the exact number of matches."""
        p = self.dialect.param
        where, params = article_filters(self.dialect, **filters)
        extra = where.replace(" WHERE ", " AND ", 1)
        found = self.dialect.full_text(query)
        if found is None:
            return [], 0
        base, score, match = found
        base += extra
        total = int(self._q(f"SELECT count(*) {base}", [match, *params]).fetchone()[0])
        rows = self._q(f"SELECT a.id, {score} AS score {base} ORDER BY score DESC, a.id LIMIT {p}",
                       [match, *params, MAX_KEYWORD_HITS]).fetchall()
        return [(r[0], float(r[1])) for r in rows], total
