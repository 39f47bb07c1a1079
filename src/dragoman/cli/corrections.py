"""Analyst corrections of entities: ``dragoman entity merge|split|rename|retype|not-entity``,
``dragoman entity corrections`` (the list, with when and why) and ``dragoman entity undo``."""

from __future__ import annotations

import json
import re
from typing import Any

import click

from dragoman.archive_views import Correction
from dragoman.cli.app import open_archive
from dragoman.cli.entities import entity
from dragoman.cli.output import echo
from dragoman.errors import DragomanError

_REASON = click.option("--reason", default="", help="Why (kept with the correction).")
_SPAN = re.compile(r"^(\d+)-(\d+)$")


def _correct(ctx: click.Context, kind: str, entity_id: str, **fields: Any) -> None:
    archive = open_archive(ctx)
    try:
        done = archive.correct(kind, entity_id, **fields)
    except DragomanError as exc:
        raise click.ClickException(str(exc)) from exc
    echo(_line(done))


def _line(c: Correction) -> str:
    detail = {"merge": f"{c.other_id} → {c.entity_id}", "rename": f"{c.entity_id} → {c.name!r}",
              "retype": f"{c.entity_id} → {c.type}", "not_entity": c.entity_id,
              "split": f"{c.entity_id} in {c.article_id}"
                       + (f" at {c.start}-{c.end}" if c.start is not None else "")
                       + f" → {c.split_id}" + (f" {c.name!r}" if c.name else "")}[c.kind]
    state = f"undone {c.undone_at}" if c.undone_at else "active"
    return f"#{c.id} {c.created_at} {c.kind} {detail} [{state}]" + (f" — {c.reason}" if c.reason else "")


@entity.command("merge")
@click.argument("entity_id")
@click.argument("other_id")
@_REASON
@click.pass_context
def merge(ctx: click.Context, entity_id: str, other_id: str, reason: str) -> None:
    """Merge OTHER_ID into ENTITY_ID: its mentions and quotations become ENTITY_ID's."""
    _correct(ctx, "merge", entity_id, other_id=other_id, reason=reason)


@entity.command("split")
@click.argument("entity_id")
@click.argument("article_id")
@click.option("--mention", default=None, metavar="START-END",
              help="Only the mention at these character offsets (default: all in the article).")
@click.option("--name", default=None, help="Name of the new entity (default: the same name).")
@_REASON
@click.pass_context
def split(ctx: click.Context, entity_id: str, article_id: str, mention: str | None,
          name: str | None, reason: str) -> None:
    """Split ENTITY_ID's mentions in ARTICLE_ID off into a new entity."""
    start = end = None
    if mention is not None:
        found = _SPAN.match(mention)
        if not found:
            raise click.BadParameter(f"{mention!r} is not START-END, e.g. 120-134", param_hint="--mention")
        start, end = int(found[1]), int(found[2])
    _correct(ctx, "split", entity_id, article_id=article_id, start=start, end=end, name=name,
             reason=reason)


@entity.command("rename")
@click.argument("entity_id")
@click.argument("name")
@_REASON
@click.pass_context
def rename(ctx: click.Context, entity_id: str, name: str, reason: str) -> None:
    """Give ENTITY_ID the display name NAME."""
    _correct(ctx, "rename", entity_id, name=name, reason=reason)


@entity.command("retype")
@click.argument("entity_id")
@click.argument("entity_type", metavar="TYPE",
                type=click.Choice(["PER", "ORG", "LOC", "MISC"], case_sensitive=False))
@_REASON
@click.pass_context
def retype(ctx: click.Context, entity_id: str, entity_type: str, reason: str) -> None:
    """Give ENTITY_ID the type TYPE (PER, ORG, LOC, MISC)."""
    _correct(ctx, "retype", entity_id, type=entity_type.upper(), reason=reason)


@entity.command("not-entity")
@click.argument("entity_id")
@_REASON
@click.pass_context
def not_entity(ctx: click.Context, entity_id: str, reason: str) -> None:
    """ENTITY_ID is not an entity: its mentions keep their offsets but link to nothing."""
    _correct(ctx, "not_entity", entity_id, reason=reason)


@entity.command("corrections")
@click.argument("entity_id", required=False)
@click.option("--json", "as_json", is_flag=True, help="JSON lines instead of text.")
@click.pass_context
def corrections(ctx: click.Context, entity_id: str | None, as_json: bool) -> None:
    """Corrections (of ENTITY_ID), oldest first, with when, why and whether undone."""
    for c in open_archive(ctx).corrections(entity_id):
        echo(json.dumps(c.to_dict(), ensure_ascii=False) if as_json else _line(c))


@entity.command("undo")
@click.argument("correction_id", type=int)
@click.pass_context
def undo(ctx: click.Context, correction_id: int) -> None:
    """Undo correction CORRECTION_ID (it stays in the list, marked undone)."""
    archive = open_archive(ctx)
    try:
        echo(_line(archive.undo_correction(correction_id)))
    except DragomanError as exc:
        raise click.ClickException(str(exc)) from exc
