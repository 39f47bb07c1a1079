"""The ``dragoman`` command group and what every command module shares."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from dragoman.archive import Archive, default_db
from dragoman.errors import DragomanError
from dragoman.export import article_to_dict
from dragoman.model import Article


def require_archive(db: str) -> None:
    """Fail with a message naming ``db`` when no archive exists there (reading commands must
    not leave an empty archive behind a mistyped path)."""
    if db == ":memory:" or db.startswith(("postgresql://", "postgres://")):
        return
    if not Path(db).expanduser().is_file():
        raise click.ClickException(
            f"no archive at {db}: create one with `dragoman --db {db} ingest PATH…`, or point "
            "--db (or $DRAGOMAN_DB) at an existing archive")


def open_archive(ctx: click.Context, create: bool = False) -> Archive:
    """The archive named by ``--db``; only commands that write (``create``) may create it."""
    db: str = ctx.obj["db"]
    if not create:
        require_archive(db)
    try:
        archive = Archive(db)
    except DragomanError as exc:
        raise click.ClickException(str(exc)) from exc
    ctx.call_on_close(archive.close)
    return archive


def date_label(article: Article | dict[str, Any]) -> str:
    data = article if isinstance(article, dict) else article_to_dict(article)
    if not data["published"]:
        return "date unknown"
    confidence = data.get("published_confidence", 0.0)
    return data["published"] + ("" if confidence >= 0.85 else " (uncertain)")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", default=None, metavar="PATH",
              help="Archive location (default: $DRAGOMAN_DB or ./dragoman.db).")
@click.version_option(package_name="dragoman")
@click.pass_context
def main(ctx: click.Context, db: str | None) -> None:
    """Dragoman: multilingual news intelligence, offline."""
    ctx.ensure_object(dict)
    ctx.obj["db"] = db or default_db()
