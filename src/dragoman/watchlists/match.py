"""A watchlist is a saved query; this module says which articles and statements match one.

Each non-empty field of a watchlist is a condition and every condition must hold; within a
field, any one term is enough:

- ``languages``: the article's language is one of them;
- ``keywords``: a keyword (a word or a phrase) occurs in the title or text as whole words,
  compared after ``normalize_for_match`` (case, diacritics and Arabic letter variants folded);
- ``entities``: an entity mentioned in the article has this id, or one of its names (in any
  language) contains the term as whole words (``Stoltenberg`` matches ``Jens Stoltenberg``);
- ``speakers``: a quotation in the article is attributed to such an entity, or its speaker
  text contains the term. The matching statements (quotations) are reported too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dragoman.language.normalize import normalize_for_match
from dragoman.model import Article, Quote

_WORDS = re.compile(r"[^\W_]+", re.UNICODE)
_ARABIC = re.compile("[\u0600-\u06ff]")
# What may be attached before an Arabic word (its article taken off): a conjunction (و ف),
# then a preposition with the article (بال كال, لل), the article alone, or a preposition.
_PROCLITICS = "[وف]?(?:[بك]?ال|لل|[بلك])?"


@dataclass(slots=True)
class Watchlist:
    id: str
    name: str
    keywords: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    webhook: str | None = None
    created_at: str = ""

    def query(self) -> dict[str, list[str]]:
        return {"keywords": self.keywords, "entities": self.entities,
                "speakers": self.speakers, "languages": self.languages}


@dataclass(slots=True)
class Match:
    """An article that matches a watchlist, with its matching statements (when the
    watchlist names speakers)."""

    quotes: list[Quote] = field(default_factory=list)


def words(text: str) -> str:
    """The normalized words of ``text`` joined by single spaces, padded for whole-word tests."""
    return " " + " ".join(_WORDS.findall(normalize_for_match(text))) + " "


def contains(haystack: str, term: str) -> bool:
    """Whether the normalized words of ``term`` occur, in order, as whole words in ``haystack``
    (a ``words()`` result). An Arabic term also matches with or without the article and after
    attached proclitics (``الحلف`` in ``والحلف``, ``وبالحلف``, ``للحلف``, ``حلف``)."""
    needle = words(term)
    if needle.strip() == "":
        return False
    if needle in haystack:
        return True
    if not _ARABIC.match(needle, 1):
        return False
    stem = needle[1:].removeprefix("ال")
    return re.search(" " + _PROCLITICS + re.escape(stem), haystack) is not None


def _entity_hit(terms: list[str], entity_id: str | None, names: list[str]) -> bool:
    if not terms:
        return False
    padded = [words(n) for n in names if n]
    for term in terms:
        if entity_id is not None and term.strip().lower() == entity_id.lower():
            return True
        if any(contains(p, term) for p in padded):
            return True
    return False


def _speaker_quotes(watchlist: Watchlist, article: Article) -> list[Quote]:
    names = {e.id: [e.name, *e.names.values(), *e.aliases] for e in article.entities}
    found = []
    for quote in article.quotes:
        known = names.get(quote.speaker_id or "", [])
        said_by = [*known, quote.speaker_name or "", quote.speaker_text or ""]
        if _entity_hit(watchlist.speakers, quote.speaker_id, said_by):
            found.append(quote)
    return found


def match_article(watchlist: Watchlist, article: Article) -> Match | None:
    """The match of one analysed article against a watchlist, or None."""
    if watchlist.languages and (article.language or "und") not in watchlist.languages:
        return None
    if watchlist.keywords:
        body = words(f"{article.title or ''}\n{article.text}")
        if not any(contains(body, k) for k in watchlist.keywords):
            return None
    if watchlist.entities and not any(
            _entity_hit(watchlist.entities, e.id, [e.name, *e.names.values(), *e.aliases])
            for e in article.entities):
        return None
    quotes: list[Quote] = []
    if watchlist.speakers:
        quotes = _speaker_quotes(watchlist, article)
        if not quotes:
            return None
    return Match(quotes)
