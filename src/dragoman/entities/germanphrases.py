"""German noun phrases the tagger takes for names, read against the page they stand on
(issue 14, analyst pass on unseen pages).

German capitalises every noun, and a heading or a sentence also capitalises the adjective before
one, so "Schlauchlose Reifen" opening a line looks like "Freie Wähler". The page tells them
apart: the writer of a common phrase writes its adjective in lower case elsewhere ("mit
schlauchlosen Reifen") and never capitalises it inside a sentence, while a name keeps its capital
wherever it stands. A German polite pronoun ("Sie", "Ihren") is capitalised too and is never the
last word of a name ("Wie Hormone Sie beeinflussen").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from dragoman.entities import germanpage
from dragoman.model import Mention

# Polite (capitalised) pronouns: capitalised everywhere, part of no name.
POLITE_PRONOUNS = frozenset({"sie", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "ihnen"})
# Inflected adjective: a stem of at least four letters and a case ending.
_ADJECTIVE = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]{3,}?)(e|en|er|es|em)$")
# A sentence, line or heading opening before a span (quotes and brackets allowed).
_OPENING = re.compile(r"(?:[.!?:;]\s*|\n)[\s\"„“»«(]*$")
# Adjectives of peoples and places ("Deutsche", "Europäische", "Britische"): written in lower case
# on any page and part of many names.
_NATIONAL = re.compile(r"(?:isch|sch|ländisch)$")
# Adjectives derived with a suffix that makes no name's first word: "schlauchlos",
# "reflexartig", "zirkulierend", "standardmäßig", "gerechtfertigt", "zentralisiert".
_DERIVED = re.compile(r"(?:[a-zäöüß]{4}(?:los|artig|haft|mäßig|ierend|iert)|^ge[a-zäöüß]{8,}t)$")
_TITLE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+$")
# Blanks and opening marks only before a position: it opens the page (``_opens_at``).
_PAGE_OPENING = re.compile(r"[ \t\"„“»«(]*")
# Capitalised words of a heading before a span that still count as its opening.
MAX_HEADING_WORDS = 3


def polite_pronoun_end(words: list[str]) -> bool:
    """Whether a span ends in a polite pronoun: "Hormone Sie", "Reisevorbereitung Ihren"."""
    return len(words) > 1 and words[-1].lower() in POLITE_PRONOUNS


def _opens_at(text: str, pos: int) -> bool:
    return (bool(_OPENING.search(text[max(0, pos - 40):pos]))
            or _PAGE_OPENING.fullmatch(text, 0, pos) is not None)


# Characters read back from a position for the word before it (bounds the work per word).
WORD_LOOK_BACK = 40
_ONE_SPACE_BEFORE = re.compile(r"(\S+) $")
# The word before, any blanks of the same line apart (no line break between).
LINE_WORD_BEFORE = re.compile(r"(\S+)[^\S\n]*$")


def word_before(text: str, pos: int, gap: re.Pattern[str] = _ONE_SPACE_BEFORE) -> tuple[str, int] | None:
    """The word ending right before ``pos`` (one space apart, or as ``gap`` says: a pattern
    whose group 1 is the word, anchored at the end) and where it starts; read back
    ``WORD_LOOK_BACK`` characters only, so a caller walking a long line stays linear."""
    lo = max(0, pos - WORD_LOOK_BACK)
    hit = gap.search(text, lo, pos)
    return (hit[1], hit.start(1)) if hit else None


def _opening_phrase(text: str, start: int) -> bool:
    """Whether a span at ``start`` opens its sentence or line, or follows capitalised adjectives
    of a heading opening there, with at most one word before them ("Der Beste Vegane
    Bananenkuchen"; not "Die Freie Wähler", where only an article stands before)."""
    if _opens_at(text, start):
        return True
    pos, walked = start, 0
    while walked < MAX_HEADING_WORDS and (word := word_before(text, pos)) and _ADJECTIVE.match(word[0]):
        pos, walked = word[1], walked + 1
        if _opens_at(text, pos):
            return True
    word = word_before(text, pos)
    return walked > 0 and word is not None and bool(_TITLE.match(word[0])) and _opens_at(text, word[1])


def lowercase_adjective_phrase(words: list[str], text: str, start: int) -> bool:
    """A two-word span opening a sentence or heading whose first word is an inflected adjective,
    one the page writes in lower case before the same noun ("Vegane Bananenkuchen" beside "der
    vegane Bananenkuchen") or one derived with a suffix names do not open with ("Schlauchlose
    Reifen", ``_DERIVED``), that the page never capitalises before that noun inside a
    sentence. Adjectives of peoples and places ("Deutsche Telekom") and phrases capitalised
    mid-sentence ("die Freie Wähler") stay."""
    if len(words) != 2 or not _opening_phrase(text, start):
        return False
    form = _ADJECTIVE.match(words[0])
    if form is None or not _TITLE.match(words[1]) or _NATIONAL.search(form[1].lower()):
        return False
    memo = germanpage.page_memo(text)
    key = ("lowercase_adjective_phrase", form[1], words[1])
    if key not in memo:  # the page read once per adjective and noun, not once per span
        memo[key] = _written_lower_only(form[1], words[1], text)
    return memo[key]


def _written_lower_only(stem: str, noun: str, text: str) -> bool:
    """Whether the page writes adjective ``stem`` in lower case before ``noun`` (or the stem is
    derived), and capitalised before it only where a sentence or heading opens."""
    lower = rf"(?<![\w-]){re.escape(stem.lower())}(?:e|en|er|es|em)?\s+{re.escape(noun)}(?![\w-])"
    if not (_DERIVED.search(stem.lower()) or re.search(lower, text)):
        return False
    for hit in re.finditer(rf"(?<![\w-]){re.escape(stem)}(?:e|en|er|es|em)?\s+{re.escape(noun)}", text):
        if not _opening_phrase(text, hit.start()):
            return False  # capitalised inside a sentence: a name
    return True


# A one-letter abbreviation of two parts before a span ("z. B.", "u. a.", "d. h."): its second
# letter, capitalised after the space, is no initial of the name after it ("z. B. Raps").
_ABBREVIATION_BEFORE = re.compile(r"(?<![\w.])[a-zäöü]\.\s?$")
_LETTER_DOT = re.compile(r"^[A-ZÄÖÜ]\.\s+")


def abbreviation_cut(m: Mention, text: str,
                     name_word: Callable[[str], bool] = lambda _: False) -> Mention | None:
    """``m`` less a leading letter that closes an abbreviation ("B." of "z. B. Bosch"); None
    when one word tagged a person is left that ``name_word`` does not vouch for: the letter,
    read as an initial, made it one ("z. B. Raps"; a surname as in "z. B. Merkel" stays)."""
    lead = _LETTER_DOT.match(m.text)
    if lead is None or not _ABBREVIATION_BEFORE.search(text[max(0, m.start - 4):m.start]):
        return m
    start = m.start + lead.end()
    rest = text[start:m.end].split()
    if m.label == "PER" and len(rest) == 1 and not name_word(rest[0]):
        return None
    return replace(m, start=start, text=text[start:m.end])


# Letters of a place adjective read from the page (as ``germanspans.MIN_PLACE_ADJECTIVE``).
MIN_PAGE_PLACE_ADJECTIVE = 6


def place_on_page(word: str, text: str) -> bool:
    """A place adjective of a place the page names on its own: "Ruster" beside "in Rust" (a
    small town no gazetteer holds). Only the plain "-er" form of a capitalised stem of three
    letters or more, never a given name's look-alike the page does not write bare."""
    if len(word) < MIN_PAGE_PLACE_ADJECTIVE or not word.endswith("er") or not _TITLE.match(word):
        return False
    return word[:-2] in germanpage.after_place_preposition(text)
