"""English spans the NER model ran across a clause's edge (issue 14, helper en-ent):

* across a spaced dash or ellipsis ("the onset of the Great Migration — African-Americans
  moved north", "defund the Iraq War … Make no mistake"): a name never holds one, so the span
  is cut there; what follows the mark is kept as a name of its own only when it has two words
  or more ("Make", a sentence's first word, goes);
* across a comma between two names of two words or more each ("Beit Hanoun Hospital, Al-Wafa
  Hospital"): two names of one list. A comma before one word is left alone: a legal form, a
  state or an edition ("Pfizer, Inc.", "Salem, Oregon", "Windows Vista Home, Business"), and
  so is a comma after a name linked to its complement when what follows is not: a campus or
  a division ("University of California, Los Angeles");
* with a compound adjective closed by a participle in front ("Eton-educated Digbeth
  Winthorpe-Brown", "Fidesz-dominated"): the adjective is cut off, and a span made of it alone
  is dropped.

The marks and endings are the English pack's (``en_names.CLAUSE_MARKS``,
``PARTICIPLE_ENDINGS``, ``VOWELLESS_PARTICIPLES``). A hyphenated word ending so whose stem holds
no vowel is a romanised given name ("Li Ka-shing"), no participle."""

from __future__ import annotations

import re
from dataclasses import replace

from dragoman.language.en_names import (
    CLAUSE_MARKS,
    PARTICIPLE_ENDINGS,
    QUALIFIED_NAME_LINKS,
    VOWELLESS_PARTICIPLES,
)
from dragoman.model import Mention

# Fewest words of a part after a comma or a clause mark that is kept as a name of its own.
# Set by hand: one word after a comma is a state or a legal form, after a dash a sentence's
# first word.
PART_MIN_WORDS = 2

_MARKS = "|".join(re.escape(m) for m in CLAUSE_MARKS)
_DASH = re.compile(rf"\s+(?:{_MARKS})\s+")
_COMMA = re.compile(r",\s+")
# The participle after the last hyphen: a stem holding a vowel before one of the endings
# ("educated", "thumping"), or a participle of a stem without one ("led"); "Ka-shing" is none.
_PARTICIPLE = re.compile(r"[^\W\d_][\w.'’]*(?:-[\w.'’]+)*-(?:[a-z]*[aeiou][a-z]*(?:"
                         + "|".join(PARTICIPLE_ENDINGS) + ")|"
                         + "|".join(VOWELLESS_PARTICIPLES) + ")")


def clause_parts(text: str, m: Mention) -> list[Mention]:
    """``m`` cut at a clause's edge and without a participle adjective in front (module
    docstring): one mention, several, or none."""
    cut = _without_participle(text, m)
    if cut is None:
        return []
    pieces = _pieces(cut.text, _DASH, 0, len(cut.text))
    kept = [pieces[0], *((a, b) for a, b in pieces[1:] if _name_part(cut.text[a:b]))]
    parts: list[tuple[int, int]] = []
    for a, b in kept:
        listed = _pieces(cut.text, _COMMA, a, b)
        names = [cut.text[c:d] for c, d in listed]
        if len(listed) > 1 and all(_name_part(n) for n in names) and not _qualified(names):
            parts.extend(listed)
        else:
            parts.append((a, b))
    if parts == [(0, len(cut.text))]:
        return [cut]
    return [_slice(text, cut, cut.start + a, cut.start + b) for a, b in parts]


def _pieces(name: str, marks: re.Pattern[str], start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of ``name[start:end]`` between matches of ``marks``."""
    edges = [start, *(e for found in marks.finditer(name, start, end) for e in found.span()), end]
    return [(edges[n], edges[n + 1]) for n in range(0, len(edges), 2)]


def _name_part(part: str) -> bool:
    words = part.split()
    return len(words) >= PART_MIN_WORDS and part[:1].isupper()


def _qualified(names: list[str]) -> bool:
    """Whether the first name is linked to its complement ("University of California") and no
    later one is: they qualify it (a campus, a division: "University of California, Los
    Angeles"), no list of names alike ("Bank of Ghana, Bank of Algeria")."""
    def linked(name: str) -> bool:
        return any(w in QUALIFIED_NAME_LINKS for w in name.split()[1:])
    return linked(names[0]) and not any(linked(n) for n in names[1:])


def _without_participle(text: str, m: Mention) -> Mention | None:
    """``m`` less the compound adjectives closed by a participle in front of it; None when
    nothing else is left."""
    words = list(re.finditer(r"\S+", m.text))
    last = max((n for n, w in enumerate(words) if _PARTICIPLE.fullmatch(w.group())), default=-1)
    if last < 0:
        return m
    if last == len(words) - 1:
        return None
    rest = words[last + 1]
    if not rest.group()[:1].isupper():
        return m
    return _slice(text, m, m.start + rest.start(), m.end)


def _slice(text: str, m: Mention, start: int, end: int) -> Mention:
    return replace(m, start=start, end=end, text=text[start:end])
