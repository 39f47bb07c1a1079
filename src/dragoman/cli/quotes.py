"""``dragoman quotes``: who said what, across languages, in date order."""

from __future__ import annotations

import json
from datetime import date

import click

from dragoman.cli.app import main, open_archive


def _check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write YYYY-MM-DD") from None


@main.command()
@click.option("--speaker", default=None, metavar="NAME_OR_ID",
              help="An entity id or a name in any language or script (matched loosely).")
@click.option("--lang", default=None, help="Only articles in this language (ISO 639-1).")
@click.option("--since", default=None, callback=_check_date, metavar="DATE",
              help="Only articles published on or after DATE (YYYY-MM-DD).")
@click.option("--limit", default=200, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def quotes(ctx: click.Context, speaker: str | None, lang: str | None, since: str | None,
           limit: int, as_json: bool) -> None:
    """Quotations in the archive, oldest first: direct ones in quotation marks,
    reported ones (said that …, according to …) marked as such."""
    hits = open_archive(ctx).store.find_quotes(speaker=speaker, lang=lang, since=since,
                                               limit=limit)
    if as_json:
        click.echo(json.dumps([
            {"article": h.article_id, "language": h.language, "published": h.published,
             "title": h.title, "url": h.url,
             "speaker": {"id": h.quote.speaker_id,
                         "name": h.quote.speaker_name or h.quote.speaker_text},
             "text": h.quote.text, "start": h.quote.start, "end": h.quote.end,
             "direct": h.quote.direct, "cue": h.quote.cue, "addressee": h.quote.addressee}
            for h in hits], ensure_ascii=False, indent=2))
        return
    if not hits:
        click.echo("no quotations", err=True)
    for h in hits:
        q = h.quote
        who = q.speaker_name or q.speaker_text or "(unknown speaker)"
        ident = f" [{q.speaker_id}]" if q.speaker_id else ""
        text = f"“{q.text}”" if q.direct else f"(reported) {q.text}"
        click.echo(f"{h.published or 'date unknown'}  [{h.language}] {who}{ident} {q.cue}:")
        click.echo(f"    {text}")
        click.echo(f"    {h.article_id} {h.title or ''}")
