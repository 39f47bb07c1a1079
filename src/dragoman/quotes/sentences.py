"""Sentence bounds for quotations: sentences split after a title joined again, a fallback
splitter, and whether a sentence ends between two offsets."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dragoman.quotes.speakers import _TITLES

if TYPE_CHECKING:
    from dragoman.language.rules import LanguageRules

_END = re.compile(r"[.!?؟\n]")
# A dot right before one of these ends an abbreviation, never a sentence.
_GOES_ON = frozenset({",", ";", "،"})


def join_titles(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences split after a title or an initial ("Ms. | Okafor said") joined again."""
    out: list[tuple[int, int]] = []
    for s, e in sents:
        if out:
            last = re.search(r"(\w+)\.\s*$", text[max(out[-1][0], s - 12):s])
            if last and (last.group(1).casefold() in _TITLES or (
                    len(last.group(1)) == 1 and last.group(1).isupper())):
                out[-1] = (out[-1][0], e)
                continue
        out.append((s, e))
    return out


def fallback_sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in re.finditer(r"[.!?]+[\"”’»]?\s+|\n+", text):
        out.append((start, m.end()))
        start = m.end()
    out.append((start, len(text)))
    return out


def sentence_end(text: str, a: int, b: int) -> bool:
    """A sentence ends in text[a:b]; not at the dot of a title or an initial ("Rep.", "J.")
    nor inside parentheses ("(D-Wash.)")."""
    for m in _END.finditer(text, a, b):
        if m.group() == ".":
            if text.count("(", a, m.start()) > text.count(")", a, m.start()):
                continue
            if text[m.end():m.end() + 1] in _GOES_ON:  # "Tom Ray, R-Ky., said": an abbreviation
                continue
            word = re.search(r"\w+$", text[max(a, m.start() - 12):m.start()])
            if word is not None and (word.group().casefold() in _TITLES or (
                    len(word.group()) == 1 and word.group().isupper())):
                continue
        return True
    return False


# Longest line read as a byline ("Von Ann Roy, Tim Kühn und Eva Lang, NDR"): a line of names
# and an outlet; a longer one is a sentence that opens on the same word ("Di fronte a …").
BYLINE_MAX_CHARS = 100
# Longest lower-case word a byline holds besides its list conjunctions ("of", "de", "von"):
# a longer one ("warnt", "river", "left") makes the line a sentence or a headline.
BYLINE_FUNCTION_CHARS = 3
_LINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def in_byline(text: str, pos: int, rules: LanguageRules) -> bool:
    """``pos`` lies in a short line that opens on one of the pack's ``byline_prefixes``, ends
    without a full stop and holds names only (no lower-case word but short function words
    and list conjunctions): the article's authors, never a speaker. Not "Von der Leyen warnt
    China", "By the river, Ann Lee spoke to the crowd"."""
    if not rules.byline_prefixes:
        return False
    # only as far as a byline may reach: no scan of a long paragraph for every name in it
    lo = max(0, pos - BYLINE_MAX_CHARS - 1)
    start = text.rfind("\n", lo, pos) + 1
    if start == 0 and lo > 0:
        return False
    end = text.find("\n", pos, pos + BYLINE_MAX_CHARS + 1)
    if end < 0 and pos + BYLINE_MAX_CHARS < len(text):
        return False
    line = text[start:len(text) if end < 0 else end].strip()
    if len(line) > BYLINE_MAX_CHARS or line.endswith((".", "!", "?", ":")):
        return False
    head = line.casefold()
    prefix = next((p for p in rules.byline_prefixes if head.startswith(p + " ")), None)
    return prefix is not None and all(
        not w.islower() or len(w) <= BYLINE_FUNCTION_CHARS or w in rules.list_conjunctions
        for w in _LINE_WORD.findall(line, len(prefix)))


# A dateline opening a paragraph: a place in capitals, a region (and a day) or an agency after
# it, and a dash or a spaced hyphen ("BUFFALO, N.Y. (WIVB) — ", "KHAN YOUNIS, GAZA — ", "BOSTON
# (WHDH) - ", "LONDON, May 4 (Reuters) - "). It is where the story was filed, not part of what a
# source said.
_CAPS = "A-ZÀ-ÖØ-Þ"  # capitals of the Latin scripts: "MÜNCHEN", "BOGOTÁ"
_DATELINE = re.compile(rf"[{_CAPS}][{_CAPS}.'’-]+(?: [{_CAPS}][{_CAPS}.'’-]+)*"
                       r"(?P<region>, ?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*(?: \d{1,2})?)?"
                       r"(?P<agency> ?\([^()\n]{1,40}\))?(?P<dash> ?(?:—|–|--) ?| - )"
                       rf"(?=[{_CAPS}“\"«„])")
# Fewest letters of a bare place (no region, no agency): "UK", "US" are names in a compound.
_BARE_PLACE_LETTERS = 3


def past_dateline(text: str, start: int, end: int) -> int:
    """``start``, or past the dateline that opens the paragraph at ``start``. A bare place in
    capitals before a hyphen or an en dash ("UK - EU trade", "US–China talks"), or before a dash
    the sentence uses again ("IBM — not Microsoft — won"), opens a compound or an aside."""
    if start and text[start - 1] != "\n":
        return start
    m = _DATELINE.match(text, start, end)
    if m is None:
        return start
    if not (m.group("region") or m.group("agency")):
        dash = m.group("dash").strip()
        sentence_end = re.search(r"[.!?](?:\s|$)", text[m.end():end])
        rest = text[m.end():m.end() + sentence_end.start() if sentence_end else end]
        letters = sum(c.isalpha() for c in text[start:m.start("dash")])
        if dash not in ("—", "--") or dash in rest or letters < _BARE_PLACE_LETTERS:
            return start
    return m.end()


def after_sentence_end(text: str, floor: int, at: int) -> int:
    """``at`` when a full stop, question or exclamation mark and a space end a sentence right
    before the opening mark at ``at``, past ``floor`` (a sentence the splitter joined to the
    one before: "… about him. "Oz has …," said X"); else ``floor``. Not after a title or an
    initial ("Sen. “…”")."""
    k = at - 1
    while k > floor and text[k].isspace():
        k -= 1
    if k <= floor or k == at - 1 or text[k] not in ".!?":
        return floor
    last = re.search(r"(\w+)\.$", text[max(floor, k - 12):k + 1])
    if last and (last.group(1).casefold() in _TITLES or len(last.group(1)) == 1):
        return floor
    return at
