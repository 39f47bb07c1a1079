"""English span shaping of the CoNLL model's mentions (entities/enspans.py); sentences written
for these tests."""

from __future__ import annotations

from dragoman.entities import ner
from dragoman.entities.enspans import shape_english
from dragoman.model import Mention


def _m(text: str, name: str, label: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Mention(start, start + len(name), name, label)  # type: ignore[arg-type]


def _shaped(text: str, *spans: tuple[str, str]) -> list[tuple[str, str]]:
    mentions = [_m(text, name, label) for name, label in spans]
    return [(m.text, m.label) for m in shape_english(text, mentions)]


def test_opening_article_and_demonstrative_are_cut() -> None:
    text = "Shelling went on in the south of the Strip. These Tesco shoppers got refunds."
    assert _shaped(text, ("the Strip", "LOC"), ("These Tesco", "ORG")) == [
        ("Strip", "LOC"), ("Tesco", "ORG")]


def test_article_alone_or_before_lower_case_stays() -> None:
    text = "The Hague hosts the court. Those were the days."
    assert _shaped(text, ("The Hague", "LOC")) == [("The Hague", "LOC")]


def test_common_acronyms_and_their_spelled_forms_are_dropped() -> None:
    text = "Fans of the UFO (Unidentified Flying Object) craze met; the DNA test failed."
    assert _shaped(text, ("UFO", "ORG"), ("Unidentified Flying Object", "ORG"), ("DNA", "ORG")) == []


def test_organisation_acronyms_and_spelled_bodies_stay() -> None:
    text = "The Food and Drug Administration (FDA) and NASA agreed."
    spans = (("Food and Drug Administration", "ORG"), ("FDA", "ORG"), ("NASA", "ORG"))
    assert _shaped(text, *spans) == list(spans)


def test_given_name_glued_to_a_place_moves_to_the_person() -> None:
    text = "The attorney for Oregon Natalie Wight filed the case."
    assert _shaped(text, ("Oregon Natalie", "LOC"), ("Wight", "PER")) == [
        ("Oregon", "LOC"), ("Natalie Wight", "PER")]


def test_place_closed_by_a_non_given_word_stays() -> None:
    text = "The mayor of Salt Lake City Erin Mendenhall spoke."
    spans = (("Salt Lake City", "LOC"), ("Erin Mendenhall", "PER"))
    assert _shaped(text, *spans) == list(spans)


def test_name_after_a_role_noun_is_a_person() -> None:
    text = "Local councillor Oisin Feeney welcomed it."
    assert _shaped(text, ("Oisin Feeney", "ORG")) == [("Oisin Feeney", "PER")]


def test_body_after_a_role_noun_with_a_head_word_stays() -> None:
    text = "The senator Harbour Trust chairman spoke; journalist NBC News staff left."
    spans = (("Harbour Trust", "ORG"), ("NBC News", "ORG"))
    assert _shaped(text, *spans) == list(spans)


def test_quoted_nickname_joins_the_name() -> None:
    text = "Charged: Orla “Ollie” Byrne, 41, of Leeds."
    assert _shaped(text, ("Ollie", "PER"), ("Byrne", "PER"), ("Leeds", "LOC")) == [
        ("Orla “Ollie” Byrne", "PER"), ("Leeds", "LOC")]


def test_quoted_title_before_a_name_is_no_nickname() -> None:
    text = "She called “Dune” Frank Herbert's best."
    assert _shaped(text, ("Frank Herbert", "PER")) == [("Frank Herbert", "PER")]


def test_compass_led_person_span_is_a_place() -> None:
    text = "Flats in Greater Boston were raided; Rebecca West wrote."
    assert _shaped(text, ("Greater Boston", "PER"), ("Rebecca West", "PER")) == [
        ("Greater Boston", "LOC"), ("Rebecca West", "PER")]


def test_locality_noun_makes_places_and_adds_missed_ones() -> None:
    text = "Cars burned in the Dunmore area of Tillbury; later Dunmore was calm. The Harrow estate too."
    mentions = [_m(text, "Dunmore", "ORG"), _m(text, "Tillbury", "LOC"), _m(text, "Dunmore", "PER", 1)]
    shaped = [(m.text, m.label) for m in shape_english(text, mentions)]
    assert shaped == [("Dunmore", "LOC"), ("Tillbury", "LOC"), ("Dunmore", "LOC")]
    # "The Harrow estate" opens with a capital "The": no cue
    text = "Residents of the Halden neighbourhood met."
    assert [(m.text, m.label) for m in shape_english(text, [], None, frozenset({"halden"}))] == [
        ("Halden", "LOC")]
    assert _shaped(text) == []  # added only when the gazetteer knows it


def test_locality_noun_leaves_people_and_bodies_with_heads() -> None:
    text = "The Lee area office and the Northfield Council area were named."
    spans = (("Lee", "PER"), ("Northfield Council", "ORG"))
    assert _shaped(text, *spans) == list(spans)


def test_list_members_take_the_list_type() -> None:
    text = "Orders cover Dunmore, Halden, Kesby and Tillbury."
    spans = (("Dunmore", "LOC"), ("Halden", "LOC"), ("Kesby", "PER"), ("Tillbury", "ORG"))
    assert [label for _, label in _shaped(text, *spans)] == ["LOC"] * 4


def test_list_with_an_organisation_majority_or_a_tie_stays() -> None:
    text = "Schools in Halden, Kesby and Dunmore shut; Apple, Google, Paris and Rome too."
    spans = (("Halden", "ORG"), ("Kesby", "ORG"), ("Dunmore", "LOC"),
             ("Apple", "ORG"), ("Google", "ORG"), ("Paris", "LOC"), ("Rome", "LOC"))
    assert _shaped(text, *spans) == list(spans)


def test_list_of_people_keeps_a_one_word_place() -> None:
    text = "Named were Ada Okafor, Lena Brandt and Leeds."
    spans = (("Ada Okafor", "PER"), ("Lena Brandt", "PER"), ("Leeds", "LOC"))
    assert _shaped(text, *spans) == list(spans)


def test_recognize_applies_the_shaping_to_english() -> None:
    text = "Officials said the DNA matched. These Kartographer maps are new."
    found = [(m.text, m.label) for m in ner.recognize(text, "en")]
    assert ("DNA", "ORG") not in found
    assert all(not name.startswith("These ") for name, _ in found)


def test_name_written_as_a_web_address_is_the_firm() -> None:
    text = "A court ruled that Quillmart.com is liable. Quillmart will appeal; Tesco.co.uk agreed."
    assert _shaped(text, ("Quillmart", "LOC"), ("Tesco", "PER")) == [
        ("Quillmart", "ORG"), ("Tesco", "ORG")]


def test_lower_case_address_or_e_mail_makes_no_firm() -> None:
    text = "Paris and Halden stay; write to desk@Halden.com or see paris.com."
    spans = (("Paris", "LOC"), ("Halden", "LOC"))
    assert _shaped(text, *spans) == list(spans)


def test_firm_joined_by_an_ampersand_in_a_list_of_people_stays() -> None:
    text = "Staff of Brayne & Marsh, Ann Kesby and Tom Halden spoke."
    spans = (("Brayne & Marsh", "ORG"), ("Ann Kesby", "PER"), ("Tom Halden", "PER"))
    assert _shaped(text, *spans) == list(spans)


def test_party_acronym_before_a_role_noun_is_a_body_and_its_ward_a_place() -> None:
    text = "A KLP councillor spoke. KLP Dunmore councillor Oisin Feeney left."
    shaped = _shaped(text, ("KLP Dunmore", "ORG"), ("Oisin Feeney", "PER"))
    assert shaped == [("KLP", "ORG"), ("KLP", "ORG"), ("Dunmore", "LOC"), ("Oisin Feeney", "PER")]


def test_place_and_common_acronyms_before_a_role_noun_add_nothing() -> None:
    text = "A US senator, an IT manager and a DJ producer met."
    assert _shaped(text) == []


def test_home_after_a_persons_age_is_a_place() -> None:
    text = "Orla Kesby, 38, of Halden Park Drive, Dunmore, was fined."
    spans = (("Orla Kesby", "PER"), ("Halden Park Drive", "ORG"), ("Dunmore", "PER"))
    assert _shaped(text, *spans) == [
        ("Orla Kesby", "PER"), ("Halden Park Drive", "LOC"), ("Dunmore", "LOC")]


def test_employer_after_a_persons_age_or_a_name_without_an_age_stays() -> None:
    text = "Orla Kesby, 38, of BBC Sport, spoke; Tom Hale of Dunmore Holdings agreed."
    spans = (("Orla Kesby", "PER"), ("BBC Sport", "ORG"), ("Tom Hale", "PER"), ("Dunmore Holdings", "ORG"))
    assert _shaped(text, *spans) == list(spans)


def test_added_mentions_stay_inside_the_sentences_read() -> None:
    text = "A KLP councillor spoke. A KLP councillor left."
    second = text.index("A KLP councillor left")
    shaped = shape_english(text, [], [(second, len(text))])
    assert [(m.start, m.text) for m in shaped] == [(second + 2, "KLP")]
