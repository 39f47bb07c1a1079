"""Places inside Arabic time-zone phrases (issue 14): "19:30 BST" is translated "19:30
بالتوقيت الصيفي لبريطانيا" (the summer time of Britain); the English abbreviation is no entity
(``clockzone``), and the place in the Arabic phrase names the zone, not the country the news is
about, so it is no mention either. The phrase: a time of day right before the time noun (a
clock time, "الساعة 10", "صباحا"; a bare number is a year or a count), the time noun
(``ar_clock.TIME_NOUN``, with ب or the article), one or two zone adjectives with the article
(``ar_clock.ZONE_ADJECTIVES``: الصيفي, الشرقي), then the place glued to a lone ل; or a zone
named after its place with no adjective (``ar_clock.ZONE_PLACES``: "بتوقيت غرينتش", GMT).
"بتوقيت موسكو" (Moscow time) stays Moscow: English names the place too."""

from __future__ import annotations

import re

from dragoman.language import ar, ar_clock
from dragoman.language.normalize import normalize_for_match

# Characters looked back over for the phrase: the time noun and two adjectives (a bound, so
# each mention costs a constant).
_LOOKBACK = 64
# A clock time written as one word (digits folded to ASCII by ``normalize_for_match``): 19:30, 7.30.
_CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d{2}")
# The hour after the hour noun: "الساعة 10" (an ordinal, "الساعة السابعة", has the article).
_HOUR = re.compile(r"\d{1,2}")
# Most adjectives between the time noun and the place.
ADJECTIVES_MAX = 2
_ARTICLE = ar.RULES.definite_article


def _time_noun(word: str) -> bool:
    for prefix in ar_clock.TIME_NOUN_PREFIXES:
        if word.startswith(prefix) and word[len(prefix):] == ar_clock.TIME_NOUN:
            return True
    return False


def _clock_before(words: list[str]) -> bool:
    """Whether the words before the time noun end with a time of day: a clock time ("19:30"), the
    hour noun and the hour ("الساعة 10", "الساعة السابعة"), a part of the day ("صباحا")."""
    if not words:
        return False
    last = words[-1]
    if _CLOCK_TIME.fullmatch(last) or last in ar_clock.DAY_PARTS:
        return True
    return (len(words) > 1 and words[-2] == ar_clock.HOUR_NOUN
            and (_HOUR.fullmatch(last) is not None or last.startswith(_ARTICLE)))


def zone_place(text: str, start: int, name: str) -> bool:
    """Whether the Arabic mention ``name`` at ``start`` of ``text`` is the place of a time-zone
    phrase."""
    if not name or not ("\u0600" <= name[0] <= "\u06ff"):
        return False
    before = [normalize_for_match(w) for w in text[max(0, start - _LOOKBACK) : start].split()]
    if start > 0 and not text[start - 1].isspace():
        of = ar_clock.PLACE_PREPOSITION
        if text[start - 1] != of or not before or before[-1] != of:
            return False
        before = before[:-1]  # the glued ل (the mention without it)
        glued = True
    else:
        glued = normalize_for_match(name).startswith(ar_clock.PLACE_PREPOSITION)
    adjectives = 0
    while (before and adjectives < ADJECTIVES_MAX and before[-1].startswith(_ARTICLE)
           and before[-1][len(_ARTICLE):] in ar_clock.ZONE_ADJECTIVES):
        before.pop()
        adjectives += 1
    if not before or not _time_noun(before[-1]) or not _clock_before(before[:-1]):
        return False
    if adjectives:
        return glued
    return normalize_for_match(name) in ar_clock.ZONE_PLACES
