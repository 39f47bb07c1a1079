"""The interactive API explorer (Swagger UI) at /api/explorer, served offline.

Swagger UI's files come from the ``fastapi-offline`` package (part of the ``serve``
extra), mounted under /static/explorer: no CDN. The explorer is the one page that runs
script, so it alone gets a Content-Security-Policy that allows script from this server
(and the inline styles Swagger UI sets); every other page keeps the no-script policy.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

STATIC_PREFIX = "/static/explorer"
# Script and styles from this server only; requests only to this server.
EXPLORER_CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
                "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")

router = APIRouter(include_in_schema=False)


def swagger_files() -> Path | None:
    """The folder holding swagger-ui-bundle.js and swagger-ui.css, or None if absent."""
    spec = importlib.util.find_spec("fastapi_offline")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "static"
    return folder if (folder / "swagger-ui-bundle.js").is_file() else None


def _init_script(spec_url: str) -> str:
    return f"""window.addEventListener("load", function () {{
  window.ui = SwaggerUIBundle({{
    url: {spec_url!r},
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,
    tryItOutEnabled: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout"
  }});
}});
"""


@router.get("/api/explorer/init.js")
def explorer_script(request: Request) -> Response:
    return Response(_init_script(request.app.openapi_url or "/openapi.json"),
                    media_type="text/javascript; charset=utf-8")


@router.get("/api/explorer", response_class=HTMLResponse)
def explorer(request: Request) -> Response:
    from dragoman.web.views import html_error, render

    if swagger_files() is None:
        return html_error(request, 404, "the API explorer needs Swagger UI's files: "
                                        "pip install 'dragoman[serve]' (fastapi-offline)")
    response = render(request, "explorer.html", static=STATIC_PREFIX,
                      spec_url=request.app.openapi_url)
    response.headers["Content-Security-Policy"] = EXPLORER_CSP
    return response


def mount_explorer(app: FastAPI) -> None:
    """Add the explorer's routes and Swagger UI's files (before the site's /static mount)."""
    folder = swagger_files()
    if folder is not None:
        app.mount(STATIC_PREFIX, StaticFiles(directory=folder), name="explorer-static")
    app.include_router(router)
