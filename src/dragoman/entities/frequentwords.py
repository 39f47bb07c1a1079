"""The frequent-word lists shipped under ``models/`` (``{language}-frequent.txt.gz``, built by
``eval/common_words.py`` from wordfreq's tables: a ``#`` note line, then one lower-case word a
line, most frequent first), found by the language's code alone: a language ships one by adding
its file, no code. Only English ships one so far; a language without a file has none."""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from pathlib import Path

MODELS = Path(__file__).resolve().parent / "models"
# A language code as the packs write it ("en", "pt-br"): nothing that could name another path.
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{2,8})?")


@lru_cache(maxsize=8)
def frequent_ranks(language: str) -> dict[str, int]:
    """The lower-case frequent words of ``language`` -> their rank (0: the most frequent); empty
    when no list is shipped."""
    code = language.strip().casefold()
    if not _LANGUAGE_CODE.fullmatch(code):
        return {}
    path = MODELS / f"{code}-frequent.txt.gz"
    if not path.is_file():
        return {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        words = (line.strip() for line in handle if line.strip() and not line.startswith("#"))
        return {word: rank for rank, word in enumerate(words)}


@lru_cache(maxsize=8)
def frequent_words(language: str) -> frozenset[str]:
    """The lower-case frequent words of ``language``; empty when no list is shipped."""
    return frozenset(frequent_ranks(language))
