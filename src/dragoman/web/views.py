"""Server-rendered pages (Jinja2, autoescaped; no script). ``mount_web`` adds them to the app
``dragoman.server.app.create_app`` builds; ``html_error`` is the error page the server uses."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qs, urlencode

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import ValidationError

from dragoman.errors import DragomanError
from dragoman.server.requests import (
    DEFAULT_PAGE_SIZE,
    IngestRequest,
    Offset,
    ingest_page,
)
from dragoman.server.services import Services, services
from dragoman.views.detail import CERTAIN_DATE, date_certainty
from dragoman.web.render import bar_chart, headline, moment, safe_url, text_dir

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
    front = services(request).archive().front_page(PERIODS[period], language,
                                                   DEFAULT_PAGE_SIZE, offset)
    return render(request, "stories.html", period=period, language=language,
                  pages=pager(request, offset, front["total"]), **front)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(request: Request, story_id: str) -> HTMLResponse:
    data = services(request).archive().story(story_id[:128])
    chart = bar_chart(data["coverage"], "articles", "Articles per day by language")
    return render(request, "story.html", story=data, chart=chart)


@router.get("/statements/{statement_id}", response_class=HTMLResponse)
def statement(request: Request, statement_id: str) -> HTMLResponse:
    """One statement's path: first appearance, every article and language, wordings."""
    data = services(request).archive().statement(statement_id[:128]).to_dict(reports=True)
    return render(request, "statement.html", statement=data)


@router.get("/storylines", response_class=HTMLResponse)
def storylines(request: Request, offset: Offset = 0) -> HTMLResponse:
    rows, total = services(request).archive().storylines(limit=DEFAULT_PAGE_SIZE,
                                                         offset=offset)
    return render(request, "storylines.html", storylines=rows, total=total,
                  pages=pager(request, offset, total))


@router.get("/storylines/{storyline_id}", response_class=HTMLResponse)
def storyline(request: Request, storyline_id: str) -> HTMLResponse:
    data = services(request).archive().storyline(storyline_id[:128])
    return render(request, "storyline.html", storyline=data)


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
    kind = form.get("kind")
    if kind not in ("text", "html"):  # "auto": sniffed as `dragoman ingest -` does
        from dragoman.extract import looks_like_html

        kind = "html" if looks_like_html(content) else "text"
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
    from dragoman.web.explorer import mount_explorer
    from dragoman.web.watchlists import router as watchlist_router

    mount_explorer(app)  # its /static/explorer mount must come before /static
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    from dragoman.web.corrections import router as correction_router
    from dragoman.web.lists import router as lists_router

    app.include_router(lists_router)  # articles, entities, quotations, search
    app.include_router(correction_router)
    app.include_router(router)
    app.include_router(watchlist_router)
