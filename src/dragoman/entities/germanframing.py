"""Common nouns framing a German name inside the tagger's span (issue 15, pool A pages read as
an analyst; ``germanspans`` applies the three rules to each shaped mention):

* a common noun after a name, tagged with it: a list's or a heading's next word, or a noun
  the name qualifies, written apart ("FBI Druck", "US Geheimdienste", "WALD Hundefutter"): the
  span ends before it. The noun is one of the lexicon (``germanlexicon.common_noun``), not the
  head of a body's, place's or building's name ("Süddeutsche Zeitung", "Robert
  Koch-Institut"), not a word the page writes after a title or given name ("Stefan Kraft":
  ``germanpeople.titled_words``); the word before it is an acronym, or the span opens with a
  given name ("Peter Maier Kritik"): English names and teams hold words of the German lexicon
  ("New Balance", "Philadelphia Flyers") and stay; so do an adjective before the noun
  ("Deutsche Bahn", "Gelbe Trikot") and a person's span (``germannounuse.noun_tail_cut``);
  so does a pair the page writes as a name, in two contexts or more ("die DB Netz plant ...
  Angaben der DB Netz") or bare after a preposition ("von DB Netz"; ``written_units``: acronym
  + noun names firms, channels and products, "DB Netz", "ARD Mediathek"), or after a
  determiner that cannot be the noun's article ("die IG Metall": ``germangenders``), unless
  the noun names people ("SPD Politiker") or the name before it is a place ("US
  Geheimdienste");
* a common noun before a person's name, tagged with it ("Hüttenwirt Michael", "Olympia-
  Teilnehmer Danny"): a person's span opening with a noun of the lexicon (also the last part
  of a hyphenated compound, or two lexicon nouns joined: "Versand|riese") that is no given
  name, no known place, no ruler's title ("Landgraf Heinrich") and no surname the page writes
  after a given name ("Kraft Stefan" in a result list) loses it before a given name or a
  seed-KB organisation ("Versandriese Amazon");
* a person's span opening with such a noun joined by a preposition or article to more words
  ("Hassliebe zu Frankreich", "Negativ-Bilanz von Talent Schweiz") is a noun phrase: a known
  place after the joining word stays (LOC), else the span goes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import cast

from dragoman.entities import germangenders, germanknown, germanwords
from dragoman.entities.germanarticle import LOOK_BACK, tokens
from dragoman.entities.germanlexicon import common_noun, given_name, head_in, known_place
from dragoman.entities.germanwords import WORDS
from dragoman.entities.spanshape import CommonWords
from dragoman.language import de
from dragoman.language.de_nouns import BARE_PREPOSITIONS, NOBLE_TITLES
from dragoman.language.de_towngrammar import FUSED_DETERMINERS
from dragoman.model import EntityType, Mention

# Heads of names that end in a common noun: bodies ("Zeitung", "Bank", "Verlag"), places
# ("Straße"), landmarks and buildings ("Turm", "Haus"), kinds of bodies ("Forum", "Aktion")
# and publications ("Bild", "Kurier").
_NAME_HEADS = (*WORDS.org_heads, *WORDS.place_heads, *WORDS.landmark_heads,
               *WORDS.building_heads, *WORDS.institution_heads)
_BODY_KINDS = de.RULES.entity_words.body_kind_nouns | de.RULES.entity_words.publication_nouns
NAME_HEADS, BODY_KINDS = _NAME_HEADS, _BODY_KINDS  # read by ``germandescriptors``
# Letters of each part of a compound read as "word + lexicon noun" ("Versand|riese"): fewer
# make surnames compounds ("Kess|mann"); the rule reads them before a name only.
MIN_COMPOUND_PART = 4
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
# Letters of a noun after a name: shorter lexicon nouns are often a name's word ("Mac", "Bo").
MIN_NOUN_LETTERS = 4
# Letters of a noun cut before a person's name: shorter lexicon nouns are often unlisted
# given names ("Nora" David; set on the WikiANN German dev sentences and pool A's pages).
MIN_LEADING_NOUN = 5
# Types of a seed-KB name a common noun before it describes ("Versandriese Amazon").
_NAMED_THINGS = ("ORG", "MISC")
_NOBLE_TITLES = tuple(NOBLE_TITLES)
# Contexts (the words either side) in which a page writes a name + noun pair for the pair to be
# a name ("DB Netz", "ARD Mediathek"): a page repeating one sentence (a privacy notice's
# "US Geheimdienste") shows one context. Set on the review's probe passages and pool A's pages
# (no right cut there is written in two contexts).
MIN_UNIT_CONTEXTS = 2
# The context word at a page's start or end.
_NO_WORD = ""
# Marks after which a determiner opens a sentence or a quotation ("„Die IG Metall ...").
_PHRASE_OPENERS = frozenset({".", "!", "?", ":", ";", "(", "„", "“", '"', "»", "«"})
# Plural endings of a noun after a bare preposition ("von FBI Agenten", "nach NATO Angaben").
_PLURAL_ENDINGS = ("en", "n")


def written_units(text: str, common: CommonWords | None) -> Callable[[Mention], bool]:
    """Whether the page ``text`` writes a span's last two words, a name and a noun, as a name:
    in ``MIN_UNIT_CONTEXTS`` contexts or more, or bare after a preposition, the noun singular
    ("von DB Netz", "in SIAM Reviews": a common noun there takes an article, "von der
    DB-Tochter"; not "von FBI Agenten"). The page's tokens are read once, when first asked,
    into the contexts of each pair opening with a capital or a digit (linear in the page)."""
    pairs: dict[tuple[str, str], set[tuple[str, str]]] = {}
    read: list[bool] = []

    def written(m: Mention) -> bool:
        name, _, noun = m.text.rpartition(" ")
        if _bare_after_preposition(text, m.start) and not _plural(noun, common):
            return True
        if not read:
            read.append(True)
            words = tokens(text)
            for i in range(1, len(words)):
                if words[i][:1].isupper() and (words[i - 1][:1].isupper() or words[i - 1][:1].isdigit()):
                    contexts = pairs.setdefault((words[i - 1], words[i]), set())
                    if len(contexts) < MIN_UNIT_CONTEXTS:
                        contexts.add((words[i - 2] if i > 1 else _NO_WORD,
                                      words[i + 1] if i + 1 < len(words) else _NO_WORD))
        last = tokens(name)[-1:]
        return bool(last) and (len(pairs.get((last[0], noun), ())) >= MIN_UNIT_CONTEXTS
                               or (name == last[0] and _name_article(text, m.start, name, noun, common)))

    return written


def _name_article(text: str, start: int, acronym: str, noun: str, common: CommonWords | None) -> bool:
    """A determiner right before an acronym that cannot be the article of the masculine or
    neuter singular noun after it ("die IG Metall", "Angaben der DB Netz"): it is the pair's
    article, the pair a name. A compound written apart takes its noun's article ("die CDU
    Fraktion", "der TÜV Bericht"), and an acronym's own article leaves a noun after it alone
    ("das FBI Druck"). A place's acronym is no name's first word ("die US Regierung")."""
    before = tokens(text[max(0, start - LOOK_BACK):start])
    return (len(acronym) > 1 and acronym.isupper() and bool(before)
            and _opens_phrase(before[:-1], before[-1], common)
            and not _place(acronym, None) and germangenders.not_its_article(before[-1], noun))


def _opens_phrase(before: list[str], determiner: str, common: CommonWords | None) -> bool:
    """Whether a determiner after the tokens ``before`` opens a noun phrase of its own: at a
    sentence's start, fused with a preposition ("zur"), after a preposition, or after a noun
    it follows as a genitive ("Angaben der DB Netz"). After a verb, a conjunction or a comma it
    is the acronym's own article, the noun after the acronym a bare object ("dass die FDP Geld
    erhielt", "hat die SPD Widerstand angekündigt")."""
    if not before or before[-1] in _PHRASE_OPENERS or determiner.lower() in FUSED_DETERMINERS:
        return True
    word = before[-1]
    if word.lower() in BARE_PREPOSITIONS:
        return True
    if len(before) > 1 and before[-2] not in _PHRASE_OPENERS:
        return word[:1].isupper()  # inside a sentence only a noun or a name is capitalised
    return common_noun(word, common)  # a sentence's first word: "Dass", "Weil" are no nouns


def _never_written(m: Mention) -> bool:
    return False


def _bare_after_preposition(text: str, start: int) -> bool:
    """A preposition right before ``start``, no article between ("von DB Netz")."""
    before = text[max(0, start - LOOK_BACK):start]
    if not before.endswith(" "):
        return False
    words = tokens(before)
    return bool(words) and words[-1].lower() in BARE_PREPOSITIONS


def _plural(noun: str, common: CommonWords | None) -> bool:
    """A noun in a plural form: a lexicon noun once "-(e)n" is off ("Agenten", "Angaben"); a
    plural in "-e" or "-s" or with an umlaut passes as singular ("Anschlüsse")."""
    return any(noun.endswith(e) and len(noun) - len(e) >= MIN_NOUN_LETTERS
               and common_noun(noun[:-len(e)], common) for e in _PLURAL_ENDINGS)


def framing_cuts(m: Mention, common: CommonWords | None, gazetteer: frozenset[str] | None,
                 titled: Callable[[str], bool],
                 written: Callable[[Mention], bool] = _never_written) -> Mention | None:
    """``m`` without a common noun after its name, and, for a person, before it; None for a
    person's span that is a noun phrase (``joined_noun_person``). ``written``: the page's
    ``written_units``."""
    joined = joined_noun_person(m, common, gazetteer, titled)
    if joined is not m:
        return joined
    trailing = trailing_noun_cut(m, common, gazetteer, titled, written)
    return leading_noun_cut(trailing, common, gazetteer, titled)


def joined_noun_person(m: Mention, common: CommonWords | None, gazetteer: frozenset[str] | None,
                       titled: Callable[[str], bool]) -> Mention | None:
    """A person's span opening with a common noun joined by a preposition or article to more
    words ("Hassliebe zu Frankreich", "Negativ-Bilanz von Talent Schweiz", "Mühlenkopfschanze
    von Willingen") is a noun phrase: the known place after the joining word stays (LOC),
    else nothing. A ruler's or noble's title before "von" makes a name ("Graf von Galen")."""
    words = m.text.split(" ")
    if m.label != "PER" or len(words) < 3 or words[1] not in WORDS.joining_words:
        return m
    first = words[0]
    if (given_name(first) or titled(first) or germanwords.role_noun(first)
            or _noble(first) or not noun_before_name(first, common)):
        return m
    rest = words[2:]
    if rest[0].lower() in WORDS.definite_articles:
        rest = rest[1:]
    place = " ".join(rest)
    if rest and known_place(place, gazetteer):
        start = m.end - len(place)
        return replace(m, start=start, text=place, label="LOC")
    return None


def trailing_noun_cut(m: Mention, common: CommonWords | None, gazetteer: frozenset[str] | None,
                      titled: Callable[[str], bool],
                      written: Callable[[Mention], bool] = _never_written) -> Mention:
    """A common noun after a name ends the span before it (the module docstring)."""
    words = m.text.split(" ")
    # a person's two words are a given name and a surname, the given name maybe unlisted
    # ("Uschi Glas"); a lower-case word joins the words of a title ("Journal of the ...")
    if m.label == "PER" or len(words) < 2 or not all(w[:1].isupper() or w.isdigit() for w in words):
        return m  # a person's last words: ``germannounuse.noun_tail_cut``
    last, before = words[-1], words[-2]
    if (not _plain_noun(last, common) or titled(last) or given_name(last)
            or known_place(m.text, gazetteer) or germanknown.known_name(m.text)):
        return m
    person = len(words) > 2 and given_name(words[0])  # "Peter Maier": no adjective in "-er"
    if (not _name_word(before, common) or given_name(before)
            or (not person and _adjective(before, common, gazetteer)) or not _evident_name(words[:-1])):
        return m
    if written(m) and not germanwords.role_noun(last) and not _place(before, gazetteer):
        return m  # "DB Netz" twice: a firm's name ("SPD Politiker", "US Geheimdienste" are not)
    end = m.end - len(last) - 1
    return replace(m, end=end, text=m.text[:end - m.start])


def leading_noun_cut(m: Mention, common: CommonWords | None, gazetteer: frozenset[str] | None,
                     titled: Callable[[str], bool]) -> Mention:
    """A common noun before a person's name goes from the span (the module docstring)."""
    words = m.text.split(" ")
    if m.label != "PER" or len(words) < 2 or not all(words):
        return m
    first, rest = words[0], words[1:]
    if (len(first) < MIN_LEADING_NOUN or given_name(first) or titled(first)
            or known_place(first, gazetteer) or _noble(first)
            or germanknown.known_name(first) or not noun_before_name(first, common)):
        return m  # "Landgraf Heinrich": a ruler's title is part of the name
    name = " ".join(rest)
    known = germanknown.known_type(name)
    if not (given_name(rest[0]) or known) or any(common_noun(w, common) and not given_name(w) for w in rest):
        return m  # "Windows Vista": no person's name after the noun
    start = m.end - len(name)
    if not given_name(rest[0]) and known not in _NAMED_THINGS:
        return m  # "Versandriese Amazon" is a firm; no river ("Amazon" LOC in the seed KB)
    label = known if known and not given_name(rest[0]) else m.label
    return replace(m, start=start, text=name, label=cast(EntityType, label))


def _evident_name(words: list[str]) -> bool:
    """Words shaped as a name before the noun: an acronym right before it ("FBI", "WALD",
    "EH55"), a given name opening two words or more ("Elon Musk"). English names hold words of
    the German lexicon ("New Balance", "Total Quality Management"), and so do teams named
    after their town ("Philadelphia Flyers", "FC Luzern Frauen"): the noun ends the span only
    after a name shaped so."""
    last = words[-1]
    return (len(last) > 1 and last.isupper()) or (len(words) > 1 and given_name(words[0]))


def _plain_noun(word: str, common: CommonWords | None) -> bool:
    """A lexicon noun that heads no name (``_NAME_HEADS``, the pack's body kinds)."""
    low = word.lower()
    # a word of letters ("Station&Service" is a name's shape)
    return (word[:1].isupper() and len(word) >= MIN_NOUN_LETTERS
            and word.replace("-", "").isalpha() and common_noun(word, common)
            and not head_in(word, _NAME_HEADS)
            and low not in _BODY_KINDS)


def _name_word(word: str, common: CommonWords | None) -> bool:
    """A word of a name: a number, an acronym, or a capitalised word that is no common noun."""
    if word.isdigit() or (word.isupper() and len(word) > 1):
        return True
    return (word[:1].isupper() and not common_noun(word, common) and not germanwords.role_noun(word)
            and not noun_before_name(word, common))  # "Sachverständigenbeirat"


def _adjective(word: str, common: CommonWords | None, gazetteer: frozenset[str] | None) -> bool:
    """An inflected adjective or a place adjective before a noun ("Deutsche", "Roten",
    "Schweizer"): the two words are a noun phrase or a name ending in the noun. The adjective
    is written in lower case in sentences (``CommonWords.plain``), or is shaped like one."""
    low = word.lower()
    if common is not None and low in common.plain:
        return True
    if not word[1:].islower() or "-" in word or known_place(word, gazetteer):
        return False  # "BALANCE", "Lithium-Ionen", "Essen": a name's shape
    # an inflected word that is no noun ("Roten", "Agile", "Spanischen"; also "Open")
    return low.endswith(_ADJECTIVE_ENDINGS) and not common_noun(word, common)


def _place(word: str, gazetteer: frozenset[str] | None) -> bool:
    """A place's name or a seed-KB place ("US", "UK")."""
    return known_place(word, gazetteer) or germanknown.known_type(word) == "LOC"


def _noble(word: str) -> bool:
    return germanwords.has_head(word, _NOBLE_TITLES)


def noun_before_name(word: str, common: CommonWords | None) -> bool:
    """A common noun opening a span: of the lexicon, or a compound ending in one ("Olympia-
    Teilnehmer"), or two nouns of the lexicon joined ("Versand|riese", "Kurden|gebiet"; a
    linking "s" allowed), each part no shorter than ``MIN_COMPOUND_PART`` ("Niko|laus" is no
    compound: "Niko" is no noun)."""
    if common_noun(word, common):
        return True
    head = word.rpartition("-")[2]
    if head != word:
        return bool(head) and common_noun(head, common)
    return common is not None and any(
        common.noun(word[k].upper() + word[k + 1:]) and _noun_part(word[:k], common)
        for k in range(MIN_COMPOUND_PART, len(word) - MIN_COMPOUND_PART + 1))


def _noun_part(part: str, common: CommonWords) -> bool:
    """The first part of a compound: a noun of the lexicon, also before a linking "s"."""
    return common.noun(part) or (part.endswith("s") and len(part) > MIN_COMPOUND_PART
                                 and common.noun(part[:-1]))
