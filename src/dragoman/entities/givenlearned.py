"""Given names learned from the NER training corpora (``eval/given_names_learn.py``): the
first words of persons' names that those corpora write nowhere else (no place's, no firm's, no
common word). They widen the language packs' hand lists (``nameclass.given_name_keys``), which
miss most names of a news page ("Betsy Stade", "Jared Goodman")."""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

from dragoman.entities.kb import name_key

LEARNED = Path(__file__).resolve().parent / "models" / "given-names.txt.gz"


@lru_cache(maxsize=1)
def learned_given_keys() -> frozenset[str]:
    """Name keys of the learned given names; empty when the list is not shipped."""
    if not LEARNED.exists():
        return frozenset()
    with gzip.open(LEARNED, "rt", encoding="utf-8") as f:
        return frozenset(name_key(w) for w in f.read().split())
