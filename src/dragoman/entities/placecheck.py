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

from collections.abc import Container, Iterable

from dragoman.entities.kb import RANK_SEED, KbEntity, KnowledgeBase, name_key, variant_key
from dragoman.entities.memory import proclitic_variants
from dragoman.entities.transliterate import name_script
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


def doubtful_places(kb: KnowledgeBase, mentions: Iterable[Mention],
                    earlier: Container[str] = ()) -> set[str]:
    """Ids of the gazetteer cities linked in an article's ``mentions`` without evidence
    (see the module docstring); ``earlier``: ids the archive linked in earlier articles."""
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
            if entity_id not in earlier and not _named_as_place(entity, group):
                # by another name: its country vouches only for a mention typed a place
                towns[entity_id] = entity if any(m.label == "LOC" for m in group) else None
        else:  # a country, or a seed place of this project with its country
            countries.setdefault(entity.country, set()).add(entity_id)
    # A town without evidence of its own is kept when its country, or a seed place there, is
    # named too (other gazetteer towns do not vouch: "Harper" beside "Reno" is no Costa Mesa).
    return {i for i, e in towns.items() if e is None or not countries.get(e.country or "", set()) - {i}}


def _named_as_place(entity: KbEntity, group: list[Mention]) -> bool:
    """Whether the town is written by one of its own names (whatever NER typed it: "Nantes"
    ORG in "université de Nantes"), or, for a large town, by another name NER typed a place."""
    own = [variant_key(name_key(n)) for n in (*entity.names.values(), *entity.aliases)
           if name_script(n) != LATIN]
    own_latin = {k for n in entity.names.values() if name_script(n) == LATIN for k in _latin_keys(n)}
    for m in group:
        if m.text.isupper() and len(m.text) <= ACRONYM_MAX_LETTERS:
            continue  # "GAO" (an office) is no spelling of Gao
        for _, v in proclitic_variants(m.text):
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


def regions_placed_abroad(kb: KnowledgeBase, text: str, mentions: list[Mention]) -> None:
    """Take the link of a seed region of a country away where a seed region the knowledge
    base places in no country (a US state) follows it after a comma or in brackets:
    "Norfolk, Virginia" is the US town, not the English county ("Kent, England" keeps it:
    England is placed in GB; lists of countries or cities are left alone: those are placed)."""
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


def _seed_region(entity: KbEntity | None) -> bool:
    """A place of this project's seed knowledge base without a population (not a town)."""
    return entity is not None and entity.type == "LOC" and not entity.population and entity.rank >= RANK_SEED


def unlink(mentions: Iterable[Mention], doubtful: set[str]) -> None:
    """Take the link of every mention of a ``doubtful`` place away."""
    for m in mentions:
        if m.entity_id in doubtful:
            m.entity_id, m.reason = None, ""
