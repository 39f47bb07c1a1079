"""The ``dragoman`` command group and what every command module shares."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import click

from dragoman.archive import Archive
from dragoman.errors import DragomanError
from dragoman.export import article_to_dict
from dragoman.model import Article
from dragoman.settings import Settings, SettingsError, load_settings


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
        archive = Archive(db, settings=ctx.obj["settings"])
    except DragomanError as exc:
        raise click.ClickException(str(exc)) from exc
    ctx.call_on_close(archive.close)
    return archive


def date_label(article: Article | dict[str, Any]) -> str:
    data = article if isinstance(article, dict) else article_to_dict(article)
    if not data["published"]:
        return "date unknown"
    confidence = data.get("published_confidence", 0.0)
    return str(data["published"]) + ("" if confidence >= 0.85 else " (uncertain)")


def settings_with(ctx: click.Context, **flags: object) -> Settings:
    """The run's settings with a command's own flags (None: not given) applied; kept in
    ``ctx.obj["settings"]`` for what the command calls."""
    try:
        settings: Settings = ctx.obj["settings"].overridden(**flags)
    except SettingsError as exc:
        raise click.ClickException(str(exc)) from exc
    ctx.obj["settings"] = settings
    return settings


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", default=None, metavar="PATH",
              help="Archive location (default: $DRAGOMAN_DB, else the config file's db, "
                   "else ./dragoman.db).")
@click.option("--config", "config_file", default=None, metavar="FILE",
              type=click.Path(dir_okay=False),
              help="Settings file (TOML; default $DRAGOMAN_CONFIG, else "
                   "~/.config/dragoman/config.toml when it exists). `dragoman config` shows "
                   "the effective settings.")
@click.version_option(package_name="dragoman")
@click.pass_context
def main(ctx: click.Context, db: str | None, config_file: str | None) -> None:
    """Dragoman: multilingual news intelligence, offline."""
    ctx.ensure_object(dict)
    # The boundary: the one place the command line reads the environment.
    try:
        settings = load_settings({"db": db}, os.environ, config_file)
    except SettingsError as exc:
        raise click.ClickException(str(exc)) from exc
    ctx.obj["settings"] = settings
    ctx.obj["db"] = settings.db
