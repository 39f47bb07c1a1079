"""Sources and scale: watch feeds, batch runs (local or Ray), load batch output."""

from __future__ import annotations

import click

from dragoman.cli.app import main, open_archive, settings_with
from dragoman.cli.progress import Progress, quiet_option
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
@click.option("--fetch-deadline", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
              help="Longest time one fetch may take in all (default 120, or "
                   "$DRAGOMAN_FETCH_DEADLINE, or fetch_deadline in the config file); 0 for none.")
@click.option("--min-rate", type=click.FloatRange(min=0), default=None, metavar="BYTES/S",
              help="Slowest transfer accepted after 10 s of a response (default 512, or "
                   "$DRAGOMAN_MIN_RATE, or min_rate in the config file); 0 for no minimum.")
@quiet_option
@click.pass_context
def watch(ctx: click.Context, feeds_file: str, every: str, polls: int | None,
          allow_private: tuple[str, ...], fetch_deadline: float | None, min_rate: float | None,
          quiet: bool) -> None:  # fmt: skip
    """Poll the feeds and news sitemaps listed in FEEDS_FILE (one URL a line) and ingest
    new items until stopped; a restart resumes from the state kept in the archive. After
    each poll the archive's watchlists are matched and their webhooks called."""
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
    base_hosts = ctx.obj["settings"].allow_private_hosts
    settings = settings_with(
        ctx, fetch_deadline=fetch_deadline, min_rate=min_rate,
        allow_private_hosts=(*base_hosts, *allow_private) if allow_private else None)
    archive = open_archive(ctx, create=True)
    policy = FetchPolicy.from_settings(settings)

    progress = Progress("poll", total=len(feeds), quiet=quiet)

    def show(report: PollReport) -> None:
        nonlocal progress
        progress.close()
        progress = Progress("poll", total=len(feeds), quiet=quiet)
        for f in report.failures:
            click.echo(f"error: {f.source}: {f.reason}", err=True)
        hits = (f", {report.watchlist_hits} watchlist hits, {report.webhooks_sent} webhooks sent"
                if report.watchlist_hits or report.webhooks_sent else "")
        click.echo(f"poll: {report.added} added, {report.existing} already in the archive, "
                   f"{report.unchanged_feeds} feeds unchanged, {len(report.failures)} failed"
                   f"{hits}", err=True)  # fmt: skip

    try:
        run_watch(archive, feeds, every_s, Fetcher(policy), polls=polls, on_poll=show,
                  on_feed=lambda _: progress.advance())
    except KeyboardInterrupt:
        click.echo("stopped", err=True)


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True)
@click.option("--address", default=None, metavar="ADDRESS",
              help="Ray cluster to join (ray://head:10001, or auto); default: local Ray.")
@click.option("--workers", type=click.IntRange(min=1), default=None, metavar="N",
              help="local: processes extracting pages (default: $DRAGOMAN_WORKERS, else one "
                   "per core); "
                   "Ray: CPUs to use in local mode (default: all).")
@click.option("--out", required=True, metavar="URL|FILE.db|DIR",
              help="postgresql://… or an SQLite .db file (articles stored), or a folder "
                   "(Parquet files for `dragoman load`).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Largest page accepted, in bytes after decompression: a file, a JSONL line "
                   "or a WARC record.")
@quiet_option
@click.pass_context
def batch(ctx: click.Context, inputs: tuple[str, ...], engine: str, address: str | None,
          workers: int | None, out: str, max_bytes: int, quiet: bool) -> None:  # fmt: skip
    """Run the pipeline over INPUT files (WARC, JSONL, pages; folders expanded), one shard
    per file; finished shards are recorded, so a rerun skips them."""
    from dragoman.executors.batch import run_batch
    from dragoman.executors.pool import default_workers

    progress: Progress | None = None

    def advance(done: int, pending: int) -> None:
        nonlocal progress
        if progress is None:
            progress = Progress("batch: shards", total=pending, quiet=quiet)
        progress.advance()

    settings = settings_with(ctx, workers=workers)
    workers = settings.workers
    if engine == "local" and workers is None:
        workers = default_workers()
    try:
        report = run_batch(list(inputs), out, engine=engine, address=address, workers=workers,
                           max_bytes=max_bytes, on_shard=advance, settings=settings)  # fmt: skip
    except DragomanError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        if progress is not None:
            progress.close()
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

    archive = open_archive(ctx, create=True)
    try:
        report = load_parquet(folder, archive)
    except DragomanError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"{report.shards} files, {report.articles} articles ({report.added} new)", err=True)
