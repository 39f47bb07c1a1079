"""Spans shaped like names that name no referent (issue 14): awards and their categories
("Best New Artist", "International Group" of "International Group of the Year"), a headline
or caption NER read as one name ("Lifestyle Home Ann Lee Posts Sweet Birthday Tribute"), and
the end of a title NER cut off ("Horizon" of "Bring Me the Horizon"). Such a span may name a
known entity but founds no new one (``linking``, ``nameclass.founds_no_entity``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from dragoman.entities.kb import name_key
from dragoman.entities.spanshape import (
    NAME_PARTICLES,
    CommonWords,
    place_adjective,
    shipped_common_words,
)
from dragoman.entities.tokenize import tokenize
from dragoman.language import de
from dragoman.language.rules import LanguageRules, rules_for

_POSSESSIVE = frozenset({"'s", "’s", "'S", "’S"})
# Words inside names that Title Case capitalises: name particles and short prepositions.
_PARTICLES = NAME_PARTICLES | {"for", "on", "in", "at", "to", "with", "by", "from", "a", "an"}


def award_line(line: str, language: str | None) -> bool:
    """Whether a line of its own names an award or its category ("Best New Artist",
    "International Artist of the Year"): a list's heading (``listkind``)."""
    rules = rules_for(language)
    if rules is None:
        return False
    words = _words(line)
    return (bool(words) and words[0] in rules.award_leads) or any(
        (" " + tail) in line for tail in rules.award_tails)


# Most capitalised words in a row of a name: a longer run is a headline or caption NER read
# as one name ("Lifestyle Home Ann Lee Posts Sweet Birthday Tribute"). Set by hand: names of
# organisations run to five or six such words ("Conservative Political Action Conference",
# "International Union for Conservation of Nature" holds a particle).
NAME_CAPITALS_MAX = 6


def headline_run(words: list[str]) -> bool:
    """Whether more than ``NAME_CAPITALS_MAX`` capitalised words stand in a row, a name's
    particles written in capitals ending the row ("Royal Society For The Protection Of Birds
    Cymru Wales", "Mohammed Bin Zayed Bin Sultan Al Nahyan" are names)."""
    run = 0
    for word in words:
        run = run + 1 if word[:1].isupper() and word.casefold() not in _PARTICLES else 0
        if run > NAME_CAPITALS_MAX:
            return True
    return False


# Fewest words of a name opened by an award word: "Best New Artist" is a category, the
# two-word "Best Buy" or "Best Western" a company. Set by hand.
AWARD_LEAD_WORDS_MIN = 3


def award_name(text: str, start: int, end: int, language: str | None) -> bool:
    """Whether the name at ``text[start:end]`` names an award or its category, no referent
    (``LanguageRules.award_leads`` / ``award_tails``): opened by an award word and closed by a
    kind noun ("Best New Artist", "Best Supporting Actress"; companies are closed by other
    words: "Best Western International", "Best Buy Co Inc"), or followed by an award tail
    that closes the phrase ("International Group" in "International Group of the Year"; not
    "Tour de France" in "Tour de France de l'année prochaine" or "… de l'année 2010")."""
    rules = rules_for(language)
    if rules is None or not (rules.award_leads or rules.award_tails):
        return False
    words = _words(text[start:end])
    if (len(words) >= AWARD_LEAD_WORDS_MIN and words[0] in rules.award_leads
            and words[-1].casefold() in _kind_nouns(language)):
        return True
    for tail in rules.award_tails:
        close = end + 1 + len(tail)
        if text.startswith(" " + tail, end) and _phrase_ends(text, close):
            return True
    return False


@lru_cache(maxsize=64)
def _kind_nouns(language: str | None) -> frozenset[str]:
    """Casefolded kind nouns of people, groups, places and works that close an award's name."""
    rules = rules_for(language)
    if rules is None:
        return frozenset()
    return frozenset(w.casefold() for w in (*(w for w, _ in rules.list_kinds), *rules.work_kinds))


def _phrase_ends(text: str, i: int) -> bool:
    """Whether the phrase ending at ``i`` goes on no further: punctuation or a line's end
    follows, or a word that is not lower case and no number ("de l'année dernière", "des
    Jahres 2023" go on, as does "of the Years")."""
    if i >= len(text) or text[i] == "\n":
        return True
    if text[i] != " ":
        return not text[i].isalnum()
    j = i
    while j < len(text) and text[j] == " ":
        j += 1
    return j >= len(text) or not (text[j].islower() or text[j].isdigit())


def _words(text: str) -> list[str]:
    return [text[a:b] for a, b in tokenize(text) if text[a:b] not in _POSSESSIVE]


# Characters read before a name for the words of its title (three words at most are needed).
TAIL_LOOK_BACK = 48
# Sentence punctuation after which a capitalised word opens a sentence (and says nothing).
_OPENERS = ".!?:;\"“”‘’«»(—–-|"


def title_tail(text: str, start: int, language: str | None) -> bool:
    """Whether the name at ``start`` ends a title written in Title Case: right before it,
    after at most one lower-case function word or ordinal, stands a pronoun or question word of the language
    (``LanguageRules.closed_words``) written with a capital inside its sentence ("Bring Me the
    Horizon", "Tell Them Harlow"); never "I", nor in a language that capitalises nouns or
    polite pronouns (German "Sie")."""
    rules = rules_for(language)
    if rules is None or rules.capitalised_nouns or not rules.closed_words:
        return False
    begin = max(start - TAIL_LOOK_BACK, 0)
    words = text[max(text.rfind("\n", begin, start) + 1, begin) : start].split()
    # a function word or an ordinal may stand between ("Me the", "My 21st"); a noun may not
    # ("the Doctor Who star David Tennant")
    if words and words[-1].islower() and (words[-1] in _PARTICLES or words[-1][:1].isdigit()):
        words.pop()
    if len(words) < 2 or words[-1] == "I" or words[-2][-1] in _OPENERS:
        return False
    return words[-1] in rules.closed_words


# Fewest words of a noun phrase read as a name: two capitalised nouns around a lower-case word.
NOUN_PHRASE_WORDS_MIN = 3
# Particles of a German or Dutch family name after a given name: such a span is a person, not a
# noun phrase ("Alexander von Humboldt"; "Lieferung von Panzern" opens with no given name).
# Found reviewing the German noun-phrase rule on original sentences.
NOBLE_PARTICLES = frozenset({"von", "zu", "van", "vom", "ten", "ter"})


def noun_phrase(text: str, language: str | None,
                place: Callable[[str], bool] | None = None) -> bool:
    """Whether a capitalised span of a language that capitalises its nouns is a term, no name:
    nouns joined by a lower-case word (``joined_phrase``), a determiner and a noun
    (``determined_phrase``), an adjective and nouns (``adjective_term``), a noun and a
    genitive (``genitive_phrase``), a unit of measure and a noun (``measure_phrase``)."""
    return (joined_phrase(text, language, place) or determined_phrase(text, language)
            or adjective_term(text, language, place) or genitive_phrase(text, language, place)
            or measure_phrase(text, language, place))


def joined_phrase(text: str, language: str | None,
                  place: Callable[[str], bool] | None = None) -> bool:
    """Whether a span of a language that capitalises its nouns is a phrase of common nouns
    joined by a lower-case word, no name ("Kultur und Kunst", "Dauer der Krankheit",
    "Einsatz für Frieden", "Trump am Montag"): there such a phrase is shaped like a name, and
    an organisation's name of that shape holds a head word, also as the end of a compound or
    in the genitive ("Institut für Entwicklung", "Bundesinstituts für Arzneimittel",
    "Zentrums für Menschenrechte"), or closes with a place (``place``: "Alternative für
    Deutschland")."""
    rules = rules_for(language)
    if rules is None or not rules.capitalised_nouns:
        return False
    words = [w for w in _words(text) if w[:1].isalnum()]
    if len(words) < NOUN_PHRASE_WORDS_MIN or not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    if not any(w.isalpha() and w.islower() for w in words[1:-1]) or (place and place(words[-1])):
        return False
    from dragoman.entities.nameclass import given_name_keys, organisation_word  # it imports this module

    if words[1] in NOBLE_PARTICLES and name_key(words[0].split("-")[0]) in given_name_keys():
        return False  # a person: "Alexander von Humboldt", "Karl-Theodor zu Guttenberg"
    return not any(organisation_word(w) for w in words if w[:1].isupper())


# Determiners that open a noun phrase but no name: possessives and quantifiers of the pack's
# ``noun_cues`` ("Ihres Blogs", "Euer Herz", "Viele Regionen"). Articles and numbers are left
# out: "Ein Herz für Kinder", "Vier Pfoten" are names.
_NO_NAME_CUES = ("ein", "kein", "zwei", "drei", "vier", "fünf", "zehn")


def determined_phrase(text: str, language: str | None) -> bool:
    """Whether a span of a language that capitalises its nouns holds a capitalised possessive
    or quantifying determiner before another word ("URL Ihres Twitter-Kontos", "Rand Ihres
    Beckens", "Euer Herz", "Viele Regionen"): written with a capital it is a polite pronoun or
    opens a sentence, and a noun follows it, never a name's word. Not a nominative possessive
    after a noun ("Partei Unser Land", a title) nor a span closed by a number ("Mein Schiff 4")."""
    rules = rules_for(language)
    if rules is None or not rules.capitalised_nouns:
        return False
    words = [w for w in _words(text) if w[:1].isalnum()]
    if words and words[-1].isdigit():
        return False  # a numbered name: "Mein Schiff 4", a ship
    return any(w[:1].isupper() and _determiner(w.casefold(), rules.noun_cues)
               and not (i and w.casefold() in _TITLE_POSSESSIVES
                        and words[i - 1].casefold() not in _PRONOUNS)
               for i, w in enumerate(words[:-1]))


def measure_phrase(text: str, language: str | None,
                   place: Callable[[str], bool] | None = None) -> bool:
    """Whether a span opens with a unit of measure of its language before another word, a
    quantity and no name ("Gramm Zucker", "Teelöffel Backpulver", "PS Leistung"); a place
    after it makes a name ("Meter Berlin" the club)."""
    rules = rules_for(language)
    units = _UNITS.get(rules.code, frozenset()) if rules else frozenset()
    words = [w for w in _words(text) if w[:1].isalnum()]
    return len(words) >= 2 and words[0] in units and not (place and place(words[1]))


# Possessives in the nominative: after a noun they open a title the noun names ("Partei Unser
# Land", "Zeitschrift Unser Kind", "Portal Meine Stadt"), after a pronoun they are an address
# ("Prüfen Sie Ihre Rechnung"); a genitive or dative form goes with the noun before it
# ("Rand Ihres Beckens", "Fragen Sie Ihren Arbeitgeber").
_TITLE_POSSESSIVES = frozenset({"mein", "meine", "dein", "deine", "sein", "seine", "ihr", "ihre",
                                "unser", "unsere", "euer", "eure"})
_PRONOUNS = frozenset({"sie", "du", "ihr", "wir"})


def _determiner(word: str, cues: tuple[str, ...]) -> bool:
    return word in cues and not word.startswith(_NO_NAME_CUES)


def _capitalised_term(text: str, language: str | None
                      ) -> tuple[LanguageRules, CommonWords, list[str]] | None:
    """A span's words when its language capitalises nouns, ships a common-word list, and the
    span is two or more capitalised words (the shape ``adjective_term`` and
    ``genitive_phrase`` read); else None."""
    rules = rules_for(language)
    common = shipped_common_words(language) if rules and rules.capitalised_nouns else None
    if rules is None or common is None:
        return None
    words = [w for w in _words(text) if w[:1].isalnum()]
    if len(words) < 2 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return None
    return rules, common, words


def adjective_term(text: str, language: str | None,
                   place: Callable[[str], bool] | None = None) -> bool:
    """Whether a span is an adjective and common nouns, a term of a language that capitalises
    its nouns ("Heiligen Geist", "Digitale Transformation"): the first word an adjective by its
    derivational ending ("-isch", "-lich", "-ig", "-al" …; plain adjectives open names: "Freie
    Wähler", "Letzte Generation"), not one of a state ("Österreichische Post"), the others
    nouns of the shipped common-word list, none an organisation's or a place's head word
    ("Kassenärztliche Vereinigung", "Nordfriesische Inseln") and the last no place."""
    term = _capitalised_term(text, language)
    if term is None:
        return False
    rules, common, words = term
    first = words[0].casefold()
    form, states = _ADJECTIVES.get(rules.code, (None, ()))
    if form is None or not form.match(first) or first in common.names or any(
            s in first for s in states):
        return False
    if place and (place(words[-1]) or place_adjective(words[0], place)):  # "Braunschweiger"
        return False
    return not _head_in(words) and all(common.noun(w) for w in words[1:])


def genitive_phrase(text: str, language: str | None,
                    place: Callable[[str], bool] | None = None) -> bool:
    """Whether a capitalised span of a language that capitalises its nouns is a noun with a
    genitive, no name: a genitive name before a common noun of the shipped list ("Faesers
    Maßnahmenpaket"; not after a given name: "Klaus Kraft"), or a noun before a place in the
    genitive ("Wohlstand Kenias", "Ansehens Deutschlands"; not a club: "Werder Bremens"); no
    word an organisation's or a place's head word ("Kommunistische Partei Deutschlands")."""
    term = _capitalised_term(text, language)
    if term is None:
        return False
    rules, common, words = term
    from dragoman.entities.nameclass import given_name_keys  # it imports this module

    if name_key(words[0]) in given_name_keys() or _head_in(words):
        return False
    owner = words[-2]
    if (owner.endswith("s") and len(owner) - 1 >= GENITIVE_STEM_MIN and common.noun(words[-1])
            and name_key(owner) not in given_name_keys()):
        return True
    last = words[-1]
    if words[0] in _CLUBS.get(rules.code, frozenset()):
        return False  # a club in the genitive: "Werder Bremens"
    return (place is not None and last.endswith("s") and not place(last)
            and any(place(stem) for stem in (last[:-1], last[:-2]) if len(stem) >= GENITIVE_STEM_MIN))


# Fewest letters of a genitive's stem (the word less its "-s"/"-es"): shorter words ending in
# "s" are mostly no genitive ("Das", "Ross"). Set by hand.
GENITIVE_STEM_MIN = 4


# Shortest head word that ends a compound of a span kept as a name by ``_head_in``: shorter
# than ``nameclass.COMPOUND_HEAD_MIN`` since keeping a name is here the safe side
# ("Technisches Hilfswerk", "Evangelisches Jugendwerk", "Deutsches Studierendenwerk" end in
# "-werk"). Set by hand, not tuned.
TERM_HEAD_MIN = 4


def _head_in(words: list[str]) -> bool:
    """Whether a word is an organisation's or a place's head word (``nameclass.head_word``)."""
    from dragoman.entities.nameclass import head_word  # it imports this module

    return any(head_word(w, "ORG", TERM_HEAD_MIN) or head_word(w, "LOC", TERM_HEAD_MIN)
               for w in words)


# A language's adjective endings and the adjectives of its states (language packs).
_ADJECTIVES = {"de": (de.ADJECTIVE_FORM, de.NAME_ADJECTIVES)}
_UNITS = {"de": de.MEASURE_UNITS}


def adjective_form(language: str | None) -> re.Pattern[str] | None:
    """The inflected-adjective pattern of ``language``'s pack, if it has one."""
    return _ADJECTIVES.get(language or "", (None, ()))[0]
_CLUBS = {"de": de.CLUB_WORDS}
