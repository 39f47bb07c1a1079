"""WHERE clauses of the browsing queries (lists, facets, exports, search filters), built once.

Each builder returns ``(" WHERE …", params)`` (or ``("", [])``) over ``articles a`` (and
``quotes q`` for quotations), with the marks of the dialect it is given.
"""

from __future__ import annotations

from typing import Any

from dragoman.model import LISTED_PAGE_TYPES
from dragoman.store.dialect import Dialect

# What ``published`` is compared on: the date part of the ISO string.
DAY = "substr(a.published, 1, 10)"


def listed_page_types(column: str) -> str:
    """SQL true for the pages that join stories and the default lists (LISTED_PAGE_TYPES;
    literals from the code, never user input)."""
    return f"{column} IN ({', '.join(repr(t) for t in LISTED_PAGE_TYPES)})"


def article_filters(
    dialect: Dialect,
    language: str | None = None,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
    entity: str | None = None,
    story: str | None = None,
    storyline: str | None = None,
    page_type: str | None = None,
) -> tuple[str, list[Any]]:
    """``page_type``: None or "all" for every page, "articles" for articles and live blogs
    (the default lists), else one type ("listing", "media", "other", ...)."""
    p = dialect.param
    where: list[str] = []
    params: list[Any] = []
    if page_type == "articles":
        where.append(listed_page_types("a.page_type"))
    elif page_type and page_type != "all":
        where.append(f"a.page_type = {p}")
        params.append(page_type)
    for column, value in (("a.language", language), ("a.site", site), ("a.story_id", story),
                          ("a.storyline_id", storyline)):
        if value:
            where.append(f"{column} = {p}")
            params.append(value)
    # Compared as ISO strings so the index on ``published`` serves them; "~" sorts after
    # any time part, so ``until`` keeps the whole day.
    if since:
        where.append(f"a.published >= {p}")
        params.append(since)
    if until:
        where.append(f"a.published <= {p}")
        params.append(until + "~")
    if entity:
        where.append(f"a.id IN (SELECT article_id FROM mentions WHERE entity_id = {p})")
        params.append(entity)
    return (" WHERE " + " AND ".join(where)) if where else "", params


def quote_filters(
    dialect: Dialect,
    speaker: str | None = None,
    direct: bool | None = None,
    about: str | None = None,
    article: str | None = None,
    **articles: str | None,
) -> tuple[str, list[Any]]:
    """Quotations: by speaker (entity id or name), direct or reported, ``about`` an entity
    (it is mentioned in the quotation's article, the quotation's own text included, and is
    not its speaker), plus the article filters."""
    p = dialect.param
    where, params = article_filters(dialect, **articles)
    extra: list[str] = []
    if speaker:
        extra.append(f"(q.speaker_id = {p} OR q.speaker_name = {p} OR q.speaker_text = {p})")
        params += [speaker] * 3
    if direct is not None:
        extra.append(f"q.direct = {p}")
        params.append(bool(direct))
    if about:
        extra.append(f"coalesce(q.speaker_id, '') != {p} AND q.article_id IN "
                     f"(SELECT article_id FROM mentions WHERE entity_id = {p})")
        params += [about, about]
    if article:
        extra.append(f"q.article_id = {p}")
        params.append(article)
    if extra:
        where = (where + " AND " if where else " WHERE ") + " AND ".join(extra)
    return where, params
