"""Words whose class settles how a mention links, whatever the knowledge base holds.

* nationality adjectives (``Russian``, ``الروسية``, ``Americans``) are mentions of their
  country (``country-RU``), not entities of their own;
* closed-class words NER glued to the front of a name (``Because Google``) are cut off, and
  so are group words before a person's name and a speech verb after a name (``nameclass``);
* a group word alone (``Muslim``, ``Republicans``) is no person (``nameclass``);
* a given name alone (``Mike``) is a person, however NER typed it;
* month and weekday names are no entity unless NER calls them a person (``May``);
* disease names and given names never link to a place (``كورونا`` is not Corona, California).

The word lists live with each language's rules (``dragoman.language.en`` / ``ar``).
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

from dragoman.entities.arabicword import name_words_end
from dragoman.entities.kb import name_key
from dragoman.entities.linkdoc import SENTENCE_END, Doc
from dragoman.entities.memory import ARABIC, proclitic_variants
from dragoman.entities.modifiers import leading_modifier_cut, only_modifiers
from dragoman.entities.nameclass import (
    group_words_only,
    hand_given_name_keys,
    leading_group_cut,
    one_word_verbs,
    possessive_cut,
    trailing_verb_cut,
)
from dragoman.entities.tokenize import tokenize
from dragoman.language import ar, en
from dragoman.language.rules import all_rules, rules_for
from dragoman.model import Mention

# Roman numerals of up to 39 written with I, V and X ("II", "XIV"; not the empty string).
_ROMAN = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")
# English demonyms whose plural is not a plain "-s": the "-sh", "-ch", "-ss", "-ese" forms
# ("the French", "the Swiss", "the Chinese") are their own plural.
_NO_S_PLURAL = ("sh", "nch", "tch", "ss", "ese")
# Arabic nisba endings: feminine, then the sound plurals (nominative, oblique).
_NISBA_SUFFIXES = ("", "ة", "ون", "ين")
_FUNCTION_WORD_KEYS = frozenset(name_key(w) for w in en.MENTION_FUNCTION_WORDS)
# Cut a possessive owner off an owned name (nameclass.possessive_cut); a switch so the
# entity audit can be run with and without it in one sitting.
POSSESSIVE_CUT = True
_GIVEN_NAME_KEYS = hand_given_name_keys()  # the English list and every language pack's
# A word, an apostrophe and a lower-case clitic of one to three letters ("I'm", "they’ve").
_CLITIC = re.compile(r"(\w+)['’][a-z]{1,3}")
_NOT_PLACE_KEYS = frozenset(name_key(w) for w in (*en.NOT_PLACES, *ar.NOT_PLACES))


def settle(mention: Mention, known: Container[str], language: str | None = None) -> bool:
    """Apply the word-class rules to an NER mention before it is looked up: cut leading
    function words, link a nationality to its country (``known``: entity ids there are),
    retype a given name or a disease. False when the mention names no entity at all (a month
    or weekday name of ``language``, the article's, any language's if None)."""
    _cut(mention, function_word_cut(mention.text))
    _cut(mention, leading_modifier_cut(mention.text))  # "Cornwall-based Eden Project"
    if only_modifiers(mention.text):  # "California-based"
        return False
    end = name_words_end(mention.text)  # "مارتينيز سريعاً": no name word carries tanween
    if end == 0:
        return False
    mention.end, mention.text = mention.start + end, mention.text[:end]
    if POSSESSIVE_CUT:
        _cut(mention, possessive_cut(mention.text))  # "CNN’s Kaitlan Collins"
    _cut(mention, leading_possessive_cut(mention.text))  # "’s New York Film Festival"
    end = function_word_tail(punctuation_tail(mention.text), language)  # "Steve Hawk The"
    mention.end, mention.text = mention.start + end, mention.text[:end]
    if mention.label == "PER":
        _cut(mention, leading_group_cut(mention.text))  # "Republican Ann Lee"
    _cut(mention, leading_verb_cut(mention.text, language))  # "أشار كوفاليف"
    end = trailing_verb_cut(mention.text, language)  # "WARA affirme"
    if end < len(mention.text):
        mention.end, mention.text = mention.start + end, mention.text[:end]
    if mention.label != "PER" and calendar_word(mention.text, language):
        return False
    if closed_word(mention.text, language):  # "My", "Who" alone: a headline's words
        return False
    if roman_numeral(mention.text):  # "Stufe II", "Arbeitslosengeld II", an English "I"
        return False
    found = nationality(mention.text)
    # An Arabic nisba NER calls a person may be a surname (المصري); English ones never are.
    if found is not None and found[0] in known and (mention.label != "PER" or mention.text.isascii()):
        _cut(mention, found[1])
        mention.entity_id, mention.label = found[0], "MISC"
    elif mention.label == "PER" and group_words_only(mention.text):
        mention.label = "MISC"  # "Muslim", "Republicans": a group, no person
    elif mention.label != "PER" and given_name_alone(mention.text):
        mention.label = "PER"
    elif mention.label == "LOC" and disease_word(mention.text):
        mention.label = "MISC"
    return True


def leading_verb_cut(text: str, language: str | None) -> int:
    """Characters of a one-word speech verb of ``language`` that NER took into the front of
    a name, as a verb-first sentence writes it ("أشار كوفاليف" -> the name after it; with a
    conjunction glued on, "وأضاف"); never a capitalised word ("Said Khan": a given name) nor
    a verb that is also a given name ("طالب الرفاعي": Talib, ``ar.SPEECH_VERBS_ALSO_NAMES``).
    0 when none, never the whole."""
    if " " not in text or text[:1].isupper():
        return 0
    spans = tokenize(text)
    if len(spans) < 2:
        return 0
    first = text[slice(*spans[0])]
    if first[:1] in ar.GLUED_CONJUNCTIONS and first[1:] in one_word_verbs(language):
        first = first[1:]
    if first in one_word_verbs(language) and first not in ar.SPEECH_VERBS_ALSO_NAMES:
        return spans[1][0]
    return 0


def nationalities_in(doc: Doc, known: Container[str], score: float) -> list[Mention]:
    """Nationality words NER left untagged ("German" in "German officials", "الألمانية"),
    as mentions of their country with ``score``; none inside a longer capitalised name
    ("American Airlines", "Indian Ocean") or a mention."""
    table, text, spans = _demonym_keys(), doc.text, doc.spans
    out: list[Mention] = []
    for i, (a, _) in enumerate(spans):
        if not doc.keys[i] or doc.occupied[a] or not (ARABIC.match(text, a) or text[a].isupper()):
            continue
        if _name_precedes(doc, i):
            continue  # "Latin American", "Native American"
        for j in (i + 2, i + 1):  # two words first: "South Korean", "كوري جنوبي"
            if j > len(spans) or not all(doc.keys[i:j]) or any(doc.breaks[i + 1 : j]):
                continue
            if _name_follows(doc, j):
                continue
            end = spans[j - 1][1]
            found = nationality(text[a:end])
            if found is not None and found[0] in known and found[0] in table.values():
                start = a + found[1]
                if not doc.covered(start, end):
                    out.append(Mention(start, end, text[start:end], "MISC", found[0], score))
                break
    return out


def _name_precedes(doc: Doc, i: int) -> bool:
    """Whether token ``i`` continues a capitalised Latin name begun mid-sentence."""
    if i == 0 or doc.breaks[i] or not doc.keys[i - 1]:
        return False
    a = doc.spans[i - 1][0]
    if ARABIC.match(doc.text, a) or not doc.text[a].isupper():
        return False
    return i >= 2 and doc.text[slice(*doc.spans[i - 2])] not in SENTENCE_END


def _name_follows(doc: Doc, j: int) -> bool:
    """Whether token ``j`` continues a capitalised Latin name on the same line."""
    if j >= len(doc.spans) or doc.breaks[j] or not doc.keys[j]:
        return False
    a = doc.spans[j][0]
    return not ARABIC.match(doc.text, a) and doc.text[a].isupper()


def _cut(mention: Mention, shift: int) -> None:
    if 0 < shift < len(mention.text):
        mention.start += shift
        mention.text = mention.text[shift:]


@lru_cache(maxsize=1)
def _demonym_keys() -> dict[str, str]:
    """Name key of every nationality form -> its country's entity id."""
    out: dict[str, str] = {}
    for word, code in en.DEMONYMS.items():
        out[name_key(word)] = f"country-{code}"
        if not word.endswith(_NO_S_PLURAL):
            out[name_key(word + "s")] = f"country-{code}"
    for word, code in ar.DEMONYMS.items():
        for suffix in _NISBA_SUFFIXES:  # each word of "كوري جنوبي" agrees: "كورية جنوبية"
            out[name_key(" ".join(w + suffix for w in word.split()))] = f"country-{code}"
    for word, code in ar.DEMONYM_PLURALS.items():
        out[name_key(word)] = f"country-{code}"
    return out


@lru_cache(maxsize=64)
def _calendar_keys(language: str | None = None) -> frozenset[str]:
    """Month and weekday names of ``language`` (all languages if None), abbreviations left
    out: "Sun", "Mar" and "Wed" are names and words too (an abbreviation: a strict prefix of
    a full name of the same language)."""
    out: set[str] = set()
    for rules in all_rules():
        if language is not None and rules.code != language:
            continue
        names = {name_key(n) for n in (*rules.months, *rules.weekdays)}
        out.update(n for n in names if len(n) >= 3 and not any(o != n and o.startswith(n) for o in names))
    return frozenset(out)


# An abbreviated month name closed by its dot, a day number after it or not ("Feb.", "Sept. 3").
_DOTTED_MONTH = re.compile(r"([^\W\d_]{3,4})\.(?:\s+\d{1,2})?")


@lru_cache(maxsize=64)
def _month_abbreviations(language: str | None = None) -> frozenset[str]:
    """Month abbreviations of ``language`` (all languages if None): a month key that is a
    strict prefix of another month key of the same language ("feb", "sept")."""
    out: set[str] = set()
    for rules in all_rules():
        if language is not None and rules.code != language:
            continue
        names = {name_key(n) for n in rules.months}
        out.update(n for n in names if any(o != n and o.startswith(n) for o in names))
    return frozenset(out)


@lru_cache(maxsize=1 << 16)  # looked up per mention and per capitalised word
def nationality(text: str) -> tuple[str, int] | None:
    """``(country id, characters of proclitic to drop)`` when ``text`` is a nationality
    adjective or noun (``Russian``, ``والروسية``, ``الأتراك``), else None."""
    keys = _demonym_keys()
    if text.rstrip().endswith("ى"):
        return None  # "اليمنى" (the right-hand one) folds to the key of "يمني" (Yemeni)
    for shift, variant in proclitic_variants(text):
        found = keys.get(name_key(variant))
        if found is not None:
            return found, shift
    return None


def function_word_cut(text: str) -> int:
    """Characters of English closed-class words at the front of a mention whose rest is a
    capitalised name ("However NATO" -> 8); 0 when none, never the whole."""
    spans = tokenize(text)
    drop = 0
    while (
        drop < len(spans) - 1
        and text[spans[drop][0] : spans[drop][0] + 1].isupper()
        and name_key(text[slice(*spans[drop])]) in _FUNCTION_WORD_KEYS
    ):
        drop += 1
    if not drop or not text[spans[drop][0] : spans[drop][0] + 1].isupper():
        return 0
    return spans[drop][0]


def function_word_tail(text: str, language: str | None = None) -> int:
    """Where a mention ends once the function words and article closing it are cut off
    ("Steve Hawk The" -> 10), by the words of ``language``'s pack (``mention_end_words``; none
    for an unknown language); ``len(text)`` when none, never the whole."""
    keys = _end_word_keys(language)
    spans = tokenize(text)
    keep = len(spans)
    while keep > 1 and name_key(text[slice(*spans[keep - 1])]) in keys:
        keep -= 1
    return spans[keep - 1][1] if keep < len(spans) else len(text)


# Most letters of a word a closing dot may abbreviate ("Co.", "Corp.", "Bros."): after a longer
# word the dot ends the sentence NER ran into ("Health Ministry."). Set by hand.
ABBREVIATION_LETTERS_MAX = 4
_LEADING_POSSESSIVE = re.compile(r"[’']s\s+(?=\w)")


def punctuation_tail(text: str) -> str:
    """A mention's text without the clause punctuation NER took in at its end ("Health
    Ministry," -> "Health Ministry"), nor a sentence's closing dot after a word too long to be
    abbreviated ("Health Ministry."; "Google und Co." keeps its dot)."""
    end = len(text.rstrip(",;:"))
    if text[end - 1 : end] == "." and end >= 2:
        word = text[:end - 1].rsplit(maxsplit=1)[-1] if text[:end - 1].strip() else ""
        if word.isalpha() and len(word) > ABBREVIATION_LETTERS_MAX:
            end -= 1
    return text[:end] if end else text


def leading_possessive_cut(text: str) -> int:
    """Characters of a possessive ending ("’s ") that opens a mention, the owner left out of it
    ("last year’s New York Film Festival" read from "’s"); 0 when none."""
    found = _LEADING_POSSESSIVE.match(text)
    return found.end() if found else 0


@lru_cache(maxsize=64)
def _end_word_keys(language: str | None) -> frozenset[str]:
    rules = rules_for(language)
    return frozenset(name_key(w) for w in rules.mention_end_words) if rules else frozenset()


def given_name_alone(text: str) -> bool:
    """A common given name by itself ("Mike"): a person, whatever NER typed it."""
    return name_key(text) in _GIVEN_NAME_KEYS


def closed_word(text: str, language: str | None) -> bool:
    """A pronoun, possessive determiner or question word of ``language``'s pack
    (``closed_words``) by itself, not in capitals ("My", "Who"; not "WHO", "US"), also with a
    lower-case clitic after an apostrophe ("I'm", "We’ve"; not "O'Neill")."""
    rules = rules_for(language)
    word = text.strip()
    if (clitic := _CLITIC.fullmatch(word)) is not None:
        word = clitic[1]
    return (rules is not None and not text.isupper() and " " not in word
            and word.casefold() in _closed_keys(language))


@lru_cache(maxsize=64)
def _closed_keys(language: str | None) -> frozenset[str]:
    rules = rules_for(language)
    return frozenset(w.casefold() for w in rules.closed_words) if rules else frozenset()


def roman_numeral(text: str) -> bool:
    """A Roman numeral of I, V and X alone (a level, a part, a sequel's number: "II", "XIV"),
    or the capital "I": never a name. Not "V" or "X" alone (a letter, a platform: X)."""
    word = text.strip()
    return word not in ("V", "X") and bool(_ROMAN.fullmatch(word))


def calendar_word(text: str, language: str | None = None) -> bool:
    """A month or weekday name of ``language`` by itself ("Monday", "يناير", "الخميس"), or a
    date made of such names and numbers ("März 1926", "Juli 2018", "Monday 3 June")."""
    dotted = _DOTTED_MONTH.fullmatch(text.strip())
    if dotted and name_key(dotted.group(1)) in _month_abbreviations(language):
        return True  # "Feb.", "Sept. 3": the dot makes the abbreviation no word ("Mar", "Sun")
    keys = _calendar_keys(language)
    for _, v in proclitic_variants(text):
        words = name_key(v).split()
        if words and all(w in keys or w.isdigit() for w in words) and any(w in keys for w in words):
            return True
    return False


def never_a_place(text: str) -> bool:
    """A word no place link may be made for: a disease, a month or weekday, a given name."""
    for _, variant in proclitic_variants(text):
        key = name_key(variant)
        if key in _NOT_PLACE_KEYS or key in _GIVEN_NAME_KEYS or key in _calendar_keys():
            return True
    return False


def disease_word(text: str) -> bool:
    """A disease name by itself (``Corona``, ``كورونا``)."""
    return any(name_key(v) in _NOT_PLACE_KEYS for _, v in proclitic_variants(text))
