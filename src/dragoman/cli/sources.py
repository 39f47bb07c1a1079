"""Sources and scale: watch feeds, batch runs (local or Ray), load batch output."""

from __future__ import annotations

import click

from dragoman.cli.app import main, open_archive
from dragoman.errors import DragomanError
from dragoman.sources import DEFAULT_MAX_BYTES


@main.command()
@click.argument("feeds_file", type=click.Path(exists=True, dir_okay=False))
@click.option("--every", default="10m", show_default=True,
              help="Time between two polls: 30s, 10m, 1h.")
@click.option("--polls", type=int, default=None,
              help="Stop after this many polls (default: until stopped).")
@click.option("--allow-private", multiple=True, metavar="HOST[:PORT]",
              help="Allow fetching from this private/loopback host (SSRF guard); '*' for any.")
@click.pass_context
def watch(ctx: click.Context, feeds_file: str, every: str, polls: int | None,
          allow_private: tuple[str, ...]) -> None:  # fmt: skip
    """Poll the feeds and news sitemaps listed in FEEDS_FILE (one URL a line) and ingest
    new items until stopped; a restart resumes from the state kept in the archive."""
    from dragoman.executors.watch import PollReport, parse_duration, read_feeds_file
    from dragoman.executors.watch import watch as run_watch
    from dragoman.sources.http import Fetcher, FetchPolicy

    try:
        every_s = parse_duration(every)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--every") from exc
    feeds = read_feeds_file(feeds_file)
    if not feeds:
        raise click.ClickException(f"{feeds_file} lists no feed URL")
    archive = open_archive(ctx)
    policy = FetchPolicy.from_env()
    policy.allow_private = policy.allow_private | frozenset(allow_private)

    def show(report: PollReport) -> None:
        for f in report.failures:
            click.echo(f"error: {f.source}: {f.reason}", err=True)
        click.echo(f"poll: {report.added} added, {report.existing} already in the archive, "
                   f"{report.unchanged_feeds} feeds unchanged, {len(report.failures)} failed",
                   err=True)  # fmt: skip

    try:
        run_watch(archive, feeds, every_s, Fetcher(policy), polls=polls, on_poll=show)
    except KeyboardInterrupt:
        click.echo("stopped", err=True)


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True)
@click.option("--address", default=None, metavar="ADDRESS",
              help="Ray cluster to join (ray://head:10001, or auto); default: local Ray.")
@click.option("--workers", type=int, default=None,
              help="Ray: CPUs to use in local mode (default: all).")
@click.option("--out", required=True, metavar="URL|FILE.db|DIR",
              help="postgresql://… or an SQLite .db file (articles stored), or a folder "
                   "(Parquet files for `dragoman load`).")
@click.option("--max-bytes", default=DEFAULT_MAX_BYTES, show_default=True,
              help="Largest input file (or WARC record) accepted.")
def batch(inputs: tuple[str, ...], engine: str, address: str | None, workers: int | None,
          out: str, max_bytes: int) -> None:  # fmt: skip
    """Run the pipeline over INPUT files (WARC, JSONL, pages; folders expanded), one shard
    per file; finished shards are recorded, so a rerun skips them."""
    from dragoman.executors.batch import run_batch

    try:
        report = run_batch(list(inputs), out, engine=engine, address=address, workers=workers,
                           max_bytes=max_bytes)  # fmt: skip
    except DragomanError as exc:
        raise click.ClickException(str(exc)) from exc
    for f in report.failures:
        click.echo(f"error: {f.source}: {f.reason}", err=True)
    click.echo(f"{report.shards} shards ({report.skipped} finished earlier), "
               f"{report.articles} articles ({report.added} new), "
               f"{len(report.failures)} failed", err=True)  # fmt: skip


@main.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.pass_context
def load(ctx: click.Context, folder: str) -> None:
    """Import the Parquet files written by `dragoman batch --out FOLDER` into the archive."""
    from dragoman.executors.batch import load_parquet

    archive = open_archive(ctx)
    try:
        report = load_parquet(folder, archive)
    except DragomanError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"{report.shards} files, {report.articles} articles ({report.added} new)", err=True)
