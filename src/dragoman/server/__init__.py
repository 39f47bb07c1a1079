"""The server: one FastAPI application (``server/app.py``) with the JSON API and the web
pages as sibling routers, and what both share (``services.py``, ``requests.py``,
``guards.py``).

Needs the ``serve`` extra: ``pip install 'dragoman[serve]'``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI


def create_app(db: str, write_token: str | None = None, **options: Any) -> FastAPI:
    """The application over the archive at ``db`` (see ``dragoman.server.app.create_app``)."""
    from dragoman.errors import MissingDependency

    try:
        import fastapi  # noqa: F401
        import jinja2  # noqa: F401
    except ImportError as exc:
        raise MissingDependency(exc.name or "fastapi", "serve", "The API and web app") from exc
    from dragoman.server.app import create_app as build

    return build(db, write_token, **options)


__all__ = ["create_app"]
