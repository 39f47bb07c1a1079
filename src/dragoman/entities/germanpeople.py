"""German spans the tagger types as people that hold no person's name (issue 15, fifth pass;
read off German pages of no evaluation set, checked on the news dev pages).

* a span whose last word, the would-be surname, is a common noun (``germanlexicon.common_noun``:
  listed, a listed compound's head, a noun suffix), when no word of it is a given name and its
  first word is an inflected adjective ("Gleichgestellte Personen", "Grünem Wasserstoff",
  "Freie Software"), a known place ("Irland Rechtsgrundlage", cut to the place) or a common
  noun itself: a noun phrase, no person. Surnames that are nouns stay with a given name, an
  honorific or a title before them ("Karin Fischer", "Frau Stein", "Trainer Stein"), and most
  such surnames ("Fischer", "Koch", "Becker") are no listed noun in the first place;
* a gender-inclusive noun ("AbonnentInnen", "Kolleg*innen", "Lehrer:in"; not "LinkedIn"),
  never part of a name: cut off with what stands before it, the span gone when no capitalised
  word or, for a person, no given name is left;
* a job title written with a lower-case joining word ("Minister für Kultur und Chef der
  Staatskanzlei", "Thüringens Staatssekretärin für Kultur"): no name; the known place it ends
  in, or opens with in the genitive, is kept as a place ("Präsident der Ukraine" -> "Ukraine"),
  the body it ends in as an organisation ("Präsident des Bundesverfassungsgerichts"), else
  the span goes (later title cuts would leave a span opening with "für"); a name no listed
  given name opens after the place or body is kept as the person ("Präsident der Ukraine
  Wolodymyr Selenskyj" -> Ukraine, Wolodymyr Selenskyj);
* the tagger's other forms of such a phrase, whatever their type ("Grüne Wasserstoff" ORG
  beside "Grünem Wasserstoff" PER on one page);
* a time noun alone ("Anfang", "Beginn"), never a name unless a person of the page bears it;
* an abbreviated surname keeps its full stop ("Philipp H.");
* a noun of the Wiktionary noun lexicon only (``listed_noun`` says no: "Schick", "Pütz",
  "Funke", "Sparkasse") is a name's word where the text says so: written on the page right after
  an honorific, a role noun or a given name (``titled_words``: "Erzbischof Schick", "Ludwig
  Schick"), after a role in the span, as a surname after a place-named word ("Peer Pütz").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from dragoman.entities import germanarticle, germanknown, germanwords
from dragoman.entities.germanarticle import plain
from dragoman.entities.germanlexicon import common_noun, given_name, head_in, known_place, suffix_noun
from dragoman.entities.germanwords import WORDS
from dragoman.entities.spanshape import CommonWords
from dragoman.language import de
from dragoman.model import Mention

HONORIFICS = frozenset(h.lower() for h in de.RULES.honorifics)
# An inflected adjective ("gleichgestellte", "grünem", "freie"): three letters and an ending.
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
_ADJECTIVE_FORM = re.compile(r"^[a-zäöüß]{3,}?(e|en|er|es|em)$")
# An adjective of a name with an apostrophe ("Trump'sche", "Grimm’schen"): never a name itself.
_NAME_ADJECTIVE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+['’]sch(?:e|en|er|es|em)$")
# Gender-inclusive nouns: the plural's inner capital I ("AbonnentInnen"; a singular "-In" is
# a name's too: "LinkedIn") or a star, colon or underscore before "in"/"innen" ("Kolleg*innen",
# "Lehrer:in", "Bürger_innen").
_GENDERED = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?:Innen|[*:_]innen|[*:_]in)$")
_TOKEN = re.compile(r"\S+")
# A word of a person's name after a title ("Selenskyj", "Al-Sisi").
_NAME_WORD = re.compile(r"^[A-ZÄÖÜ][\w'’-]*[a-zäöüßj]$")
# A single capital closing a person's span, its full stop right after it ("Philipp H.").
_INITIAL_END = re.compile(r" [A-ZÄÖÜ]$")


def noun_surname(words: list[str], common: CommonWords | None, gazetteer: frozenset[str] | None,
                 noun_on_page: Callable[[str], bool]) -> bool:
    """Whether a span of two words or more ending in a common noun (by the lexicon, by the page:
    ``noun_on_page``, or a listed word after an adjective: "Herzlichen Dank") is a noun phrase
    rather than a person (the module docstring): no word a given name, no honorific, title or
    seed-KB person; the first word an inflected adjective (``adjective``), a known place or a
    common noun (listed, or written on the page behind a determiner no name takes:
    ``noun_on_page``), or a lower-case word inside ("Abnahme der Maske"; name particles stand
    after a given name: "Ursula von der Leyen")."""
    if len(words) < 2 or any(map(given_name, words)):
        return False
    first, last = plain(words[0]), plain(words[-1])
    if not (common_noun(last, common) or noun_on_page(last) or (
            adjective(first, common) and common is not None and common.common(last))):
        return False  # a listed word after an adjective: "Herzlichen Dank"
    if first.lower() in HONORIFICS or germanwords.role_noun(first) or germanknown.known_type(
            " ".join(words)) == "PER":
        return False
    # after a place name, a noun of the lexicon only is a surname ("Peer Pütz"; "Irland
    # Rechtsgrundlage" is no person)
    place = known_place(first, gazetteer) and (listed_noun(last, common) or noun_on_page(last))
    return (adjective(first, common) or place or common_noun(first, common)
            or noun_on_page(first) or any(w.islower() for w in words[1:-1]))


def listed_noun(word: str, common: CommonWords | None) -> bool:
    """A common noun by the learned list or a noun suffix (``common_noun`` without the noun
    lexicon): a dictionary's rare nouns are also surnames, brands and bodies' words ("Schick",
    "Funke", "Sparkasse"), which text around them tells apart."""
    word = plain(word)
    return suffix_noun(word) or (common is not None and common.noun(word, lexicon=False))


def titled_words(text: str) -> Callable[[str], bool]:
    """Whether the page ``text`` writes a word (also its genitive in -s: "Webers") right after
    an honorific, a role noun or a given name ("Frau Krebs", "Erzbischof Schick", "Ludwig
    Schick"): a person's name there. The page is read once, when first asked, and each word
    looked up once (a page repeating a word stays linear)."""
    pages: list[germanarticle.Page] = []
    seen: dict[str, bool] = {}

    def titled(word: str) -> bool:
        if word in seen:
            return seen[word]
        if not pages:
            pages.append(germanarticle.Page.of(text))
        page = pages[0]
        forms = (word, word[:-1]) if word.endswith("s") else (word,)
        seen[word] = any(i > 0 and _title_before(page.words[i - 1]) for form in forms
                         for i in page.where.get(form, []))
        return seen[word]

    return titled


def _title_before(word: str) -> bool:
    return word.lower() in HONORIFICS or germanwords.role_noun(word) or given_name(word)


def adjective(word: str, common: CommonWords | None) -> bool:
    """An inflected adjective ("Gleichgestellte", "Grünem", "Psychosozialer"): an adjective's
    ending after a stem the common-word list writes in lower case in some form ("grün",
    "grünes"), or a stem ending in an adjective suffix (``WORDS.adjective_suffixes``), or a
    name's adjective ("Trump'sche"); not a given name of that shape the list lacks ("Babette")."""
    low = word.lower()
    if _NAME_ADJECTIVE.match(word):
        return True
    found = _ADJECTIVE_FORM.match(low)
    if not found or word[1:].lower() != word[1:]:
        return False
    stem = low[: found.start(1)]
    forms = (low, stem, *(stem + e for e in _ADJECTIVE_ENDINGS))
    return stem.endswith(WORDS.adjective_suffixes) or (
        common is not None and any(f in common.plain for f in forms))


def place_of_noun_phrase(m: Mention, gazetteer: frozenset[str] | None) -> Mention | None:
    """The known place opening a noun phrase ``noun_surname`` refused ("Irland" of "Irland
    Rechtsgrundlage", typed LOC), or None."""
    words = m.text.split()
    first = words[0]
    if len(words) != 2 or not known_place(first, gazetteer):
        return None
    return replace(m, end=m.start + len(first), text=first, label="LOC")


def phrase_key(span: str, common: CommonWords | None) -> tuple[str, str] | None:
    """An inflected adjective's stem and the noun after it, for a span of those two words
    ("Grünen Wasserstoff" -> ("grün", "wasserstoff")): the inflected forms of one noun phrase
    share it; None for other spans."""
    words = span.split()
    if len(words) != 2 or not adjective(words[0], common):
        return None
    low = plain(words[0]).lower()
    found = _ADJECTIVE_FORM.match(low)
    return (low[: found.start(1)] if found else low, plain(words[1]).lower())


def page_nouns(text: str, people: frozenset[str]) -> Callable[[str], bool]:
    """Whether the page ``text`` writes a word right behind a determiner no name takes ("eine",
    "seine", "keine": ``germanwords.NAMELESS_CUES``; not the lower-case adjective cue of
    ``germanarticle.common_cue``, which "nachdem" Zaev meets), the page read once, when first
    asked; never a word of a name with a given name the page writes (``people``)."""
    pages: list[germanarticle.Page] = []
    answers: dict[str, bool] = {}

    def noun_on_page(word: str) -> bool:
        if word in people:
            return False
        if word not in answers:
            if not pages:
                pages.append(germanarticle.Page.of(text))
            page = pages[0]
            answers[word] = any(i > 0 and page.words[i - 1].lower() in germanwords.NAMELESS_CUES
                                for i in page.where.get(word, []))
        return answers[word]

    return noun_on_page


def gendered(word: str) -> bool:
    """A gender-inclusive noun ("AbonnentInnen", "Kolleg*innen"): a common noun, never a name."""
    return bool(_GENDERED.match(word))


def gendered_cut(m: Mention) -> Mention | None:
    """``m`` without a gender-inclusive noun and the words before it; None when nothing
    capitalised is left, or a person's span keeps no given name ("AbonnentInnen Readly")."""
    spans, words = _spaced_words(m.text)
    k = max((i for i, w in enumerate(words) if gendered(w.rstrip(",."))), default=-1)
    if k < 0:
        return m
    rest = words[k + 1:]
    if not rest or not rest[0][:1].isupper() or (m.label == "PER" and not any(map(given_name, rest))):
        return None
    start = m.start + spans[k + 1][0]
    return replace(m, start=start, text=m.text[spans[k + 1][0]:])


def title_phrase(m: Mention, gazetteer: frozenset[str] | None) -> Mention | None:
    """A job title written with a lower-case joining word (the module docstring): ``m`` itself
    when it is none; else the known place it names, or None."""
    spans, words = _spaced_words(m.text)
    k = _joined_title(words)
    if k < 0 or not all(w[:1].isupper() and w.endswith("s") for w in words[:k]):
        return m
    if k == 1 and known_place(words[0], gazetteer):  # "Thüringens Staatssekretärin für ..."
        return replace(m, end=m.start + spans[0][1], text=words[0], label="LOC")
    lower = max(i for i, w in enumerate(words) if w.islower())
    tail = m.text[spans[lower + 1][0]:] if lower + 1 < len(words) else ""
    start = m.start + spans[lower + 1][0] if tail else m.end
    if tail and known_place(tail, gazetteer):  # "Präsident der Ukraine"
        return replace(m, start=start, text=tail, label="LOC")
    last = tail.split()[-1] if tail else ""
    if germanwords.body_name(last) or (" " in tail and head_in(last, WORDS.org_heads)):
        return replace(m, start=start, text=tail, label="ORG")  # "Präsident des Bundesrates"
    return None


def person_after_title(m: Mention, gazetteer: frozenset[str] | None) -> list[Mention]:
    """A job title with a joining word that ends in a known place or a body and goes on with a
    name no listed given name opens ("Präsident der Ukraine Wolodymyr Selenskyj"): the title
    (for ``title_phrase``: "Ukraine") and the person after it; else ``[m]``."""
    spans, words = _spaced_words(m.text)
    if _joined_title(words) < 0:
        return [m]
    first = max(i for i, w in enumerate(words) if w.islower()) + 1
    for end in range(len(words) - 1, first, -1):  # the longest place or body first
        owner = m.text[spans[first][0]:spans[end - 1][1]]
        if not (known_place(owner, gazetteer) or germanwords.body_name(words[end - 1])):
            continue
        if not all(_NAME_WORD.match(w) and not suffix_noun(w) for w in words[end:]):
            return [m]
        cut = spans[end][0]
        title = replace(m, end=m.start + spans[end - 1][1], text=m.text[:spans[end - 1][1]])
        return [title, replace(m, start=m.start + cut, text=m.text[cut:], label="PER",
                               role=m.text[:spans[end - 1][1]])]
    return [m]


def _spaced_words(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """The spans of the space-separated words of ``text``, and the words."""
    spans = [(w.start(), w.end()) for w in _TOKEN.finditer(text)]
    return spans, [text[a:b] for a, b in spans]


def _joined_title(words: list[str]) -> int:
    """Where a role noun followed by a joining word ("Minister für", "Präsident der") stands
    in a span holding no given name; -1 when none does."""
    k = next((i for i, w in enumerate(words[:-1]) if germanwords.role_noun(w)), -1)
    if k < 0 or words[k + 1] not in WORDS.joining_words or any(map(given_name, words)):
        return -1
    return k


def time_noun(word: str, surnames: frozenset[str], gazetteer: frozenset[str] | None) -> bool:
    """A time noun alone ("Anfang", "Beginn"; ``WORDS.time_words``), not a known place
    ("Mitte", Berlin's district) nor the surname of a person the page names."""
    return (word[:1].isupper() and word.lower() in WORDS.time_words and word not in surnames
            and not known_place(word, gazetteer))


def initial_stop(m: Mention, text: str) -> Mention:
    """A person's span closing on a single capital takes the full stop after it ("Philipp H.")."""
    if m.label == "PER" and _INITIAL_END.search(m.text) and text[m.end:m.end + 1] == ".":
        return replace(m, end=m.end + 1, text=text[m.start:m.end + 1])
    return m
