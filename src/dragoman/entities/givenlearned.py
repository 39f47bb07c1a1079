"""Given names learned from the NER training corpora (``eval/given_names_learn.py``): the
first words of persons' names that those corpora write nowhere else (no place's, no firm's, no
common word). They widen the language packs' hand lists (``nameclass.given_name_keys``), which
miss most names of a news page ("Betsy Stade", "Jared Goodman"). Also the wider given-name list
drawn from the Faker package and the words that close other kinds of names
(``eval/given_names_faker.py``), both read by ``referentvote.faker_led`` only."""

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


FAKER = LEARNED.with_name("given-faker.txt.gz")


@lru_cache(maxsize=1)
def faker_given_keys() -> frozenset[str]:
    """Name keys of the given names drawn from the Faker package's person providers
    (``eval/given_names_faker.py``, MIT licence; places, titles and common words filtered
    out): read only as a referent's person evidence (``referentvote``), never to shape spans."""
    return frozenset(name_key(w) for w in _noted_lines(FAKER))


CLOSERS = LEARNED.with_name("name-closers.txt.gz")


@lru_cache(maxsize=1)
def name_closer_keys() -> frozenset[str]:
    """Token keys of the words that close names of places, firms or other things in the NER
    training corpora and seldom a person's ("School", "Township", "Verlag";
    ``eval/given_names_faker.py``): a name ending with one is no person's."""
    return frozenset(_noted_lines(CLOSERS))


def _noted_lines(path: Path) -> list[str]:
    """The non-empty lines of a gzip word list after its first line (a note naming its source);
    none when the list is not shipped."""
    if not path.exists():
        return []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [w.strip() for w in f.read().split("\n")[1:] if w.strip()]
