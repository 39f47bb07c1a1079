"""Arabic news: sports clubs typed after the tagger (a pack with ``club_nouns``), where the
CRF reads a club named after its city as the city (``هامبورغ``) or as a person (``دينامو كييف``):

- a person or place right after a club noun ("فريق كرونوس ريسينغ") is a club;
- a place followed by a masculine nationality adjective is a club: a city or country named
  in Arabic takes the feminine ("موسكو الروسية"), a club (نادٍ, فريق) the masculine
  ("هامبورغ الألماني", "ميلان الإيطالي");
- in a fixture or result line, each side written "name (country)" and the two joined by a
  dash ("سبارتاك موسكو (روسيا) - فالنسيا (إسبانيا)"), each name is a club: the whole run
  between the line's separators and the bracket becomes one ORG span.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import pairwise

from dragoman.model import Mention

# A name then its country in brackets ("ليون (فرنسا)"): the name is the run of words after the
# last separator (a line start, dash, colon or closing bracket) and before the bracket. Both runs
# are bounded (a club's name of MAX_TEAM_WORDS words is far shorter), so that a long line with
# no bracket costs linear time, not quadratic.
_BRACKETED = re.compile(r"([^\s\-–:()\n][^\-–:()\n]{0,120}?)\s*\(\s*([^()\n]{1,80}?)\s*\)")
# What may stand between the two sides of a fixture: a dash and spaces.
_FIXTURE_JOIN = re.compile(r"\s*[-–]\s*")
# Most words a club's name takes ("ستيوا بوخارست", "سياك موسكو", "الوحدة الرياضي الثقافي").
MAX_TEAM_WORDS = 4
_ARTICLE = "ال"
_FEMININE_OR_PLURAL = ("ة", "ون", "ين")
# Characters read on either side of a mention for the word next to it.
_WORD_REACH = 40


@dataclass(frozen=True, slots=True)
class _Side:
    start: int
    end: int
    after: int  # end of the closing bracket


def masculine_nationality(word: str, nationality: Callable[[str], object]) -> bool:
    """Whether ``word`` is a definite masculine singular nationality adjective ("الألماني")."""
    return (word.startswith(_ARTICLE) and not word.endswith(_FEMININE_OR_PLURAL)
            and nationality(word) is not None)


def typed_clubs(text: str, mentions: list[Mention], club_nouns: tuple[str, ...],
                nationality: Callable[[str], object]) -> None:
    """Retype as ORG each person or place after a club noun, and each place followed by a
    masculine nationality adjective."""
    for m in mentions:
        if m.label not in ("PER", "LOC"):
            continue
        before = text[max(0, m.start - _WORD_REACH):m.start]
        after = text[m.end:m.end + _WORD_REACH]
        previous = before.split()[-1] if before[-1:] == " " and before.strip() else ""
        following = after.split()[0] if after[:1] == " " and after.strip() else ""
        if previous in club_nouns or (m.label == "LOC" and following
                                      and masculine_nationality(following, nationality)):
            m.label = "ORG"


# Most characters a match of _BRACKETED spans before the spaces that precede its bracket (one
# character, then at most 120), with a margin.
_NAME_REACH = 130
# The part of _BRACKETED from its bracket on: a match exists from a start before the bracket
# only where this one matches at the bracket, and it ends where this one ends.
_BRACKET_TAIL = re.compile(r"\(\s*([^()\n]{1,80}?)\s*\)")


def _bracketed(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_BRACKETED.finditer(text)``, each searched for between its bracket's
    name reach and its closing bracket only: a long text with few brackets, or with one that
    never closes, is not tried at every character (1 M characters of Arabic took about 2 s).
    A match holds one "(", the first after its start, so it begins at most _NAME_REACH
    characters (and a run of spaces) before that bracket."""
    pos = 0
    while (bracket := text.find("(", pos)) >= 0:
        tail = _BRACKET_TAIL.match(text, bracket)
        if tail is None:
            pos = bracket + 1
            continue
        spaces = bracket
        while spaces > pos and text[spaces - 1].isspace():
            spaces -= 1
        match = _BRACKETED.search(text, max(pos, spaces - _NAME_REACH), tail.end())
        if match is None:
            pos = bracket + 1
            continue
        yield match
        pos = match.end()


def _sides(text: str, places: set[tuple[int, int]]) -> list[_Side]:
    """Each "name (country)" whose bracket holds exactly a place mention."""
    out = []
    for match in _bracketed(text):
        name = match.group(1).rstrip()
        if (match.start(2), match.end(2)) not in places or any(c.isdigit() for c in name):
            continue
        if 0 < len(name.split()) <= MAX_TEAM_WORDS:
            out.append(_Side(match.start(1), match.start(1) + len(name), match.end()))
    return out


def fixture_clubs(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each side of a fixture line as one ORG mention (see the module)."""
    places = {(m.start, m.end) for m in mentions if m.label == "LOC"}
    sides = _sides(text, places)
    teams: list[_Side] = []
    for left, right in pairwise(sides):
        if _FIXTURE_JOIN.fullmatch(text[left.after:right.start]):
            teams.extend(s for s in (left, right) if s not in teams)
    if not teams:
        return mentions
    kept = [m for m in mentions if not any(m.start < t.end and t.start < m.end for t in teams)]
    kept.extend(Mention(t.start, t.end, text[t.start:t.end], "ORG") for t in teams)
    return sorted(kept, key=lambda m: (m.start, m.end))


def shape_arabic(text: str, mentions: list[Mention], club_nouns: tuple[str, ...],
                 nationality: Callable[[str], object]) -> list[Mention]:
    """The tagger's ``mentions`` of Arabic ``text`` with sports clubs typed (see the module)."""
    typed_clubs(text, mentions, club_nouns, nationality)
    return fixture_clubs(text, mentions)
