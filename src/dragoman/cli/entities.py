"""Entity commands: entities, entity, analyze."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from dragoman.cli.app import main, open_archive
from dragoman.cli.output import echo
from dragoman.errors import DragomanError
from dragoman.export import article_to_dict

_TYPES = click.Choice(["PER", "ORG", "LOC", "MISC"], case_sensitive=False)


@main.command()
@click.option("--type", "entity_type", type=_TYPES, default=None, help="Only this type.")
@click.option("--limit", default=50, show_default=True, help="How many to list (0: all).")
@click.option("--json", "as_json", is_flag=True, help="JSON lines instead of a table.")
@click.pass_context
def entities(ctx: click.Context, entity_type: str | None, limit: int, as_json: bool) -> None:
    """Entities in the archive, most mentioned first."""
    rows = open_archive(ctx).entity_counts(entity_type.upper() if entity_type else None)
    for row in rows[:limit] if limit else rows:
        if as_json:
            echo(json.dumps(row, ensure_ascii=False))
        else:
            echo(f"{row['id']:<28} {row['type']:<4} {row['articles']:>5} art "
                 f"{row['mentions']:>6} men  {row['name']}")


def _kb_ids(name: str, cache_dir: str | None = None) -> list[str]:
    from dragoman.entities.kb import load_kb
    from dragoman.entities.linking import Linker

    kb = load_kb(cache_dir)
    if name in kb.entities:
        return [name]
    linker = Linker(kb)
    found = {linker.resolve(name, label)[0] for label in ("PER", "ORG", "LOC", "MISC")}
    return sorted(i for i in found if i)


class EntityGroup(click.Group):
    """``dragoman entity NAME`` shows an entity (the ``show`` subcommand); ``dragoman entity
    merge|split|rename|retype|not-entity|corrections|undo …`` correct one (cli/corrections.py)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ctx.help_option_names:
            args = ["show", *args]
        return super().parse_args(ctx, args)


@main.group(cls=EntityGroup)
def entity() -> None:
    """An entity by id or any of its names (`dragoman entity NAME`), and analyst corrections."""


@entity.command("show")
@click.argument("name_or_id")
@click.option("--json", "as_json", is_flag=True, help="JSON instead of text.")
@click.pass_context
def show_entity(ctx: click.Context, name_or_id: str, as_json: bool) -> None:
    """An entity by id or by any of its names (any language or script): its names by
    language and the articles that mention it, by date."""
    archive = open_archive(ctx)
    # an entity an analyst merged away is shown as the one it became
    ids = archive.find_entities(name_or_id, also=_kb_ids(name_or_id, archive.settings.cache_dir))
    found: list[dict[str, Any]] = []
    for entity_id in ids:
        summary = archive.entity_summary(entity_id)  # the entity page's summary
        if summary is None:
            continue
        # The page lists the newest articles; the CLI lists every one, with its mentions.
        found.append({**{k: summary[k] for k in ("id", "name", "type", "names")},
                      "aliases": summary["seen_as"],
                      "articles": archive.entity_articles(entity_id)})
    if not found:
        raise click.ClickException(f"no entity {name_or_id!r} is mentioned in the archive")
    for item in found:
        if as_json:
            echo(json.dumps(item, ensure_ascii=False))
            continue
        echo(f"{item['name']}  [{item['id']}, {item['type']}]")
        for lang, name in sorted(item["names"].items()):
            echo(f"  {lang}: {name}")
        if item["aliases"]:
            echo("  seen as: " + " · ".join(item["aliases"]))
        echo(f"  {len(item['articles'])} articles:")
        for a in item["articles"]:
            echo(f"    {a['published'] or 'date unknown':<25} {a['id']:<12} "
                 f"[{a['language']}] {a['title'] or ''}  ({a['mentions']} mentions)")


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--lang", default=None, help="Language code (detected when omitted).")
@click.option("--json", "as_json", is_flag=True, help="The whole analysed article as JSON.")
@click.pass_context
def analyze(ctx: click.Context, file: str, lang: str | None, as_json: bool) -> None:
    """Analyse FILE's text verbatim (no extraction): offsets index that exact text."""
    import dragoman

    try:
        if file == "-":
            text = sys.stdin.read()
        else:
            with open(file, encoding="utf-8") as f:
                text = f.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise click.ClickException(f"cannot read {file}: {exc}") from exc
    try:
        article = dragoman.analyze(text, lang=lang, settings=ctx.obj["settings"])
    except DragomanError as exc:
        raise click.ClickException(str(exc)) from exc
    data = article_to_dict(article)
    if as_json:
        echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    echo(f"language: {data['language']}")
    for e in data["entities"]:
        spans = ", ".join(f"{m['start']}-{m['end']}" for m in e["mentions"])
        echo(f"{e['type']:<4} {e['name']}  [{e['id']}]  {spans}")
    for q in data["quotes"]:
        kind = "direct" if q["direct"] else "reported"
        speaker = q["speaker"]["name"] or "?"
        speaker_id = f" [{q['speaker']['id']}]" if q["speaker"]["id"] else ""
        echo(f"QUOTE {q['start']}-{q['end']} {kind} ({q['cue']}) {speaker}{speaker_id}: {q['text']}")
