"""Entity evidence rules of the seventh round (issue 14): Arabic word forms that are no name,
a definite Arabic word meeting a foreign town, a seed entity NER gave another type beside a
town of the same name, descriptor words before a given name, a speech verb before a name,
spans that run two entities together and a surname spelled two ways. Sentences written for
them."""

from __future__ import annotations

import pytest

from dragoman.entities.arabicword import MAX_NAME_WORD_LETTERS, name_words_end, run_together
from dragoman.entities.clockzone import time_zone
from dragoman.entities.coordination import coordinated_parts, titled_parts
from dragoman.entities.descriptors import descriptor_cut
from dragoman.entities.kb import KbEntity
from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from dragoman.entities.spelling import one_slip
from dragoman.entities.textscan import definite_detour
from dragoman.entities.wordclass import leading_verb_cut
from dragoman.model import EntityType, Mention
from tests.entities.mentions import linked


@pytest.fixture()
def linker() -> Linker:
    return Linker(memory=Memory())


def link(linker: Linker, text: str, items: list[tuple[str, EntityType]],
         language: str = "en") -> list[Mention]:
    return linked(linker, text, items, language, 0.9)


# -- Arabic word forms ---------------------------------------------------------------------------

def test_a_word_with_tanween_ends_a_name_or_names_nothing() -> None:
    assert name_words_end("مارتينيز سريعاً") == len("مارتينيز")
    assert name_words_end("ميتًا") == 0
    assert name_words_end("جوزيف كارتر") == len("جوزيف كارتر")
    assert name_words_end("Anna Lindqvist") == len("Anna Lindqvist")


def test_a_span_that_changes_script_ends_where_it_changes() -> None:
    assert name_words_end("Kirkwall  بسرعة") == len("Kirkwall")
    assert name_words_end("أوسلو Oslo") == len("أوسلو")


def test_run_together_arabic_text_is_no_name() -> None:
    glued = "وصلالوفدإلىالمدينةصباحاليومبعدرحلةطويلة"
    assert run_together(glued)
    assert not run_together("سانت بطرسبرغ")
    assert not run_together("ا" * MAX_NAME_WORD_LETTERS)
    assert name_words_end(glued) == 0


def test_tanween_adverb_is_neither_a_mention_nor_a_detected_kb_name(linker: Linker) -> None:
    text = "وجد الحارس الطائر ميتًا قرب البحيرة، وقال إن المدرب كان سعيداً."
    out = link(linker, text, [("ميتًا", "ORG")], language="ar")
    assert not any(m.entity_id for m in out)  # Meta's Arabic name is ميتا
    text = "قال المدرب إن دومينغيز كان رائعاً أمس."
    out = link(linker, text, [("دومينغيز كان رائعاً", "PER")], language="ar")
    assert [m.text for m in out if m.label == "PER"] == ["دومينغيز كان"]


def test_safely_is_not_amman(linker: Linker) -> None:
    text = "عاد الصيادون بأمان إلى الميناء بعد العاصفة، وفق ما قاله خفر السواحل في عمّان."
    out = link(linker, text, [("بأمان", "LOC"), ("عمّان", "LOC")], language="ar")
    assert [m.text for m in out if m.entity_id == "city-amman"] == ["عمّان"]


# -- a definite word meeting a foreign town ------------------------------------------------------

def _town(names: dict[str, str], aliases: list[str]) -> KbEntity:
    return KbEntity("city-1", "LOC", names, aliases, rank=0.6)


def test_a_definite_arabic_word_is_no_foreign_town_named_without_the_article() -> None:
    town = _town({"en": "Harbin", "ar": "هاربن"}, ["هاربین"])
    assert definite_detour("الهاربين", town)
    assert definite_detour("والهاربين", town)
    assert not definite_detour("هاربن", town)
    own = _town({"en": "Mosul", "ar": "الموصل"}, [])
    assert not definite_detour("الموصل", own)
    article = _town({"en": "Al Khor", "ar": "خور"}, [])
    assert not definite_detour("الخور", article)
    seed = KbEntity("city-x", "LOC", {"en": "Harbin", "ar": "هاربن"}, [])
    assert not definite_detour("الهاربين", seed)


def test_fugitives_are_not_harbin_and_harbin_still_is(linker: Linker) -> None:
    text = "ألقت وحدة ملاحقة الهاربين القبض على رجلين، ثم سافر المحققون إلى هاربن."
    out = link(linker, text, [], language="ar")
    assert [m.text for m in out if m.entity_id == "city-2037013"] == ["هاربن"]


# -- a seed entity NER typed otherwise -----------------------------------------------------------

def test_a_seed_company_tagged_as_a_person_links_despite_a_town_of_its_name(linker: Linker) -> None:
    text = "The startup was bought by Google last spring, and its founders now work at Google."
    out = link(linker, text, [("Google", "PER"), ("Google", "PER")])
    assert {(m.entity_id, m.label) for m in out} == {("google", "ORG")}


def test_a_person_is_no_seed_place_when_a_town_shares_the_name(linker: Linker) -> None:
    text = "Coach Ortega said Georgia had trained hard all week."
    out = link(linker, text, [("Ortega", "PER"), ("Georgia", "PER")])
    georgia = next(m for m in out if m.text == "Georgia")
    assert georgia.label == "PER" and not (georgia.entity_id or "").startswith(("region-", "country-"))


# -- descriptor words before a given name --------------------------------------------------------

@pytest.mark.parametrize("span, person", [
    ("Segelprofi Thomas Reinholt", "Thomas Reinholt"),
    ("Kunsthistorikerin Katharina Vollmer", "Katharina Vollmer"),
    ("Stadtrat Markus Ebner", "Markus Ebner"),
    ("Rookie Daniel Okafor", "Daniel Okafor"),
])
def test_a_descriptor_before_a_given_name_is_cut(span: str, person: str) -> None:
    assert span[descriptor_cut(span):] == person


@pytest.mark.parametrize("span", [
    "Anna Maria Kessler",  # a second given name
    "Daniel Okafor",  # nothing before the given name
    "Saint Thomas University",  # a head word: an organisation
    "Rookie Daniel",  # no surname after the given name
    "U.S. Daniel Okafor Park",  # an abbreviation, then a place's head
])
def test_no_descriptor_is_cut(span: str) -> None:
    assert descriptor_cut(span) == 0


def test_an_unknown_first_given_name_stays_where_nouns_are_not_capitalised() -> None:
    """Outside German an unknown capitalised word before a known given name is likelier a
    first given name ("Marisol"), so only an occupation noun is cut there."""
    assert descriptor_cut("Rosalba Ana Quintana", nouns=False) == 0
    assert descriptor_cut("Rosalba Ana Quintana", nouns=True) > 0  # German reading: a noun
    span = "Bassist Corin Vale"
    assert span[descriptor_cut(span, person=True, nouns=False):] == "Corin Vale"


def test_the_person_after_a_descriptor_is_linked_as_a_person(linker: Linker) -> None:
    text = "Im Finale siegte Lokalmatadorin Katharina Vollmer vor 3000 Zuschauern. Vollmer jubelte."
    out = link(linker, text, [("Lokalmatadorin Katharina Vollmer", "ORG")], language="de")
    assert {(m.text, m.label) for m in out if m.entity_id} == {("Katharina Vollmer", "PER"),
                                                              ("Vollmer", "PER")}


# -- a speech verb before a name -----------------------------------------------------------------

@pytest.mark.parametrize("span, name", [
    ("أوضح كوفاليف", "كوفاليف"),
    ("وأضاف ماركوفيتش", "ماركوفيتش"),
    ("noted Lindqvist", "Lindqvist"),
])
def test_a_speech_verb_before_a_name_is_cut(span: str, name: str) -> None:
    language = "en" if span.isascii() else "ar"
    assert span[leading_verb_cut(span, language):] == name


def test_a_capitalised_given_name_is_no_verb() -> None:
    assert leading_verb_cut("Said Hamdan", "en") == 0
    assert leading_verb_cut("كوفاليف", "ar") == 0
    assert leading_verb_cut("طالب الرفاعي", "ar") == 0  # Talib, a given name and a verb


# -- spans that run two entities together --------------------------------------------------------

@pytest.mark.parametrize("span, parts", [
    ("Daniel Okafor et Thomas Reinholt", ["Daniel Okafor", "Thomas Reinholt"]),
    ("Seku Traoré et de Mamadi Traoré", ["Seku Traoré", "Mamadi Traoré"]),
    ("Anna Kessler und Markus Ebner", ["Anna Kessler", "Markus Ebner"]),
])
def test_two_people_joined_by_a_conjunction_are_cut_in_two(span: str, parts: list[str]) -> None:
    found = coordinated_parts(span, person=True)
    assert found is not None and [span[a:b] for a, b in found] == parts


@pytest.mark.parametrize("span", [
    "North Dakota and South Dakota",  # a shared last word of places is their head
    "Real Madrid and Atletico Madrid",
    "Upper Austria and Lower Austria",
])
def test_a_shared_last_word_splits_only_a_span_ner_called_a_person(span: str) -> None:
    assert coordinated_parts(span) is None


def test_a_side_with_a_head_word_is_no_person() -> None:
    assert coordinated_parts("Harbour Trust and Daniel Okafor Foundation", person=True) is None


@pytest.mark.parametrize("span", [
    "Trinidad and Tobago",
    "Department of Parks and Public Spaces",
    "Harris and Hoole",
    "Events Manager und Social Media Events Manager",
])
def test_names_holding_a_conjunction_stay_whole(span: str) -> None:
    assert coordinated_parts(span) is None


def test_the_people_of_a_coordinated_span_are_linked_apart(linker: Linker) -> None:
    text = "La médiation a réuni Daniel Okafor et Thomas Reinholt à Lyon. Okafor a parlé le premier."
    out = link(linker, text, [("Daniel Okafor et Thomas Reinholt", "ORG"), ("Lyon", "LOC"),
                              ("Okafor", "PER")], language="fr")
    people = {m.text: m.entity_id for m in out if m.label == "PER"}
    assert set(people) == {"Daniel Okafor", "Thomas Reinholt", "Okafor"}
    assert people["Okafor"] == people["Daniel Okafor"] != people["Thomas Reinholt"]


@pytest.mark.parametrize("span, parts", [
    ("Harlow County Sheriff Daniel Okafor", ["Harlow County", "Sheriff Daniel Okafor"]),
    ("Brackwater Trust spokesman Thomas Reinholt", ["Brackwater Trust", "spokesman Thomas Reinholt"]),
    ("Ostmark Court Judge Anna ten Brink", ["Ostmark Court", "Judge Anna ten Brink"]),
])
def test_an_organisation_a_title_and_a_person_are_cut_before_the_title(span: str,
                                                                        parts: list[str]) -> None:
    found = titled_parts(span)
    assert found is not None and [span[a:b] for a, b in found] == parts


@pytest.mark.parametrize("span", [
    "Former President Thomas Reinholt",  # a modifier, no organisation, before the title
    "Coastal Council General Assembly",  # no person after the title
    "Hafenmeister Dr. Markus Ebner",  # an honorific says nothing of the word before it
    "Society of General Surgeons Annual Meeting",  # a particle before the title
    "Harlow County Sheriff",
])
def test_no_titled_person_is_cut_out(span: str) -> None:
    assert titled_parts(span) is None


def test_the_titled_person_keeps_the_title_and_the_part_before_founds_nothing(linker: Linker) -> None:
    text = "On Monday Harlow County Sheriff Daniel Okafor said the road would reopen."
    out = link(linker, text, [("Harlow County Sheriff Daniel Okafor", "ORG")])
    person = next(m for m in out if m.label == "PER")
    assert person.text == "Daniel Okafor" and person.entity_id and person.role
    assert not any(m.entity_id for m in out if m.text == "Harlow County")


# -- one name spelled two ways -------------------------------------------------------------------

@pytest.mark.parametrize("a, b, slip", [
    ("mcrae", "mccrae", True), ("brandt", "brand", True), ("okafor", "okafur", True),
    ("reinholt", "reinhlot", True), ("okafor", "okafor", False), ("brandt", "brenda", False),
    ("okafor", "okfaro", False), ("ab", "ba", True), ("abcd", "badc", False),
])
def test_one_slip(a: str, b: str, slip: bool) -> None:
    assert one_slip(a, b) is slip


def test_a_misspelt_surname_is_the_same_person(linker: Linker) -> None:
    text = ("Singer Lorna McFadyen topped the chart. Lorna McFadyan, 24, thanked her fans, "
            "and Lorna Pike, her producer, called it a team effort. McFadyen tours in May.")
    out = link(linker, text, [("Lorna McFadyen", "PER"), ("Lorna McFadyan", "PER"),
                              ("Lorna Pike", "PER"), ("McFadyen", "PER")])
    ids = {m.text: m.entity_id for m in out}
    assert ids["Lorna McFadyen"] == ids["Lorna McFadyan"] == ids["McFadyen"] != ids["Lorna Pike"]


def test_two_people_one_letter_apart_each_named_once_are_two(linker: Linker) -> None:
    text = ("The twins Anna Meier and Anna Meyer, cousins from Graz, both finished the race. "
            "Their coach praised the pair.")
    out = link(linker, text, [("Anna Meier", "PER"), ("Anna Meyer", "PER"), ("Graz", "LOC")],
               language="en")
    ids = {m.text: m.entity_id for m in out}
    assert ids["Anna Meier"] != ids["Anna Meyer"]


def test_two_spellings_each_written_again_are_two_people(linker: Linker) -> None:
    text = ("Tom Hansen won the first heat and Tom Hanson the second. Hansen led early; "
            "Hanson finished strongly.")
    out = link(linker, text, [("Tom Hansen", "PER"), ("Tom Hanson", "PER"), ("Hansen", "PER"),
                              ("Hanson", "PER")])
    ids = {m.text: m.entity_id for m in out}
    assert ids["Tom Hansen"] == ids["Hansen"] != ids["Tom Hanson"] == ids["Hanson"]


def test_short_surnames_one_letter_apart_are_two_people(linker: Linker) -> None:
    text = "Officers named Tom Lee and Tom Lei as the two drivers, both of Leeds."
    out = link(linker, text, [("Tom Lee", "PER"), ("Tom Lei", "PER"), ("Leeds", "LOC")])
    ids = {m.text: m.entity_id for m in out}
    assert ids["Tom Lee"] != ids["Tom Lei"]


# -- a time zone after a clock time --------------------------------------------------------------

@pytest.mark.parametrize("text, name, zone", [
    ("The ferry left Stromness at about 06:45 BST on Friday.", "BST", True),
    ("Polls close at 8 p.m. ET in most states.", "ET", True),
    ("The market opened at 9am CET after the holiday.", "CET", True),
    ("By 2031 NASA hopes to land again.", "NASA", False),  # a year, no time
    ("At 10:30 the BBC reported the delay.", "BBC", False),  # a word between
    ("The debate began at 9 p.m. ABC aired it live.", "ABC", False),  # a broadcaster, no zone
])
def test_a_time_zone_after_a_clock_time(text: str, name: str, zone: bool) -> None:
    assert time_zone(text, text.index(name), name) is zone


def test_a_time_zone_is_no_entity(linker: Linker) -> None:
    text = "Firefighters were called to the harbour at about 06:45 BST, Orkney Fire Service said."
    out = link(linker, text, [("BST", "ORG"), ("Orkney Fire Service", "ORG")])
    assert [m.text for m in out if m.entity_id] == ["Orkney Fire Service"]


# -- a translated head word in an Arabic name ----------------------------------------------------

def test_an_arabic_name_with_a_translated_head_is_the_english_organisation(linker: Linker) -> None:
    english = "Doctors at Holloway Hospital and the University of Tamsworth treated the crew."
    first = link(linker, english, [("Holloway Hospital", "ORG"), ("University of Tamsworth", "ORG")])
    ids = {m.text: m.entity_id for m in first}
    arabic = "عالج أطباء مستشفى هولواي وجامعة تامسورث أفراد الطاقم."
    out = link(linker, arabic, [("مستشفى هولواي", "ORG"), ("وجامعة تامسورث", "ORG")], language="ar")
    found = {m.text: m.entity_id for m in out}
    assert found["مستشفى هولواي"] == ids["Holloway Hospital"]
    assert found["جامعة تامسورث"] == ids["University of Tamsworth"]


def test_another_name_after_the_head_word_is_another_organisation(linker: Linker) -> None:
    link(linker, "Doctors at Holloway Hospital treated the crew.", [("Holloway Hospital", "ORG")])
    out = link(linker, "عالج أطباء مستشفى كينغستون الطاقم.", [("مستشفى كينغستون", "ORG")],
               language="ar")
    assert not any(m.entity_id and m.entity_id == linker.lookup("Holloway Hospital", "ORG")
                   for m in out)


# -- one name, one entity in an article ----------------------------------------------------------

def test_a_name_attached_to_a_learned_entity_keeps_it_later_in_the_article(
        linker: Linker, monkeypatch: pytest.MonkeyPatch) -> None:
    link(linker, "Talks on Valdoria resumed. Valdoria wants a deal.", [("Valdoria", "LOC"),
                                                                      ("Valdoria", "LOC")])
    english = linker.lookup("Valdoria", "LOC")
    assert english is not None
    calls: list[str] = []

    def first_only(name: str, mentions: object) -> str | None:
        calls.append(name)  # the context confirms the first sighting only
        return english if len(calls) == 1 else None

    monkeypatch.setattr(linker, "cross_script", first_only)
    monkeypatch.setattr(linker, "_by_skeleton", lambda name, label: None)
    text = "استؤنفت المحادثات بشأن فالدوريا. وتريد فالدوريا اتفاقا."
    out = link(linker, text, [("فالدوريا", "LOC"), ("فالدوريا", "LOC")], language="ar")
    assert [m.entity_id for m in out] == [english, english]


# -- a learned two-word name over a mention of its first word ------------------------------------

def test_a_spotted_full_name_replaces_a_mention_of_its_first_word(linker: Linker) -> None:
    english = "Diver Chad Brennick was bitten near Ponto Beach, Chad Brennick told reporters."
    first = link(linker, english, [("Chad Brennick", "PER"), ("Ponto Beach", "LOC"),
                                   ("Chad Brennick", "PER")])
    person = first[0].entity_id
    out = link(linker, "وقال تشاد برينيك إنه كان يغطس.", [("تشاد", "LOC")], language="ar")
    assert [(m.text, m.entity_id) for m in out] == [("تشاد برينيك", person)]


def test_the_country_alone_stays_the_country(linker: Linker) -> None:
    link(linker, "Diver Chad Brennick was bitten, Chad Brennick said.", [("Chad Brennick", "PER"),
                                                                       ("Chad Brennick", "PER")])
    out = link(linker, "وزار الوفد تشاد الأسبوع الماضي.", [("تشاد", "LOC")], language="ar")
    assert [(m.text, m.entity_id) for m in out] == [("تشاد", "country-TD")]


def test_an_occupation_before_a_persons_name_is_cut_when_ner_says_person() -> None:
    span = "Yo Bassist Corin Vale"
    assert span[descriptor_cut(span, person=True):] == "Corin Vale"
    other = "Jazz Drummer Corin Vale"
    assert other[descriptor_cut(other, person=True):] == "Corin Vale"
    assert descriptor_cut(span) == 0  # not said to be a person: an occupation proves nothing
    assert descriptor_cut("Producer Price Index") == 0


def test_an_occupation_noun_alone_founds_no_entity(linker: Linker) -> None:
    text = "Rapper: the album is finished. The rapper Corin Vale said so."
    out = link(linker, text, [("Rapper", "PER"), ("Corin Vale", "PER")])
    assert [m.text for m in out if m.entity_id] == ["Corin Vale"]


@pytest.mark.parametrize("span", ["San Diego Padres", "Santa Maria Novella", "Saint Paul Saints"])
def test_a_place_name_before_the_surname_is_no_descriptor(linker: Linker, span: str) -> None:
    text = f"Fans of the {span} gathered outside on Sunday."
    out = link(linker, text, [(span, "ORG")])
    assert not any(m.label == "PER" for m in out)
    assert [m.text for m in out] == [span]

