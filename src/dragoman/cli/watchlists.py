"""``dragoman watchlist add|list|show|remove``: saved queries kept current by ``watch``."""

from __future__ import annotations

import json

import click

from dragoman.cli.app import main, open_archive
from dragoman.errors import DragomanError


def _split(values: tuple[str, ...]) -> list[str]:
    """Repeated options and comma-separated values alike: ``-k a -k b`` or ``-k a,b``."""
    return [part for v in values for part in v.split(",")]


@main.group(name="watchlist")
def watchlist_group() -> None:
    """Saved queries: new matching articles and statements, as an Atom feed or a webhook."""


@watchlist_group.command(name="add")
@click.argument("name")
@click.option("--keyword", "-k", multiple=True, help="A word or phrase (repeat, or a,b).")
@click.option("--entity", "-e", multiple=True, help="An entity id or a name in any script.")
@click.option("--speaker", "-s", multiple=True, help="Statements by this entity id or name.")
@click.option("--lang", "-l", multiple=True, help="Only articles in this language.")
@click.option("--webhook", default=None, metavar="URL",
              help="POST new hits as JSON to this http(s) URL (public addresses only).")
@click.pass_context
def add(ctx: click.Context, name: str, keyword: tuple[str, ...], entity: tuple[str, ...],
        speaker: tuple[str, ...], lang: tuple[str, ...], webhook: str | None) -> None:
    """Save a watchlist NAME; every condition given must hold, any term of one suffices."""
    from dragoman.watchlists import new_watchlist

    archive = open_archive(ctx, create=True)
    try:
        watchlist = archive.add_watchlist(new_watchlist(
            name, _split(keyword), _split(entity), _split(speaker), _split(lang), webhook))
    except DragomanError as exc:
        raise click.ClickException(str(exc)) from exc
    hits = archive.watchlist_hits(watchlist.id)
    click.echo(watchlist.id)
    click.echo(f"watchlist {watchlist.id} {watchlist.name!r}: {hits} hits in the archive so far",
               err=True)


@watchlist_group.command(name="list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def list_(ctx: click.Context, as_json: bool) -> None:
    """Every watchlist with its query and number of hits."""
    rows = open_archive(ctx).watchlists()
    if as_json:
        click.echo(json.dumps([{"id": w.id, "name": w.name, **w.query(), "webhook": w.webhook,
                                "hits": n} for w, n in rows], ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo("no watchlists (add one with `dragoman watchlist add NAME -k WORD`)", err=True)
    for w, n in rows:
        terms = "; ".join(f"{k}: {', '.join(v)}" for k, v in w.query().items() if v)
        click.echo(f"{w.id}  {n:>5} hits  {w.name}  ({terms})"
                   + (f"  webhook {w.webhook}" if w.webhook else ""))


@watchlist_group.command(name="show")
@click.argument("ident")
@click.option("--limit", default=20, show_default=True, help="How many of the newest hits.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def show(ctx: click.Context, ident: str, limit: int, as_json: bool) -> None:
    """A watchlist's newest hits (articles and statements), after matching new articles."""
    archive = open_archive(ctx)
    try:
        watchlist = archive.watchlist(ident)
        items = archive.watchlist_items(ident, limit=limit)
    except DragomanError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps({"id": watchlist.id, "name": watchlist.name, **watchlist.query(),
                               "webhook": watchlist.webhook,
                               "items": [i.to_dict() for i in items]},
                              ensure_ascii=False, indent=2))
        return
    click.echo(f"{watchlist.name} [{watchlist.id}]")
    if not items:
        click.echo("no hits yet", err=True)
    shown = None
    for item in items:
        a = item.article
        if a.id != shown:
            click.echo(f"  {a.published or 'date unknown':<25} {a.id}  [{a.language}] "
                       f"{a.title or '(untitled)'}")
            shown = a.id
        if item.quote is not None:
            who = item.quote.speaker_name or item.quote.speaker_text or "?"
            click.echo(f"      {who}: “{item.quote.text}”")


@watchlist_group.command(name="remove")
@click.argument("ident")
@click.pass_context
def remove(ctx: click.Context, ident: str) -> None:
    """Delete a watchlist and its recorded hits."""
    try:
        open_archive(ctx).remove_watchlist(ident)
    except DragomanError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"removed watchlist {ident}", err=True)
