"""Time-zone abbreviations after a clock time (issue 14): "about 19:30 BST", "at 7 p.m. ET",
"9am GMT". NER tags the capitals as an organisation; one of ``TIME_ZONES`` written right after
a time of day names a time zone, no entity. A bare number before capitals is no time ("2019 NATO", "5 GOP
senators"): the time must have minutes or a morning/evening marker."""

from __future__ import annotations

import re

from dragoman.entities.arabicclock import zone_place

# A time of day ending right before the mention: 19:30, 7.30, 9am, 7 p.m., 10 h 30.
_CLOCK = re.compile(r"(?:\b\d{1,2}[:.]\d{2}|\b\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?|h))\s+$",
                    re.IGNORECASE)
# Characters looked back over for the time.
_CLOCK_CHARS = 12
# Common time-zone abbreviations of news (general knowledge, not read off any page): any capitals
# after a time would take a broadcaster too ("at 9 p.m. ABC aired the debate", "à 20 h BFMTV").
TIME_ZONES = frozenset({
    "UTC", "GMT", "BST", "IST", "WET", "WEST", "CET", "CEST", "MEZ", "MESZ", "EET", "EEST", "MSK",
    "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "AKST", "AKDT",
    "HST", "AST", "ADT", "NST", "NDT", "JST", "KST", "HKT", "SGT", "PHT", "WIB", "WITA", "WIT",
    "AEST", "AEDT", "ACST", "ACDT", "AWST", "NZST", "NZDT", "SAST", "WAT", "CAT", "EAT", "GST",
    "PKT", "TRT", "IRST", "AFT", "ICT", "BRT", "ART", "CLT", "COT", "PET", "VET",
})  # fmt: skip


def time_zone(text: str, start: int, name: str) -> bool:
    """Whether a mention ``name`` at ``start`` of ``text`` is a time zone after a clock time."""
    if name not in TIME_ZONES:
        return zone_place(text, start, name)  # "بالتوقيت الصيفي لبريطانيا" (BST)
    return _CLOCK.search(text, max(0, start - _CLOCK_CHARS), start) is not None
