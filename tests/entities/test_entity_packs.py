"""Entity evidence of the packs beyond en, de and fr (issue 14, "entities an analyst can
trust"): head words, group words, document words, ages, list conjunctions, closing function
words, role nouns, titles and honorifics of the es, it, pt, ru, ar, tr and fa packs.
Original sentences and names written for these tests; NER mentions given by hand with the
wrong types NER gives."""

from __future__ import annotations

import pytest

from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from dragoman.entities.nameclass import document_name, founds_no_entity, head_type
from dragoman.entities.personcue import age_follows
from dragoman.entities.referents import find_referents
from dragoman.entities.titles import only_honorific, person_role_before, plural_title
from dragoman.entities.wordclass import function_word_tail, given_name_alone
from tests.entities.mentions import tagged


@pytest.fixture()
def linker() -> Linker:
    return Linker(memory=Memory())


@pytest.mark.parametrize(("name", "kind"), [
    ("Universidad de Valdeoro", "ORG"), ("Calle Mirasol", "LOC"),
    ("Ministero della Pesca", "ORG"), ("Via dei Tessitori", "LOC"),
    ("Ministério das Pescas", "ORG"), ("Rua das Gaivotas", "LOC"),
    ("Министерство рыболовства", "ORG"), ("улица Садовая", "LOC"),
    ("وزارة الزراعة", "ORG"), ("شارع الياسمين", "LOC"),
    ("Tarım Bakanlığı", "ORG"), ("Lale Caddesi", "LOC"),
    ("وزارت کشاورزی", "ORG"), ("خیابان آزادی", "LOC"),
])
def test_head_words_of_each_pack_type_a_name(name: str, kind: str) -> None:
    assert head_type(name) == kind


def test_a_spanish_university_ner_calls_a_place_is_an_organisation(linker: Linker) -> None:
    text = ("Los datos fueron analizados por la Universidad de Valdeoro y por el Servicio "
            "Meteorológico de Tarvia, que publicó el informe el martes.")
    out, _ = linker.link(text, tagged(text, [("Universidad de Valdeoro", "LOC"),
                                             ("Servicio Meteorológico de Tarvia", "PER")]),
                         language="es")
    assert [m.label for m in out] == ["ORG", "ORG"]


def test_an_italian_street_ner_calls_a_person_is_a_place(linker: Linker) -> None:
    text = "Il corteo è partito da Piazza Fontanelle ed è arrivato in Via Ermenegildo Sassi."
    out, _ = linker.link(text, tagged(text, [("Piazza Fontanelle", "PER"),
                                             ("Via Ermenegildo Sassi", "PER")]), language="it")
    assert [m.label for m in out] == ["LOC", "LOC"]


@pytest.mark.parametrize("word", ["musulmanes", "Judíos", "cattolici", "islamisti",
                                  "muçulmanos", "evangélicos", "мусульмане", "Müslümanlar",
                                  "المسيحيون", "مسلمانان"])
def test_group_words_alone_found_no_entity(word: str) -> None:
    assert founds_no_entity(word, "PER")


def test_a_given_name_that_is_also_a_group_word_is_left_out(linker: Linker) -> None:
    # "Cristiano" is a given name: only the plural "cristianos" is a group
    text = "Cristiano Albarrán llegó a Lisboa. Los cristianos de la aldea lo esperaban."
    out, _ = linker.link(text, tagged(text, [("Cristiano Albarrán", "PER")]), language="es")
    assert out[0].text == "Cristiano Albarrán" and out[0].entity_id is not None


@pytest.mark.parametrize("name", [
    "Ley de Vivienda Rural", "Legge di Bilancio", "Lei da Liberdade Económica",
    "Закон о связи", "Налоговый кодекс", "قانون العمل", "Türk Ceza Kanunu", "قانون کار",
])
def test_a_law_is_a_document_and_founds_no_entity(name: str) -> None:
    assert document_name(name) and founds_no_entity(name, "ORG")


def test_a_document_word_before_a_capitalised_word_may_start_a_name() -> None:
    # "Acuerdo Verde" may be a party: only a lower-case word after the lead makes a law
    assert not document_name("Acuerdo Verde")


@pytest.mark.parametrize(("text", "name"), [
    ("Ayer habló Lucía Ferrán, 47 años, en la plaza.", "Lucía Ferrán"),
    ("La vittima, Giada Morelli (39 anni), abitava a Lecce.", "Giada Morelli"),
    ("O pescador Tiago Barroca, 52 anos, saiu cedo.", "Tiago Barroca"),
    ("Пострадала Ирина Волкова, 45 лет, жительница города.", "Ирина Волкова"),
])
def test_an_age_in_apposition_is_read_in_each_language(text: str, name: str) -> None:
    assert age_follows(text, text.index(name) + len(name))


def test_a_name_followed_by_an_age_in_spanish_is_a_person(linker: Linker) -> None:
    text = "Según los vecinos de Alcornal, Berrueco, 61 años, vivía solo desde marzo."
    out, _ = linker.link(text, tagged(text, [("Alcornal", "LOC"), ("Berrueco", "LOC")]),
                         language="es")
    assert [m.label for m in out] == ["LOC", "PER"]


@pytest.mark.parametrize(("name", "language", "kept"), [
    ("Ana Ruiz y", "es", "Ana Ruiz"), ("Marco Bellini e", "it", "Marco Bellini"),
    ("Rita Sardinha e", "pt", "Rita Sardinha"), ("Ольга Гусева и", "ru", "Ольга Гусева"),
    ("Ayşe Demir ve", "tr", "Ayşe Demir"), ("Lisa Su", "es", "Lisa Su"),
])
def test_a_closing_function_word_is_cut_off(name: str, language: str, kept: str) -> None:
    assert name[: function_word_tail(name, language)] == kept


def test_names_listed_after_a_plural_title_are_people_in_spanish(linker: Linker) -> None:
    assert plural_title("Ministros")
    text = ("La reunión la presidieron los Ministros Ybarrola, Castrejón y Mendaro en Toledo. "
            "Castrejón habló primero.")
    out, _ = linker.link(text, tagged(text, [("Ministros Ybarrola", "PER"), ("Castrejón", "LOC"),
                                             ("Mendaro", "LOC"), ("Toledo", "LOC"),
                                             ("Castrejón", "LOC")]), language="es")
    listed = [m for m in out if m.text in ("Ybarrola", "Castrejón", "Mendaro")]
    assert {m.label for m in listed} == {"PER"}
    assert [m.label for m in out if m.text == "Toledo"] == ["LOC"]


@pytest.mark.parametrize(("text", "name"), [
    ("Según la ministra Dolores Arrieta, el plan sigue en pie.", "Dolores Arrieta"),
    ("Lo ha confermato il sindaco Ettore Vannucci in serata.", "Ettore Vannucci"),
    ("Segundo o prefeito Caio Barreto, a obra termina em maio.", "Caio Barreto"),
    ("Об этом сообщил пресс-секретарь Олег Пастухов.", "Олег Пастухов"),
])
def test_a_role_noun_before_a_name_is_person_evidence(text: str, name: str) -> None:
    assert person_role_before(text, text.index(name))


def test_a_portuguese_role_noun_makes_an_unsure_span_a_person() -> None:
    text = "A deputada Iracema Tavolaro votou contra. Tavolaro explicou o voto."
    mentions = tagged(text, [("Iracema Tavolaro", "ORG"), ("Tavolaro", "ORG")])
    (referent,) = find_referents(text, mentions, "pt")
    assert referent.type == "PER"


def test_a_spanish_title_is_cut_off_and_kept_as_the_role(linker: Linker) -> None:
    text = "Alcaldesa Inés Carbajo inauguró el mercado. Carbajo prometió más bancos."
    out, _ = linker.link(text, tagged(text, [("Alcaldesa Inés Carbajo", "PER"),
                                             ("Carbajo", "PER")]), language="es")
    assert out[0].text == "Inés Carbajo" and out[0].role == "Alcaldesa"
    assert out[1].entity_id == out[0].entity_id is not None


def test_russian_honorific_abbreviations_name_a_person() -> None:
    assert only_honorific("г-н") and only_honorific("г-жа")


def test_pack_given_names_are_names_and_places_are_left_out() -> None:
    for name in ("Joaquín", "Giuseppe", "João", "Светлана", "Mehmet"):
        assert given_name_alone(name), name
    for place in ("Santiago", "Victoria", "Marina", "Владимир"):
        assert not given_name_alone(place), place
