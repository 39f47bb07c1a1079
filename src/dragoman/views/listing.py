"""The list views (articles, entities, quotations, stories, search) as both the JSON API and
the web pages show them: one function per view assembles a ``ListPage`` (items, exact total,
facets, paging) from validated parameters, and ``export_rows`` gives exactly the filtered
view for CSV/JSON export.

Parameters the schema cannot check are checked here and refused with ``InputError`` (a 400
naming the parameter and the reason): unknown facets or sort orders, dates that are not
calendar dates, ``since`` after ``until``, and a page beyond the end of the results.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any, get_args

from dragoman.errors import InputError, MissingDependency, UnknownBackend
from dragoman.model import PageType
from dragoman.queries import ARTICLE_SORTS, ENTITY_SORTS, QUOTE_SORTS, STORY_SORTS

# Most rows one export returns (deeper than this is a crawl: use `dragoman export`).
MAX_EXPORT_ROWS = 10_000

# Facets and sort orders of each view; the first sort is the default.
FACETS: dict[str, tuple[str, ...]] = {
    "articles": ("language", "site", "page_type", "month", "day"),
    "entities": ("type", "language"),
    "quotations": ("language", "speaker", "direct", "month", "day"),
    "stories": ("language", "month"),
    "search": ("language", "site", "month", "day"),
}
SORTS: dict[str, tuple[str, ...]] = {
    "articles": tuple(ARTICLE_SORTS), "entities": tuple(ENTITY_SORTS),
    "quotations": tuple(QUOTE_SORTS), "stories": tuple(STORY_SORTS),
    "search": ("relevance", "date", "oldest"),
}
# Facets shown when the request names none: the day facet only on request (it is long).
DEFAULT_FACETS = {view: tuple(f for f in names if f != "day") for view, names in FACETS.items()}
# Columns of each view's CSV export, in order.
CSV_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("id", "title", "site", "language", "published", "published_confidence",
                 "url", "story_id", "storyline_id", "chars"),
    "entities": ("id", "name", "type", "mentions", "articles", "names", "aliases"),
    "quotations": ("article_id", "start", "end", "text", "direct", "cue", "speaker_id",
                   "speaker", "title", "language", "published"),
    "stories": ("id", "articles", "languages", "first_seen", "last_seen", "storyline_id",
                "titles"),
    "search": ("article_id", "title", "site", "language", "published", "url", "score",
               "snippet"),
}


@dataclass(slots=True)
class ListPage:
    """One page of a list view; ``to_dict`` is the JSON the API returns."""

    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int
    sort: str
    filters: dict[str, Any]
    facets: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def page(self) -> int:
        return self.offset // self.limit + 1

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.limit))

    def to_dict(self) -> dict[str, Any]:
        following = self.offset + self.limit if self.offset + self.limit < self.total else None
        previous = max(0, self.offset - self.limit) if self.offset > 0 else None
        return {"items": self.items, "total": self.total, "limit": self.limit,
                "offset": self.offset, "next_offset": following, "prev_offset": previous,
                "page": self.page, "pages": self.pages, "sort": self.sort,
                "filters": {k: v for k, v in self.filters.items() if v is not None},
                "facets": self.facets, **self.extra}


# -- validation ------------------------------------------------------------------------------
def check_facets(view: str, requested: str | None) -> list[str]:
    """The facet names asked for (comma-separated; "none" for none; absent: the defaults)."""
    if requested is None:
        return list(DEFAULT_FACETS[view])
    names = [n.strip() for n in requested.split(",") if n.strip()]
    if names == ["none"]:
        return []
    unknown = [n for n in names if n not in FACETS[view]]
    if unknown:
        raise InputError("parameter 'facets'", f"unknown facet {unknown[0]!r} for {view}; "
                                               f"known: {', '.join(FACETS[view])}")
    return list(dict.fromkeys(names))


def check_sort(view: str, sort: str | None) -> str:
    if not sort:
        return SORTS[view][0]
    if sort not in SORTS[view]:
        raise InputError("parameter 'sort'", f"unknown sort {sort!r} for {view}; "
                                             f"known: {', '.join(SORTS[view])}")
    return sort


def check_dates(since: str | None, until: str | None) -> None:
    for name, value in (("since", since), ("until", until)):
        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise InputError(f"parameter '{name}'",
                                 f"{value!r} is not a calendar date (YYYY-MM-DD)") from None
    if since and until and since > until:
        raise InputError("parameter 'since'", f"{since} is after until={until}")


def check_page(total: int, limit: int, offset: int) -> None:
    if offset > 0 and offset >= total:
        last = max(0, (total - 1) // limit * limit)
        raise InputError("parameter 'offset'",
                         f"{offset} is beyond the end: {total} result{'s' if total != 1 else ''}"
                         f" (the last page starts at offset {last})")


def _clean(filters: dict[str, Any]) -> dict[str, Any]:
    """Blank form fields count as no filter."""
    return {k: (v if v != "" else None) for k, v in filters.items()}


# -- views -----------------------------------------------------------------------------------
def _page(view: str, fetch: Any, facet_fn: Any, filters: dict[str, Any], sort: str | None,
          facets: str | None, limit: int, offset: int) -> ListPage:
    filters = _clean(filters)
    check_dates(filters.get("since"), filters.get("until"))
    order = check_sort(view, sort)
    names = check_facets(view, facets)
    rows, total = fetch(limit=limit, offset=offset, sort=order, **filters)
    check_page(total, limit, offset)
    return ListPage(rows, total, limit, offset, order, filters,
                    facet_fn(names, **filters) if names else {})


# Page types a list may be filtered on: "articles" (articles and live blogs, the default
# lists), "all", or one type (extract/pagetype.py).
PAGE_TYPES: tuple[str, ...] = ("articles", "all", *get_args(PageType))


def check_page_type(value: str | None) -> str:
    """The page-type filter: absent means the default lists (articles and live blogs)."""
    if not value:
        return "articles"
    if value not in PAGE_TYPES:
        raise InputError("parameter 'page_type'", f"unknown page type {value!r}; "
                                                  f"known: {', '.join(PAGE_TYPES)}")
    return value


def _article_facets(store: Any) -> Any:
    """Facets over the same rows the list shows (articles and live blogs unless another page
    type is asked for); the page_type facet counts every type under the other filters, so
    it shows what choosing another type would give."""
    def facets(names: list[str], **filters: Any) -> dict[str, Any]:
        chosen = {**filters, "page_type": check_page_type(filters.get("page_type"))}
        out = store.article_facets([n for n in names if n != "page_type"], **chosen)
        if "page_type" in names:
            out["page_type"] = store.article_facets(["page_type"],
                                                    **{**filters, "page_type": "all"})["page_type"]
        return {n: out[n] for n in names}
    return facets


def articles_page(store: Any, filters: dict[str, Any], sort: str | None = None,
                  facets: str | None = None, limit: int = 20, offset: int = 0) -> ListPage:
    """``filters["page_type"]``: see ``PAGE_TYPES``; absent, articles and live blogs."""
    check_page_type(_clean(filters).get("page_type"))
    return _page("articles", store.list_articles, _article_facets(store), filters, sort,
                 facets, limit, offset)


def entities_page(store: Any, filters: dict[str, Any], sort: str | None = None,
                  facets: str | None = None, limit: int = 20, offset: int = 0) -> ListPage:
    return _page("entities", store.list_entities, store.entity_facets, filters, sort, facets,
                 limit, offset)


def quotations_page(store: Any, filters: dict[str, Any], sort: str | None = None,
                    facets: str | None = None, limit: int = 20, offset: int = 0) -> ListPage:
    return _page("quotations", store.list_quotes, store.quote_facets, filters, sort, facets,
                 limit, offset)


def stories_page(store: Any, filters: dict[str, Any], sort: str | None = None,
                 facets: str | None = None, limit: int = 20, offset: int = 0) -> ListPage:
    return _page("stories", store.list_stories, store.story_facets, filters, sort, facets,
                 limit, offset)


def search_page(store: Any, service: Any | None, query: str, filters: dict[str, Any],
                sort: str | None = None, facets: str | None = None, limit: int = 20,
                offset: int = 0) -> ListPage:
    """``service``: the story service for cross-lingual hits, or None (keywords only)."""
    from dragoman.search.query import search

    filters = _clean(filters)
    check_dates(filters.get("since"), filters.get("until"))
    order = check_sort("search", sort)
    names = check_facets("search", facets)
    result = search(store, service, query, filters, sort=order, limit=limit, offset=offset,
                    facets=names)
    check_page(result.total, limit, offset)
    return ListPage(result.items, result.total, limit, offset, order, filters, result.facets,
                    {"query": query, "mode": result.mode,
                     "keyword_total": result.keyword_total})


def search_view(svc: Any, query: str, filters: dict[str, Any], mode: str = "hybrid",
                sort: str | None = None, facets: str | None = None, limit: int = 20,
                offset: int = 0) -> ListPage:
    """A search through the server's services: hybrid (keyword + cross-lingual) when asked
    and the embedder loads, else keyword only (``mode`` in the answer says which)."""
    if mode == "hybrid":
        with svc.archive_lock:
            try:
                archive = svc.analyser()
                service = archive.story_service()
            except (MissingDependency, UnknownBackend, ImportError):
                service = None  # no embedder here: keyword search still answers
            if service is not None:
                page: ListPage = archive.search_page(query, filters, sort, facets, limit,
                                                     offset, service=service)
                return page
    page = svc.archive().search_page(query, filters, sort, facets, limit, offset)
    return page


# -- export ----------------------------------------------------------------------------------
def to_csv(view: str, rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    columns = CSV_COLUMNS[view]
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return out.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool | int | float):
        return str(value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    text = str(value)
    # A leading =, +, - or @ makes a spreadsheet run the cell as a formula.
    return "'" + text if text[:1] in {"=", "+", "-", "@"} else text
