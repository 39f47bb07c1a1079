"""German words the tagger takes for names that the page itself shows to be used otherwise
(issue 15, sixth pass; read off German pages of no evaluation set):

* a place name that is also a common noun ("Ende", a town of Flores; "Halle", "Essen"),
  written as the noun: behind a determiner no name takes ("eine Halle", "etwas Essen"), a
  lower-case adjective with no article ("türkisches Essen", "in eigener Halle"; not "im
  sächsischen Leipzig"), or an article with a genitive
  after it ("am Ende der Laufzeit", "am Ende (des Kapitels)"), or numbered ("in der Halle 2").
  Where the page writes the word so once, each of its mentions behind an article or before a
  genitive goes too ("bei Ende der Vertragslaufzeit"); a bare one ("in Halle") stays a place.
  A town of the gazetteer right behind an article is the noun on any page ("in der Halle",
  "das Essen"): towns take an article only with an adjective ("das alte Leipzig");
  Names a page writes behind articles ("die Elbe", "im Allgäu") take no adjective nor
  genitive there and stay; so do countries, seed-KB names and given names (``keep``);
* a legal form alone ("Bayer [AG]"): joined to the name before it, else no name;
* "& Co." closing a span: a firm ("Max Jüdel & Co."); alone, "and the like" ("Netflix & Co."),
  no name;
* a noun that ranks what follows ("Neuling Amazon Luna", "Spitzenreiter Bayern"): cut off;
  so is a common noun after a person's given name and surname ("Andreas Rudin Protokoll");
* a span holding a year and a meeting or event noun ("Delegiertenversammlung 2021 Freiburg"):
  an occasion, no body (dropped as events are);
* an acronym of the parts of one hyphenated known place name ("NRW": Nordrhein-Westfalen; a
  part's first letter, and the first letter of a known place inside a part: "Nord|rhein"): a
  place, when no other place name has those initials (three letters or four).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache
from itertools import product

from dragoman.entities import germanarticle, germanknown, germanpage, germanwords
from dragoman.entities.germanlexicon import common_noun, german_places, given_name, known_place
from dragoman.entities.spanshape import CommonWords
from dragoman.language.de_nouns import (
    CONTRACTED_BEFORE_PLACES,
    EVENT_ACRONYMS,
    GENITIVE_CUES,
    LEGAL_FORMS,
    MEETING_HEADS,
    NOUN_QUANTIFIERS,
    RANK_DESCRIPTORS,
    STRONG_ADJECTIVE_ENDINGS,
)
from dragoman.language.normalize import normalize_for_match
from dragoman.model import Mention

# A year in a span ("2021"): an occasion's, never a body's name part.
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# A hall's, stand's or gate's number after the noun ("Halle 10"): one to three digits.
_SMALL_NUMBER = re.compile(r"^\d{1,3}$")
# Letters of a known place inside a compound place name for its initial to count ("Nord|rhein",
# "Nieder|österreich"); shorter inner parts ("Bad", "Au") are no parts of an acronym.
MIN_INNER_PLACE = 4
# Letters of an acronym of a place name: three to four; two letters name too many places
# ("WM" would be Westminster's, "HR" a town's).
ACRONYM_LETTERS = (3, 4)
_ACRONYM = re.compile(r"^[A-ZÄÖÜ]{3,4}$")
# Letters of each part of a hyphenated place name an acronym is read off: shorter parts are
# joining words ("Stoke-on-Trent", "Port-au-Prince": "SOT", "PAP" are no places).
MIN_PART = 4
# A partnership's tail ("Max Jüdel & Co."); alone ("Netflix [& Co.]", "Radfahrer und [Co.]")
# it means "and the like".
_COMPANY_TAIL = re.compile(r"(?:^|\s)&?\s*Co\.?$")
# Characters a whole token's test reads after it (a hyphen and a letter: "Berlin-Mitte").
_AFTER_CHARS = 2
# The two words before a legal form: a capitalised name word ("Bayer" AG) after a lower-case one.
_WORDS_BEFORE = re.compile(r"(?:^|(\S+) )([A-ZÄÖÜ][a-zäöüß]+) $")
# Lower-case words read back over for an article before an adjective ("im primär migrantischen").
MAX_MODIFIERS = 3
# Characters read back before a legal form.
LOOK_BACK = 40
_OPENING_BRACKETS = frozenset({"(", "[", "„", "\"", "“"})


def _prev_word(words: list[str], i: int) -> str:
    return words[i - 1].lower() if i > 0 else ""


def _next_word(words: list[str], i: int) -> str:
    """The word after token ``i``, an opening bracket skipped ("Ende (des Kapitels)")."""
    j = i + 1
    while j < len(words) and words[j] in _OPENING_BRACKETS:
        j += 1
    return words[j].lower() if j < len(words) else ""


def _adjective_before(word: str) -> bool:
    """A lower-case inflected adjective ("türkisches", "eigener"), no verb, preposition or
    function word of that shape."""
    low = word.lower()
    return (word.islower() and germanarticle.inflected_adjective(word)
            and low.endswith(STRONG_ADJECTIVE_ENDINGS)  # not "Sie kenne Halle": a verb in -e
            and low not in germanwords.VERB_FORMS and low not in germanwords.ADJECTIVE_LOOKALIKES
            and not low.endswith(germanwords.WORDS.past_endings) and low not in germanwords.ARTICLE_CUES)


def _article(word: str) -> bool:
    return word in germanwords.WORDS.definite_articles


def noun_written(words: list[str], i: int) -> bool:
    """Whether token ``i`` of a page's ``words`` is written as a common noun (the module
    docstring): behind a determiner no name takes or a quantifier, a lower-case adjective with
    no article before it ("türkisches Essen"; a town takes an adjective after an article: "im
    sächsischen Leipzig"), an article with a genitive after it, or with a small number after
    it."""
    before, after = _prev_word(words, i), _next_word(words, i)
    return (before in germanwords.NAMELESS_CUES or before in NOUN_QUANTIFIERS
            or (i > 0 and _adjective_before(words[i - 1]) and not _article_behind(words, i - 1))
            or (_article(before) and (after in GENITIVE_CUES or after == "der"))
            or (bool(_SMALL_NUMBER.match(after)) and _article(before)))


def _article_behind(words: list[str], i: int) -> bool:
    """Whether lower-case words back from token ``i`` reach an article ("im primär
    migrantischen" Neukölln), a few at most."""
    for k in range(i - 1, max(-1, i - 1 - MAX_MODIFIERS), -1):
        if _article(words[k].lower()):
            return True
        if not words[k].islower():
            return False
    return False


def _behind_article_or_genitive(words: list[str], i: int) -> bool:
    after = _next_word(words, i)
    return _article(_prev_word(words, i)) or after in GENITIVE_CUES or after == "der"


def legal_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    """A legal form the tagger took alone ("Bayer [AG]", "Deutschen Post [AG]") joined to the
    name right before it: the mention ending there, else one capitalised word ("Bayer") after
    a lower-case word or an article ("Die Siemens [AG]"); gone when neither stands there
    ("der [AG]")."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if m.text not in LEGAL_FORMS:
            out.append(m)
            continue
        if out and text[out[-1].end:m.start] == " ":
            out[-1] = replace(out[-1], end=m.end, text=text[out[-1].start:m.end], label="ORG")
            continue
        before = _WORDS_BEFORE.search(text[max(0, m.start - LOOK_BACK):m.start])
        previous = before[1] or "" if before else ""
        if before and (previous.islower() or previous.lower() in germanwords.ARTICLE_CUES):
            start = m.start - len(before[2]) - 1
            out.append(replace(m, start=start, text=text[start:m.end], label="ORG"))
    return out


def noun_places(text: str, mentions: list[Mention], gazetteer: frozenset[str] | None) -> list[Mention]:
    """``mentions`` without the one-word ones of a known place the page writes as a common
    noun, a place's acronym typed a place (the module docstring); countries, seed-KB names and
    given names stay."""
    page: germanarticle.Page | None = None
    out = []
    nouns: dict[str, bool] = {}
    writings: dict[str, tuple[re.Pattern[str], list[int]]] = {}
    for m in mentions:
        word = m.text
        if m.label != "LOC" and place_acronym(word, text):
            m = replace(m, label="LOC")
        if _COMPANY_TAIL.search(word):  # "Netflix & Co.": and the like; "Max Jüdel & Co.": a firm
            if _COMPANY_TAIL.match(word):
                continue
            m = replace(m, label="ORG")
        if (" " in word or not word[:1].isupper() or not known_place(word, gazetteer) or _kept(word)
                or m.label in ("ORG", "PER")):  # "die Union", "die Fortuna": a party, a club
            out.append(m)
            continue
        page = page if page is not None else germanarticle.Page.of(text)
        spots = page.where.get(word, [])
        own = _own_token(page, spots, text, m.start, writings)
        # (not behind "im": "im Wedding", a district; "im Weimar der Klassik", an era)
        own = None if own is not None and _prev_word(page.words, own) in CONTRACTED_BEFORE_PLACES else own
        if word not in nouns:  # once per word: a page may write one place a thousand times
            nouns[word] = any(noun_written(page.words, i)
                              and _prev_word(page.words, i) not in CONTRACTED_BEFORE_PLACES for i in spots)
        noun = nouns[word]
        if own is not None and noun and (noun_written(page.words, own)
                                         or _behind_article_or_genitive(page.words, own)):
            continue
        if own is not None and _article(_prev_word(page.words, own)) and _settlement(word, gazetteer):
            continue  # "in der Halle", "das Essen": a town takes no article
        out.append(m)
    return out


def _settlement(word: str, gazetteer: frozenset[str] | None) -> bool:
    """A town of the gazetteer (GeoNames cities; its countries are ``_kept``): not a river or
    region of the German places list, which take an article ("die Elbe", "im Allgäu")."""
    return normalize_for_match(germanarticle.plain(word)) in (gazetteer or frozenset())


def _kept(word: str) -> bool:
    return given_name(word) or germanknown.known_name(word)


def _own_token(page: germanarticle.Page, spots: list[int], text: str, start: int,
               writings: dict[str, tuple[re.Pattern[str], list[int]]]) -> int | None:
    """The page token of the mention at ``start``: the n-th of its word's tokens when the text
    writes the word n times as a whole token before ``start``. The page's writings of a word
    are found once (``writings``, by word: their ends); only those ending so near ``start``
    that the cut there changes the characters after them are read again."""
    if not spots:
        return None
    word = page.words[spots[0]]
    if word not in writings:
        pattern = re.compile(rf"(?<![^\W\d_\u00ad-]){re.escape(word)}(?![^\W\d_]|[-\u00ad][^\W\d_])")
        writings[word] = pattern, [found.end() for found in pattern.finditer(text)]
    pattern, ends = writings[word]
    whole = bisect_right(ends, start - _AFTER_CHARS)  # the same in text[:start]
    resume = max(ends[whole - 1] if whole else 0, start - len(word) - _AFTER_CHARS)
    n = whole + len(pattern.findall(text, resume, start))
    return spots[n] if n < len(spots) else None


def span_cuts(m: Mention, common: CommonWords | None) -> Mention:
    """``m`` without a ranking noun before the name (``RANK_DESCRIPTORS``: "Neuling Amazon
    Luna" -> "Amazon Luna"; its type kept, the span whole when no capitalised word follows),
    nor a common noun after a person's given name and surname ("Andreas Rudin Protokoll":
    ``noun_tail_cut``)."""
    first, _, rest = m.text.partition(" ")
    if rest and rest[:1].isupper() and germanwords.has_head(first, RANK_DESCRIPTORS):
        m = replace(m, start=m.end - len(rest), text=rest)
    return noun_tail_cut(m, common)


def noun_tail_cut(m: Mention, common: CommonWords | None) -> Mention:
    """A person's span of a given name, a surname (no given name, no common noun) and a common
    noun after them ("Andreas Rudin Protokoll", a heading's or a minute's word) ends before
    the noun; "Hans Peter Wolf" (two given names) stays."""
    words = m.text.split(" ")
    if m.label != "PER" or len(words) != 3 or not given_name(words[0]):
        return m
    surname, last = words[1], words[2]
    if (given_name(surname) or given_name(last) or common_noun(surname, common)
            or not common_noun(last, common)):
        return m
    end = m.end - len(last) - 1
    return replace(m, end=end, text=m.text[:end - m.start])


def occasion(words: list[str]) -> bool:
    """A year and a meeting or event noun in one span ("Delegiertenversammlung 2021 Freiburg"),
    or a sports event's abbreviation ("bei der WM")."""
    return any(w in EVENT_ACRONYMS for w in words) or (any(_YEAR.match(w) for w in words) and any(
        germanwords.has_head(w, MEETING_HEADS) for w in words if w[:1].isupper()))


def _initial_sets(name: str) -> list[list[str]]:
    """Per part of a normalized place name ("nordrhein-westfalen"): the letters an acronym may
    take from it, its first letter and then those of known places inside it ("r" of "rhein")."""
    places = german_places()
    parts = []
    for part in name.split("-"):
        inner = [part[i] for i in range(MIN_INNER_PLACE - 1, len(part) - MIN_INNER_PLACE + 1)
                 if part[i:] in places]
        parts.append([part[0], *inner])
    return parts


@lru_cache(maxsize=1)
def place_acronyms() -> dict[str, str]:
    """Acronyms of the parts of German place names -> the place; "" for initials that two
    places share. Only hyphenated names ("Nordrhein-Westfalen")."""
    found: dict[str, str] = {}
    for name in german_places():
        parts = name.split("-")
        if len(parts) < 2 or " " in name or min(map(len, parts)) < MIN_PART:
            continue
        sets = _initial_sets(name)
        if sum(len(s) for s in sets) < 2:
            continue
        for acronym in _acronyms(sets):
            if ACRONYM_LETTERS[0] <= len(acronym) <= ACRONYM_LETTERS[1]:
                found[acronym] = name if found.get(acronym, name) == name else ""
    return found


def _acronyms(sets: list[list[str]]) -> set[str]:
    """Every acronym of a name's parts: each part's first letter, then any of its inner
    places' initials in order."""
    options = []
    for letters in sets:
        first, inner = letters[0], letters[1:]
        options.append([first + "".join(c for c, keep in zip(inner, mask, strict=True) if keep)
                        for mask in product((False, True), repeat=len(inner))])
    return {"".join(choice) for choice in product(*options)}


def place_acronym(word: str, text: str) -> bool:
    """An acronym standing for one known place name's parts ("NRW"), not one that two names
    share, that the page ``text`` writes as a place: bare after a preposition ("in NRW", "für
    NRW"; not "in der SSA"), or beside the place's full name."""
    place = place_acronyms().get(normalize_for_match(word)) if _ACRONYM.match(word) else None
    if not place:
        return False
    return word in germanpage.after_bare_preposition(text) or place in germanpage.hyphenated_words(text)
