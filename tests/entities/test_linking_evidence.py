"""Evidence before a link or a new entity: gazetteer towns need more than a bare word match,
a one-word name needs more than NER's tag, a first name alone joins its person (original
sentences, mentions given by hand)."""

from __future__ import annotations

import pytest

from dragoman.entities.kb import name_key
from dragoman.entities.kbsources import CITY_LATIN_ALIAS_MIN, load_kb
from dragoman.entities.linkdoc import acronym_shape
from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from dragoman.entities.placecheck import PLACE_SURE_POPULATION
from dragoman.model import EntityType
from tests.support.mentions import mentions


@pytest.fixture()
def linker() -> Linker:
    return Linker(memory=Memory())


def linked(linker: Linker, text: str, items: list[tuple[str, EntityType]],
           language: str) -> dict[str, str | None]:
    out, _ = linker.link(text, mentions(text, items), language=language)
    return {m.text: m.entity_id for m in out}


def _towns_by_alias(max_population: int) -> list[tuple[str, str, str]]:
    """(entity id, a Latin alias that is not its main name, its country) of each gazetteer
    town below ``max_population`` with one (the alias names that town alone)."""
    kb = load_kb()
    out = []
    for entity in kb.entities.values():
        if not 0 < entity.population < max_population or entity.country is None:
            continue
        main = name_key(entity.name)
        for alias in entity.aliases:
            key = name_key(alias)
            if (alias.isascii() and alias.isalpha() and len(key) >= 6 and key != main
                    and not main.startswith(key) and kb.by_key.get(key) == [entity.id]):
                out.append((entity.id, alias, entity.country))
                break
    assert out, "no gazetteer town with a Latin alias"
    return out


def _town_by_alias(max_population: int) -> tuple[str, str, str]:
    return _towns_by_alias(max_population)[0]


def test_short_latin_alternate_names_are_not_indexed() -> None:
    kb = load_kb()
    towns = [e for e in kb.entities.values() if e.population > 0]
    assert towns
    for entity in towns:
        main = name_key(entity.name)
        for alias in entity.aliases:
            key = name_key(alias)
            if alias.isascii() and key != main:
                assert len(key) >= CITY_LATIN_ALIAS_MIN, (entity.id, alias)


def test_a_small_town_by_an_alternate_name_needs_its_country(linker: Linker) -> None:
    town, alias, country = _town_by_alias(PLACE_SURE_POPULATION)
    kb = load_kb()
    text = f"Volunteers from {alias} repaired the old footbridge over the weekend."
    assert linked(linker, text, [(alias, "LOC")], "en")[alias] is None
    country_name = kb.entities[f"country-{country}"].name
    text = f"Volunteers from {alias}, in {country_name}, repaired the old footbridge."
    got = linked(linker, text, [(alias, "LOC"), (country_name, "LOC")], "en")
    assert got[alias] == town and got[country_name] == f"country-{country}"


def test_a_town_by_its_own_name_typed_a_place_is_kept(linker: Linker) -> None:
    text = "The night train from Linz arrived two hours late because of snow on the tracks."
    assert linked(linker, text, [("Linz", "LOC")], "en")["Linz"] == "city-2772400"


def test_a_town_by_its_own_name_typed_an_organisation_is_kept(linker: Linker) -> None:
    text = "Elle enseigne la chimie à l'université de Nantes depuis six ans."
    assert linked(linker, text, [("Nantes", "ORG")], "fr")["Nantes"] == "city-2990969"


def test_other_doubtful_towns_do_not_vouch_for_each_other(linker: Linker) -> None:
    towns = _towns_by_alias(PLACE_SURE_POPULATION)
    _, alias, country = towns[0]
    _, other_alias, _ = next(t for t in towns[1:] if t[2] == country)
    text = f"Delegates from {alias} and from {other_alias} signed the twinning charter."
    got = linked(linker, text, [(alias, "LOC"), (other_alias, "LOC")], "en")
    assert got[alias] is None and got[other_alias] is None


def test_an_arabic_sound_alike_of_a_small_town_is_not_linked(linker: Linker) -> None:
    # شيلي is a spelling of Chile; by its sound it reaches Celaya, a Mexican town.
    text = "أعلنت شيلي أمس أنها ستخفض الرسوم الجمركية على واردات النحاس."
    got = linked(linker, text, [("شيلي", "LOC")], "ar")
    assert got["شيلي"] is None or not got["شيلي"].startswith("city-")


def test_a_one_word_name_on_ner_alone_founds_no_entity(linker: Linker) -> None:
    text = ("Ultimately the committee voted against the plan. The singer NOVAK sold out two nights. "
            "Meanwhile, a small magazine, Vellum, printed the letter.")
    got = linked(linker, text, [("Ultimately", "ORG"), ("NOVAK", "ORG"), ("Vellum", "PER")], "en")
    # an opener only ever written at sentence starts, a word in capitals: no entity; a name
    # written inside a sentence still founds one
    assert got["Ultimately"] is None and got["NOVAK"] is None
    assert got["Vellum"] is not None


def test_a_sentence_opener_with_a_title_or_a_speech_verb_founds_an_entity(linker: Linker) -> None:
    text = "Senator Okafor opposed the bill. Brandvik said the vote was rushed."
    got = linked(linker, text, [("Okafor", "PER"), ("Brandvik", "PER")], "en")
    assert got["Okafor"] is not None and got["Brandvik"] is not None
    text = "Brandvik opposed the bill. The vote was rushed."
    assert linked(Linker(memory=Memory()), text, [("Brandvik", "PER")], "en")["Brandvik"] is None


def test_acronyms_found_entities_and_capitalised_words_do_not(linker: Linker) -> None:
    assert acronym_shape("KDWB") and acronym_shape("AfD") and not acronym_shape("RAYE")
    text = "The KDWB broadcast started at noon."
    assert linked(linker, text, [("KDWB", "ORG")], "en")["KDWB"] is not None


def test_a_given_name_alone_founds_no_entity(linker: Linker) -> None:
    text = "Andrew waved from the boat while the others kept rowing."
    assert linked(linker, text, [("Andrew", "LOC")], "en")["Andrew"] is None


def test_a_first_name_alone_joins_the_one_person_of_the_article(linker: Linker) -> None:
    text = ("Marlow Quade told the inquiry he had signed the contract. Later, Marlow admitted "
            "that the figures were wrong, and the board thanked Marlow for his candour.")
    items: list[tuple[str, EntityType]] = [("Marlow Quade", "PER"), ("Marlow", "PER"), ("Marlow", "LOC")]
    out, _ = linker.link(text, mentions(text, items), language="en")
    ids = {m.entity_id for m in out}
    assert len(ids) == 1 and None not in ids
    assert {m.label for m in out} == {"PER"}


def test_a_first_name_two_people_share_joins_neither(linker: Linker) -> None:
    text = "Marlow Quade and Marlow Tennant met in the hall. Marlow said little."
    out, _ = linker.link(text, mentions(text, [("Marlow Quade", "PER"), ("Marlow Tennant", "PER"),
                                               ("Marlow", "PER")]), language="en")
    full = {m.text: m.entity_id for m in out if " " in m.text}
    alone = [m for m in out if m.text == "Marlow"]
    assert len(set(full.values())) == 2
    assert alone and all(m.entity_id not in full.values() for m in alone)


def test_a_short_kb_acronym_needs_its_capitals(linker: Linker) -> None:
    text = "Who pays for the new clinic? The WHO said donors would cover half."
    got, _ = linker.link(text, mentions(text, [("Who", "ORG"), ("WHO", "ORG")]), language="en")
    assert [m.entity_id for m in got if m.text == "Who"] != ["who"]
    assert [m.entity_id for m in got if m.text == "WHO"] == ["who"]


def test_a_short_word_does_not_reach_a_kb_name_by_a_looser_spelling(linker: Linker) -> None:
    # "messy" and "Messi" share a variant key (a Slavic-ending fold); a short word is not a name
    text = "The kitchen was Messy after the party, said the landlord."
    got = linked(linker, text, [("Messy", "PER")], "en")
    assert got["Messy"] != "lionel-messi"


def test_an_acronym_in_capitals_is_not_a_town_of_that_name(linker: Linker) -> None:
    kb = load_kb()
    town = next(e for e in kb.entities.values()
                if 0 < e.population < PLACE_SURE_POPULATION and e.name.isalpha() and len(e.name) == 3
                and kb.by_key.get(name_key(e.name)) == [e.id])
    acronym = town.name.upper()
    text = f"A report by the {acronym} found that the agency had overspent."
    assert linked(linker, text, [(acronym, "LOC")], "en")[acronym] != town.id


def test_a_month_and_a_year_are_no_entity(linker: Linker) -> None:
    text = "Im Oktober 1931 zog die Malerin nach Graz, und im Juli 2019 wurde ihr Atelier ein Museum."
    got, _ = linker.link(text, mentions(text, [("Oktober 1931", "ORG"), ("Juli 2019", "MISC")]),
                         language="de")
    assert [m.text for m in got if m.text in ("Oktober 1931", "Juli 2019")] == []


def test_a_line_of_two_sentences_is_no_headline_in_a_latin_script_article(linker: Linker) -> None:
    # German capitalises nouns: this line passes the Title Case share, yet it is running text
    text = "Im März zog die Familie nach Wien. Seit Juli leitet Hanna Brettschneider das Haus."
    got, _ = linker.link(text, mentions(text, [("Hanna Brettschneider", "PER")]), language="de",
                         fragment_names=True)
    assert got[-1].text == "Hanna Brettschneider" and got[-1].entity_id is not None
