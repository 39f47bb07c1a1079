"""Indexes of a German page read once per text, so that rules asking one question of the whole
page per span stay linear in the number of spans (issue "superlinear German span shaping":
10,000 spans of one shape took minutes when each span searched the whole page again).

Each index is cached for the last few texts (``PAGES_KEPT``); a text's hash is cached by Python,
so a look-up costs a dictionary probe, not a read of the page.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dragoman.language.de_nouns import BARE_PREPOSITIONS, TOWN_PREPOSITIONS
from dragoman.language.normalize import normalize_for_match

# Pages whose indexes are kept: ``shape_german`` reads one page at a time; a few more serve
# callers alternating between a page and its headline.
PAGES_KEPT = 8
_WORD_RUN = re.compile(r"\w+")
# A capitalised word right after a place preposition ("in Rust"), read ahead so that
# prepositions in a row ("von in Rust") are all seen.
_AFTER_PLACE_PREPOSITION = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(TOWN_PREPOSITIONS)) + r")\s+(?=([A-ZÄÖÜ][a-zäöüß]+)(?![\w-]))")
_AFTER_BARE_PREPOSITION = re.compile(
    r"\b(?:" + "|".join(map(re.escape, sorted(BARE_PREPOSITIONS))) + r") (?=(\w+)\b)")
_HYPHENATED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")


@lru_cache(maxsize=PAGES_KEPT)
def page_memo(text: str) -> dict[tuple[str, ...], bool]:
    """A page's memo of answers that depend on the page and a few words only (a rule fills it
    under a key naming itself), so that 10,000 spans of one phrase read the page once."""
    return {}


@lru_cache(maxsize=PAGES_KEPT)
def word_runs(text: str) -> frozenset[str]:
    """Every maximal run of word characters of ``text``: ``X`` (all word characters) is in it
    exactly when ``re.search(rf"\\b{X}\\b", text)`` finds it."""
    return frozenset(_WORD_RUN.findall(text))


@lru_cache(maxsize=PAGES_KEPT)
def after_place_preposition(text: str) -> frozenset[str]:
    """Capitalised words written bare after a town's preposition (``de_nouns.TOWN_PREPOSITIONS``:
    "in Rust")."""
    return frozenset(hit[1] for hit in _AFTER_PLACE_PREPOSITION.finditer(text))


@lru_cache(maxsize=PAGES_KEPT)
def after_bare_preposition(text: str) -> frozenset[str]:
    """Words written after a bare preposition and one space ("in NRW", "für NRW")."""
    return frozenset(hit[1] for hit in _AFTER_BARE_PREPOSITION.finditer(text))


@lru_cache(maxsize=PAGES_KEPT)
def hyphenated_words(text: str) -> frozenset[str]:
    """The page's hyphenated words, normalised for matching ("Nordrhein-Westfalen")."""
    return frozenset(normalize_for_match(w) for w in _HYPHENATED.findall(text))


def written_bare(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` as a whole word not followed by "s" (the bare form of
    a genitive: ``re.search(rf"\\b{word}\\b(?!s)", text)``)."""
    if _WORD_RUN.fullmatch(word):
        return word in word_runs(text)
    return re.search(rf"\b{re.escape(word)}\b(?!s)", text) is not None
