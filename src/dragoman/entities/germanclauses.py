"""Clause words a German name's span runs on into (issue 15, pool A pages read as an analyst;
``germanspans`` applies ``clause_cut`` to each shaped mention, the words are
``language/de_spantails``):

* a time adjunct closing the span: a preposition and a weekday ("der VDA am Donnerstag",
  "Saison am Freitag") or a number ("des Bundesgerichtshofs von 2015", "bis 2030"): the span
  ends before the preposition. A paper's edition day stays ("Welt am Sonntag"), and so does a
  founding year after "von" in a club's, guild's or society's name ("Turnverein von 1861",
  "Schützengilde von 1563"; not "seit" or "bis": "Turnverein Lindhorst seit 2019");
* a clause's object after its subject: a lower-case "das", "den" or "dem" right after a
  capitalised word or a numbered name ("Leopold I. das Stadtrecht", "die Freistadt Rust das
  Recht", "ÖTZ das Ökohuhn der Zukunft") before another capitalised word: the span ends before
  the article. After a lower-case word it belongs to the name ("Verein für das Deutschtum",
  "Spiel mit dem Feuer", "Jim Knopf und den Wilden 13"), and so does a Dutch particle after a
  given name ("Joop den Uyl"), and after a capitalised preposition opening a street's or a
  house's name ("Staatsoper Unter den Linden", "Gasthof Zu den drei Linden"), and a
  Portuguese "das" before a plural ("Rio das Pedras").

* "and the like" after a name: "Spotify und Co", "Netflix & Co.": the span ends before the
  conjunction. It is a firm's name where a legal form follows or comes before ("& Co. KG",
  "GmbH und Co.") or an article or a firm's noun comes right before ("die Firma Vogt & Co.");
  with "&" also unless the page writes the word before it elsewhere without "& Co" ("bei
  Netflix"; "Tiffany & Co.").

The cuts keep the words before the cut (at least one); the callers judge what is left.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from dragoman.entities import germanwords
from dragoman.entities.germanlexicon import given_name
from dragoman.entities.germanwords import WORDS
from dragoman.language import de
from dragoman.language.de_nouns import LEGAL_FORMS
from dragoman.language.de_spantails import (
    COMPANY_WORD,
    FIRM_AND,
    FOREIGN_PLURAL_ARTICLE,
    FOREIGN_PLURAL_ENDINGS,
    FOUNDED_HEADS,
    FOUNDED_PREPOSITION,
    NAME_PREPOSITIONS,
    OBJECT_ARTICLES,
    SPOKEN_AND,
    TIME_PREPOSITIONS,
)
from dragoman.model import Mention

_TOKEN = re.compile(r"\S+")
# A number of a time adjunct: a year, a day's ordinal or a count ("2015", "3.", "2").
_NUMBER = re.compile(r"^\d{1,4}\.?$")
_WEEKDAYS = frozenset(de.RULES.weekdays)
# A capitalised word and what follows it up to the next word: is it "& Co"?
_CAPITALISED = re.compile(rf"\b([A-ZÄÖÜ][\w-]*)(\s*&\s*{COMPANY_WORD}\b)?")
# Characters after a span read for a legal form ("& Co. KG"), and before it for the word that
# introduces it ("die Firma Vogt & Co.").
LEGAL_LOOK_AHEAD = 8
LOOK_BEHIND = 40


def clause_cut(m: Mention, text: str) -> Mention:
    """``m`` without a time adjunct, a clause's object or an "and the like" it runs on into
    (module docstring)."""
    return _company_cut(_time_cut(_object_cut(m)), text)  # an object may follow the adjunct


def _tokens(m: Mention) -> list[tuple[int, int]]:
    return [(w.start(), w.end()) for w in _TOKEN.finditer(m.text)]


def _ended(m: Mention, end: int) -> Mention:
    """``m`` cut to its first ``end`` characters, trailing punctuation of the cut kept out."""
    text = m.text[:end].rstrip(" ,")
    return replace(m, end=m.start + len(text), text=text)


def _time_cut(m: Mention) -> Mention:
    spans = _tokens(m)
    if len(spans) < 3:
        return m
    words = [m.text[a:b] for a, b in spans]
    preposition, last = words[-2], words[-1]
    if preposition not in TIME_PREPOSITIONS:
        return m
    day = last.lower() in _WEEKDAYS and last.lower() not in WORDS.edition_days
    number = bool(_NUMBER.match(last)) and not (preposition == FOUNDED_PREPOSITION and any(
        germanwords.has_head(w, FOUNDED_HEADS) for w in words[:-2]))
    return _ended(m, spans[-2][0]) if day or number else m


def _object_cut(m: Mention) -> Mention:
    spans = _tokens(m)
    words = [m.text[a:b] for a, b in spans]
    for i in range(1, len(words) - 1):
        before, after = words[i - 1], words[i + 1]
        if (words[i] in OBJECT_ARTICLES and after[:1].isupper()
                and (before[:1].isupper() or before.endswith("."))
                and not _name_article(before, words[i], after)):
            return _ended(m, spans[i][0])
    return m


def _name_article(before: str, article: str, after: str) -> bool:
    """An article inside a name between capitalised words: after a given name ("Joop den Uyl"),
    a preposition ("Unter den Linden"), or Portuguese "das" before a plural ("Rio das Pedras")."""
    return (given_name(before) or before.lower() in NAME_PREPOSITIONS
            or (article == FOREIGN_PLURAL_ARTICLE and after.lower().endswith(FOREIGN_PLURAL_ENDINGS)))


def _company_cut(m: Mention, text: str) -> Mention:
    spans = _tokens(m)
    words = [m.text[a:b] for a, b in spans]
    if len(words) < 3 or words[-1].rstrip(".") != COMPANY_WORD or words[-2] not in (SPOKEN_AND, FIRM_AND):
        return m
    after = text[m.end:m.end + LEGAL_LOOK_AHEAD].split()
    before = text[max(0, m.start - LOOK_BEHIND):m.start].split()
    if ((after and after[0].rstrip(".,;:") in LEGAL_FORMS) or words[-3] in LEGAL_FORMS
            or (before and (before[-1].lower() in WORDS.definite_articles
                            or germanwords.org_descriptor(before[-1])))):
        return m  # "Müller & Co. KG", "Haller GmbH und Co.", "die Firma Vogt & Co.": a firm's name
    if words[-2] == FIRM_AND and words[-3] not in _bare_words(text):
        return m  # "Tiffany & Co.": a firm's name
    return _ended(m, spans[-2][0])


@lru_cache(maxsize=4)
def _bare_words(text: str) -> frozenset[str]:
    """The capitalised words ``text`` writes at least once without "& Co" after them (one pass
    over the page, kept for its mentions)."""
    return frozenset(found[1] for found in _CAPITALISED.finditer(text) if not found[2])
