"""Core commands: ingest, extract, export, search, show, report, stats."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

import click

from dragoman.archive import IngestReport
from dragoman.cli.app import date_label, main, open_archive, settings_with
from dragoman.cli.output import echo
from dragoman.cli.progress import Progress, quiet_option
from dragoman.errors import DragomanError
from dragoman.export import article_to_dict, to_csv, to_jsonl
from dragoman.model import Failure, RawPage, Record
from dragoman.sources import DEFAULT_MAX_BYTES

# How many stories, entities and speakers the report lists, and articles by default.
REPORT_TOP = 8
REPORT_ARTICLES = 20


class _IngestProgress(Progress):
    """The progress line of an ingest; each failure is also named on its own line."""

    def __call__(self, record: Record) -> None:
        if isinstance(record, Failure):
            self.close()
            echo(f"error: {record.source}: {record.reason}", err=True)
            self.advance(0, failed=1)
        else:
            self.advance()


def _print_summary(report: IngestReport) -> None:
    echo(
        f"{len(report.added)} added, {len(report.existing)} already in the archive, "
        f"{len(report.failures)} failed",
        err=True,
    )


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Largest page accepted, in bytes after decompression: a file, a JSONL line "
                   "or a WARC record (JSONL and WARC files themselves have no size limit).")
@click.option("--stats", "show_stats", is_flag=True, help="Print per-stage timings.")
@click.option("--workers", type=click.IntRange(min=1), default=None, metavar="N",
              help="Processes extracting pages (default: $DRAGOMAN_WORKERS, else one per core; "
                   "1: none).")
@quiet_option
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], max_bytes: int, show_stats: bool,
           workers: int | None, quiet: bool) -> None:
    """Ingest files, folders, JSONL files or - (stdin) into the archive.

    Exit status 0 when every input was ingested, 1 when any failed; failures
    are named on stderr and every other input is still ingested.
    """
    workers = settings_with(ctx, workers=workers).workers
    archive = open_archive(ctx, create=True)
    progress = _IngestProgress("ingest", quiet=quiet)
    from dragoman.executors.pool import default_workers

    report = archive.ingest(list(paths), max_bytes=max_bytes, on_record=progress,
                            workers=workers or default_workers())
    progress.close()
    _print_summary(report)
    if show_stats:
        for st in report.stages:
            echo(f"  {st.name:<10} {st.records_out:>6} out {st.failures:>4} failed "
                 f"{st.seconds:8.3f}s", err=True)
        for step, seconds in report.steps.items():
            echo(f"  {step:<10} {'':>23}{seconds:8.3f}s", err=True)
    ctx.exit(0 if report.ok else 1)


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["auto", "text", "html"]), default="auto",
              show_default=True, help="How to read FILE.")
@click.option("--url", default=None, help="The page's URL, when known.")
@click.pass_context
def extract(ctx: click.Context, file: str, fmt: str, url: str | None) -> None:
    """Extract one page (no archive) and print the article as JSON."""
    from dragoman import _run_one
    from dragoman.pipeline.standard import ingest_stages
    from dragoman.sources.files import read_file, read_stream
    from dragoman.sources.streams import chunks_of

    # Bounded reads: devices and FIFOs are refused, gzip is inflated only up to the limit.
    records = (read_stream(chunks_of(sys.stdin.buffer), "stdin", fmt, DEFAULT_MAX_BYTES) if file == "-"
               else read_file(Path(file), DEFAULT_MAX_BYTES, fmt))  # fmt: skip
    for record in records:
        if isinstance(record, Failure):
            raise click.ClickException(f"{record.source}: {record.reason}")
        if isinstance(record, RawPage):
            record.url = record.url or url
            try:
                article = _run_one(ingest_stages(ctx.obj["settings"].stage_options()), record)
            except DragomanError as exc:
                raise click.ClickException(str(exc)) from exc
            echo(json.dumps(article_to_dict(article), ensure_ascii=False, indent=2))


@main.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl",
              show_default=True)
@click.pass_context
def export(ctx: click.Context, fmt: str) -> None:
    """Write every article to stdout (JSON Lines or CSV)."""
    archive = open_archive(ctx)
    rows = to_jsonl(archive.articles()) if fmt == "jsonl" else to_csv(archive.articles())
    for row in rows:
        click.echo(row, nl=fmt == "jsonl")  # raw data: not escaped


@main.command()
@click.argument("query")
@click.option("--lang", default=None, help="Only articles in this language (ISO 639-1).")
@click.option("--limit", default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--keyword", "keyword_only", is_flag=True,
              help="Keyword search only (no cross-lingual embedding hits).")
@click.pass_context
def search(ctx: click.Context, query: str, lang: str | None, limit: int, as_json: bool,
           keyword_only: bool) -> None:
    """Hybrid search: keywords (Arabic letter variants and diacritics matched loosely)
    fused with cross-lingual embedding hits (``no-fly zone`` finds ``حظر طيران``)."""
    archive = open_archive(ctx)
    if keyword_only or not archive.keeps_vectors():
        hits = archive.search(query, lang=lang, limit=limit)
    else:
        hits = archive.hybrid_search(query, lang=lang, limit=limit)
    if as_json:
        echo(json.dumps([asdict(h) for h in hits], ensure_ascii=False, indent=2))
        return
    if not hits:
        echo("no matches", err=True)
    for h in hits:
        echo(f"{h.article_id}  [{h.language}] {h.published or '-'}  {h.title or '(untitled)'}")
        echo(f"    {h.snippet}")


@main.command()
@click.argument("article_id")
@click.option("--json", "as_json", is_flag=True, help="Print the export record as JSON.")
@click.pass_context
def show(ctx: click.Context, article_id: str, as_json: bool) -> None:
    """Show one article (an id or a unique prefix of one)."""
    try:
        article = open_archive(ctx).get(article_id)
    except DragomanError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        echo(json.dumps(article_to_dict(article), ensure_ascii=False, indent=2))
        return
    echo(f"{article.title or '(untitled)'}")
    echo(f"id {article.id} | {article.language} | {date_label(article)} | "
         f"site {article.site or '-'} | by {', '.join(article.authors) or '-'}")
    if article.url:
        echo(article.url)
    echo("")
    echo(article.text)


@main.command()
@click.option("--limit", default=REPORT_ARTICLES, show_default=True,
              help="How many articles to list after the summary, newest first (0: none).")
@click.pass_context
def report(ctx: click.Context, limit: int) -> None:
    """A readable report of the archive: counts and languages, stories, most mentioned
    entities and most quoted speakers, then the newest articles."""
    archive = open_archive(ctx)
    data = archive.report(top=REPORT_TOP, articles=limit)
    stats = data["stats"]
    echo(f"Archive {archive.location}: {stats['articles']} articles, {stats['entities']} entities, "
         f"{stats['quotes']} quotations")
    langs = stats["languages"]
    assert isinstance(langs, dict)
    echo("Languages: " + ", ".join(f"{k} {v}" for k, v in langs.items()))
    _report_stories(data["stories"])
    _report_entities(data["entities"])
    _report_speakers(data["speakers"])
    if limit > 0:
        echo(f"\nArticles (newest first, {len(data['articles'])} of {data['article_total']}; "
             "--limit N for more):")
        for row, article in data["articles"]:
            echo(f"[{article.language}] ", nl=False)
            echo(article.title or "(untitled)", mark=_rtl(article.language))
            echo(f"     id {article.id}  {date_label(row)}  site {article.site or '-'}  "
                 f"by {', '.join(article.authors) or '-'}  {len(article.text)} chars  "
                 f"story {article.story_id or '-'}")


def _report_stories(stories: list[dict[str, Any]]) -> None:
    if stories:
        echo("\nStories (most articles first):")
        for story in stories:
            lang, title = next(iter(sorted(story["titles"].items())), ("", "(untitled)"))
            echo(f"  {story['id']}  {story['count']} articles in {', '.join(story['languages'])}"
                 f"  storyline {story['storyline_id'] or '-'}  [{lang}] ", nl=False)
            echo(title, mark=_rtl(lang))


def _report_entities(entities: list[dict[str, Any]]) -> None:
    if entities:
        echo("\nMost mentioned entities:")
        for e in entities:
            echo(f"  {e['name']} ({e['type']}, {e['id']}): {e['mentions']} mentions "
                 f"in {e['articles']} articles")


def _report_speakers(ranked: list[tuple[str, list[str]]]) -> None:
    if ranked:
        echo("\nMost quoted speakers:")
        for name, languages in ranked:
            echo(f"  {name}: {len(languages)} quotations in {', '.join(sorted(set(languages)))}")


def _rtl(language: str | None) -> str:
    """A right-to-left mark before RTL titles so terminals lay them out correctly."""
    from dragoman.language.rules import right_to_left  # the language pack's script

    return "\u200f" if right_to_left(language) else ""


@main.command()
@click.pass_context
def stats(ctx: click.Context) -> None:
    """Counts of articles, languages, entities and quotes, as JSON."""
    echo(json.dumps(open_archive(ctx).stats(), ensure_ascii=False, indent=2))
