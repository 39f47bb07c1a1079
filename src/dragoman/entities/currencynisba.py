"""A nationality word that qualifies a currency names the currency, not the country.

Translations write a bare amount ("$350,000") as "350,000 دولار أمريكي" (US dollars), so the
Arabic side of a translated report gained a country the original never named; English writes
the adjective before the currency ("Australian dollars", "Chinese yuan"). Such nationality
mentions (reason ``nationality``, linked by ``wordclass``) are dropped as naming no entity
when a currency noun stands right before the Arabic adjective (read without a glued
preposition and the article: "بالدولار الأمريكي") or right after the English one
(``ar.CURRENCY_NOUNS``, ``en_names.CURRENCY_NOUNS``; in English only after a singular
demonym, not before a shop word, and "won"/"real" only after an amount). A country named by its own name keeps
its link ("دولار الولايات المتحدة": only nationality words are read). ``WORD_REACH`` bounds
the look at the next word.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

from dragoman.entities.kb import name_key
from dragoman.entities.linkdoc import Doc
from dragoman.entities.memory import ARABIC, proclitic_variants
from dragoman.entities.wordclass import nationalities_in
from dragoman.language import ar, en_names
from dragoman.model import Mention

# Characters read on either side of a mention for the word next to it (a currency noun is
# far shorter); bounds the look so that the step stays linear in the mentions.
WORD_REACH = 24
_NATIONALITY = "nationality"
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _arabic_currencies() -> frozenset[str]:
    return frozenset(name_key(w) for w in ar.CURRENCY_NOUNS)


def _arabic_currency(word: str) -> bool:
    """Whether ``word`` is an Arabic currency noun, as written or without a glued preposition
    or conjunction and the article ("بالدولار", "والجنيهات"), or with the accusative alif of
    an indefinite noun ("دولارا")."""
    keys = _arabic_currencies()
    for _, variant in proclitic_variants(word):
        key = name_key(variant)
        bare = key.removeprefix(ar.RULES.definite_article)
        if bare in keys or (bare.endswith("ا") and bare[:-1] in keys):
            return True
    return False


def currency_word_beside(text: str, mention: Mention) -> bool:
    """Whether the nationality word ``mention`` qualifies a currency: an Arabic currency noun
    right before it, an English one right after it (only spaces between)."""
    if ARABIC.match(mention.text):
        before = text[max(0, mention.start - WORD_REACH):mention.start]
        if not before[-1:].isspace():
            return False
        words = _WORD.findall(before.rstrip().rsplit(None, 1)[-1]) if before.strip() else []
        return len(words) == 1 and _arabic_currency(words[0]) and before.rstrip().endswith(words[0])
    return _english_currency_after(text, mention)


def _english_currency_after(text: str, mention: Mention) -> bool:
    """Whether an English currency noun follows the demonym ``mention``: not after a plural
    people noun ("Americans won gold"), not a shop's price ("dollar store"), and a noun that is
    also an everyday word ("won", "real") only after an amount ("5,000 South Korean won")."""
    after = text[mention.end:mention.end + WORD_REACH]
    if mention.text not in en_names.DEMONYMS or not after[:1].isspace():
        return False
    rest = after.lstrip()
    found = _WORD.match(rest)
    if found is None or (noun := found.group().casefold()) not in en_names.CURRENCY_NOUNS:
        return False
    tail = rest[found.end():]
    head = _WORD.match(tail.lstrip()) if tail[:1].isspace() else None
    if head is not None and head.group().casefold() in en_names.CURRENCY_SHOP_WORDS:
        return False
    return noun not in en_names.AMBIGUOUS_CURRENCY_NOUNS or _amount_before(text, mention.start)


def _amount_before(text: str, start: int) -> bool:
    """Whether the word right before ``start`` is an amount: a number ("5,000") or an amount
    word ("billion")."""
    before = text[max(0, start - WORD_REACH):start]
    if not before[-1:].isspace() or not before.strip():
        return False
    word = before.split()[-1]
    return any(c.isdigit() for c in word) or word.casefold() in en_names.AMOUNT_WORDS


def currency_nationality(text: str, m: Mention) -> bool:
    """Whether ``m`` is a nationality mention linked to its country that qualifies a currency."""
    return m.reason == _NATIONALITY and m.entity_id is not None and currency_word_beside(text, m)


def add_nationalities(doc: Doc, known: Container[str], score: float) -> None:
    """Add the nationality words NER left untagged (``wordclass.nationalities_in``) as
    mentions of their country with ``score``, then drop every nationality mention of the
    article that qualifies a currency."""
    for found in nationalities_in(doc, known, score):
        found.reason = _NATIONALITY
        doc.add(found)
    doc.mentions[:] = [m for m in doc.mentions if not currency_nationality(doc.text, m)]
