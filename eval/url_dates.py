"""The publication day a URL states, written for the evaluation independently of Dragoman's
own URL date rule (``extract/html.py``), so a gold day taken from URLs is not computed with
the code it scores.

A URL states a day when its path holds three consecutive segments year / month / day
(``/2024/05/25/``, ``/2024/may/25/``, ``/2024/05/25-title``), or a segment that begins or ends
with ``YYYY-MM-DD`` (``/2024-05-25-title``, ``/news/title-2024-05-25/``). Month names: English, full or three
letters. Years 1990-2099 only (numbers in a path are often ids).
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from urllib.parse import urlsplit

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_DAY_PREFIX = re.compile(r"^(\d{1,2})(?:$|[^0-9])")
_ISO_IN_SEGMENT = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[^0-9])"
                             r"|(?:^|[^0-9])(\d{4})-(\d{2})-(\d{2})(?:\.\w+)?$")


def _day(year: str, month: str, day: str) -> str | None:
    if not (year.isdigit() and len(year) == 4 and 1990 <= int(year) <= 2099):
        return None
    number = int(month) if month.isdigit() and len(month) <= 2 else _MONTHS.get(month.lower())
    if number is None:
        return None
    try:
        return date(int(year), number, int(day)).isoformat()
    except ValueError:
        return None


def url_day(url: str | None) -> str | None:
    """The ISO day the URL's path states, or None."""
    if not url:
        return None
    segments = [s for s in urlsplit(url).path.split("/") if s]
    for i in range(len(segments) - 2):
        match = _DAY_PREFIX.match(segments[i + 2])
        if match:
            found = _day(segments[i], segments[i + 1], match.group(1))
            if found:
                return found
    for segment in segments:
        match = _ISO_IN_SEGMENT.search(segment)
        if match:
            year, month, day = [g for g in match.groups() if g is not None]
            found = _day(year, month, day)
            if found:
                return found
    return None
