"""``dragoman quotes``: who said what, across languages, in date order."""

from __future__ import annotations

import json
from datetime import date

import click

from dragoman.cli.app import main, open_archive
from dragoman.cli.output import echo
from dragoman.errors import DragomanError


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
@click.option("--all", "show_all", is_flag=True,
              help="Every report of a statement, not only its first (see `dragoman statement`).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def quotes(ctx: click.Context, speaker: str | None, lang: str | None, since: str | None,
           limit: int, show_all: bool, as_json: bool) -> None:
    """Quotations in the archive, oldest first: direct ones in quotation marks,
    reported ones (said that …, according to …) marked as such. A statement reported by
    several articles is listed once, with the number of its other reports (--all: each)."""
    archive = open_archive(ctx)
    hits = archive.quotes(speaker=speaker, lang=lang, since=since, limit=limit)
    sids = archive.statement_ids([(h.article_id, h.quote.start, h.quote.end) for h in hits])
    articles: dict[str, list[str]] = {}  # statement -> its articles among the hits, in order
    for h in hits:
        sid = sids.get((h.article_id, h.quote.start, h.quote.end))
        if sid is not None and h.article_id not in articles.setdefault(sid, []):
            articles[sid].append(h.article_id)
    if not show_all:  # a statement's reports in its first article only
        hits = [h for h in hits if (sid := sids.get((h.article_id, h.quote.start, h.quote.end)))
                is None or articles[sid][0] == h.article_id]
    if as_json:
        echo(json.dumps([
            {"article": h.article_id, "language": h.language, "published": h.published,
             "title": h.title, "url": h.url,
             "speaker": {"id": h.quote.speaker_id,
                         "name": h.quote.speaker_name or h.quote.speaker_text},
             "text": h.quote.text, "start": h.quote.start, "end": h.quote.end,
             "direct": h.quote.direct, "cue": h.quote.cue, "addressee": h.quote.addressee,
             "statement": sids.get((h.article_id, h.quote.start, h.quote.end))}
            for h in hits], ensure_ascii=False, indent=2))
        return
    if not hits:
        echo("no quotations", err=True)
    for h in hits:
        q = h.quote
        who = q.speaker_name or q.speaker_text or "(unknown speaker)"
        ident = f" [{q.speaker_id}]" if q.speaker_id else ""
        text = f"“{q.text}”" if q.direct else f"(reported) {q.text}"
        echo(f"{h.published or 'date unknown'}  [{h.language}] {who}{ident} {q.cue}:")
        echo(f"    {text}")
        echo(f"    {h.article_id} {h.title or ''}")
        sid = sids.get((h.article_id, h.quote.start, h.quote.end))
        if sid is not None and len(articles[sid]) > 1 and not show_all:
            echo(f"    statement {sid}: reported by {len(articles[sid]) - 1} more article(s); "
                 f"`dragoman statement {sid}`")


@main.command()
@click.option("--speaker", default=None, metavar="NAME_OR_ID", help="As for `dragoman quotes`.")
@click.option("--lang", default=None, help="Only statements carried in this language.")
@click.option("--since", default=None, callback=_check_date, metavar="DATE",
              help="Only statements first reported on or after DATE (YYYY-MM-DD).")
@click.option("--limit", default=100, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def statements(ctx: click.Context, speaker: str | None, lang: str | None, since: str | None,
               limit: int, as_json: bool) -> None:
    """Statements: a quotation with every article and language that reported it (grouped
    first when new quotations arrived)."""
    archive = open_archive(ctx)
    archive.update_statements()
    found = archive.statements(speaker=speaker, lang=lang, since=since, limit=limit)
    if as_json:
        echo(json.dumps([s.to_dict() for s in found], ensure_ascii=False, indent=2))
        return
    if not found:
        echo("no statements", err=True)
    for st in found:
        echo(f"{st.id}  {st.first.published or 'date unknown'}  {st.speaker_name or st.speaker_id}: "
             f"{st.first.quote.text[:100]}")
        echo(f"    {len(st.articles)} article(s) in {', '.join(st.languages)}")


@main.command()
@click.argument("statement_id")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def statement(ctx: click.Context, statement_id: str, as_json: bool) -> None:
    """One statement's path: first appearance, every report, its wording variants."""
    archive = open_archive(ctx)
    archive.update_statements()
    try:
        st = archive.statement(statement_id)
    except DragomanError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        echo(json.dumps(st.to_dict(reports=True), ensure_ascii=False, indent=2))
        return
    echo(f"{st.id}  {st.speaker_name or st.speaker_id} [{st.speaker_id}]")
    echo(f"first reported {st.first.published or 'date unknown'} in {st.first.article_id} "
         f"[{st.first.language}] {st.first.title or ''}")
    for r in st.reports:
        echo(f"  {r.published or 'date unknown'}  [{r.language}] {r.article_id}: {r.quote.text}")
    echo(f"{len(st.variants())} wording(s) in {', '.join(st.languages)}")
