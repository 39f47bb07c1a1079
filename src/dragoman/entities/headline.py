"""English spans that name nothing (issue 14, NTREX cross-lingual identity):

* a Title Case headline glued to the article's first sentence on one line ("Killer Pig
  Mauls Chinese Farmer to Death A farmer was attacked ..."), where capitals say nothing
  about names (``leading_headline_end``); NER spans there may name a known entity but
  found no new one when they open it or hold everyday words (``headline_refuses``), as on a
  headline line of its own (``linkdoc.title_case_line``);
* an acronym of a common noun ("DNA", "LED", "ATM", "PhD"): a thing or a degree, never a
  person, organisation or place (``common_acronym``);
* a span closed by an abbreviated title ("Lifeguard Capt." before "Ann Lee") or by a
  legislator's acronym ("Labour MP"): a role, not a name (``role_closed``);
* a family-count descriptor opening a span ("Mother-of-three Ann Lee"; ``family_descriptor``);
* lower-case common words NER ran into the front of an English name ("interior of Volta";
  ``lower_lead_cut``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dragoman.entities.packwords import alternation, every_pack, every_pack_in_order
from dragoman.entities.spanshape import NAME_PARTICLES
from dragoman.language.rules import pack_of

# Fewest capitalised words of 4+ letters in the leading run, and fewest of them the article
# also writes in lower case elsewhere ("Pig"/"pig", "Farmer"/"farmer"), for it to be a
# headline. Set by hand: a sentence opened by a long name ("United Nations Secretary General
# Antonio Guterres said") has as many capitals but no headline cue (see the tests).
HEADLINE_MIN_CAPITALS = 5
HEADLINE_MIN_EVERYDAY = 2
# Most words of a clean span opening a glued headline still read as a name: NER runs a name
# into the headline's verb ("Kanye West Embarked"), three words; set by hand (see the tests).
HEADLINE_OPENING_NAME_WORDS = 2
_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*|\d[\d.,:%]*|[^\w\s]")


def leading_headline_end(text: str, language: str | None) -> int:
    """Where running text begins after a Title Case headline that opens ``text`` on the same
    line as the first sentence (English only; 0 when the text opens no such headline). The
    first sentence's opening words are inside the returned span: the boundary is only seen
    at its first lower-case word ("... to Death A farmer was")."""
    rules = pack_of(language)
    if rules is None or not rules.title_case_headlines:
        return 0
    words = rules.entity_words
    small_cues, capital_cues = words.headline_small_cues, words.headline_capital_cues
    small = small_cues | words.headline_small_words
    line_end = text.find("\n")
    line = text if line_end < 0 else text[:line_end]
    capitals: list[str] = []  # of 4+ letters
    everyday: list[str] = []  # capitalised words of 3+ letters
    cue = False
    for match in _TOKEN.finditer(line):
        word = match.group()
        lower = word.casefold()
        if word[0].isupper():
            if capitals and lower in capital_cues:
                cue = True
            if len(word) >= 4:
                capitals.append(word)
            if len(word) >= 3:
                everyday.append(lower)
        elif word[0].isalpha() and lower not in small:
            break  # the first lower-case word of running text
        elif capitals and lower in small_cues:
            cue = True
    else:
        return 0  # a line without running text is a headline line (``title_case_line``)
    if not cue or len(capitals) < HEADLINE_MIN_CAPITALS:
        return 0
    body = set(re.findall(r"\w+", text[match.start():]))
    return match.start() if sum(w in body for w in everyday) >= HEADLINE_MIN_EVERYDAY else 0


def headline_refuses(name: str, start: int, text: str, has_word: Callable[[str], bool]) -> bool:
    """Whether a span inside a glued headline founds no entity: it opens the headline with more
    than two words, where NER ran a name into the verb after it ("Kanye West Embarked"; a
    clean "Nirmala Sitharaman" stays), or it holds a word the
    text also writes in lower case (``has_word``), an everyday word Title Case capitalised
    ("Killer Pig Mauls", "Go Well Kanye West"). A clean name further in may still found one
    ("... Birthday Tribute to Her Partner Steve Hawk"), as may the first sentence's subject."""
    words = re.findall(r"\w+", name)
    if any(has_word(w.casefold()) for w in words):
        return True
    # opening the headline: two clean words are a name ("Nirmala Sitharaman Presents ..."); a
    # longer span has run into the verb ("Kanye West Embarked")
    return not text[:start].strip() and len(words) > HEADLINE_OPENING_NAME_WORDS


# Acronyms of common nouns and names of languages (``EntityWords.common_acronyms``,
# ``language_names``, ``people_language_names``).
_COMMON_ACRONYMS = every_pack(lambda w: w.common_acronyms)
_LANGUAGES = every_pack(lambda w: w.language_names)
_PEOPLE_LANGUAGES = every_pack(lambda w: w.people_language_names)


def common_acronym(text: str, label: str = "") -> bool:
    """Whether a one-word span is the acronym of a common noun ("DNA", "PhD", "A.I.") or a
    language's name ("Mandarin"; one that names a people too only when not tagged MISC)."""
    word = text.strip()
    if word in _LANGUAGES or (word in _PEOPLE_LANGUAGES and label != "MISC"):
        return True
    return (" " not in word and word.upper() in _COMMON_ACRONYMS
            and sum(c.isupper() for c in word) >= 2)  # "It" is no "IT"


# Acronyms of a legislature's members: a span closed by one after other words ("Labour MP",
# "Green MEP") names the seat's role, not its holder; some name the role alone too ("MP").
_MEMBER_ACRONYMS = every_pack(lambda w: w.member_acronyms)
_MEMBER_ALONE = every_pack(lambda w: w.member_acronyms_alone)
_GENERATIONS = every_pack(lambda w: w.generations)  # "Ann Lee Sr." names her
# Longest abbreviated title closing a span ("Capt.", "Sgt.", "Lt.", "Gov.", "Supt.").
ABBREVIATED_TITLE_MAX = 5


def role_closed(text: str, title_keys: frozenset[str]) -> bool:
    """Whether a span of two words or more is closed by an abbreviated title of
    ``title_keys`` (token keys: "capt", "sgt"), its full stop kept ("Lifeguard Capt."), or by a
    legislator's acronym ("Labour MP"), or is such an acronym alone ("MP", "AM")."""
    words = text.split()
    if len(words) < 2:
        return text.strip() in _MEMBER_ALONE
    last = words[-1]
    if last in _MEMBER_ACRONYMS:
        return True
    bare = last[:-1]
    return (last.endswith(".") and bare.isalpha() and len(last) <= ABBREVIATED_TITLE_MAX
            and bare.casefold() in title_keys and bare.casefold() not in _GENERATIONS)


_FAMILY = re.compile(alternation(every_pack_in_order(lambda w: w.family_nouns)) + "-of-(?:"
                     + alternation(every_pack_in_order(lambda w: w.family_counts))
                     + r"|\d+)\s+(?=[A-Z])")


def family_descriptor(text: str) -> int:
    """Characters of a family-count descriptor opening ``text`` before a capitalised word
    ("Mother-of-three Ann Lee" -> 16), else 0."""
    match = _FAMILY.match(text)
    return match.end() if match else 0


def lower_lead_cut(text: str, language: str | None) -> int:
    """Characters of lower-case words opening an English span before its first capitalised
    word ("interior of Volta" -> 12), else 0. The first must be an all-lower-case word that is
    no name particle ("de Gaulle", "van Gogh", "bin Salman" keep theirs; "iPhone", "eBay" hold
    a capital); a span of lower-case words only ("bell hooks") is left whole."""
    rules = pack_of(language)
    if rules is None or not rules.title_case_headlines:
        return 0
    first = text.split(" ", 1)[0]
    if not (first.isalpha() and first.islower()) or first in NAME_PARTICLES | rules.entity_words.name_leads:
        return 0
    for match in re.finditer(r"\S+", text):
        word = match.group()
        if word[0].isupper():
            return match.start()
        if not word.isalpha() or not word.islower():
            return 0
    return 0
