"""Acronyms a German page defines in parentheses after a name (issue 15, news pool pass).

News writes a body's full name once with its acronym in parentheses ("die Bundesagentur für
Arbeit (BA)", "das Bundesamt für Migration und Flüchtlinge (BAMF)") and the acronym alone
after that. The WikiANN-trained tagger finds the full name but rarely the bare acronym, which
it saw seldom in Wikipedia anchors. A parenthesised acronym right after an organisation or
place mention, whose capitals agree with the name's initials, is a mention of the same type;
so is each later bare use of that acronym on the page. A party after a person ("Olaf Scholz
(SPD)") is no definition: only organisation and place names define, and the initials must
agree ("Scholz" gives no "SPD"), and the acronym's letters must stand in the name in order
("Infineon (IFX)", a stock ticker, defines nothing; nor does "Puma (PUM)", the start of a
one-word name). A dash after the bracket makes it a dateline's agency ("Amsterdam (ANP) -
Die ..."). Unlike ``entities/acronyms.py`` (an exact initial per word, three to six capitals,
for every language), German acronyms take letters inside compounds ("BAMF", "BVerfG") and two
letters ("BA"), so the two checks stay apart.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dragoman.entities import germanwords
from dragoman.entities.germangiven import cover, covered_chars
from dragoman.model import EntityType, Mention

# Labels of the names that define an acronym (a person's parentheses hold a party or an age).
DEFINING_LABELS = frozenset({"ORG", "LOC"})
# A parenthesised acronym right after the name: two to eight letters, at least two capitals,
# starting with a capital ("BA", "BfArM", "NRW"); calibrated on the German news dev pool.
_DEFINED = re.compile(r"\s*\(([A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,7})\)")
# Fewest capitals of an acronym ("BA"); with ``_DEFINED``, set on the German news dev pool.
MIN_CAPITALS = 2
# The acronym may hold at most this many capitals more than the name has initials
# ("Bundesamt für Migration und Flüchtlinge" B, M, F; "BAMF": the "A" of "-amt"); set by hand
# on the German news dev pool's definitions ("BVerfG": two capitals inside a compound).
MAX_EXTRA_CAPITALS = 2
# Letters from which an acronym spelling the start of a one-word name is a ticker (set by hand).
MIN_TICKER = 3
_PART = re.compile(r"[^\W\d_]+")
# A dash after the bracket: a dateline's news agency ("Amsterdam (ANP) - Die Regierung ..."),
# no acronym of the place. A hyphen only after a space ("(BA)-Chefin" is a compound).
_DATELINE_DASH = re.compile(r"\s*[–—]|\s+-")


def _initials(name: str) -> list[str]:
    """First letters of the name's capitalised words and hyphenated parts
    ("Nordrhein-Westfalen": N, W)."""
    return [w[0] for w in _PART.findall(name) if w[0].isupper()]


def agrees(name: str, acronym: str) -> bool:
    """Whether ``acronym`` abbreviates ``name``: its first letter is the name's first initial,
    the name's initials appear, in order, among its capitals, with few capitals over, and its
    letters appear in order in the name, case aside ("Infineon" gives no "IFX", "Amsterdam" no
    "ANP"; "Bundesverfassungsgericht" gives "BVerfG")."""
    capitals = [c for c in acronym if c.isupper()]
    initials = _initials(name)
    if len(capitals) < MIN_CAPITALS or not initials or capitals[0] != initials[0]:
        return False
    if len(capitals) - len(initials) > MAX_EXTRA_CAPITALS:
        return False
    return _in_order(initials, capitals) and _in_order(list(acronym.casefold()), list(name.casefold()))


def _in_order(part: list[str], whole: list[str]) -> bool:
    """Whether ``part`` is a subsequence of ``whole``."""
    rest = iter(whole)
    return all(item in rest for item in part)


def defined_acronyms(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the acronyms the page defines after them, and later bare uses of each,
    added where no mention covers them; a use the tagger tagged alone, with another type,
    takes the definer's ("Bundesrepublik Deutschland (BRD)" LOC: "die BRD" tagged ORG is a
    place). Each acronym counts from its first definition, with that definer's type; one
    pass over the page for all of them (linear in its length)."""
    first: dict[str, tuple[int, Mention]] = {}  # acronym -> (where it is defined, its definer)
    for m in sorted(mentions, key=lambda m: m.start):
        found = _DEFINED.match(text, m.end) if m.label in DEFINING_LABELS else None
        if found is None or _DATELINE_DASH.match(text, found.end()) or not agrees(m.text, found[1]):
            continue
        if not _ticker(m.text, found[1]):
            first.setdefault(found[1], (found.start(1), m))
    if not first:
        return mentions
    covered = covered_chars(text, mentions)
    exact = {(m.start, m.end): k for k, m in enumerate(mentions) if m.entity_id is None}
    out = list(mentions)
    names = "|".join(map(re.escape, sorted(first, key=lambda a: (-len(a), a))))
    for use in re.finditer(rf"(?<![\w-])(?:{names})(?![\w-])", text):
        start, end = use.span()
        defined_at, definer = first[use[0]]
        label = _type(definer)
        if start < defined_at:
            continue
        if (k := exact.get((start, end))) is not None and out[k].label in DEFINING_LABELS:
            out[k] = replace(out[k], label=label)  # tagged alone: the definer's type
        elif not any(covered[start:end]):
            cover(covered, start, end)
            out.append(Mention(start, end, use[0], label, score=definer.score))
    return out


def _ticker(name: str, acronym: str) -> bool:
    """An acronym spelling the start of a one-word name: a stock ticker ("Puma (PUM)",
    "Siemens (SIE)"), no abbreviation of the name's parts ("Bundesgerichtshof (BGH)"); two
    letters are a state's or a town's code ("Berlin (BE)")."""
    return " " not in name and len(acronym) >= MIN_TICKER and name.casefold().startswith(acronym.casefold())


def _type(definer: Mention) -> EntityType:
    """The definer's type, an organisation's when a word of it is a body's ("Bundeskriminalamt"
    the tagger typed a place)."""
    return "ORG" if any(map(germanwords.institution, definer.text.split())) else definer.label
