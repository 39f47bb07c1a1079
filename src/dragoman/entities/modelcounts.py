"""Numbers after a name that are no model number (review of issue 14): a count ("Lakers 3
games", "Lidl 20 stores … Lidl 30 more", "BioNTech 2 shots", "YouTube 5 minute videos"), a
multi-buy offer ("Tesco 3 for 2") or a date's day ("On May 5 PlayStation 5 sales rose": "May
5" is no team's score before the product). Read by ``entities.modelspans``.

The words are the language packs' (``contentwords`` ``count_nouns``, ``measure_nouns``,
``offer_links`` and ``comparison_links``; ``LanguageRules.months``), every pack's at once: a
page's count is read the same whatever language the page is detected as."""

from __future__ import annotations

import re
from functools import lru_cache

from dragoman.entities.packwords import every_pack
from dragoman.language.contentwords import ContentWords, content_words
from dragoman.language.normalize import normalize_for_match
from dragoman.language.rules import all_rules

# The word right after a number, and a one-digit number after it (an offer's second number:
# "3 for 2"; "for 12 months" is a time, and a count noun after the digit makes it one: "for 2
# years").
_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_][\w'’]*)")
_OFFER_DIGIT = re.compile(r"[ \u00a0]+\d(?![\w.,:/%'’-])")
# The word closing the text before a name, looked for this far back (an article and a space).
_WORD_BEFORE = re.compile(r"(?<![\w'’-])(\w+)[ \u00a0]$")
_ARTICLE_LOOKBACK = 12


def _packs() -> tuple[ContentWords, ...]:
    """The content words of every language pack found (``rules.all_rules``): one registry."""
    return tuple(content_words(rules.code) for rules in all_rules())


@lru_cache(maxsize=1)
def _count_words() -> frozenset[str]:
    return frozenset().union(*(p.count_nouns | p.measure_nouns for p in _packs()))


@lru_cache(maxsize=1)
def _offer_links() -> frozenset[str]:
    return frozenset().union(*(p.offer_links for p in _packs()))


@lru_cache(maxsize=1)
def _comparison_links() -> frozenset[str]:
    return frozenset().union(*(p.comparison_links for p in _packs()))


@lru_cache(maxsize=1)
def _month_names() -> frozenset[str]:
    return frozenset(normalize_for_match(m) for rules in all_rules() for m in rules.months)


def _count_word_at(text: str, at: int) -> re.Match[str] | None:
    """The word right after ``at`` where it is a count noun and no comparative ("more than"),
    else None."""
    word = _NEXT_WORD.match(text, at)
    if word is None or normalize_for_match(word.group(1)) not in _count_words():
        return None
    link = _NEXT_WORD.match(text, word.end())
    if link is not None and normalize_for_match(link.group(1)) in _comparison_links():
        return None
    return word


def counted(text: str, number_end: int, name_start: int | None = None) -> bool:
    """Whether the number ending at ``number_end`` counts something: a count noun follows it
    ("3 games", "20 Filialen", "30 more", "5 minute videos"), but for a name at
    ``name_start`` led by an article (``article_led``), or an offer's link and a digit that
    is no count ("3 for 2 deals"; not "for 2 years")."""
    if _count_word_at(text, number_end) is not None and (
            name_start is None or not article_led(text, name_start)):
        return True
    link = _NEXT_WORD.match(text, number_end)
    if link is None or normalize_for_match(link.group(1)) not in _offer_links():
        return False
    digit = _OFFER_DIGIT.match(text, link.end())
    return digit is not None and _count_word_at(text, digit.end()) is None


@lru_cache(maxsize=1)
def _articles() -> frozenset[str]:
    return frozenset(normalize_for_match(a) for a in every_pack(lambda w: w.name_articles))


def article_led(text: str, start: int) -> bool:
    """Whether an article (any pack's ``name_articles``, any case) stands right before
    ``start``: the name and its number then open one noun phrase, and a count noun after them
    is the phrase's verb or head ("The PlayStation 5 runs cooler", "the RTX 4090 fans", "the
    WordPress 6 members area"), no count of the name's ("Lidl 20 stores")."""
    word = _WORD_BEFORE.search(text, max(0, start - _ARTICLE_LOOKBACK), start)
    return word is not None and normalize_for_match(word.group(1)) in _articles()


def month_name(word: str) -> bool:
    """Whether ``word`` is a month's name or abbreviation in a pack ("May", "März")."""
    return normalize_for_match(word.rstrip(".")) in _month_names()
