"""The entity words of every language pack (``LanguageRules.entity_words``), joined: the rules
that read them run on spans with no language at hand, so a word of any pack counts."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from dragoman.language.entitywords import EntityWords
from dragoman.language.rules import all_rules


def every_pack(words: Callable[[EntityWords], Iterable[str]]) -> frozenset[str]:
    """The words ``words`` picks from each pack's ``entity_words``, joined."""
    return frozenset(every_pack_in_order(words))


def every_pack_in_order(words: Callable[[EntityWords], Iterable[str]]) -> tuple[str, ...]:
    """The words ``words`` picks from each pack's ``entity_words``, in pack order, once each."""
    return tuple(dict.fromkeys(w for rules in all_rules() for w in words(rules.entity_words)))


def alternation(words: Iterable[str]) -> str:
    """A regular-expression group matching any of ``words`` as written; one that never
    matches when there is none."""
    escaped = [re.escape(w) for w in words]
    return "(?:" + "|".join(escaped) + ")" if escaped else "(?!)"


@lru_cache(maxsize=1)
def name_articles() -> frozenset[str]:
    """Every pack's articles that open a name ("the" of "The Week")."""
    return every_pack(lambda words: words.name_articles)
