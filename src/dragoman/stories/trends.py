"""Rising stories and entities: article counts in the last hours far above their own baseline.

An article's time is its publication date, else its fetch time (``store.trend_rows``).
The reference "now" is the newest such time in the archive (never the machine clock), so
an archive of old news has trends too. For every story and linked entity: ``recent`` =
articles in the ``RECENT_HOURS`` before now, ``baseline_per_day`` = articles per day in the
``BASELINE_DAYS`` before that; it is rising when ``recent >= RISING_MIN_ARTICLES`` and
``recent / (baseline_per_day * RECENT_HOURS / 24 + BASELINE_PRIOR) >= RISING_RATIO``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

# The recent window. A day: news sites publish in daily rhythms.
RECENT_HOURS = 24
# The baseline: this many days before the recent window.
BASELINE_DAYS = 7
# The thresholds below are set by hand, not fitted: no dataset here has dated article
# streams with known bursts. They are strict on purpose (few, clear flags) and tested
# with generated articles of controlled dates (tests/stories/test_trends.py).
# Articles in the recent window before anything can be flagged.
RISING_MIN_ARTICLES = 3
# How many times the expected count (from the baseline) the recent count must be.
RISING_RATIO = 3.0
# Added to the expected count so that something new (no baseline) needs several articles,
# not one, to be "infinitely" above it.
BASELINE_PRIOR = 0.5
# Trends listed per kind.
TOP_TRENDS = 10


@dataclass(slots=True)
class Trend:
    kind: str  # "story" or "entity"
    id: str
    name: str
    recent: int  # articles in the recent window
    baseline_per_day: float  # articles per day in the baseline window
    ratio: float  # recent / expected (baseline scaled to the window, plus the prior)
    since: str  # start of the recent window (ISO)
    until: str  # the reference time: the newest article time in the archive

    def record(self) -> dict[str, Any]:
        return asdict(self)


def parse_time(value: str | None) -> datetime | None:
    """An ISO date or datetime as an aware UTC datetime (a date is its midnight, UTC)."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _flag(kind: str, counts: dict[str, tuple[int, int]], names: Any, since: datetime,
          now: datetime) -> list[Trend]:
    expected_scale = RECENT_HOURS / 24
    out = []
    for key, (recent, before) in counts.items():
        baseline = before / BASELINE_DAYS
        ratio = recent / (baseline * expected_scale + BASELINE_PRIOR)
        if recent >= RISING_MIN_ARTICLES and ratio >= RISING_RATIO:
            out.append(Trend(kind, key, names(key), recent, round(baseline, 3), round(ratio, 2),
                             since.isoformat(), now.isoformat()))
    out.sort(key=lambda t: (-t.ratio, -t.recent, t.id))
    return out[:TOP_TRENDS]


def _windows(rows: list[tuple[str, str | None]], since: datetime, start: datetime,
             now: datetime) -> dict[str, tuple[int, int]]:
    recent: Counter[str] = Counter()
    before: Counter[str] = Counter()
    for key, value in rows:
        moment = parse_time(value)
        if moment is None or moment > now:
            continue
        if moment > since:
            recent[key] += 1
        elif moment > start:
            before[key] += 1
    return {k: (recent[k], before[k]) for k in recent}


def rising(store: Any, now: datetime | None = None) -> dict[str, Any]:
    """Rising stories and entities with the figures behind each flag."""
    reference = now or parse_time(store.newest_article_time())
    if reference is None:
        return {"until": None, "stories": [], "entities": []}
    since = reference - timedelta(hours=RECENT_HOURS)
    start = since - timedelta(days=BASELINE_DAYS)
    floor = start.date().isoformat()
    stories = _windows(store.trend_rows("story", floor), since, start, reference)
    entities = _windows(store.trend_rows("entity", floor), since, start, reference)

    def story_name(key: str) -> str:
        titles = store.story_titles(key)
        return next(iter(titles.values()), key)

    def entity_name(key: str) -> str:
        return str(store.get_entity(key).name)

    return {"until": reference.isoformat(), "since": since.isoformat(),
            "recent_hours": RECENT_HOURS, "baseline_days": BASELINE_DAYS,
            "stories": [t.record() for t in _flag("story", stories, story_name, since, reference)],
            "entities": [t.record() for t in _flag("entity", entities, entity_name, since,
                                                   reference)]}
