"""The analyst's pages: articles, entities, quotations and search lists (facets, exact totals,
page X of Y, sorting, CSV/JSON export of the filtered view), the entity and the article page.

The lists are the shared views (``dragoman.views.listing``) rendered; every filter, sort and
page is a GET parameter, so a URL is a shareable view, and the export links are the API's
same URL with ``format=csv|json``.
"""

from __future__ import annotations

import calendar
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup, escape

from dragoman.server.requests import DEFAULT_PAGE_SIZE, Ident, Offset
from dragoman.server.services import API_PREFIX, services
from dragoman.views.analyst import article_context
from dragoman.views.listing import (
    FACETS,
    PAGE_TYPES,
    SORTS,
    ListPage,
    search_view,
)
from dragoman.web.render import bar_chart, highlight, text_dir
from dragoman.web.views import Day, Lang, render, templates

router = APIRouter(include_in_schema=False)
Text = Annotated[str | None, Query(max_length=200)]
Choice = Annotated[str | None, Query(max_length=200)]
# Filter parameters a facet value sets (month and day set a date range).
FACET_FILTER = {"language": "language", "site": "site", "type": "type", "speaker": "speaker",
                "direct": "direct", "page_type": "page_type"}


def _marks(text: str, spans: list[list[int]], base: int = 0) -> str:
    """``text`` escaped, with the (start, end) spans (offsets from ``base``) in <mark>."""
    out: list[str] = []
    at = 0
    for start, end in sorted(spans):
        s, e = start - base, end - base
        if at <= s < e <= len(text):
            out += [str(escape(text[at:s])), "<mark>", str(escape(text[s:e])), "</mark>"]
            at = e
    out.append(str(escape(text[at:])))
    return "".join(out)


def marked(hit: dict[str, Any]) -> Markup:
    """A search hit's snippet with its matched words in <mark> (offsets into the article)."""
    body = _marks(hit["snippet"], hit["highlights"], hit["snippet_start"])
    more = hit["snippet_end"] < hit.get("chars", 0)
    return Markup(("…" if hit["snippet_start"] else "") + body + ("…" if more else ""))


def marked_title(hit: dict[str, Any]) -> Markup:
    return Markup(_marks(hit["title"] or "(untitled)", hit.get("title_highlights", [])))


templates.env.filters["marked"] = marked
templates.env.filters["marked_title"] = marked_title


def _url(path: str, params: dict[str, Any]) -> str:
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return path + ("?" + urlencode(kept) if kept else "")


def _facet_params(name: str, value: Any) -> dict[str, Any]:
    if name in ("month", "day"):
        if not value:
            return {}
        if name == "day":
            return {"since": value, "until": value}
        year, month = (int(p) for p in str(value).split("-"))
        last = calendar.monthrange(year, month)[1]
        return {"since": f"{value}-01", "until": f"{value}-{last:02d}"}
    if name == "direct":
        return {"direct": "true" if value == "direct" else "false"}
    return {FACET_FILTER[name]: value}


def navigation(request: Request, view: str, page: ListPage, api_path: str) -> dict[str, Any]:
    """Links of a list page: previous/next, sort orders, facet values, exports; each one the
    current URL with one parameter changed."""
    params = {k: v for k, v in request.query_params.items() if k != "offset"}
    path = request.url.path
    limit, offset = page.limit, page.offset
    facets = {}
    for name, facet in page.facets.items():
        values = []
        for v in facet["values"]:
            chosen = _facet_params(name, v["value"])
            active = bool(chosen) and all(params.get(k) == str(x) for k, x in chosen.items())
            target = {k: x for k, x in params.items() if k not in chosen} if active else \
                {**params, **chosen}
            values.append({**v, "active": active,
                           "href": _url(path, target) if chosen else None})
        facets[name] = {**facet, "values": values}
    export = {k: v for k, v in params.items() if k not in ("facets",)}
    return {
        "page": page.page, "pages": page.pages, "total": page.total,
        "first": offset + 1 if page.total else 0, "last": min(offset + limit, page.total),
        "prev": _url(path, {**params, "offset": max(0, offset - limit)}) if offset else None,
        "next": _url(path, {**params, "offset": offset + limit})
        if offset + limit < page.total else None,
        "sorts": [{"name": s, "active": s == page.sort,
                   "href": _url(path, {**params, "sort": s})} for s in SORTS[view]],
        "facets": facets,
        "csv": _url(API_PREFIX + api_path, {**export, "format": "csv"}),
        "json": _url(API_PREFIX + api_path, {**export, "format": "json"}),
        "all_facets": FACETS[view],
    }


def _list(request: Request, view: str, template: str, page: ListPage, api_path: str,
          **context: Any) -> HTMLResponse:
    return render(request, template, page=page, nav=navigation(request, view, page, api_path),
                  filters={k: ("" if v is None else v) for k, v in page.filters.items()},
                  **context)


@router.get("/articles", response_class=HTMLResponse)
def articles(request: Request, language: Lang = None, site: Ident = None, since: Day = None,
             until: Day = None, entity: Ident = None, story: Ident = None,
             storyline: Ident = None, page_type: Choice = None, sort: Choice = None,
             facets: Choice = None, offset: Offset = 0) -> HTMLResponse:
    filters = {"language": language, "site": site, "since": since, "until": until,
               "entity": entity, "story": story, "storyline": storyline,
               "page_type": page_type}
    page = services(request).archive().articles_page(filters, sort, facets, DEFAULT_PAGE_SIZE,
                                                     offset)
    return _list(request, "articles", "articles.html", page, "/articles", page_types=PAGE_TYPES)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: str) -> HTMLResponse:
    svc = services(request)
    archive = svc.archive()
    art = archive.get(article_id[:128])
    data = archive.article(art.id)
    return render(request, "article.html", article=data, body=highlight(art),
                  dir=text_dir(art.language), context=article_context(svc, data))


@router.get("/entities", response_class=HTMLResponse)
def entities(request: Request, name: Text = None,
             type: Annotated[str | None, Query(pattern="^(PER|ORG|LOC|MISC)?$")] = None,
             language: Lang = None, sort: Choice = None, facets: Choice = None,
             offset: Offset = 0) -> HTMLResponse:
    filters = {"type": type, "name": name, "language": language}
    page = services(request).archive().entities_page(filters, sort, facets, DEFAULT_PAGE_SIZE,
                                                     offset)
    return _list(request, "entities", "entities.html", page, "/entities",
                 entities=page.items, total=page.total, name=name or "", type=type or "")


@router.get("/entities/{entity_id:path}", response_class=HTMLResponse)
def entity(request: Request, entity_id: str) -> HTMLResponse:
    svc = services(request)
    data = svc.archive().entity(entity_id[:128])
    chart = bar_chart(data["timeline"], "mentions", "Mentions per day by language")
    quote_chart = bar_chart(data["quote_timeline"], "quotes", "Quotations per day by language")
    return render(request, "entity.html", entity=data, chart=chart, quote_chart=quote_chart,
                  writes=svc.write_token is not None)


@router.get("/quotations", response_class=HTMLResponse)
def quotations(request: Request, speaker: Text = None, language: Lang = None,
               since: Day = None, until: Day = None, article: Ident = None,
               direct: Annotated[str | None, Query(pattern="^(true|false)?$")] = None,
               about: Ident = None, sort: Choice = None, facets: Choice = None,
               offset: Offset = 0) -> HTMLResponse:
    filters = {"speaker": speaker, "language": language, "since": since, "until": until,
               "article": article, "direct": {"true": True, "false": False}.get(direct or ""),
               "about": about}
    page = services(request).archive().quotations_page(filters, sort, facets,
                                                       DEFAULT_PAGE_SIZE, offset)
    return _list(request, "quotations", "quotations.html", page, "/quotations",
                 quotes=page.items, total=page.total)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: Annotated[str, Query(max_length=500)] = "",
           lang: Lang = None, language: Lang = None, site: Ident = None, since: Day = None,
           until: Day = None, entity: Ident = None, story: Ident = None,
           mode: Annotated[str, Query(pattern="^(hybrid|keyword)$")] = "hybrid",
           sort: Choice = None, facets: Choice = None, offset: Offset = 0) -> HTMLResponse:
    filters = {"language": language or lang, "site": site, "since": since, "until": until,
               "entity": entity, "story": story}
    if not q.strip():
        return render(request, "search.html", q=q, page=None, nav=None, requested=mode,
                      filters={k: v or "" for k, v in filters.items()})
    page = search_view(services(request), q, filters, mode, sort, facets, DEFAULT_PAGE_SIZE,
                       offset)
    return _list(request, "search", "search.html", page, "/search", q=q, requested=mode)
