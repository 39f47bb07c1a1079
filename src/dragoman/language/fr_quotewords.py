"""French words read by ``dragoman.quotes.frenchobjects`` (kept out of ``fr.py``'s
``LanguageRules``, like ``contentwords``): what opens a noun phrase, and what can head the
source of "selon"/"d'après".

- ``object_determiners``: determiners and possessives that open a noun phrase ("le", "sa",
  "cette"); French reported content after a speech verb is a "que" clause, so a noun phrase
  right after the verb is its object ("a annoncé sa démission"), not what was said.
- ``object_clitics``: the indirect object pronouns that stand between a subject and its
  verb ("Il lui a expliqué que", "Elle leur a assuré que"); only before the verb: after it
  "leur" is a possessive ("a annoncé leur avocat").
- ``elided_articles``: the article glued to a noun beginning with a vowel ("l’hôpital").
- ``source_quantifiers``: "toute" with no article before a noun means "any" ("selon toute
  vraisemblance", "selon toute probabilité"): nobody is the source. Not the masculine
  "tout", which heads people as often ("selon tout observateur").
- ``stressed_subjects``: the third-person stressed pronouns of a "selon" source with the
  subject pronoun that stands for the same person ("selon lui" as "il", "d'après eux" as
  "ils"): the source is whom that subject pronoun refers to.
- ``press_nouns``: the press's words for a newspaper it quotes ("le quotidien", "le titre",
  "l'hebdomadaire"); ``press_name_words``: words that make an organisation's name a
  newspaper's ("Journal", "Times", "Post", "Gazette"): such a noun with no name beside it is
  the newspaper named last, whichever press word it uses ("le Wall Street Journal …, rappelle
  le quotidien").

Keys as the quote rules read words (``normalize_for_match``: accents folded).
"""

from __future__ import annotations

from dataclasses import dataclass

from dragoman.language.normalize import normalize_for_match


def _keys(*items: str) -> frozenset[str]:
    return frozenset(normalize_for_match(x) for x in items)


@dataclass(frozen=True, slots=True)
class FrenchQuoteWords:
    object_determiners: frozenset[str]
    elided_articles: tuple[str, ...]
    object_clitics: frozenset[str]
    source_quantifiers: frozenset[str]
    stressed_subjects: tuple[tuple[str, str], ...]
    press_nouns: frozenset[str]
    press_name_words: frozenset[str]


FRENCH = FrenchQuoteWords(
    object_determiners=_keys("le", "la", "les", "un", "une", "du", "des", "ce", "cet", "cette",
                             "ces", "son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes",
                             "ton", "ta", "tes", "notre", "nos", "votre", "vos"),
    elided_articles=("l'", "l’"),
    object_clitics=_keys("lui", "leur"),
    source_quantifiers=_keys("toute"),
    stressed_subjects=(("lui", "il"), ("elle", "elle"), ("eux", "ils"), ("elles", "elles")),
    press_nouns=_keys("quotidien", "journal", "hebdomadaire", "mensuel", "magazine", "titre",
                      "tabloïd", "média"),
    press_name_words=_keys("journal", "times", "post", "gazette", "tribune", "herald", "daily",
                           "news", "zeitung", "courrier", "presse", "quotidien", "magazine",
                           "hebdo", "observer", "telegraph", "guardian"),
)

_PACKS = {"fr": FRENCH}


def french_quote_words(code: str | None) -> FrenchQuoteWords | None:
    """The words for ``code`` (None for a language these checks do not read)."""
    return _PACKS.get(code or "")


__all__ = ["FRENCH", "FrenchQuoteWords", "french_quote_words"]
