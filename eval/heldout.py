"""Held-out text filter shared by ``eval.train_ner --ar-extra`` and ``eval.word_clusters``.

A sentence is compared with the held-out ANERcorp dev+test text through its letter 12-grams
(the letters of its normalised tokens, run together), so a re-annotated copy of the same text
is found whatever its tokenisation.
"""

from __future__ import annotations

from collections.abc import Iterable

from dragoman.language.normalize import normalize_for_match

# A NewsFANE sentence sharing at least this share of its letter 12-grams with the
# ANERcorp held-out sentences is the same text (NewsFANE re-annotates ANERcorp) and is
# dropped, so the dev and test splits stay unseen.
NEWSFANE_OVERLAP = 0.3
_SHINGLE = 12


def _letters(tokens: list[str]) -> str:
    return "".join(ch for ch in normalize_for_match("".join(tokens)) if ch.isalpha())


def _shingles(letters: str) -> set[str]:
    return {letters[k : k + _SHINGLE] for k in range(max(1, len(letters) - _SHINGLE + 1))}


def held_shingles(sentences: Iterable[list[str]]) -> set[str]:
    """The letter 12-grams of the held-out sentences (token lists), for :func:`repeats_held`."""
    held: set[str] = set()
    for tokens in sentences:
        held |= _shingles(_letters(tokens))
    return held


def repeats_held(tokens: list[str], held: set[str]) -> bool:
    """Whether a sentence shares ``NEWSFANE_OVERLAP`` of its letter 12-grams with held-out text."""
    shingles = _shingles(_letters(tokens))
    return len(shingles & held) >= NEWSFANE_OVERLAP * len(shingles)
