"""Software that NER types as a place or an organisation ("Python" LOC, "Boot Camp" LOC): a
referent the article writes twice or more with a noun of software right after its name
("Python script", "the Python interpreter", "the Boot Camp partition"; the packs'
``software_nouns``) is a program, a language or a system, MISC. Read by
``products.product_referent`` for referents typed LOC or ORG, whose own product nouns a place
or a firm takes too ("Apple devices"): no place's or firm's name is written before these. Not
a name the knowledge base knows (``products.guarded_referent``), nor one a capitalised word other
than a closed-class one comes right before (part of a longer name), nor one written with a
possessive ("Kent's scripts")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from dragoman.entities.packwords import alternation, every_pack_in_order

InLonger = Callable[[str, int], bool]  # (text, start) -> the name there ends a longer one

# How far into the text a name's nouns are looked for (as ``products.SCAN_CHARS``).
SCAN_CHARS = 200_000


@lru_cache(maxsize=1)
def _noun_after() -> re.Pattern[str]:
    nouns = alternation(every_pack_in_order(lambda w: w.software_nouns))
    return re.compile(rf"[ \u00a0](?i:{nouns})(?![\w'’-])")


@lru_cache(maxsize=4)
def _noun_places(text: str) -> tuple[int, ...]:
    """Where a software noun follows in ``text`` (the space before it), found once per text:
    a page of a thousand names is scanned once, not once per name."""
    return tuple(m.start() for m in _noun_after().finditer(text, 0, min(len(text), SCAN_CHARS)))


_WORD_CHAR = re.compile(r"[\w'’-]")


def software_cues(text: str, names: Iterable[str], in_longer: InLonger) -> int:
    """Places ``text`` writes one of ``names`` as a word with a software noun right after it;
    ``in_longer(text, start)``: whether the name there ends a longer one (one-word names)."""
    places: set[int] = set()
    nouns = _noun_places(text)
    for name in names:
        if not name.strip():
            continue
        one_word = len(name.split()) == 1
        for end in nouns:
            start = end - len(name)
            if start < 0 or text[start:end] != name or (
                    start > 0 and _WORD_CHAR.match(text, start - 1)):
                continue
            if one_word and in_longer(text, start):
                continue
            places.add(end)  # one place for "Every Tarsk" and "Tarsk"
    return len(places)
