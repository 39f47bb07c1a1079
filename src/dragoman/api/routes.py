"""JSON endpoints under /api/v1. Thin: each one validates its parameters and asks the archive
(``svc.archive()``, the ``Archive`` methods of ``archive_views.py``), never the store."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query
from fastapi.responses import JSONResponse, Response

from dragoman.server.requests import (
    DEFAULT_PAGE_SIZE,
    MAX_OFFSET,
    MAX_PAGE_SIZE,
    Ident,
    IngestRequest,
    Offset,
    ingest_page,
)
from dragoman.server.services import Services, services
from dragoman.views.analyst import article_context
from dragoman.views.listing import (
    MAX_EXPORT_ROWS,
    ListPage,
    search_view,
    to_csv,
)

router = APIRouter()
Svc = Annotated[Services, Depends(services)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="rows per page")]
Day = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD")]
Lang = Annotated[str | None, Query(pattern=r"^[a-z]{2,3}$", description="ISO 639 code")]
Sort = Annotated[str | None, Query(max_length=20, description=(
    "order: articles date|oldest, entities count|articles|name, quotations date|oldest, "
    "stories count|date, search relevance|date|oldest"))]
Facets = Annotated[str | None, Query(max_length=200, description=(
    "comma-separated facet names (language, site, page_type, month, day, type, speaker, "
    "direct), "
    "or 'none'; absent: the view's usual facets"))]
PageTypeParam = Annotated[str | None, Query(max_length=20, description=(
    "articles (articles and live blogs, the default), all, or one page type: "
    "article, liveblog, listing, media, other"))]
Format = Annotated[str | None, Query(pattern="^(csv|json)$", description=(
    "export the whole filtered view (not one page) as a csv or json file"))]
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"description": text, "content": {"application/json": {"example": {
        "error": {"status": code, "code": slug, "message": "…"}}}}}
    for code, slug, text in (
        (400, "bad_request", "unusable input, e.g. a search query that cannot be parsed"),
        (404, "not_found", "no such record"),
        (409, "ambiguous_id", "an id prefix of several records; details.candidates lists them"),
        (422, "invalid_parameter", "a parameter failed validation"),
        (429, "rate_limited", "too many requests from this address"),
    )
}


def page(items: list[Any], total: int, limit: int, offset: int) -> dict[str, Any]:
    following = offset + limit if offset + limit < total else None
    return {"items": items, "total": total, "limit": limit, "offset": offset,
            "next_offset": following}


@router.get("/health", tags=["service"], summary="Liveness and archive reachability")
def health(svc: Svc) -> dict[str, Any]:
    return {"status": "ok", **svc.archive().health(), "writes": svc.write_token is not None}


@router.get("/stats", tags=["service"], summary="Counts by kind and language")
def stats(svc: Svc) -> dict[str, Any]:
    return svc.archive().counts()


def listed(build: Callable[[int, int], ListPage], limit: int, offset: int,
           fmt: str | None = None, view: str = "") -> Any:
    """One page as JSON; with ``format``, the whole filtered view as a CSV or JSON file."""
    if fmt is None:
        return build(limit, offset).to_dict()
    rows = build(MAX_EXPORT_ROWS, 0).items
    name = f"dragoman-{view}.{fmt}"
    disposition = {"Content-Disposition": f'attachment; filename="{name}"'}
    if fmt == "csv":
        return Response(to_csv(view, rows), media_type="text/csv; charset=utf-8",
                        headers=disposition)
    return JSONResponse(rows, headers=disposition)


@router.get("/articles", tags=["articles"], responses=ERRORS,
            summary="Articles, newest first, with filters, facets, sorting and paging")
def articles(svc: Svc, language: Lang = None, site: Ident = None, since: Day = None,
             until: Day = None, entity: Ident = None, story: Ident = None,
             storyline: Ident = None, page_type: PageTypeParam = None, sort: Sort = None,
             facets: Facets = None, limit: Limit = DEFAULT_PAGE_SIZE, offset: Offset = 0,
             format: Format = None) -> Any:
    filters = {"language": language, "site": site, "since": since, "until": until,
               "entity": entity, "story": story, "storyline": storyline,
               "page_type": page_type}
    return listed(lambda n, at: svc.archive().articles_page(filters, sort, facets, n, at),
                  limit, offset, format, "articles")


@router.get("/articles/{article_id}", tags=["articles"], responses=ERRORS,
            summary="One article: clean text, entities and quotations with offsets")
def article(svc: Svc, article_id: str) -> dict[str, Any]:
    return svc.archive().article(article_id[:128])


@router.get("/articles/{article_id}/related", tags=["articles"], responses=ERRORS,
            summary="The article's story and its most similar articles in any language")
def article_related(svc: Svc, article_id: str) -> dict[str, Any]:
    data = svc.archive().article(article_id[:128])
    return {"id": data["id"], **article_context(svc, data)}


@router.get("/search", tags=["articles"], responses=ERRORS,
            summary="Search articles: keyword + cross-lingual (hybrid), or keyword only; "
                    "exact total, facets, filters, highlighted snippets")
def search(svc: Svc, q: Annotated[str, Query(min_length=1, max_length=500)],
           lang: Lang = None, language: Lang = None, site: Ident = None, since: Day = None,
           until: Day = None, entity: Ident = None, story: Ident = None, sort: Sort = None,
           facets: Facets = None, limit: Limit = DEFAULT_PAGE_SIZE, offset: Offset = 0,
           mode: Annotated[str, Query(pattern="^(hybrid|keyword)$")] = "hybrid",
           format: Format = None) -> Any:
    filters = {"language": language or lang, "site": site, "since": since, "until": until,
               "entity": entity, "story": story}
    return listed(lambda n, at: search_view(svc, q, filters, mode, sort, facets, n, at),
                  limit, offset, format, "search")


@router.get("/entities", tags=["entities"], responses=ERRORS,
            summary="Entities, most mentioned first, with facets")
def entities(svc: Svc, type: Annotated[str | None, Query(pattern="^(PER|ORG|LOC|MISC)$")] = None,
             name: Annotated[str | None, Query(max_length=200)] = None, language: Lang = None,
             sort: Sort = None, facets: Facets = None, limit: Limit = DEFAULT_PAGE_SIZE,
             offset: Offset = 0, format: Format = None) -> Any:
    filters = {"type": type, "name": name, "language": language}
    return listed(lambda n, at: svc.archive().entities_page(filters, sort, facets, n, at),
                  limit, offset, format, "entities")


@router.get("/entities/{entity_id:path}", tags=["entities"], responses=ERRORS,
            summary="One entity: names by language with sources, roles, quotations by and "
                    "about it, co-occurring entities, timeline, stories")
def entity(svc: Svc, entity_id: str) -> dict[str, Any]:
    return svc.archive().entity(entity_id[:128])


@router.get("/quotations", tags=["quotations"], responses=ERRORS,
            summary="Quotations with their speakers, newest first, with facets")
def quotations(svc: Svc, speaker: Annotated[str | None, Query(max_length=200)] = None,
               language: Lang = None, since: Day = None, until: Day = None,
               article: Ident = None, direct: bool | None = None,
               about: Annotated[str | None, Query(max_length=128, description=(
                   "entity id: quotations whose article mentions it (not by it)"))] = None,
               sort: Sort = None, facets: Facets = None, limit: Limit = DEFAULT_PAGE_SIZE,
               offset: Offset = 0, format: Format = None) -> Any:
    filters = {"speaker": speaker, "language": language, "since": since, "until": until,
               "article": article, "direct": direct, "about": about}
    return listed(lambda n, at: svc.archive().quotations_page(filters, sort, facets, n, at),
                  limit, offset, format, "quotations")


@router.get("/statements", tags=["quotations"], responses=ERRORS,
            summary="Statements: one quotation with every article and language that reported it")
def statements(svc: Svc, speaker: Annotated[str | None, Query(max_length=200)] = None,
               language: Lang = None, since: Day = None, limit: Limit = DEFAULT_PAGE_SIZE,
               offset: Offset = 0) -> dict[str, Any]:
    found = svc.archive().statements(speaker=speaker, lang=language, since=since,
                                     limit=MAX_OFFSET + MAX_PAGE_SIZE)
    return page([s.to_dict() for s in found[offset:offset + limit]], len(found), limit, offset)


@router.get("/statements/{statement_id}", tags=["quotations"], responses=ERRORS,
            summary="One statement's path: first appearance, every report, wording variants")
def statement(svc: Svc, statement_id: str) -> dict[str, Any]:
    return svc.archive().statement(statement_id[:128]).to_dict(reports=True)


@router.get("/stories", tags=["stories"], responses=ERRORS,
            summary="Stories (articles about one event, in any language), with facets")
def stories(svc: Svc, since: Day = None, until: Day = None, language: Lang = None,
            storyline: Ident = None, sort: Sort = None, facets: Facets = None,
            limit: Limit = DEFAULT_PAGE_SIZE, offset: Offset = 0,
            format: Format = None) -> Any:
    filters = {"since": since, "until": until, "language": language, "storyline": storyline}
    return listed(lambda n, at: svc.archive().stories_page(filters, sort, facets, n, at),
                  limit, offset, format, "stories")


@router.get("/stories/{story_id}", tags=["stories"], responses=ERRORS,
            summary="One story: its articles by language and coverage per day")
def story(svc: Svc, story_id: str) -> dict[str, Any]:
    return svc.archive().story(story_id[:128])


@router.get("/trends", tags=["stories"], responses=ERRORS,
            summary="Rising stories and entities: article counts far above their baseline")
def trends(svc: Svc) -> dict[str, Any]:
    return svc.archive().trends()


@router.get("/storylines", tags=["stories"], responses=ERRORS,
            summary="Storylines (stories that continue one another)")
def storylines(svc: Svc, limit: Limit = DEFAULT_PAGE_SIZE, offset: Offset = 0) -> dict[str, Any]:
    rows, total = svc.archive().storylines(limit=limit, offset=offset)
    return page(rows, total, limit, offset)


@router.get("/storylines/{storyline_id}", tags=["stories"], responses=ERRORS,
            summary="One storyline and its stories")
def storyline(svc: Svc, storyline_id: str) -> dict[str, Any]:
    return svc.archive().storyline(storyline_id[:128])


def require_write(svc: Svc, authorization: Annotated[str | None, Header()] = None,
                  x_dragoman_token: Annotated[str | None, Header()] = None) -> Services:
    """The write-token check, run before the body is validated."""
    supplied = x_dragoman_token
    if authorization and authorization.lower().startswith("bearer "):
        supplied = authorization[7:].strip()
    svc.check_write(supplied)
    return svc


@router.post("/articles", tags=["articles"], status_code=201,
             responses={**ERRORS, 200: {"description": "the page was already in the archive"},
                        401: {"description": "missing or wrong write token"},
                        403: {"description": "writes are off (no token configured)"},
                        413: {"description": "request body too large"}},
             summary="Ingest one page (text or HTML) and return the analysed article")
def ingest(svc: Annotated[Services, Depends(require_write)],
           body: IngestRequest) -> JSONResponse:
    data, added = ingest_page(svc, body)
    return JSONResponse(data, status_code=201 if added else 200)
