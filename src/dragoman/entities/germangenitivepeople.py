"""A German person's full name written only in the genitive ("Wladimir Putins Krieg") is
learned as the person, under its bare name ("Wladimir Putin"; ``linking._learn``), not as a
person "Wladimir Putins", so that it and later bare mentions are one entity. The "-s" is read
as a genitive only where every place the page writes the name stands right before the noun
it owns, after at most ``germanarticle.MAX_ADJECTIVES`` inflected adjectives or an ordinal
("Margot Friedländers 100. Geburtstag"); a verb, a role, a line end or nothing listed after
it leaves the name ("Thomas Haas sagte", "Katrin Jahns nutzen"), and so does a last word
that is a listed given name ("Peter Jens") or a surname with an "-s" of its own: listed
(``de_surnames``: "Gerhard Kraus Tod", "Serena Williams Karriere") or a patronymic, its stem
a given name ("Anna Peters Vorschlag"). Names behind the noun that owns them ("die Politik
Angela Merkels") are left: a noun of a person reads the same in apposition ("den
Digitalmenschen Johannes Mirus"). KB people and names the article also writes bare are linked already
(``linking._resolve_genitive``, ``germanlink.genitive_bare``)."""

from __future__ import annotations

import re
from functools import lru_cache

from dragoman.entities import germanarticle, germanwords
from dragoman.entities.germangenitives import title_word
from dragoman.entities.germanlexicon import common_noun, given_name
from dragoman.entities.germanlink import de_code, genitive_base
from dragoman.entities.spanshape import CommonWords, shipped_common_words
from dragoman.language.de_surnames import S_SURNAME_ENDINGS, S_SURNAMES

# Places one page writes the genitive name at that are read; past them it counts as not
# confirmed (bounds the scan; a name written this often is no genitive-only name).
MAX_PLACES = 8
# Places of the name's last word looked at (other names sharing it included): past them the
# name counts as not confirmed (bounds the scan of a page repeating one surname).
MAX_WORD_PLACES = 64
# Tokens read after the name: adjectives or an ordinal, then the owned noun.
SIDE_TOKENS = germanarticle.MAX_ADJECTIVES + 2
_ORDINAL = re.compile(r"^\d+\.$")
_WORDS = re.compile(r"\d+\.|[^\W\d_](?:[\w\u00ad-]*[^\W_])?|[^\w\s]")


def bare_person(text: str, name: str, label: str, language: str | None) -> str | None:
    """The bare name a German person's full name ``name`` (typed ``label`` PER) in the genitive
    stands for, when every place ``text`` writes it at reads as a genitive, one of them before
    a listed noun (module docstring); None otherwise ("Wladimir Putins Krieg" -> "Wladimir
    Putin")."""
    bare = genitive_base(name, language) if label == "PER" else None
    if bare is None or given_name(name.split()[-1]) or _own_s(name.split()[-1], bare.split()[-1]):
        return None
    places_of = _places(text, name)
    if places_of is None:
        return None
    common = shipped_common_words(de_code())
    readings: set[str] = set()
    for places, end in enumerate(places_of):
        line = text[end:end + germanarticle.LOOK_BACK].split("\n", 1)[0]  # a byline
        after = _WORDS.findall(line)[:SIDE_TOKENS]
        readings.add(_owned_noun(name.split()[-1], after, common))
        if places >= MAX_PLACES or _NONE in readings:
            return None
    return bare if _LISTED in readings else None


def _places(text: str, name: str) -> list[int] | None:
    """Where ``text`` writes ``name`` as whole words (its ends), up to ``MAX_PLACES`` + 1, by
    the page's index of words, not a scan of the page per name (a page of many names); None
    past ``MAX_WORD_PLACES`` places of its last word."""
    last = _TOKEN.findall(name)[-1:]
    where = _word_ends(text).get(last[0], []) if last else []
    if len(where) > MAX_WORD_PLACES:
        return None
    ends = [end for end in where if text.startswith(name, end - len(name))
            and not _TOKEN.match(text[end - len(name) - 1:end - len(name)])
            and text[end:end + 1] not in ("'", "’")]
    return ends[:MAX_PLACES + 1]


_TOKEN = re.compile(r"[\w-]+")


@lru_cache(maxsize=1)
def _word_ends(text: str) -> dict[str, list[int]]:
    """The ends of each word of ``text`` (runs of letters, digits and hyphens)."""
    index: dict[str, list[int]] = {}
    for word in _TOKEN.finditer(text):
        index.setdefault(word.group(), []).append(word.end())
    return index


def _own_s(last: str, stem: str) -> bool:
    """Whether the surname ``last`` ends in an "-s" of its own: a listed one ("Kraus",
    "Williams") or a patronymic, its stem a given name ("Peters", "Jacobs", "Jürgens")."""
    low = last.lower()
    return low in S_SURNAMES or low.endswith(S_SURNAME_ENDINGS) or given_name(stem)


# How the words after a name read: a listed noun it owns, a capitalised word of no name nor
# role (the lexicon misses nouns: "Kurs"), or no owned noun.
_LISTED, _CAPITALISED, _NONE = "listed", "capitalised", "none"


def _owned_noun(last: str, after: list[str], common: CommonWords | None) -> str:
    """How the words after the name's ``last`` word read: inflected adjectives (by the cues of
    ``germanarticle.standing``: no past-tense verb, no verb in "-en" after a name: "Jahns
    nutzen") or an ordinal, then a noun (see ``_LISTED``)."""
    for i, word in enumerate(after):
        if word[:1].isupper():
            if germanwords.role_noun(word) or given_name(word) or not title_word(word):
                return _NONE
            return _LISTED if common_noun(word, common) else _CAPITALISED
        adjective = (word.islower() and word not in germanwords.ARTICLE_CUES
                     and germanarticle.standing([after[i - 1] if i else last, word]) == "det")
        if i >= SIDE_TOKENS - 1 or not (adjective or _ORDINAL.match(word)):
            return _NONE
    return _NONE
