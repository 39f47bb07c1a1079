"""German-only shaping of the CRF's mentions on news text (issue 15).

The German model learned from WikiANN (Wikipedia link anchors); on news, where every German
noun is capitalised, it tags common nouns ("Migration"), compounds of a name and a noun
("Corona-Krise") and mistypes places. After the shared span shaping (``spanshape``), this:

* drops a mention whose last word is a hyphenated compound with a common-noun head
  ("EU-Satelliten", "Social-Media-Filter"): such compounds are no names;
* drops a one-word mention that is a common noun: listed in the German common-word list
  (``spanshape.CommonWords.noun``, with its Wiktionary noun lexicon) or built with a
  noun-forming suffix ("-ung", "-tion"); a lexicon noun only (``germanpeople.listed_noun``)
  stays when the page writes it after a title or given name ("Erzbischof Schick");
* drops a two-word noun phrase: a place adjective before a long compound noun ("Dessauer
  Flugplatzfest"; not before a landmark or company word: "Wiener Zentralfriedhof"), or, opening
  a sentence, an adjective before a common noun ("Schwerkranke Menschen");
* types a mention as a place when it is a German place name (``ner-de.places.txt.gz``,
  ``eval/ner_de_places.py``) or ends in a street/landmark/settlement word ("Eiffelturm"), as an
  organisation when it ends in a company or institution word ("Postbank"); only one-word
  mentions are retyped as places ("SC Pfullendorf" is a club);
* makes a span holding a given name (``ner-de.given.txt.gz``, ``eval/ner_de_names.py``) a
  person: titles before it cut off ("Bundeskanzler Olaf Scholz"), "Lars Klingbeil" tagged ORG
  typed PER, a lone given name joined to the surname after it;
* adds a known German place name missed after a place preposition ("nach Warschau");
* cuts descriptors before a name ("Apples Konkurrent Google", "Hochburg Petersberg" LOC), a
  common noun before a known place's or person's genitive ("Wohlstand Kenias"; a genitive
  before its noun, "Deutschlands Landwirte", ends the span: ``germangenitives``), drops a role
  with no name ("Berliner Aktivist") and an indeclinable adjective before a noun ("Prima Idee");
* cuts common nouns framing a name: after it ("FBI Druck"), before a person's
  ("Hüttenwirt Michael"), drops a noun phrase typed PER ("Hassliebe zu Frankreich";
  ``germanframing``);
* adds acronyms defined after names ("(BA)", ``germanacronyms``), untagged people (``germangiven``);
* types laws MISC, drops job titles and nouns the page uses as nouns typed people, joins
  versioned products ("Office 365", MISC): ``germannounpeople``;
* last, retypes names inside a title quoted after a work or campaign noun as MISC
  (``germantitles``: die Kampagne "Stop Killer Robots");
* types a one-word seed-KB name by the KB (``germanknown``: "der Guardian" ORG);
* first joins words cut by soft hyphens, drops article-only nouns (``germanarticle``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import cast

from dragoman.entities import (
    germanarticle,
    germanknown,
    germannounpeople,
    germanpeople,
    germanphrases,
    germanwords,
)
from dragoman.entities.germanacronyms import defined_acronyms
from dragoman.entities.germanclauses import clause_cut
from dragoman.entities.germandescriptors import descriptor_cut
from dragoman.entities.germanframing import framing_cuts, written_units
from dragoman.entities.germangenitives import genitive_cut
from dragoman.entities.germangenitives import title_word as _title_word
from dragoman.entities.germangiven import untagged_people

# The lexicon's look-ups, also read as ``germanspans.known_place`` etc. by callers and tests.
from dragoman.entities.germanlexicon import MIN_STEM as MIN_STEM
from dragoman.entities.germanlexicon import common_noun as common_noun
from dragoman.entities.germanlexicon import german_places as german_places
from dragoman.entities.germanlexicon import given_name as given_name
from dragoman.entities.germanlexicon import given_names as given_names
from dragoman.entities.germanlexicon import head_in as _head_in
from dragoman.entities.germanlexicon import known_place as known_place
from dragoman.entities.germanlexicon import suffix_noun as suffix_noun
from dragoman.entities.germannounuse import legal_forms, noun_places, occasion, span_cuts
from dragoman.entities.germantitles import retype_titles
from dragoman.entities.germanwords import WORDS
from dragoman.entities.spanshape import CommonWords
from dragoman.language.de_nouns import PERSON_TOO_DESCRIPTOR_HEADS
from dragoman.model import EntityType, Mention

PLACE_HEADS, LANDMARK_HEADS = WORDS.place_heads, WORDS.landmark_heads
BUILDING_HEADS = (*LANDMARK_HEADS, *WORDS.building_heads)
ORG_HEADS = WORDS.org_heads  # heads of place, landmark, building and body names (the pack's)
# A one-word compound at least this long after a place adjective is a common noun
# ("Badener Künstlerheim", "Gladbacher Fußgängerzone"); set on the German news dev pages.
MIN_COMPOUND_CHARS = 10
_OPENING = re.compile(r"(?:^|[.!?:;]\s*|\n)[\s\"„“»«(]*$")
# Letters of a place adjective ("Kölner"): with shorter ones, three-letter alternate names of
# places made given names ("Peter") place adjectives.
MIN_PLACE_ADJECTIVE = 6
_ADJECTIVE_FORM = re.compile(r"^[a-zäöüß]{3,}(?:e|en|er|es|em)$")
_TOKEN = re.compile(r"\S+")
# A surname after a lone given name: one capitalised word (not a common word), soft hyphens
# kept inside ("Pfei\u00adfer" is one word, not "Pfei").
_SURNAME = re.compile(r" ([A-ZÄÖÜ][a-zäöüß]+(?:\u00ad[a-zäöüß]+)*(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b")
# Words of a name opening with a given name that is typed a person.
MAX_PERSON_WORDS = 3
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def noun_compound(word: str, common: CommonWords | None) -> bool:
    """``EU-Satelliten``, ``Corona-Krise``: a hyphenated word whose last part is a common noun,
    not one of an institution or landmark ("Masaryk-Universität", "Deutschen Segler-Verbandes")."""
    first, dash, head = word.rpartition("-")
    if not (dash and first and head[:1].isupper()) or any(
            _head_in(head, heads) for heads in (ORG_HEADS, PLACE_HEADS, LANDMARK_HEADS)):
        return False
    return common_noun(head, common)


def _kept_word(word: str, gazetteer: frozenset[str] | None) -> bool:
    """A known place, a given name, a seed-KB name ("Kreml"), a compound of an institution word
    ("Robert-Koch-Instituts")."""
    return known_place(word, gazetteer) or given_name(word) or germanknown.known_name(word) or any(
        _head_in(word, h) and word.lower() not in h for h in (ORG_HEADS, PLACE_HEADS, LANDMARK_HEADS))


def _retyped(mention: Mention, gazetteer: frozenset[str] | None,
             surnames: frozenset[str] = frozenset()) -> EntityType:
    """A one-word seed-KB name takes its type ("der Guardian" ORG), unless the page names a
    person with that surname ("Sandro Wagner ... Wagner" is no Wagner group: ``surnames``); a
    company or institution word ends an organisation; a one-word organisation that is a
    place name or ends in a place word is a place (names of several words ending in a place,
    "SC Pfullendorf", "Kunstakademie Düsseldorf", are clubs and institutions)."""
    words = mention.text.split()
    typed = germanknown.known_type(mention.text) if len(words) == 1 else None
    if typed and not (typed != "PER" and mention.text in surnames):
        return cast(EntityType, typed)
    if _head_in(words[-1], ORG_HEADS) and not known_place(mention.text, gazetteer):
        return "ORG"
    if len(words) > 1 or mention.label == "LOC":
        return mention.label
    if mention.label == "ORG" and _head_in(words[0], PLACE_HEADS):
        return "LOC"
    return "LOC" if known_place(words[0], gazetteer) else mention.label


def shape_german(text: str, mentions: list[Mention], common: CommonWords | None,
                 gazetteer: frozenset[str] | None) -> list[Mention]:
    """The tagger's German ``mentions`` of ``text`` shaped as the module docstring says."""
    out: list[Mention] = []
    mentions = germanarticle.prepared(text, mentions, lambda word: _kept_word(word, gazetteer),
                                      lambda word: common_noun(word, common))
    mentions = noun_places(text, legal_forms(text, mentions), gazetteer)
    surnames = frozenset(m.text.split()[-1] for m in mentions if m.label == "PER" and " " in m.text)
    titled = germanpeople.titled_words(text)
    written = written_units(text, common)
    for m in (p for n in mentions for p in germanpeople.person_after_title(n, gazetteer)):
        # gender-inclusive nouns and job titles ("Minister für Kultur"): ``germanpeople``
        shaped = germanpeople.gendered_cut(m)
        if shaped is None or (shaped := germanpeople.title_phrase(shaped, gazetteer)) is None:
            continue
        m, words = shaped, shaped.text.split()
        if not words or noun_compound(words[-1], common) or _never_name(words, text, m.start,
                                                                         gazetteer) or (
                len(words) == 1 and germanpeople.time_noun(words[0], surnames, gazetteer)):
            continue
        # a lexicon noun after a role is a person's name when tagged one ("Erzbischof Schick")
        noun = germanpeople.listed_noun if m.label == "PER" else common_noun
        if len(words) == 2 and noun(words[1], common) and (
                germanwords.role_noun(words[0]) or (m.label == "PER" and _demonym(words[0]))):
            continue  # a role before a common noun: "die Sozialmanager Sachen (gelagert)"
        if len(words) == 2 and germanwords.role_noun(words[1]) and _place_adjective(words[0], gazetteer):
            continue  # a role with no name: "Berliner Aktivist"
        if (len(words) <= 2 and words[0].lower() in WORDS.determiners) or (
                germanphrases.polite_pronoun_end(words)
                or germanphrases.lowercase_adjective_phrase(words, text, m.start)):
            continue  # noun phrases: "Kein Kerl", "Hormone Sie", "Schlauchlose Reifen"
        # "z. B. Raps" goes; "z. B. Merkel", no common noun, keeps its name
        cut = germanphrases.abbreviation_cut(m, text, lambda w: not common_noun(w, common))
        if cut is None:
            continue
        m = span_cuts(_titles_cut(_ends_cut(clause_cut(cut, text), text, common), common, gazetteer), common)
        framed = framing_cuts(m, common, gazetteer, titled, written)
        if framed is None:
            continue
        m = descriptor_cut(framed, common, gazetteer, titled)
        words = m.text.split()
        if len(words) == 1 and _common_word(words[0], common, gazetteer, titled):
            continue
        if len(words) > 1 and _common_phrase(words, m.label, _opens(text, m.start), common, gazetteer,
                                             germanphrases.place_on_page(words[0], text)):
            continue
        label = _retyped(m, gazetteer, surnames)
        out.append(m if label == m.label else replace(m, label=label))
    starts = {m.start for m in out}
    named = frozenset(w for m in out if m.label == "PER" and given_name(m.text.split()[0])
                      for w in m.text.split())
    nouns = germanpeople.page_nouns(text, named)
    persons = [_as_person(m, text, common, gazetteer, starts) for m in out]
    kept = [_noun_person_cut(m, text, common, gazetteer, nouns) for m in persons]
    # the tagger's other forms of a phrase refused ("Grüne Wasserstoff" ORG, "Grünem Wasserstoff")
    refused = {germanpeople.phrase_key(p.text, common) for p, k in zip(persons, kept, strict=True) if not k}
    out = [m for m in kept if m and germanpeople.phrase_key(m.text, common) not in refused - {None}]
    people = {w for m in out if m.label == "PER" for w in m.text.split()}
    out = [genitive_cut(m, text, people, common, gazetteer) for m in out]
    missed = noun_places(text, _missed_places(text, out, common, gazetteer), gazetteer)
    out = defined_acronyms(text, untagged_people(text, out + missed, common, gazetteer))
    # laws, job titles, plural nouns and versioned products typed people: ``germannounpeople``
    refined = germannounpeople.refine(text, out, titled, lambda word: bool(common and common.noun(word)),
                                      lambda word: germanpeople.listed_noun(word, common))
    return retype_titles(text, refined)


def _common_word(word: str, common: CommonWords | None, gazetteer: frozenset[str] | None,
                 titled: Callable[[str], bool]) -> bool:
    """A one-word mention that is a common noun: listed and no known place nor seed-KB name
    ("Google"); or of the noun lexicon only (which holds no place) and not written on the page
    after a title or given name ("Erzbischof Schick", "Wolfgang Scherf ... zitiere dazu
    Scherf": ``germanpeople.titled_words``; the tagger often types such a bare surname ORG or
    LOC, linking makes it the person's)."""
    if not common_noun(word, common) or germanknown.known_name(word):
        return False
    if germanpeople.listed_noun(word, common):
        return not known_place(word, gazetteer)
    return not titled(word)


def _as_person(m: Mention, text: str, common: CommonWords | None,
               gazetteer: frozenset[str] | None, starts: set[int]) -> Mention:
    """A span with a given name (``given_names``) as a person: capitalised words before a given
    name and surname cut off ("Bundeskanzler Olaf Scholz"), a name of two or three capitalised
    words that opens with one typed PER ("Lars Klingbeil" tagged ORG; not "... Institut",
    "... Bank"), a lone given name joined to the surname after it ("Howard" Zehr)."""
    spans = [(w.start(), w.end()) for w in _TOKEN.finditer(m.text)]
    words = [m.text[a:b] for a, b in spans]
    # a title that is a given name too before a given name ("Meister Johann Sebastian")
    k = next((i for i, w in enumerate(words) if given_name(w) and not (
        i + 1 < len(words) and given_name(words[i + 1]) and germanwords.has_head(w, WORDS.role_heads))), -1)
    if (k < 0 and len(words) == 2 and m.label != "PER" and all(map(_title_word, words))
            and germanwords.feminine_name(*words)
            and not words[1].lower().endswith(WORDS.adjectival_surname_endings)  # "Poczta Polska"
            and not any(known_place(w, gazetteer) for w in (m.text, *words))):
        return replace(m, label="PER")
    if k < 0:
        return m
    if len(words) == 1:
        after = _SURNAME.match(text, m.end)
        if after and m.end + 1 not in starts and not (common and common.common(after[1])):
            return replace(m, end=after.end(), text=text[m.start:after.end()], label="PER")
    if known_place(m.text, gazetteer):
        return m
    if k > 0:  # a title or descriptor before a given name and surname
        if any(_head_in(words[-1], h) for h in (ORG_HEADS, PLACE_HEADS, LANDMARK_HEADS)):
            return m  # "Rolls Royce Motorenwerke"
        if len(words) - k < 2 or not all(_title_word(w) and not known_place(w, gazetteer)
                                         for w in words[:k]):
            return m
        start = m.start + spans[k][0]
        return replace(m, start=start, text=text[start:m.end], label="PER")
    if len(words) == 1:
        return replace(m, label="PER")
    heads = (ORG_HEADS, PLACE_HEADS, LANDMARK_HEADS)
    if (m.label == "PER" or len(words) > MAX_PERSON_WORDS or not all(map(_title_word, words))
            or any(_head_in(words[-1], h) for h in heads) or common_noun(words[-1], common)):
        return m
    return replace(m, label="PER")


def _noun_person_cut(m: Mention, text: str, common: CommonWords | None, gazetteer: frozenset[str] | None,
                     nouns: Callable[[str], bool]) -> Mention | None:
    """A person's span ending in a common noun with no given name (``germanpeople``): gone, or
    the known place it opens with ("Irland Rechtsgrundlage" -> "Irland"); "Philipp H." whole."""
    if m.label != "PER" or not germanpeople.noun_surname(m.text.split(), common, gazetteer, nouns):
        return germanpeople.initial_stop(m, text)
    return germanpeople.place_of_noun_phrase(m, gazetteer)


def _place_adjective(word: str, gazetteer: frozenset[str] | None) -> bool:
    """A place adjective: "Dessauer" (Dessau), "Münchner" (München). Only the place name
    itself before "-er": with "Bremer" (Bremen) also read, "Peter" would be "Petén"'s."""
    if len(word) < MIN_PLACE_ADJECTIVE or not word.endswith("er") or not word[:1].isupper():
        return False
    stem = word[:-2]
    forms = [stem, *([stem[:-1] + "en"] if stem.endswith("chn") else [])]
    return any(known_place(form, gazetteer) for form in forms)


def _opens(text: str, start: int) -> bool:
    """Whether a mention at ``start`` opens its sentence (or line)."""
    return bool(_OPENING.search(text[max(0, start - 40):start]))


def _common_phrase(words: list[str], label: str, opening: bool, common: CommonWords | None,
                   gazetteer: frozenset[str] | None, page_place: bool = False) -> bool:
    """A two-word span that is a noun phrase, not a name: a place adjective before a long
    compound noun ("Dessauer Flugplatzfest"), or, opening a sentence (where any word has a
    capital), an adjective before a common noun ("Schwerkranke Menschen"). Names ending in a
    company, place or landmark word ("Berliner Zeitung", "Kölner Dom"...) stay. ``page_place``:
    the first word is a place adjective of a town the page names (``germanphrases``)."""
    last = words[-1]
    if len(words) != 2 or known_place(last, gazetteer) or any(
            _head_in(last, heads) for heads in (ORG_HEADS, PLACE_HEADS, LANDMARK_HEADS)):
        return False
    if ((label != "PER" or common_noun(last, common))
            and (page_place or _place_adjective(words[0], gazetteer))
            and "-" not in last
            and (len(last) >= MIN_COMPOUND_CHARS or common_noun(last, common))):
        return True
    # opening a sentence: an inflected adjective before a common noun ("Schwerkranke Menschen")
    # a given name of that shape is none ("Sophie Funke": a surname the noun lexicon lists)
    return (opening and not given_name(words[0]) and (bool(_ADJECTIVE_FORM.match(words[0].lower()))
                         or words[0].lower() in WORDS.indeclinable_adjectives)
            and common_noun(last, common))


def _missed_places(text: str, mentions: list[Mention], common: CommonWords | None,
                   gazetteer: frozenset[str] | None) -> list[Mention]:
    taken = [(m.start, m.end) for m in mentions]
    found: list[Mention] = []
    previous = ""
    for match in _WORD.finditer(text):
        word = match.group()
        if (previous in WORDS.place_prepositions and word[:1].isupper()
                and not any(a < match.end() and match.start() < b for a, b in taken)
                and not (common is not None and common.common(word))
                and known_place(word, gazetteer)):
            found.append(Mention(match.start(), match.end(), word, "LOC", None, 0.5))
        previous = word
    return found


# A day number before a month ("25. Juli"), or a year after it ("Januar 2020").
# Letters of a people's noun's stem ("Ind|er"): shorter ones are mostly no demonym. Set by hand.
MIN_DEMONYM_STEM = 3
_DAY_BEFORE = re.compile(r"\b\d{1,2}\.\s*$")
_INITIAL = re.compile(r"^[A-ZÄÖÜ]\.$")
_YEAR_AFTER = re.compile(r"\s*\d{4}\b")


def _never_name(words: list[str], text: str, start: int, gazetteer: frozenset[str] | None) -> bool:
    """A span that is no name (``germanwords``): a disease ("Afrikanische Schweinepest", "Pest";
    a place ending like one, "Budapest", stays), an event ("Olympischen Spielen") or a date."""
    last = next((w for w in reversed(words) if not w.isdigit()), words[-1])  # "... 2022"
    person = len(words) > 1 and given_name(words[0])
    if not person and germanwords.disease(last) and not last.lower().startswith("anti") and (
            last.lower() in WORDS.disease_heads or not known_place(last, gazetteer)):
        return True
    # an event word anywhere ("European Championships Munich"), not in a body's name ("... GmbH")
    event = (germanwords.event(last) or any(w.lower() in WORDS.event_heads for w in words[1:-1])
             ) and not _head_in(last, ORG_HEADS)
    return event or occasion(words) or _date_span(words, text, start)


def _date_span(words: list[str], text: str, start: int) -> bool:
    """A month in a span is a date ("Mitte Januar", "Juli Fragen", "25. Juli"), unless it opens
    a given name and surname ("August Bebel"): not after a day number or time word, not
    before a year, the next word a capitalised non-common word."""
    k = next((i for i, w in enumerate(words) if germanwords.month(w)), -1)
    if k < 0:
        return False
    if k > 0:  # "Mitte Januar", "Prozess im Juli"; not "Friedrich August Stüler"
        prev = words[k - 1]
        return not given_name(prev) and (prev.lower() in WORDS.time_words
                                         or not _title_word(prev) or suffix_noun(prev))
    if len(words) < 2 or not (_title_word(words[1]) or _INITIAL.match(words[1])) or suffix_noun(words[1]):
        return True
    before = text[max(0, start - 12):start]
    previous = before.split()[-1].lower() if before.split() else ""
    return bool(_DAY_BEFORE.search(before) or previous in WORDS.time_words
                or _YEAR_AFTER.match(text, start + len(words[0])))


def _demonym(word: str) -> bool:
    """A people's noun of a German place name ("Inder", "Slowenen", "Norweger", "Kenianerin");
    not an adjective ("Deutschen", "Olympische") nor a given name ("Jürgen")."""
    low = word.lower()
    if not _title_word(word) or low in given_names() or re.search(r"sch(?:e|en|er|es|em)?$", low):
        return False
    places = german_places()
    for ending in ("erinnen", "erin", "er", "en", "e"):
        stem = low[: len(low) - len(ending)]
        if low.endswith(ending) and len(stem) >= MIN_DEMONYM_STEM:
            forms = (stem, stem + "ien", stem + "en", stem[:-1] + "a", stem + "land")
            if any(f in places for f in forms):
                return True
    return False


def _titles_cut(m: Mention, common: CommonWords | None, gazetteer: frozenset[str] | None) -> Mention:
    """Titles, functions, people's names and descriptors before a name cut off: "Europameister
    Armand Duplantis", "Gerhards Mechaniker Frank" (a possessive before the role goes too),
    "Slowenen Cene Prevc", "Regierungspartei Ennahda", "Hochburg Petersberg" (a place, LOC).
    What follows must be one to three capitalised words that are no common nouns (or are
    seed-KB names: "Konkurrent Google"), or an acronym; a person after a role or a people's
    name is typed PER, the cut words kept as the mention's ``role``."""
    spans = [(w.start(), w.end()) for w in _TOKEN.finditer(m.text)]
    words = [m.text[a:b] for a, b in spans]
    # a role or descriptor before one name word or more; a people's noun ("Slowenen") only
    # before a given name and surname ("Berner Alpen", "Wiener Mundart" are no titles)
    k = max((i for i, w in enumerate(words[:-1])
             if germanwords.role_noun(w) or germanwords.org_descriptor(w)
             or germanwords.place_descriptor(w) or (i < len(words) - 2 and _demonym(w))), default=-1)
    # only possessives before the title ("Gerhards Mechaniker"; not "Sozialdemokratische Partei")
    if k < 0 or not all(_title_word(w) and w.endswith("s") for w in words[:k]):
        return m
    rest = words[k + 1:]
    place = germanwords.place_descriptor(words[k])  # "Hochburg Petersberg"
    descriptor = place or germanwords.org_descriptor(words[k])
    # after a role, a noun of the lexicon only is a surname ("Erzbischof Schick")
    noun = germanpeople.listed_noun if germanwords.role_noun(words[k]) else common_noun
    if (len(rest) > MAX_PERSON_WORDS
            or any(noun(w, common) and not germanknown.known_name(w) for w in rest)
            or (known_place(" ".join(rest), gazetteer) and not place)):
        return m  # "Partei Finnlands", "Diözese Münster": the place is part of the name
    acronym = all(w.isupper() and len(w) > 1 for w in rest)
    if not acronym and not all(_title_word(w) for w in rest):
        return m
    if k == 0 and germanwords.org_descriptor(words[0]) and _ADJECTIVE_FORM.match(rest[0].lower()):
        return m  # "Sender Freies Berlin", "Partei Bibeltreuer Christen": the noun opens the name
    if (not acronym and not descriptor and len(rest) == 1
            and m.label != "PER" and not given_name(rest[0])):
        return m  # "Eurostar International": no person after a role
    start = m.start + spans[k + 1][0]
    cut = replace(m, start=start, text=m.text[spans[k + 1][0]:])
    if descriptor or acronym:  # an organisation's descriptor names no person ("Amazons Dienst Luna")
        person = len(rest) > 1 and germanwords.has_head(words[k], PERSON_TOO_DESCRIPTOR_HEADS)
        label = "LOC" if place else "ORG" if descriptor and cut.label == "PER" and not person else cut.label
        return replace(cut, label=label)
    return replace(cut, label="PER", role=" ".join(words[: k + 1]))


# A year closing a span: "im Jahr 2021" is no part of a name ("Arab Barometer im Jahr 2021"),
# nor a bare year of a person's ("Foucault 1982", a citation); events keep theirs
# ("Tour de France 2011", MISC in the news gold and ORG in WikiANN).
_YEAR_TAIL = re.compile(r"\s+im\s+Jahre?\s+\d{4}$")
_BARE_YEAR_TAIL = re.compile(r"\s+\d{4}$")


def _ends_cut(m: Mention, text: str, common: CommonWords | None) -> Mention:
    """Words around a name that are no part of it: a determiner before it ("Kein Kerl"), a
    year after it (``_YEAR_TAIL``), a common noun joined to it by a
    contracted preposition ("Entwicklungsbiologie am Roslin Institute")."""
    words = m.text.split()
    first = words[0].lower()
    if first in WORDS.determiners and len(words) > 1:
        start = m.start + len(words[0]) + m.text[len(words[0]):].index(words[1])
        m = replace(m, start=start, text=text[start:m.end])
    tail = _YEAR_TAIL.search(m.text) or (_BARE_YEAR_TAIL.search(m.text) if m.label == "PER" else None)
    if tail and tail.start() > 0:
        m = replace(m, end=m.start + tail.start(), text=m.text[:tail.start()])
    spans = [(w.start(), w.end()) for w in _TOKEN.finditer(m.text)]
    words = [m.text[a:b] for a, b in spans]
    for i, word in enumerate(words[1:-1], 1):
        # learned nouns only: "Erzbischof Schick am Sonntag" keeps its name
        learned = all(germanpeople.listed_noun(w, common) for w in words[:i])
        if word in WORDS.joining_prepositions and learned and not _head_in(words[i - 1], BUILDING_HEADS):
            start = m.start + spans[i + 1][0]
            return replace(m, start=start, text=text[start:m.end])
    return m
