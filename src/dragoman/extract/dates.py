"""Dates stated in text, in several languages and scripts.

A date is only ever read from what the page states. Relative dates ("today,
Tuesday", "اليوم الثلاثاء") resolve only against a reference date supplied by
the caller (a feed's or crawl's timestamp), never against the machine clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache

from dragoman.language.normalize import to_ascii_digits
from dragoman.language.rules import LanguageRules, all_rules

# Years outside this range are treated as numbers, not dates.
MIN_YEAR, MAX_YEAR = 1900, 2100


@dataclass(frozen=True, slots=True)
class ParsedDate:
    value: date | datetime
    start: int  # offsets of the matched date in the input string
    end: int
    has_time: bool = False
    relative: bool = False

    @property
    def iso(self) -> str:
        return self.value.isoformat()


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _grouped_alternation(words: list[str]) -> str:
    """The same matches as ``_alternation`` (case-insensitive), faster: the words grouped by
    their first letter (``j(?:anuary|une|…)``), so a position whose letter starts no word
    fails after one test per group instead of one per word. The longest-first order is kept
    within a group; first letters the case-insensitive engine takes as one letter (``i`` and
    ``ı``) share a group, so no position can match two groups."""
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words) - {""}, key=len, reverse=True):
        key = next((k for k in groups if re.fullmatch(re.escape(k), word[0], re.IGNORECASE)), word[0])
        groups.setdefault(key, []).append(word)
    alts = []
    for key, group in groups.items():
        if all(w[0] == key for w in group):
            rests = "|".join(re.escape(w[1:]) for w in group)
            alts.append(f"{re.escape(key)}(?:{rests})")
        else:
            alts.append("(?:" + "|".join(re.escape(w) for w in group) + ")")
    return "|".join(alts + [""] * ("" in words))


@lru_cache(maxsize=1)
def _foreign_digits() -> re.Pattern[str]:
    """Any digit a pack folds to ASCII (``to_ascii_digits``) other than 0-9 themselves."""
    digits = {d for rules in all_rules() for d in rules.digits if not ("0" <= d <= "9")}
    return re.compile("[" + "".join(re.escape(d) for d in sorted(digits)) + "]" if digits else "(?!)")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, int], dict[str, bool], re.Pattern[str], re.Pattern[str]]:
    months: dict[str, int] = {}
    meridiem: dict[str, bool] = {}
    for rules in all_rules():
        months.update({k.casefold(): v for k, v in rules.months.items()})
        meridiem.update({k.casefold(): v for k, v in rules.meridiem.items()})
    month_re = _grouped_alternation(list(months))
    # Boundaries that work for Arabic script as well as Latin (\b fails next to some marks).
    left, right = r"(?<![^\W\d_])", r"(?![^\W\d_])"
    day = r"(?P<d>\d{1,2})(?:st|nd|rd|th|er)?"
    dmy = (
        rf"{left}{day}\.?\s*(?:de\s+)?(?P<m>{month_re}){right}\.?,?\s*(?:de\s+)?(?P<y>\d{{4}})"
    )
    mdy = rf"{left}(?P<m2>{month_re}){right}\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    iso = r"(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
    numeric = r"(?<!\d)(?P<nd>\d{1,2})[/.](?P<nm>\d{1,2})[/.](?P<ny>\d{4})(?!\d)"
    # Chinese/Japanese 2024年3月8日 and Korean 2024년 3월 8일.
    cjk = r"(?P<cy>\d{4})\s*[年년]\s*(?P<cm>\d{1,2})\s*[月월]\s*(?P<cd>\d{1,2})\s*[日일号]"
    # Every form starts with a digit or a month name: positions starting neither are passed
    # over by one character test (a lookahead, so the matches are those of the forms alone).
    starts = "".join(re.escape(c) for c in sorted({m[0] for m in months if m}))
    date_re = re.compile(f"(?=[\\d{starts}])(?:{dmy}|{mdy}|{iso}|{numeric}|{cjk})", re.IGNORECASE)
    mer = _alternation(list(meridiem))
    time_re = re.compile(
        rf"(?<!\d)(?P<h>\d{{1,2}}):(?P<mi>\d{{2}})(?::(?P<s>\d{{2}}))?"
        rf"(?:\s*(?P<mer>{mer}){right})?"
        r"(?:\s*(?P<tz>(?:GMT|UTC)\s*[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|Z|UTC|GMT))?",
        re.IGNORECASE,
    )
    return months, meridiem, date_re, time_re


def _tz(text: str | None) -> timezone | None:
    if not text:
        return None
    t = text.upper().replace(" ", "")
    if t in {"Z", "UTC", "GMT"}:
        return UTC
    m = re.fullmatch(r"(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?", t)
    if not m:
        return None
    minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
    return timezone(timedelta(minutes=minutes if m.group(1) == "+" else -minutes))


# How far after a date a clock time may stand and still belong to it ("25 May 2024 | 11:53 PM").
TIME_WINDOW_CHARS = 25
_TIME_GLUE = re.compile(r"(?:\s|[,|\-–—،@]|T|at|à|в|في|الساعة|-)*", re.IGNORECASE)


def find_dates(text: str) -> list[ParsedDate]:
    """Every absolute date stated in ``text``, with a time when one follows it closely."""
    months, meridiem, date_re, time_re = _tables()
    # Same length as text, so offsets carry over; the fold (a table lookup per character) only
    # when the text holds a digit to fold.
    folded = to_ascii_digits(text) if _foreign_digits().search(text) else text
    found: list[ParsedDate] = []
    for m in date_re.finditer(folded):
        g = m.groupdict()
        try:
            if g["d"]:
                y, mo, d = int(g["y"]), months[g["m"].casefold()], int(g["d"])
            elif g["d2"]:
                y, mo, d = int(g["y2"]), months[g["m2"].casefold()], int(g["d2"])
            elif g["iy"]:
                y, mo, d = int(g["iy"]), int(g["im"]), int(g["id"])
            elif g["cy"]:
                y, mo, d = int(g["cy"]), int(g["cm"]), int(g["cd"])
            else:  # day/month/year, the order used by most of the world's news sites
                y, mo, d = int(g["ny"]), int(g["nm"]), int(g["nd"])
            if not MIN_YEAR <= y <= MAX_YEAR:
                continue
            day_value = date(y, mo, d)
        except (KeyError, ValueError):
            continue
        end = m.end()
        value: date | datetime = day_value
        has_time = False
        tm = time_re.search(folded, end, min(len(folded), end + TIME_WINDOW_CHARS))
        if tm and _TIME_GLUE.fullmatch(folded[end : tm.start()]):
            hour, minute = int(tm.group("h")), int(tm.group("mi"))
            mer = tm.group("mer")
            if mer is not None:
                pm = meridiem.get(mer.casefold(), False)
                hour = hour % 12 + (12 if pm else 0)
            if hour < 24 and minute < 60:
                value = datetime(y, mo, d, hour, minute, int(tm.group("s") or 0), tzinfo=_tz(tm.group("tz")))
                has_time = True
                end = tm.end()
        found.append(ParsedDate(value, m.start(), end, has_time))
    found.extend(_calendar_dates(folded))
    return sorted(found, key=lambda d: d.start)


@lru_cache(maxsize=1)
def _calendar_tables() -> tuple[dict[str, tuple[LanguageRules, int]], re.Pattern[str] | None]:
    """Month names of the packs' own calendars (Persian Solar Hijri) -> (pack, month), and
    the day-month-year pattern that reads them."""
    months = {k.casefold(): (r, n) for r in all_rules() if r.calendar_to_gregorian
              for k, n in r.calendar_months.items()}
    if not months:
        return months, None
    left, right = r"(?<![^\W\d_])", r"(?![^\W\d_])"
    names = _alternation(list(months))
    pattern = rf"{left}(?P<d>\d{{1,2}})\s*(?P<m>{names}){right}\s*(?P<y>\d{{4}})(?!\d)"
    return months, re.compile(pattern, re.IGNORECASE)


def _calendar_dates(folded: str) -> list[ParsedDate]:
    """Dates in a pack's own calendar ("۱۵ مهر ۱۴۰۳"), converted to Gregorian by the pack."""
    months, pattern = _calendar_tables()
    found: list[ParsedDate] = []
    for m in pattern.finditer(folded) if pattern else ():
        rules, month = months[m.group("m").casefold()]
        convert = rules.calendar_to_gregorian
        try:
            value = convert(int(m.group("y")), month, int(m.group("d"))) if convert else None
        except ValueError:
            continue
        if value is not None and MIN_YEAR <= value.year <= MAX_YEAR:
            found.append(ParsedDate(value, m.start(), m.end()))
    return found


def _relative_words() -> dict[str, int]:
    words: dict[str, int] = {}
    for rules in all_rules():
        words.update({k.casefold(): v for k, v in rules.relative_days.items()})
    return words


@lru_cache(maxsize=1)
def _relative_patterns() -> tuple[list[tuple[re.Pattern[str], int]], re.Pattern[str]]:
    """One pattern per relative word (longest word first) and one for any of them."""
    ordered = sorted(_relative_words().items(), key=lambda kv: -len(kv[0]))
    patterns = [(re.compile(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", re.IGNORECASE), offset)
                for word, offset in ordered]
    any_word = "|".join(p.pattern for p, _ in patterns) or "(?!)"
    return patterns, re.compile(any_word, re.IGNORECASE)


def find_relative_date(text: str, reference: date | datetime | None) -> ParsedDate | None:
    """Resolve "today"/"yesterday"/"اليوم" against ``reference``; None without one."""
    if reference is None:
        return None
    patterns, any_word = _relative_patterns()
    if not any_word.search(text):
        return None  # the common case, one scan; else the longest word found decides
    for pattern, offset in patterns:
        m = pattern.search(text)
        if m:
            ref_day = reference.date() if isinstance(reference, datetime) else reference
            return ParsedDate(ref_day + timedelta(days=offset), m.start(), m.end(), relative=True)
    return None


def parse_date_line(line: str) -> ParsedDate | None:
    """The date when ``line`` is essentially a dateline (date, weekday, time, separators)."""
    dates = find_dates(line)
    if not dates:
        return None
    first = dates[0]
    rest = (line[: first.start] + " " + line[first.end :]).casefold()
    weekdays = {w.casefold() for r in all_rules() for w in r.weekdays}
    leftovers = [w for w in re.findall(r"[^\W\d_]+", rest) if w not in weekdays]
    # A dateline may carry a short label ("Published", "نشر في"); a sentence may not.
    return first if len(leftovers) <= DATELINE_MAX_EXTRA_WORDS else None


# Words other than weekdays a dateline may carry ("Published on", "Last updated").
DATELINE_MAX_EXTRA_WORDS = 4
