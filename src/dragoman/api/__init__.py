"""The REST API (FastAPI, JSON under /api/v1) and the app factory that also mounts the web pages.

Needs the ``serve`` extra: ``pip install 'dragoman[serve]'``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI


def create_app(db: str, write_token: str | None = None, **options: Any) -> FastAPI:
    """The application over the archive at ``db`` (see ``dragoman.api.app.create_app``)."""
    from dragoman.errors import MissingDependency

    try:
        import fastapi  # noqa: F401
        import jinja2  # noqa: F401
    except ImportError as exc:
        raise MissingDependency(exc.name or "fastapi", "serve", "The API and web app") from exc
    from dragoman.api.app import create_app as build

    return build(db, write_token, **options)


__all__ = ["create_app"]
