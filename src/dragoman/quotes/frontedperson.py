"""The subject of a verb-second sentence opened by a fronted phrase, for what a later pronoun
refers to: "Auf den ersten 1.500 Metern lief Jonas Brandt ein starkes Rennen." Only one phrase
stands before the finite verb of such a main clause, so when the sentence opens with one of
the pack's ``fronted_openers`` (a preposition, a time or linking adverb: the words
``versecond.fronted_subject`` reads for cues), the person named right after the finite verb
is the subject, not a person named earlier nor a place inside the fronted phrase.

The finite verb is a lower-case word that is no function word, right after the fronted
phrase's last noun, number or the opener itself ("Dann lief X"); between it and the person
only articles, titles, honorifics and nouns naming people (roles, the speaker words' person
nouns and endings) stand ("stimmte Stadträtin Lena Hofmann", "gewann der Außenseiter Max
Stein"), not a body or organisation ("die Polizei" of "Am Montag hatte die Polizei Karl Vogt
festgenommen").
"""

from __future__ import annotations

import re
from functools import cache

from dragoman.language.normalize import normalize_for_match
from dragoman.language.speakerwords import folded, has_head, speaker_words
from dragoman.model import Mention
from dragoman.quotes.complements import DETERMINERS
from dragoman.quotes.lexicon import Lexicon, Word
from dragoman.quotes.persons import opening_mentions

# Most words before the finite verb (the fronted phrase with its opener): the longest fronted
# phrase of the original probe sentences of tests/quotes/test_quotes2_fronted_pronoun.py
# ("Nach einer langen und zähen Debatte im Stadtrat") has 8.
FRONTED_PHRASE_WORDS = 8
_PUNCTUATION = re.compile(r"[^\w\s'’.-]")


@cache
def title_keys(items: tuple[str, ...]) -> frozenset[str]:
    """The pack's honorifics and abbreviations ("Frau", "Dr") as word keys."""
    return frozenset(normalize_for_match(w).rstrip(".") for w in items)


def subject_mentions(text: str, chunk: list[Word], found: list[Mention],
                     lex: Lexicon) -> list[Mention]:
    """The mentions of ``found`` (inside ``chunk``, a sentence's first words) that may be its
    subject: the person after a fronted phrase's finite verb, else those opening the clause
    (``persons.opening_mentions``) less the people inside a fronted phrase."""
    found, sure = fronted_subjects(text, chunk, found, lex)
    return found if sure else opening_mentions(text, chunk, found, lex)


def fronted_preposition(w: Word, lex: Lexicon) -> bool:
    """``w`` is a preposition the pack names among its ``fronted_openers`` ("Gegen", "Mit"):
    a person right after it is its object, not the subject ("Gegen Karl Vogt verlor er")."""
    return w.key in folded(lex.rules.fronted_openers) and _function_word(w, lex)


def fronted_subjects(text: str, chunk: list[Word], found: list[Mention],
                     lex: Lexicon) -> tuple[list[Mention], bool]:
    """The mentions of ``found`` that may be the subject of the sentence whose first words are
    ``chunk``, and whether that is the subject for sure. When the sentence opens with a
    fronted phrase: the person after the finite verb (sure), or without one the mentions less
    the people inside the fronted phrase ("Mit Tim Berger sprach er", "Gegen Karl Vogt
    verlor er"); else ``found`` itself."""
    rules = lex.rules
    if not chunk or chunk[0].key not in folded(rules.fronted_openers):
        return found, False
    titles = title_keys((*rules.honorifics, *rules.abbreviations))
    inside: list[Mention] = []
    for m in found:
        if m.label != "PER" or m.start <= chunk[0].end:
            continue
        if _PUNCTUATION.search(text, chunk[0].end, m.start):
            break  # "Nach dem Spiel, das …, lief X": a clause inside, no single phrase
        k = next((n for n, w in enumerate(chunk) if w.start >= m.start), len(chunk)) - 1
        while k > 0 and (chunk[k].key in DETERMINERS or chunk[k].key in titles
                         or person_noun(chunk[k], lex)):
            k -= 1  # "stimmte (die) Stadträtin (Dr.) Lena Hofmann": the person's noun phrase
        if 1 <= k <= FRONTED_PHRASE_WORDS and _finite_verb(chunk, k, lex):
            return [m], True
        if (k == 0 or _function_word(chunk[k], lex)) and not any(_finite_verb(chunk, n, lex)
                                                     for n in range(1, k)):
            # "Auf Nachfrage von Karl Vogt …", "Neben Ole Brandt …" (right after the opener,
            # which verb-second order makes no subject): the fronted phrase's object
            inside.append(m)
    return [m for m in found if m not in inside], False


def person_noun(w: Word, lex: Lexicon) -> bool:
    """A role or a noun that names a person ("Stadträtin", "Außenseiter", "Kollege"; the
    speaker words' ``person_nouns`` and ``person_endings``), which may stand before a name in
    apposition; not "die Polizei" of "hatte die Polizei Anna Roth festgenommen"."""
    sw = speaker_words(lex.rules.code)
    if has_head(w.text, _bodies(sw.source_heads, lex.rules.organisation_heads)):
        return False  # "Polizei", "Verein": a body or organisation, whatever the role list says
    if lex.strip_clitic(w.key, lex.roles) in lex.roles:
        return True
    return w.text[:1].isupper() and (has_head(w.text, sw.person_nouns) or (
        sw.person_endings is not None and sw.person_endings.search(w.text.casefold()) is not None))


@cache
def _bodies(sources: tuple[str, ...], organisations: tuple[str, ...]) -> tuple[str, ...]:
    """Heads of nouns that name no person: the speaker words' ``source_heads`` (bodies,
    documents) and the pack's ``organisation_heads``, as word keys."""
    return tuple(dict.fromkeys(normalize_for_match(h) for h in (*sources, *organisations)))


def _function_word(w: Word, lex: Lexicon) -> bool:
    """A preposition or other function word ("mit", "von", "gegen")."""
    return w.key in lex.stops or w.key in lex.content_blockers


def _finite_verb(chunk: list[Word], k: int, lex: Lexicon) -> bool:
    """chunk[k] may be the finite verb closing the fronted phrase chunk[:k]: a lower-case word
    that is no function word, after a noun, a number or a one-word opener ("Dann lief")."""
    verb, before = chunk[k], chunk[k - 1]
    if not verb.text[:1].islower() or verb.key in lex.stops or verb.key in lex.content_blockers:
        return False
    return k == 1 or before.text[:1].isupper() or before.key.isdigit()
