"""The ``dragoman`` command group and what every command module shares."""

from __future__ import annotations

from typing import Any

import click

from dragoman.archive import Archive, default_db
from dragoman.errors import DragomanError
from dragoman.export import article_to_dict
from dragoman.model import Article


def open_archive(ctx: click.Context) -> Archive:
    db: str = ctx.obj["db"]
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
