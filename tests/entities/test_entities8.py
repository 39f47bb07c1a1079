"""Entity precision rules of the eighth round (issue 14), one test per error class read off the
audit's dev errors: titles in credit lines of a list, names joined by slashes and photo credits
run into captions, two relatives joined by "et de", categories of an awards list, names of awards,
a referent whose full name is refused, mixed quotation marks around a title, headlines read as
one name, a given name with an age that types its full name, and a name defined by its acronym.
Sentences written for them."""

from __future__ import annotations

import pytest

from dragoman.entities.acronyms import acronym_names
from dragoman.entities.coordination import coordinated_parts, initial_joined, slash_parts
from dragoman.entities.linking import Linker
from dragoman.entities.listkind import list_kind
from dragoman.entities.memory import Memory
from dragoman.entities.nameclass import founds_no_entity
from dragoman.entities.nonames import award_name, title_tail
from dragoman.entities.works import credit_titles, title_quotes
from dragoman.model import EntityType
from tests.entities.mentions import linked as link
from tests.entities.mentions import tagged


@pytest.fixture()
def linker() -> Linker:
    return Linker(memory=Memory())


# -- titles in credit lines ----------------------------------------------------------------------

CHART = ("Top tracks of the week\n\nMarla Quist, Paper Lanterns\n\nThe Dune Saints, Low Tide\n\n"
         "Orrin Vale and Kess, Harbour Lights\n\nJuno Arden, Winter Roads\n\n"
         "Marla Quist topped the chart again.")


def test_the_last_item_of_each_credit_line_is_a_title() -> None:
    titles = [CHART[a:b] for a, b in credit_titles(CHART, "en")]
    assert titles == ["Paper Lanterns", "Low Tide", "Harbour Lights", "Winter Roads"]


@pytest.mark.parametrize("text", [
    # the same shape under headings that name no works: people, places, affiliations
    "The new cabinet\n\nFinance, Marta Quillon\n\nDefence, Oskar Brevik\n\nHealth, Lin Mabaso",
    "Player of the Year nominees\nHarlow Town, Kess Arden\nOstmere, Juno Vale\nDunford, Ann Berg",
    "Speakers\nTessa Lind, Brightwater Analytics\nDev Raman, Corvex Labs\nJo Petty, Halden Press",
])
def test_credit_lines_name_titles_only_under_a_heading_of_works(text: str) -> None:
    assert credit_titles(text, "en") == []


def test_a_list_written_title_first_gives_no_titles() -> None:
    text = ("Top tracks\n\nPaper Lanterns, Marla Quist\n\nLow Tide, Juno Arden\n\n"
            "Winter Roads, Kess Ordway")
    people = [(m.start, m.end) for m in tagged(text, [("Marla Quist", "PER"), ("Juno Arden", "PER"),
                                                      ("Kess Ordway", "PER")])]
    assert credit_titles(text, "en", people) == []
    assert len(credit_titles(text, "en")) == 3  # without NER's people: read maker first


@pytest.mark.parametrize("text", [
    "Tessa Lind, Cardiff\n\nReport filed on Monday.",  # one line is no list
    "Orrin Vale, Kess, Juno.\n\nMarla Quist, Low Tide.\n\nAnn Berg, Sea Glass.",  # sentences
    "Marla Quist, “Paper Lanterns”\n\nJuno Arden, “Low Tide”\n\nKess, “Sea Glass”",  # quoted
    "Harlow Town 2, Brackwell 1\n\nOstmere 0, Dunford 3\n\nKessington 1, Vale Rovers 1",  # scores
])
def test_no_credit_titles_outside_a_list_of_credit_lines(text: str) -> None:
    assert credit_titles("Songs\n" + text, "en") == []


def test_credit_titles_found_no_entity_and_the_makers_stay(linker: Linker) -> None:
    out = link(linker, CHART, [("Marla Quist", "PER"), ("Paper Lanterns", "PER"),
                               ("Dune Saints", "ORG"), ("Low Tide", "LOC"),
                               ("Orrin Vale", "PER"), ("Harbour Lights", "ORG"),
                               ("Marla Quist", "PER")])
    ids = {m.text: m.entity_id for m in out}
    assert ids["Marla Quist"] and ids["Dune Saints"]  # "Orrin Vale": a Title Case line
    assert not ids.get("Paper Lanterns") and not ids.get("Low Tide") and not ids.get("Harbour Lights")


# -- names joined by slashes -------------------------------------------------------------------

@pytest.mark.parametrize("span, parts", [
    ("Tessa Lind/Reuters", ["Tessa Lind", "Reuters"]),
    ("Orrin Vale/Juno Arden", ["Orrin Vale", "Juno Arden"]),
    ("/Flickr", ["Flickr"]),
    # a photo credit run into its caption: cut where the caption names the subject again
    ("Tessa Lind/Flickr Tessa Lind Opens Up", ["Tessa Lind", "Flickr", "Tessa Lind"]),
])
def test_a_span_is_cut_at_its_slashes(span: str, parts: list[str]) -> None:
    found = slash_parts(span)
    assert found is not None and [span[a:b] for a, b in found] == parts


@pytest.mark.parametrize("span", ["AC/DC", "Folk/Roots", "Tessa Lind", "Visit Harlow.co.uk/News",
                                  "Season 2023/24 Review"])
def test_one_word_sides_and_plain_names_stay_whole(span: str) -> None:
    assert slash_parts(span) is None


def test_a_photo_credit_links_the_person_and_the_platform(linker: Linker) -> None:
    text = "Photo: Tessa Lind/Flickr Tessa Lind shared the picture on Flickr last week."
    out = link(linker, text, [("Tessa Lind/Flickr Tessa Lind", "ORG"), ("Flickr", "ORG")])
    texts = [m.text for m in out if m.entity_id]
    assert texts.count("Tessa Lind") == 2 and "Flickr" in texts
    assert not any("/" in m.text for m in out)


def test_a_photo_credit_does_not_type_the_name_it_credits(linker: Linker) -> None:
    text = "Kessa Moray/Getty Images Kessa Moray Opens Up\n\nKessa Moray said she was happy."
    out = link(linker, text, [("Kessa Moray/Getty Images Kessa Moray", "ORG"), ("Kessa Moray", "PER")])
    assert {m.label for m in out if m.text == "Kessa Moray"} == {"PER"}


# -- two relatives joined by "et de" -----------------------------------------------------------

def test_et_de_joins_two_relatives_whatever_the_type_ner_gave() -> None:
    span = "Seku Diallo et de Mamadi Diallo"
    found = coordinated_parts(span)  # NER called it an organisation
    assert found is not None and [span[a:b] for a, b in found] == ["Seku Diallo", "Mamadi Diallo"]
    assert coordinated_parts("Upper Austria and Lower Austria") is None


# -- categories of an awards list and names of awards ------------------------------------------

@pytest.mark.parametrize("name, label, refused", [
    ("Folk Act", "PER", True),  # a category closed by a document word, not a person
    ("Stamp Duty Act", "ORG", True),
    ("Kill Bill", "ORG", True),
    ("Juno Bill", "PER", False),  # "Bill" closes people's names too
    ("Marla Quist", "PER", False),
])
def test_a_name_closed_by_a_document_word_founds_no_entity(name: str, label: str,
                                                           refused: bool) -> None:
    assert founds_no_entity(name, label) is refused


def test_names_of_awards_found_no_entity() -> None:
    text = "She won Best Breakthrough Artist and Harbour Band of the Year, not Best Buy."
    start = text.index("Best Breakthrough")
    assert award_name(text, start, start + len("Best Breakthrough Artist"), "en")
    start = text.index("Harbour Band")
    assert award_name(text, start, start + len("Harbour Band"), "en")
    start = text.index("Best Buy")
    assert not award_name(text, start, start + len("Best Buy"), "en")
    assert not award_name(text, start, start + len("Best Buy"), "ar")


@pytest.mark.parametrize("text, name, language", [
    ("Best Western Harlow Hotel reopened on Monday.", "Best Western Harlow Hotel", "en"),
    ("Best Pets Rescue Society said the shelter was full.", "Best Pets Rescue Society", "en"),
    ("Le Salon de Harlow de l'année dernière a attiré des milliers.", "Salon de Harlow", "fr"),
    ("L'Olympique de Harlow de l'année 2010 a gagné.", "Olympique de Harlow", "fr"),
    ("Der FC Harlow des Jahres 2013 gewann alles.", "FC Harlow", "de"),
])
def test_companies_and_phrases_that_go_on_are_no_awards(text: str, name: str,
                                                         language: str) -> None:
    start = text.index(name)
    assert not award_name(text, start, start + len(name), language)


def test_the_short_form_of_a_refused_name_founds_nothing_either(linker: Linker) -> None:
    text = "Nominees for Folk Act were announced.\n\nFolk fans cheered the shortlist."
    out = link(linker, text, [("Folk Act", "PER"), ("Folk", "PER")])
    assert not any(m.entity_id for m in out)


# -- mixed quotation marks ---------------------------------------------------------------------

def test_a_title_in_mixed_quotation_marks() -> None:
    text = "Her sister's show ‘Salt Roads,' returns in May."
    assert [text[a:b] for a, b in title_quotes(text, "en")] == ["Salt Roads"]


# -- a headline read as one name ---------------------------------------------------------------

def test_a_run_of_capitalised_words_is_a_headline() -> None:
    assert founds_no_entity("Home Garden Tessa Lind Shares Sweet Anniversary Message", "ORG")
    assert not founds_no_entity("Harlow County Regional Water Supply Board", "ORG")
    # name particles written in capitals end the row
    assert not founds_no_entity("Royal Guild For The Care Of Harlow Swans Ostmere Branch", "ORG")


# -- a given name with an age types its full name ---------------------------------------------

def test_a_child_named_after_a_town_leaves_the_team_alone(linker: Linker) -> None:
    text = ("Charlotte Hornets won again. Charlotte Hornets fans cheered, and the coach's "
            "daughter Charlotte, 3, waved a flag.")
    out = link(linker, text, [("Charlotte Hornets", "ORG"), ("Charlotte Hornets", "ORG"),
                              ("Charlotte", "PER")])
    assert {m.label for m in out if m.text == "Charlotte Hornets"} == {"ORG"}


def test_an_aged_given_name_makes_its_full_name_a_person(linker: Linker) -> None:
    text = ("Tessa Lindqvist Brand hosted the gala. Tessa Lindqvist Brand thanked the crew. "
            "Tessa, 41, had planned it for a year.")
    out = link(linker, text, [("Tessa Lindqvist Brand", "ORG"), ("Tessa Lindqvist Brand", "ORG"),
                              ("Tessa", "PER")])
    assert {m.label for m in out} == {"PER"}
    assert len({m.entity_id for m in out}) == 1


# -- a name defined by its acronym -------------------------------------------------------------

def test_an_acronym_joins_the_name_ner_cut_apart() -> None:
    text = "Selon l'ONG Amis et Gardiens des Forêts (AGF), la coupe a repris."
    mentions = tagged(text, [("ONG Amis", "PER"), ("Gardiens des Forêts", "PER")])
    out = acronym_names(text, mentions)
    assert [(m.text, m.label) for m in out] == [("Amis et Gardiens des Forêts", "ORG")]


def test_a_person_defined_by_an_acronym_stays_a_person() -> None:
    text = "President Tessa Lind Ostmere (TLO) signed the act."
    out = acronym_names(text, tagged(text, [("President Tessa Lind", "PER"), ("Ostmere", "PER")]))
    assert [(m.text, m.label) for m in out] == [("Tessa Lind Ostmere", "PER")]


@pytest.mark.parametrize("text, items", [
    ("The Harbour Trust (HBT) met on Monday.", [("Harbour Trust", "ORG")]),  # initials differ
    ("Tessa Lind (TL) spoke first.", [("Tessa Lind", "PER")]),  # two letters define nothing
    ("Harbour Water Board (HWB) met.", [("Harbour Water Board", "ORG")]),  # already whole
])
def test_no_acronym_merge_without_matching_initials(text: str,
                                                    items: list[tuple[str, EntityType]]) -> None:
    mentions = tagged(text, items)
    assert acronym_names(text, mentions) == mentions


# -- the end of a title NER cut off ------------------------------------------------------------

@pytest.mark.parametrize("text, name, tail", [
    ("Nominees include Show Me the Lanterns and others.", "Lanterns", True),
    ("Her debut album My 22nd Winter Roads came out in May.", "Winter Roads", True),
    ("Then I met Tessa Lind in Harlow.", "Tessa Lind", False),  # lower-case words before
    ("He said It. Tessa Lind agreed.", "Tessa Lind", False),  # a sentence ends before
    ("Sie hat Sie die Harlow gezeigt.", "Harlow", False),  # German capitalises pronouns
    ("Fans of the Doctor Who star Tessa Lind queued.", "Tessa Lind", False),  # a noun between
    ("Live updates | How Harlow Holdings Won", "Harlow Holdings", False),  # a headline's start
])
def test_the_end_of_a_title_founds_no_entity(text: str, name: str, tail: bool) -> None:
    language = "de" if text.startswith("Sie") else "en"
    assert title_tail(text, text.index(name), language) is tail


# -- a name NER cut at its middle initial ------------------------------------------------------

def test_a_name_cut_at_its_middle_initial_is_joined_and_read(linker: Linker) -> None:
    text = "In the ruling, Harlow County Court Judge Tessa R. Lindqvist wrote that Lindqvist agreed."
    out = link(linker, text, [("Harlow County Court Judge Tessa", "ORG"), ("R. Lindqvist", "PER"),
                              ("Lindqvist", "PER")])
    people = {m.text: m.entity_id for m in out if m.label == "PER"}
    assert set(people) == {"Tessa R. Lindqvist", "Lindqvist"}
    assert people["Tessa R. Lindqvist"] == people["Lindqvist"]
    assert not any(m.entity_id for m in out if "Judge" in m.text)


def test_spans_apart_or_without_an_initial_stay_apart() -> None:
    text = "Tessa Lind met R. Lindqvist and Harlow Ostmere."
    mentions = tagged(text, [("Tessa Lind", "PER"), ("R. Lindqvist", "PER"), ("Harlow", "LOC"),
                             ("Ostmere", "LOC")])
    assert initial_joined(text, mentions) == mentions


@pytest.mark.parametrize("first", ["Tessa Lind", "Harlow Holdings"])
def test_a_full_name_before_an_initial_is_another_name(first: str) -> None:
    text = f"Signed by {first} R. Lindqvist on Monday."
    mentions = tagged(text, [(first, "PER"), ("R. Lindqvist", "PER")])
    assert initial_joined(text, mentions) == mentions


# -- the kind a list's heading names -------------------------------------------------------

AWARDS = ("Shortlists\n\nNewcomer Artist of the Year\n\nKestrel Vane\n\nORBY\n\nLumen Sae – WINNER\n\n"
          "Group of the Year\n\nThe Dune Saints\n\nHarbour Lights\n\nProducer of the Year\n\n"
          "Ostmere Brothers – WINNER\n\nRising Spark\n\nTessa Lind")


@pytest.mark.parametrize("name, kind", [
    ("ORBY", "PER"), ("Lumen Sae", "PER"),  # under an award naming an artist
    ("Harbour Lights", "ORG"),  # under "Group of the Year"
    ("Ostmere Brothers", None),  # under an award that names no listed kind
    ("Tessa Lind", None),  # a heading without a kind noun is read as an item, up to Producer
])
def test_a_list_heading_gives_its_items_a_kind(name: str, kind: str | None) -> None:
    start = AWARDS.index(name)
    assert list_kind(AWARDS, start, start + len(name), "en") == kind


def test_a_plural_kind_noun_heads_a_list_and_a_singular_one_ends_an_item() -> None:
    text = "Bands\n\nThe Last Supper Party\n\nOstmere\n\nThe Dune Saints.\n\nKessington"
    for name in ("The Last Supper Party", "Ostmere"):
        assert list_kind(text, text.index(name), text.index(name) + len(name), "en") == "ORG"
    end = len(text)
    assert list_kind(text, end - len("Kessington"), end, "en") is None  # a sentence above


def test_the_heading_retypes_a_stage_name(linker: Linker) -> None:
    out = link(linker, AWARDS, [("ORBY", "ORG"), ("Harbour Lights", "PER")])
    assert {m.text: m.label for m in out} == {"ORBY": "PER", "Harbour Lights": "ORG"}


def test_a_word_of_a_title_is_no_short_form_of_a_name(linker: Linker) -> None:
    text = ("Song of the Year\n\nKess Arden, Harbour Lights\n\nJuno Vale, Boy’s a Ghost\n\n"
            "Marla Quist, Low Tide\n\nBurna Boy sang last.")
    out = link(linker, text, [("Kess Arden", "PER"), ("Juno Vale", "PER"), ("Boy", "PER"),
                              ("Marla Quist", "PER"), ("Burna Boy", "PER")])
    ids = {m.text: m.entity_id for m in out}
    assert ids["Burna Boy"] and not ids.get("Boy")


@pytest.mark.parametrize("text, items, name, label", [
    # a place the knowledge base knows, listed among artists
    ("Artists\n\nKestrel Vane\n\nLondon\n\nLumen Sae", [("London", "LOC")], "London", "LOC"),
    # a person by the given name in front, listed among bands
    ("Bands to see\n\nThe Dune Saints\n\nJack Ostmere\n\nORBY", [("Jack Ostmere", "PER")],
     "Jack Ostmere", "PER"),
    # two makers, listed among writers
    ("Writers\n\nTessa Lind\n\nHarlow & Vane\n\nJuno Arden", [("Harlow & Vane", "ORG")],
     "Harlow & Vane", "ORG"),
])
def test_a_heading_leaves_a_listed_name_of_another_kind_alone(
        linker: Linker, text: str, items: list[tuple[str, EntityType]], name: str,
        label: str) -> None:
    out = link(linker, text, items)
    assert {m.text: m.label for m in out}[name] == label


def test_a_line_ending_in_lower_case_ends_a_list() -> None:
    text = "Cities\nHarlow\nOstmere\nEdited by\nTessa Lind"
    end = len(text)
    assert list_kind(text, end - len("Tessa Lind"), end, "en") is None
