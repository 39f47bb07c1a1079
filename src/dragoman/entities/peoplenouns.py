"""A people's noun NER took for a name (issue 14, French entities). French writes the noun of
a nation's or a continent's people with a capital and its adjective in lower case ("les
Français ont voté", "le gouvernement français"); NER tagged the noun as a place or an
organisation ("Français" LOC, "Ukrainiens" LOC, "Allemands" ORG). A people is no entity of its
own here (no demonym table links it to its country in these packs), so a mention that is only
such a noun, capitalised, in any of its forms (``entity_words.people_nouns`` of the article's
pack: the singular masculine, the module makes the feminine and plurals), is dropped."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from dragoman.model import Mention

# a word right before the mention, an elided article's apostrophe after it or a space
_WORD_BEFORE = re.compile(r"(\w+)(?:['’]|\s+)$")
BEFORE_CHARS = 40  # the longest French word read before a mention, and its space; set by hand


def forms(noun: str) -> set[str]:
    """The four forms French writes ``noun`` in (singular masculine given): "-ien" and "-éen"
    double their "n" in the feminine, an "-e" takes no other, an "-s" or "-x" no plural "s"."""
    if noun.endswith("e"):
        return {noun, noun + "s"}
    if noun.endswith(("ien", "éen")):
        return {noun, noun + "s", noun + "ne", noun + "nes"}
    if noun.endswith(("s", "x")):
        return {noun, noun + "e", noun + "es"}
    if noun.endswith("c"):  # "turc", "grec": "turque", "grecque"
        fem = noun[:-1] + ("cque" if noun.endswith("ec") else "que")
        return {noun, noun + "s", fem, fem + "s"}
    return {noun, noun + "e", noun + "s", noun + "es"}


@lru_cache(maxsize=16)
def _all_forms(nouns: frozenset[str]) -> frozenset[str]:
    return frozenset(f for noun in nouns for f in forms(noun))


def without_people_nouns(text: str, mentions: Iterable[Mention], nouns: frozenset[str],
                         determiners: frozenset[str]) -> list[Mention]:
    """``mentions`` less those that are a people's noun of ``nouns``, capitalised (module
    docstring); one written in lower case or holding more words is kept, and one after a
    lower-case word that is none of ``determiners`` ("l'océan Indien": a name's word)."""
    table = _all_forms(nouns)
    return [m for m in mentions
            if not (m.text[:1].isupper() and m.text.lower() in table
                    and _determined(text, m.start, determiners))]


def _determined(text: str, start: int, determiners: frozenset[str]) -> bool:
    """Whether the word before ``start`` is a determiner, capitalised (a sentence's first
    word, "Le Français X") or absent (punctuation, a line's start)."""
    before = _WORD_BEFORE.search(text, max(0, start - BEFORE_CHARS), start)
    if before is None:
        return True
    word = before.group(1)
    return not word.islower() or word in determiners
