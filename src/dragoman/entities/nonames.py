"""Spans shaped like names that name no referent (issue 14): awards and their categories
("Best New Artist", "International Group" of "International Group of the Year"), a headline
or caption NER read as one name ("Lifestyle Home Ann Lee Posts Sweet Birthday Tribute"), and
the end of a title NER cut off ("Horizon" of "Bring Me the Horizon"). Such a span may name a
known entity but founds no new one (``linking``, ``nameclass.founds_no_entity``)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from dragoman.entities.kb import name_key
from dragoman.entities.spanshape import NAME_PARTICLES
from dragoman.entities.tokenize import tokenize
from dragoman.language.rules import rules_for

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
