"""One-word names written right after a definite article that is written capitalised inside a
sentence ("the best of The Week", "Morrow, The Week"; the packs' ``name_articles``): a title's
own article (a paper's, a magazine's, a band's). English writes a person's surname or given
name alone so never ("Smith said"; "the Smith family" writes the article in lower case), so
such a mention is no short form of a person's full name that ends with the word ("The Week"
is no reference to a person "Indy Week"), and a referent whose every mention is so written,
with no title, honorific or speech verb, is no person (read by ``referents._surname_owners``,
``referentvote.vote`` and, through ``article_noun``, by ``linking`` joining one-word person
names to the page's full names)."""

from __future__ import annotations

import re

from dragoman.entities.germanlink import german_article_noun
from dragoman.entities.packwords import name_articles
from dragoman.model import Mention

# How far before a mention its article is looked for (the longest article and a space fit).
LOOKBACK = 12
# An article closing the text before a name, and what may stand before an article inside a
# sentence besides a word: a comma (after a colon, a quotation mark, a bracket or a dash a
# capital opens a clause: "Critics wrote: The Johnson government …").
_ARTICLE_BEFORE = re.compile(r"(?<!\w)(?P<article>\w+) $")
_CLAUSE_MARKS = ","


def article_led(text: str, m: Mention) -> bool:
    """Whether a one-word mention follows a definite article and one space ("The Week")."""
    return " " not in m.text.strip() and _after_article(text, m.start)


def article_noun(text: str, start: int, language: str | None) -> bool:
    """Whether the word at ``start`` is no surname alone that a scan of the text may join to a
    person of the page: it follows a definite article ("The Week"), or is a German noun behind
    its determiner (``germanlink.german_article_noun``: "die Personen")."""
    return _after_article(text, start) or german_article_noun(text, start, language)


def _after_article(text: str, start: int) -> bool:
    """Whether a definite article written capitalised inside a sentence stands right before
    ``start`` ("of The Week", "Morrow, The Week"): a title's own article. Not a lower-case one
    ("the Trump administration", "the Smith family": the name is a modifier there), nor one
    opening a sentence or a line, capitalised whatever follows."""
    if not text or start < 2 or text[start - 1] != " ":
        return False
    found = _ARTICLE_BEFORE.search(text, max(0, start - LOOKBACK), start)
    if found is None or not found.group("article")[:1].isupper():
        return False
    if found.group("article").casefold() not in name_articles():
        return False
    before = text[: found.start("article")].rstrip(" ")
    return bool(before) and (before[-1].isalnum() or before[-1] in _CLAUSE_MARKS)
