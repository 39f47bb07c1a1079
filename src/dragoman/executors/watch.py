"""Poll feeds and news sitemaps, ingest new items, and resume after a restart.

State lives in the archive (migration m005): each feed's ETag/Last-Modified and
the items already handled. An item is recorded only after its article is
stored, and the feed's validators only after all its new items are handled, so
a process killed at any point re-polls the feed and finishes the job (an
article stored just before the kill is found by its id and not added again).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from dragoman.archive import Archive
from dragoman.errors import InputError
from dragoman.model import Failure
from dragoman.sources.feeds import poll_feed
from dragoman.sources.http import Fetcher, FetchError, FetchPolicy
from dragoman.sources.web import fetch_page

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNIT_S = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> float:
    """``"10m"`` -> 600.0; units s, m, h, d (seconds when none)."""
    match = _DURATION.match(text)
    if not match:
        raise ValueError(f"{text!r} is not a duration like 30s, 10m or 1h")
    return float(match.group(1)) * _UNIT_S[match.group(2)]


def read_feeds_file(path: str | Path) -> list[str]:
    """Feed / sitemap URLs, one a line; blank lines and ``#`` comments ignored."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [ln.split("#", 1)[0].strip() for ln in lines if ln.split("#", 1)[0].strip()]


@dataclass(slots=True)
class PollReport:
    added: int = 0
    existing: int = 0
    unchanged_feeds: int = 0
    failures: list[Failure] = field(default_factory=list)
    watchlist_hits: int = 0  # new hits of the archive's watchlists after this poll
    webhooks_sent: int = 0


def poll_once(archive: Archive, feeds: list[str], fetcher: Fetcher,
              on_feed: Callable[[str], None] | None = None) -> PollReport:
    """Poll every feed once; ``on_feed(url)`` is called after each (progress)."""
    report = PollReport()
    for feed in feeds:
        _poll_feed(archive, feed, fetcher, report)
        if on_feed is not None:
            on_feed(feed)
    return report


def _poll_feed(archive: Archive, feed: str, fetcher: Fetcher, report: PollReport) -> None:
    state = archive.store  # the archive backends implement the feed-state methods
    etag, modified = state.get_feed_state(feed)
    try:
        poll = poll_feed(fetcher, feed, etag, modified)
    except InputError as exc:
        report.failures.append(Failure(exc.source, exc.reason, "poll"))
        return
    if poll.not_modified:
        report.unchanged_feeds += 1
        return
    seen = state.seen_feed_items(feed)
    complete = True
    for item in poll.items:
        if item.key in seen:
            continue
        try:
            page = fetch_page(fetcher, item.url)
        except FetchError as exc:
            report.failures.append(Failure(exc.source, exc.reason, "fetch"))
            if exc.permanent:
                state.mark_feed_item(feed, item.key, f"failed: {exc.reason}")
            else:
                complete = False  # retried at the next poll
            continue
        except InputError as exc:
            report.failures.append(Failure(exc.source, exc.reason, "fetch"))
            state.mark_feed_item(feed, item.key, f"failed: {exc.reason}")
            continue
        result = archive.ingest([page])
        report.added += len(result.added)
        report.existing += len(result.existing)
        report.failures += result.failures
        outcome = "added" if result.added else "existing" if result.existing else "failed"
        state.mark_feed_item(feed, item.key, outcome)
    if complete:
        state.put_feed_state(feed, poll.etag, poll.last_modified)


def update_watchlists(archive: Archive, report: PollReport) -> None:
    """Match the new articles against every watchlist and send pending webhooks; a
    delivery that failed is reported as a failure naming the webhook URL."""
    from dragoman.watchlists import refresh
    from dragoman.watchlists.webhook import deliver

    report.watchlist_hits += refresh(archive.store)
    for delivery in deliver(archive.store, allow=archive.settings.allow_private_hosts):
        if delivery.ok:
            report.webhooks_sent += 1
        else:
            report.failures.append(Failure(delivery.url, delivery.error or "not delivered",
                                           "webhook"))


def watch(
    archive: Archive,
    feeds: list[str],
    every_s: float,
    fetcher: Fetcher | None = None,
    polls: int | None = None,
    on_poll: Callable[[PollReport], None] | None = None,
    on_feed: Callable[[str], None] | None = None,
) -> None:
    """Poll every ``every_s`` seconds until stopped (or ``polls`` times); after each poll the
    archive's watchlists are matched against the new articles and their webhooks called."""
    fetcher = fetcher or Fetcher(FetchPolicy.from_settings(archive.settings))
    done = 0
    try:
        while polls is None or done < polls:
            started = time.monotonic()
            report = poll_once(archive, feeds, fetcher, on_feed)
            update_watchlists(archive, report)
            done += 1
            if on_poll is not None:
                on_poll(report)
            if polls is not None and done >= polls:
                break
            time.sleep(max(0.0, every_s - (time.monotonic() - started)))
    finally:
        fetcher.close()
