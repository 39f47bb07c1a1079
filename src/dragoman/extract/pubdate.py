"""The publication date of an HTML page, from every source it states, with a calibrated confidence.

Sources: the date the page states in JSON-LD or <meta>/microdata ("stated"), a
visible dateline in the header ("text"), a full date in the URL ("url") and
htmldate's reading of the whole markup ("htmldate", its ``original_date`` search).
The dates printed in the page's visible text
(extract/printed.py) break three kinds of tie: a page that shows only its update date;
htmldate's bare year; a weak rule's day the page never prints while it prints another
date just under its headline. A URL day over a day after the stated date is a print
issue's date (magazines date issues ahead), not the publication. Implausible values
are dropped first (placeholders such as 0001-01-01 or 1970-01-01, anything before
PLAUSIBLE_FROM, anything after the fetch time); the rest are reconciled by fixed
rules, and the rule that decided gives the confidence.

The day is the day in the site's zone when the page states that zone: a UTC time is
moved into the offset another of the page's timed dates carries (a stated time with
a non-UTC offset is kept as it is), so "21:30 UTC" on a -07:00 site is that day's 14:30.

Rules and confidences were set on the *dev* part of the htmldate evaluation set
(eval/dates.py: 532 pages of 800, split by site hash; the other 268 are held out);
each confidence below is set from the share of dev pages the rule got right (shown
with the page count, as measured after this session's rules were added).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

# Earliest plausible publication day of a web page: earlier values are placeholders
# (0001-01-01, 1970-01-01 epoch zero) or copyright years, never a news article's date.
PLAUSIBLE_FROM = date(1990, 1, 1)
# Sources within this many days of each other agree: a UTC timestamp and the local day
# printed on the page differ by one day around midnight.
AGREE_DAYS = 1
# Confidence by deciding rule (dev share right, pages):
CONFIDENCE = {
    # a full date in the URL path, unless it is over a day after the stated date (a print
    # issue: 2 Fundus pages, none on dev) (1.0, 86; htmldate reads the URL too)
    "url": 0.95,
    "all_agree": 0.95,  # stated, dateline and htmldate on one day (0.98, 184)
    "stated_dateline": 0.95,  # stated and dateline agree, htmldate differs or is silent (1.0, 2)
    "dateline_htmldate": 0.9,  # dateline and htmldate agree, stated differs or is absent (0.95, 92)
    "stated_htmldate": 0.8,  # htmldate agrees with the stated date, no dateline (0.89, 62)
    # UTC timestamp, a dateline without zone prints the neighbouring local day (1.0, 4; 0.78
    # of 9 before the site's zone was applied first: those with a stated zone left this rule)
    "local_day": 0.8,
    "stated_over_url": 0.9,  # stated (own zone) and dateline agree on the day after the URL's (1.0, 1)
    "htmldate_over_other": 0.6,  # htmldate against one disagreeing source (0.62, 13)
    "htmldate_alone": 0.8,  # htmldate's reading only (0.88, 69)
    "htmldate_new_year": 0.3,  # htmldate alone on a 1 January: a bare year (0.0, 2)
    "first_visible": 0.6,  # instead of such a 1 January: the first date the page shows (1.0, 2)
    "visible_update": 0.85,  # the page shows readers its update day, not the stated one (1.0, 9)
    "stated_alone": 0.8,  # stated date only (htmldate nearly always reads it too)
    "dateline_alone": 0.85,  # dateline only (no dev page: htmldate reads most datelines; kept as before)
    "relative": 0.6,  # "today" resolved against the fetch time
    # a weak rule's day is printed nowhere on the page, while another date is printed just
    # under the headline (extract/printed.py): the printed one (0.8, 5)
    "headline_date": 0.8,
}
# Rules whose answer is checked against the dates the page prints (``headline`` argument).
CHECKED_AGAINST_PRINT = frozenset({"stated_htmldate", "htmldate_alone", "htmldate_over_other"})
# Priority of sources when several state the chosen day (which one is named as source).
_PRIORITY = ("jsonld", "meta", "text", "url", "htmldate")


@dataclass(frozen=True, slots=True)
class Candidate:
    iso: str  # date or datetime as the source states it
    source: str  # "jsonld", "meta", "text", "url" or "htmldate"
    relative: bool = False  # a "today" dateline resolved against the fetch time

    @property
    def day(self) -> date:
        return date.fromisoformat(self.iso[:10])


@dataclass(frozen=True, slots=True)
class Resolved:
    iso: str | None
    confidence: float
    source: str  # "none" when no plausible date is stated
    rule: str = "none"  # the rule that decided (a key of CONFIDENCE)


NONE = Resolved(None, 0.0, "none")


def plausible(iso: str, reference: datetime | None) -> bool:
    """A day between PLAUSIBLE_FROM and the fetch time (today's date when it is unknown)."""
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return False
    latest = (reference.date() if reference else date.today()) + timedelta(days=AGREE_DAYS)
    return PLAUSIBLE_FROM <= day <= latest


def _near(a: Candidate | None, b: Candidate | None) -> bool:
    return a is not None and b is not None and abs((a.day - b.day).days) <= AGREE_DAYS


def _is_utc_time(c: Candidate) -> bool:
    return "T" in c.iso and c.iso.endswith(("+00:00", "Z"))


def _offset(c: Candidate | None) -> timedelta | None:
    """The UTC offset a timed, non-UTC value states (the site's own zone), else None."""
    if c is None or "T" not in c.iso:
        return None
    try:
        offset = datetime.fromisoformat(c.iso).utcoffset()
    except ValueError:
        return None
    return offset if offset else None


def _in_site_zone(c: Candidate | None, zone: timedelta | None) -> Candidate | None:
    """A UTC time moved into the site's zone, so its day is the day the site printed."""
    if c is None or zone is None or not _is_utc_time(c):
        return c
    moved = datetime.fromisoformat(c.iso).astimezone(timezone(zone))
    return Candidate(moved.isoformat(), c.source, c.relative)


def _pick(day: date, cands: list[Candidate], rule: str) -> Resolved:
    """The chosen day, stated by the highest-priority source that states it (with its time)."""
    same = [c for c in cands if c.day == day]
    best = min(same, key=lambda c: (_PRIORITY.index(c.source), "T" not in c.iso))
    with_time = [c for c in same if "T" in c.iso]
    iso = best.iso if "T" in best.iso or not with_time else with_time[0].iso
    return Resolved(iso, CONFIDENCE[rule], best.source, rule)


def resolve(
    stated: Candidate | None,
    modified: Candidate | None,
    dateline: Candidate | None,
    url: Candidate | None,
    guessed: Candidate | None,
    reference: datetime | None = None,
    visible: tuple[str, ...] = (),
    headline: str | None = None,
) -> Resolved:
    """Reconcile the sources (see the module docstring); NONE when none is plausible.

    ``visible``: the days (ISO) printed in the page's visible text, in page order;
    ``headline``: the date printed just after the headline (extract/printed.py).
    """
    def ok(c: Candidate | None) -> Candidate | None:
        return c if c is not None and plausible(c.iso, reference) else None

    stated, modified, dateline, url, guessed = map(ok, (stated, modified, dateline, url, guessed))
    # The publication day is the day in the site's zone when the page states that zone (a
    # time with a non-UTC offset on another of its dates): a UTC time is moved into it.
    zone = next((z for z in map(_offset, (stated, dateline, modified)) if z), None)
    stated, modified, dateline = (_in_site_zone(c, zone) for c in (stated, modified, dateline))
    shown = [d for d in visible if plausible(d, reference)]
    if stated and modified and modified.day < stated.day:
        stated = Candidate(modified.iso, stated.source)  # published after its own update
    if url and stated and (url.day - stated.day).days > AGREE_DAYS:
        url = None  # a later URL day dates a print issue (/magazine/2024/03/11/, online 03-01)
    cands = [c for c in (stated, dateline, url, guessed) if c is not None]
    if url and stated and dateline and _offset(stated) and stated.day == dateline.day \
            and (stated.day - url.day).days == 1:
        return _pick(stated.day, cands, "stated_over_url")  # the URL names the draft's day
    if url:
        return _pick(url.day, cands, "url")
    if stated and modified and stated.day != modified.day and modified.iso[:10] in shown \
            and stated.iso[:10] not in shown:
        return _pick(modified.day, [*cands, Candidate(modified.iso, stated.source)], "visible_update")
    if dateline and dateline.relative:
        return _resolve_relative(stated, dateline, guessed, cands)
    if stated and dateline and _is_utc_time(stated) and _near(stated, dateline) \
            and stated.day != dateline.day:
        return _pick(dateline.day, cands, "local_day")
    found = _majority(stated, dateline, guessed, cands)
    if found.rule == "htmldate_new_year" and shown:
        first = Candidate(shown[0], "text")
        return _pick(first.day, [first], "first_visible")
    if found.rule in CHECKED_AGAINST_PRINT and headline and plausible(headline, reference) \
            and found.iso and found.iso[:10] not in shown and headline[:10] != found.iso[:10]:
        printed = Candidate(headline, "text")
        return _pick(printed.day, [printed], "headline_date")
    return found


def _resolve_relative(stated: Candidate | None, dateline: Candidate, guessed: Candidate | None,
                      cands: list[Candidate]) -> Resolved:
    if stated:
        return _majority(stated, None, guessed, cands)
    return _pick(dateline.day, cands, "relative")


def _majority(stated: Candidate | None, dateline: Candidate | None, guessed: Candidate | None,
              cands: list[Candidate]) -> Resolved:
    s, t, h = (c.day if c else None for c in (stated, dateline, guessed))
    if s and s == t == h:
        return _pick(s, cands, "all_agree")
    if s and s == t:
        return _pick(s, cands, "stated_dateline")
    if t and t == h:
        return _pick(t, cands, "dateline_htmldate")
    if s and s == h:
        return _pick(s, cands, "stated_htmldate")
    if h:
        if s or t:
            return _pick(h, cands, "htmldate_over_other")
        new_year = (h.month, h.day) == (1, 1)
        return _pick(h, cands, "htmldate_new_year" if new_year else "htmldate_alone")
    if s:
        return _pick(s, cands, "stated_alone")
    if t:
        return _pick(t, cands, "dateline_alone")
    return NONE
