"""Server-rendered pages (Jinja2, autoescaped; no script). Mounted by ``create_app``."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qs, urlencode

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import ValidationError

from dragoman.api.app import Services, services
from dragoman.api.data import (
    CERTAIN_DATE,
    article_detail,
    date_certainty,
    entity_detail,
    run_search,
    story_detail,
    storyline_detail,
)
from dragoman.api.routes import (
    DEFAULT_PAGE_SIZE,
    Ident,
    IngestRequest,
    Offset,
    ingest_page,
)
from dragoman.errors import DragomanError
from dragoman.web.render import bar_chart, headline, highlight, moment, safe_url, text_dir

HERE = Path(__file__).parent
_env = Environment(loader=FileSystemLoader(HERE / "templates"),
                   autoescape=select_autoescape(default=True, default_for_string=True))
_env.filters["dir"] = text_dir
_env.filters["safe_url"] = safe_url
_env.filters["moment"] = moment
_env.globals["headline"] = headline
_env.globals["certainty"] = date_certainty
_env.globals["CERTAIN_DATE"] = CERTAIN_DATE
templates = Jinja2Templates(env=_env)
PERIODS = {"day": 0, "week": 6, "all": None}
# Form fields left blank arrive as empty strings: the pages accept them as "no filter".
Day = Annotated[str | None, Query(pattern=r"^(\d{4}-\d{2}-\d{2})?$", description="YYYY-MM-DD")]
Lang = Annotated[str | None, Query(pattern=r"^([a-z]{2,3})?$", description="ISO 639 code")]

router = APIRouter(include_in_schema=False)


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, template, context, status_code=status)


def html_error(request: Request, status: int, message: str) -> Response:
    return render(request, "error.html", status=status, status_code=status, message=message)


def pager(request: Request, offset: int, total: int, limit: int = DEFAULT_PAGE_SIZE
          ) -> dict[str, str | None]:
    params = dict(request.query_params)

    def link(at: int) -> str:
        return "?" + urlencode({**params, "offset": at})

    return {"prev": link(max(0, offset - limit)) if offset > 0 else None,
            "next": link(offset + limit) if offset + limit < total else None}


@router.get("/", response_class=HTMLResponse)
def home(request: Request, period: Annotated[str, Query(pattern="^(day|week|all)$")] = "week",
         language: Lang = None, offset: Offset = 0) -> HTMLResponse:
    store = services(request).store()
    latest = store.latest_day()
    since = None
    span = PERIODS[period]
    if latest and span is not None:
        since = (date.fromisoformat(latest) - timedelta(days=span)).isoformat()
    stories, total = store.list_stories(since=since, language=language or None,
                                        limit=DEFAULT_PAGE_SIZE, offset=offset)
    recent: list[dict[str, Any]] = []
    if not total:
        recent = store.list_articles(limit=DEFAULT_PAGE_SIZE)[0]
    return render(request, "stories.html", stories=stories, total=total, period=period,
                  latest=latest, since=since, language=language, recent=recent,
                  pages=pager(request, offset, total))


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(request: Request, story_id: str) -> HTMLResponse:
    data = story_detail(services(request).store(), story_id[:128])
    chart = bar_chart(data["coverage"], "articles", "Articles per day by language")
    return render(request, "story.html", story=data, chart=chart)


@router.get("/storylines", response_class=HTMLResponse)
def storylines(request: Request, offset: Offset = 0) -> HTMLResponse:
    rows, total = services(request).store().list_storylines(limit=DEFAULT_PAGE_SIZE,
                                                            offset=offset)
    return render(request, "storylines.html", storylines=rows, total=total,
                  pages=pager(request, offset, total))


@router.get("/storylines/{storyline_id}", response_class=HTMLResponse)
def storyline(request: Request, storyline_id: str) -> HTMLResponse:
    data = storyline_detail(services(request).store(), storyline_id[:128])
    return render(request, "storyline.html", storyline=data)


@router.get("/articles", response_class=HTMLResponse)
def articles(request: Request, language: Lang = None, site: Ident = None, since: Day = None,
             until: Day = None, entity: Ident = None, story: Ident = None,
             offset: Offset = 0) -> HTMLResponse:
    filters = {"language": language or None, "site": site or None, "since": since or None,
               "until": until or None, "entity": entity or None, "story": story or None}
    rows, total = services(request).store().list_articles(
        limit=DEFAULT_PAGE_SIZE, offset=offset, **filters)
    return render(request, "articles.html", articles=rows, total=total, filters=filters,
                  pages=pager(request, offset, total))


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: str) -> HTMLResponse:
    store = services(request).store()
    art = store.get_article(article_id[:128])
    data = article_detail(store, art.id)
    return render(request, "article.html", article=data, body=highlight(art),
                  dir=text_dir(art.language))


@router.get("/entities", response_class=HTMLResponse)
def entities(request: Request, name: Annotated[str | None, Query(max_length=200)] = None,
             type: Annotated[str | None, Query(pattern="^(PER|ORG|LOC|MISC)?$")] = None,
             offset: Offset = 0) -> HTMLResponse:
    rows, total = services(request).store().list_entities(
        name=name, type=type or None, limit=DEFAULT_PAGE_SIZE, offset=offset)
    return render(request, "entities.html", entities=rows, total=total, name=name or "",
                  type=type or "", pages=pager(request, offset, total))


@router.get("/entities/{entity_id:path}", response_class=HTMLResponse)
def entity(request: Request, entity_id: str) -> HTMLResponse:
    data = entity_detail(services(request).store(), entity_id[:128])
    chart = bar_chart(data["timeline"], "mentions", "Mentions per day by language")
    quote_chart = bar_chart(data["quote_timeline"], "quotes", "Quotations per day by language")
    return render(request, "entity.html", entity=data, chart=chart, quote_chart=quote_chart)


@router.get("/quotations", response_class=HTMLResponse)
def quotations(request: Request, speaker: Annotated[str | None, Query(max_length=200)] = None,
               language: Lang = None, since: Day = None, until: Day = None,
               offset: Offset = 0) -> HTMLResponse:
    rows, total = services(request).store().list_quotes(
        speaker=speaker or None, language=language or None, since=since or None,
        until=until or None,
        limit=DEFAULT_PAGE_SIZE, offset=offset)
    return render(request, "quotations.html", quotes=rows, total=total,
                  filters={"speaker": speaker or "", "language": language or "",
                           "since": since or "", "until": until or ""},
                  pages=pager(request, offset, total))


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: Annotated[str, Query(max_length=500)] = "",
           lang: Lang = None,
           mode: Annotated[str, Query(pattern="^(hybrid|keyword)$")] = "hybrid",
           ) -> HTMLResponse:
    hits: list[dict[str, Any]] = []
    used = ""
    if q.strip():
        hits, used = run_search(services(request), q, lang or None, DEFAULT_PAGE_SIZE, mode)
    return render(request, "search.html", q=q, lang=lang or "", hits=hits, mode=used,
                  requested=mode)


def _ingest_form(request: Request, svc: Services, status: int = 200,
                 **context: Any) -> HTMLResponse:
    return render(request, "ingest.html", status=status, enabled=svc.write_token is not None,
                  **context)


@router.get("/ingest", response_class=HTMLResponse)
def ingest_form(request: Request) -> HTMLResponse:
    return _ingest_form(request, services(request))


@router.post("/ingest", response_class=HTMLResponse)
async def ingest(request: Request) -> Response:
    svc = services(request)
    form = {k: v[0] for k, v in parse_qs((await request.body()).decode("utf-8", "replace"),
                                         keep_blank_values=True).items()}
    svc.check_write(form.get("token"))
    content = form.get("content", "")
    kind = "html" if form.get("kind") == "html" else "text"
    try:
        body = IngestRequest.model_validate({kind: content, "url": form.get("url") or None})
    except ValidationError as exc:
        problems = "; ".join(str(e.get("msg")) for e in exc.errors())
        return _ingest_form(request, svc, 422, error=problems, form=form)
    try:
        # Analysis is CPU work: run it in the thread pool, off the event loop.
        from starlette.concurrency import run_in_threadpool

        data, _added = await run_in_threadpool(ingest_page, svc, body)
    except DragomanError as exc:
        return _ingest_form(request, svc, 400, error=str(exc), form=form)
    return Response(status_code=303, headers={"Location": f"/articles/{data['id']}"})


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    """The API reference, rendered from the OpenAPI document (works offline)."""
    spec = request.app.openapi()
    endpoints = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
            schema = spec.get("components", {}).get("schemas", {}).get(
                body.get("schema", {}).get("$ref", "").rsplit("/", 1)[-1], {})
            fields = ", ".join(schema.get("properties", {}))
            endpoints.append({"method": method.upper(), "path": path,
                              "summary": op.get("summary", ""),
                              "params": [(p["name"], p.get("in", ""),
                                          p.get("schema", {}).get("pattern")
                                          or p.get("description") or "")
                                         for p in op.get("parameters", [])]
                              + ([("JSON body", "body", fields)] if fields else []),
                              "tag": (op.get("tags") or [""])[0]})
    return render(request, "docs.html", endpoints=endpoints, spec_url=request.app.openapi_url)


def mount_web(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(router)
