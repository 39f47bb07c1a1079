"""Normalization for matching (search, dedup, linking), never for display."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Harakat, tanween, shadda, sukun, superscript alef and Quranic marks.
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str | None], dict[int, str | None]]:
    """(digits of every language pack -> ASCII; those and every pack's letter folds): text of
    any language is folded alike, since a query or a name has no language of its own."""
    from dragoman.language.rules import all_rules

    digits: dict[str, str | None] = {}
    letters: dict[str, str | None] = {}
    for rules in all_rules():
        for value, digit in enumerate(rules.digits):
            digits.setdefault(digit, str(value))
        for letter, base in rules.letter_folds.items():
            letters.setdefault(letter, base)
    return str.maketrans(digits), str.maketrans({**letters, **digits})


def to_ascii_digits(text: str) -> str:
    """Arabic-Indic, Persian and other packs' digits to ASCII digits (length-preserving)."""
    return text.translate(_tables()[0])


def normalize_for_match(text: str) -> str:
    """Casefold, fold letter variants (the language packs' ``letter_folds``), drop diacritics
    and tatweel, collapse spaces."""
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "")  # soft hyphens: invisible
    text = _ARABIC_MARKS.sub("", text)
    text = text.translate(_tables()[1])
    text = "".join(
        c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c)
    )
    return _SPACES.sub(" ", text).strip()
