"""A role's complement after a speech cue ("dijo la consejera de Hacienda", "le fils de Claire
Morel"): the name after the role's link word is what the role belongs to, not the speaker."""

from __future__ import annotations

import re
from functools import cache

from dragoman.language.functionwords import ARTICLES as ARTICLES  # read here and by other quote rules
from dragoman.language.normalize import normalize_for_match
from dragoman.quotes.groups import GROUP_HEADS
from dragoman.quotes.lexicon import Lexicon, Word

DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "le", "la", "les",
                          "un", "une", "l", "il", "lo", "gli", "el", "los", "las", "os", "der",
                          "die", "das"})
# How far before a phrase a source marker ending right before it is looked for: the longest
# one-phrase markers of the packs ("à l'en croire", "stando a quanto") with spaces and a comma.
SOURCE_MARKER_CHARS = 24


def head_before_complement(text: str, chunk: list[Word], start: int, lex: Lexicon) -> Word | None:
    """The head noun of a phrase opening ``chunk`` whose complement is the name at ``start``:
    an article, then lower-case words (a role or any noun: "el gerente", "la secrétaire
    générale"), a link word of the pack's ``speaker_group_links`` and maybe an article ("de
    la"), then the name. After a source marker the head must be a person's role or a group
    word ("según el abogado de X"): "según las declaraciones de X", "selon le communiqué de X"
    are X's words, X speaks."""
    if lex.rules.capitalised_nouns:
        return None  # nouns are capitalised there: a lower-case word before "von" is no head
    before = [w for w in chunk if w.end <= start]
    j = len(before) - 1
    while j >= 0 and before[j].key in ARTICLES:
        j -= 1
    links = lex.rules.speaker_group_links
    if j < 2 or before[j].key not in links or before[0].key not in DETERMINERS:
        return None
    nouns = before[1:j]
    if not all(w.text[:1].islower() and w.key.isalpha() and w.key not in lex.stops
               and w.key not in links for w in nouns):
        return None
    if _after_source_marker(text, chunk[0].start, lex) and not any(
            w.key in lex.person_roles or w.key in GROUP_HEADS for w in nouns):
        return None
    return nouns[0]


def _after_source_marker(text: str, start: int, lex: Lexicon) -> bool:
    """Whether a reported-speech marker of the pack ("según", "selon", "secondo") ends right
    before ``start``."""
    marker = _markers(lex.rules.reported_speech_markers)
    if marker is None:
        return False
    before = normalize_for_match(text[max(0, start - SOURCE_MARKER_CHARS):start])
    return marker.search(before) is not None


@cache
def _markers(markers: tuple[str, ...]) -> re.Pattern[str] | None:
    if not markers:
        return None
    forms = sorted({normalize_for_match(m) for m in markers}, key=len, reverse=True)
    return re.compile(r"(?:^|\W)(?:" + "|".join(re.escape(f) for f in forms) + r")$")
