"""What the text right after a name says of it: a person's age in apposition ("Ann Lee, 35,",
"Dupont, 45 ans,", "Müller (54)") is written after people only, and settles the type of the
referent the name belongs to (``referents._vote``). Read once per mention, over a few
characters after it: no scan of the whole text."""

from __future__ import annotations

import re
from functools import lru_cache

from dragoman.entities.nameclass import head_type
from dragoman.language.rules import all_rules

# The oldest age read in an apposition; 0 is no age ("Leeds, 0,"). Set by hand, not tuned.
AGE_MAX = 120
# Characters after a name that an age apposition may take ("(54 Jahre)", ", 45 ans,").
_WINDOW = 24


@lru_cache(maxsize=1)
def _age_pattern() -> re.Pattern[str]:
    """", 35," / ", 35." / " (54)" / ", 45 ans" / " (54 Jahre)": a number of one to three
    digits, closed by punctuation or by one of any pack's ``age_units``; not a decimal or a
    number with thousands ("DAX, 15.000", "Brent, 85.3")."""
    units = sorted({u for rules in all_rules() for u in rules.age_units}, key=len, reverse=True)
    unit = "|".join(re.escape(u) for u in units) or "(?!)"
    return re.compile(rf"(?:,\s*(?P<comma>\d{{1,3}})(?:\s+(?:{unit})\b)?\s*[,.;:)](?!\d)"
                      rf"|\s*\((?P<bracket>\d{{1,3}})(?:\s+(?P<unit>{unit})\b)?\))")


def age_follows(text: str, end: int, brackets: bool = True) -> bool:
    """Whether a person's age stands in apposition right after a name ending at ``end``;
    ``brackets``: a bare number in brackets too ("Müller (54)"), which is as often a score, a
    seat count or a rank after an organisation ("Greens (45)", "Bayern (1)")."""
    found = _age_pattern().match(text[end : end + _WINDOW])
    if found is None or (found["bracket"] and not found["unit"] and not brackets):
        return False
    age = int(found["comma"] or found["bracket"])
    return 0 < age <= AGE_MAX


# Turns of one speaker a transcript gives at least ("Ann Lee: …" opening two lines): one such
# line may be a heading ("Deutsche Bank: Gewinn steigt"). Set by hand, not tuned.
SPEAKER_TURNS_MIN = 2


# Speakers of two words or more a transcript gives ``SPEAKER_TURNS_MIN`` turns each: one
# such label may head a list of notes ("Half Time: …", "Breaking News: …"). Set by hand.
DIALOGUE_SPEAKERS_MIN = 2
_LABEL = re.compile(r"^([^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*)+): ", re.M)


def speaker_label(text: str, start: int, end: int) -> bool:
    """Whether a name of two words or more opens a line as a transcript's speaker label
    ("\\nAnn Lee: Why now?"), the text gives that speaker ``SPEAKER_TURNS_MIN`` turns and
    is a dialogue (``DIALOGUE_SPEAKERS_MIN`` such speakers): an interview's or podcast's
    speakers are people. Not a name with an organisation's or place's head word ("Port
    Louis: …", "Riverside Council: …" open datelines and statements)."""
    if start > 0 and text[start - 1] != "\n":
        return False
    name = text[start:end]
    if " " not in name or not text.startswith(": ", end):
        return False
    if _turns(text, name) < SPEAKER_TURNS_MIN or head_type(name) is not None:
        return False
    return _dialogue(text)


def _turns(text: str, name: str) -> int:
    label = name + ": "
    return text.startswith(label) + text.count("\n" + label)


def _dialogue(text: str) -> bool:
    """Whether ``DIALOGUE_SPEAKERS_MIN`` labels of two words or more open lines
    ``SPEAKER_TURNS_MIN`` times each."""
    labels: dict[str, int] = {}
    for found in _LABEL.finditer(text):
        labels[found[1]] = labels.get(found[1], 0) + 1
    return sum(n >= SPEAKER_TURNS_MIN for n in labels.values()) >= DIALOGUE_SPEAKERS_MIN
