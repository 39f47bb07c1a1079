"""Two people NER read as one name: "schreibt Gianni Aron auf TikTok" (Gianni writes to Aron)
is tagged "Gianni Aron", and every later "Aron" then joins that "person". When the article
also coordinates the two words with each other as names ("für Aron und Gianni", "Gianni and
Aron"), they are two people: the span is cut into its two words, each a person of its own.
A full name is never so coordinated with its own parts ("Anna Roth and Roth" is no phrase
news writes), so a real first name and surname stay one person."""

from __future__ import annotations

import re
from functools import lru_cache

from dragoman.entities.coordination import conjunction_words
from dragoman.model import Mention

_TWO_WORDS = re.compile(r"^([^\W\d_][\w'’-]*)\s+([^\W\d_][\w'’-]*)$")
# Characters read back for a capitalised word before the pair (the longest name word fits).
LOOK_BACK = 40
_NAME_BEFORE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*[ \t]$")
_NAME_AFTER = re.compile(r"[ \t][A-ZÀ-ÖØ-Þ]")


@lru_cache(maxsize=1)
def _pair_pattern() -> re.Pattern[str]:
    """Two one-word names joined by a conjunction of any pack (``conjunction_words``)."""
    joined = "|".join(re.escape(w) for w in sorted(conjunction_words(), key=len, reverse=True))
    name = r"[^\W\d_][\w'’-]*"
    return re.compile(rf"(?<![\w'’-])({name})\s+(?:{joined})\s+(?=({name})(?![\w'’-]))")


@lru_cache(maxsize=4)
def coordinated_pairs(text: str) -> frozenset[frozenset[str]]:
    """The pairs of one-word names ``text`` coordinates (not "Mark Walker and Sarah Walker": a
    capitalised word before or after makes each part of a longer name); one scan per text."""
    pairs = set()
    for m in _pair_pattern().finditer(text):
        end = m.end() + len(m[2])
        if _NAME_BEFORE.search(text, max(0, m.start() - LOOK_BACK), m.start()) is None and (
                _NAME_AFTER.match(text, end) is None):
            pairs.add(frozenset((m[1], m[2])))
    return frozenset(pairs)


def two_people(text: str, m: Mention) -> Mention | None:
    """The second person of a two-word person span whose words the article coordinates (see
    the module), ``m`` cut to the first; None otherwise."""
    found = _TWO_WORDS.match(m.text) if m.label == "PER" else None
    if found is None or frozenset((found[1], found[2])) not in coordinated_pairs(text):
        return None
    right = Mention(m.start + found.start(2), m.end, found[2], "PER", None, m.score)
    m.end, m.text = m.start + found.end(1), found[1]
    return right
