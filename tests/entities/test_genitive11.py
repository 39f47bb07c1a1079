"""Issue 14: a German place or body in the genitive links to its bare form's KB entity
(``germanlink.genitive_stems``, ``Linker._resolve_genitive``), and a company's name the article
reads as a place's loses the company (``placecheck.companies_read_as_places``). Original
sentences; NER mentions written by hand with the types NER gives."""

from __future__ import annotations

import pytest

from dragoman.entities import placecheck
from dragoman.entities.germanlink import genitive_lookups, genitive_stems
from dragoman.entities.kb import KbEntity, KnowledgeBase, token_key
from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory, learned_id
from dragoman.entities.placecheck import read_as_place
from tests.entities.mentions import linked, linked_ids


@pytest.fixture()
def linker() -> Linker:
    return Linker(memory=Memory())


def test_genitive_stems_drop_s_then_es_in_a_language_that_forms_them() -> None:
    assert genitive_stems("Brasiliens", "de") == ["Brasilien"]
    assert genitive_stems("Bundestages", "de") == ["Bundestage", "Bundestag"]
    assert genitive_stems("Sri Lankas", "de") == ["Sri Lanka"]
    assert genitive_stems("Kongress", "de") == []  # "-ss" is no genitive ending
    assert genitive_stems("Roms", "de") == []  # a stem shorter than MIN_STEM letters
    assert genitive_stems("Brasiliens", "en") == []  # English writes no such genitive
    assert genitive_lookups("Brasiliens", "MISC", "de") == []


def test_a_country_in_the_genitive_after_a_role_links_to_the_country(linker: Linker) -> None:
    ids = linked_ids(linker, "Die Kanzlerin Deutschlands traf am Freitag den Präsidenten Frankreichs.",
                     [("Deutschlands", "LOC"), ("Frankreichs", "LOC")], "de")
    assert ids == {"Deutschlands": "country-DE", "Frankreichs": "country-FR"}
    ids = linked_ids(linker, "Der Präsident Brasiliens flog danach in die Hauptstadt Kenias.",
                     [("Brasiliens", "LOC"), ("Kenias", "LOC")], "de")
    assert ids == {"Brasiliens": "country-BR", "Kenias": "country-KE"}


def test_a_body_in_the_genitive_in_es_links_to_the_body(linker: Linker) -> None:
    ids = linked_ids(linker, "Eine Mehrheit des Bundestages stimmte dem Gesetz am Abend zu.",
                     [("Bundestages", "ORG")], "de")
    assert ids["Bundestages"] == "bundestag"


def test_a_name_that_ends_in_s_by_itself_stays_itself(linker: Linker) -> None:
    ids = linked_ids(linker, "Die Regierung von Texas und der Bürgermeister von Paris trafen sich.",
                     [("Texas", "LOC"), ("Paris", "LOC")], "de")
    assert ids == {"Texas": "region-texas", "Paris": "city-paris"}


def test_the_genitive_is_no_look_up_in_english_text(linker: Linker) -> None:
    ids = linked_ids(linker, "Our reporter spoke to Brasiliens, a band from Leeds, on Friday.",
                     [("Brasiliens", "ORG")], "en")
    assert ids.get("Brasiliens") != "country-BR"


def test_a_learned_genitive_gives_way_to_the_kb_place() -> None:
    memory = Memory()
    memory.remember(learned_id("brasiliens"), "LOC", "Brasiliens", "Brasiliens", "de")
    ids = linked_ids(Linker(memory=memory), "Der Präsident Brasiliens reiste am Montag ab.",
                     [("Brasiliens", "LOC")], "de")
    assert ids["Brasiliens"] == "country-BR"


def test_only_a_kb_entity_of_the_stem_links_a_place_in_the_genitive() -> None:
    kb = KnowledgeBase()
    kb.add(KbEntity("region-velmar", "LOC", {"de": "Velmar"}, rank=0.6))
    kb.build_index()
    memory = Memory()
    memory.remember(learned_id("orvando"), "LOC", "Orvando", "Orvando", "de")
    ids = linked_ids(Linker(kb, memory), "Die Wälder Velmars und die Küste Orvandos sind berühmt.",
                     [("Velmars", "LOC"), ("Orvandos", "LOC")], "de")
    assert ids["Velmars"] == "region-velmar"
    assert ids.get("Orvandos") != learned_id("orvando")  # a learned stem is no KB name


def test_a_town_in_the_genitive_is_named_by_its_own_name(linker: Linker) -> None:
    out = linked(linker, "Der Bürgermeister Triers eröffnete am Montag die neue Brücke.",
                 [("Triers", "LOC")], "de")
    entity = linker.kb.entities.get(out[0].entity_id or "")
    assert entity is not None and entity.name == "Trier"


# -- a company's name read as a place's ----------------------------------------------------------
_ARTICLES = frozenset({"the"})
_NOUNS = frozenset(token_key(w) for w in ("rainforest", "basin"))


def _read(text: str, name: str) -> bool:
    start = text.index(name)
    return read_as_place(text, start, start + len(name), _ARTICLES, _NOUNS, "en")


def test_a_name_after_the_article_at_a_clause_end_or_before_a_feature_is_a_place() -> None:
    assert _read("The minister flew over the Orinox on Sunday. She toured the Orinox.", "Orinox.")
    assert _read("Smoke rose above the Orinox basin for weeks.", "Orinox")
    assert _read("Smoke rose above the Orinox River for weeks.", "Orinox")  # a place head
    assert _read("Ranchers burned forest in the Orinox last spring.", "Orinox")


def test_a_company_without_the_article_or_with_its_own_noun_is_no_place() -> None:
    assert not _read("Orinox said its sales grew.", "Orinox")
    assert not _read("She has worked at Orinox for years.", "Orinox")
    assert not _read("The Orinox founder spoke on Monday.", "Orinox")
    assert not _read("Investors sold the Orinox's shares.", "Orinox")


def test_the_english_pack_holds_the_place_words() -> None:
    articles, nouns = placecheck.place_words("en")
    assert "the" in articles and "basin" in nouns
    assert placecheck.place_words("de") == (frozenset(), frozenset())  # "die Telekom"


def test_a_place_mention_read_as_a_place_loses_the_company(linker: Linker) -> None:
    text = "The President of Brazil flew over the Amazon rainforest and visited the Amazon."
    out = linked(linker, text, [("Brazil", "LOC"), ("Amazon", "LOC"), ("Amazon", "LOC")], "en")
    assert [m.entity_id for m in out if m.label == "LOC"] == ["country-BR", None, None]


def test_the_company_read_as_a_company_keeps_its_link(linker: Linker) -> None:
    text = "Amazon said on Monday that profits rose, and Amazon's shares climbed. Staff at Amazon cheered."
    out = linked(linker, text, [("Amazon", "LOC"), ("Amazon", "LOC"), ("Amazon", "LOC")], "en")
    assert {m.entity_id for m in out if m.text == "Amazon"} == {"amazon"}


def test_a_kb_place_of_the_name_is_left_to_the_resolver() -> None:
    kb = KnowledgeBase()
    kb.add(KbEntity("orinox-co", "ORG", {"en": "Orinox"}, rank=0.9))
    kb.add(KbEntity("region-orinox", "LOC", {"en": "Orinox"}, rank=0.5, country="BR"))
    kb.build_index()
    out = linked(Linker(kb, Memory()), "Scientists counted birds in the Orinox.", [("Orinox", "LOC")])
    assert out[0].entity_id is not None
