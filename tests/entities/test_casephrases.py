"""Common phrases written in Title Case and glued link labels found no entity
(``entities.casephrases``); names that look alike stay. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dragoman.entities.casephrases import CasePhrases, glued_labels
from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from dragoman.model import EntityType, Mention
from tests.entities.mentions import first_mention, linked, tagged

_KNOWN = {"google": "ORG", "apple": "ORG", "white house": "ORG", "facebook": "ORG"}


def _kb(name: str, gazetteer: bool = False) -> str | None:
    return _KNOWN.get(name.casefold())


def _refused(text: str, surface: str, label: EntityType = "ORG",
             others: tuple[tuple[str, EntityType], ...] = ()) -> bool:
    m = first_mention(text, surface, label)
    mentions = [m, *(first_mention(text, s, lab) for s, lab in others)]
    return CasePhrases(text, mentions, _kb).refused(m)


@pytest.fixture()
def linker() -> Linker:
    return Linker(memory=Memory())


def test_a_heading_phrase_the_text_writes_in_lower_case_is_common() -> None:
    text = ("Rash After Treatment\nA rash after treatment is rare. Nurses watch for a rash after "
            "treatment in the first week, and a rash after treatment fades within days.")
    assert _refused(text, "Rash After Treatment", "PER")


def test_a_one_word_adjective_of_running_text_is_common() -> None:
    text = ("What to pack: Scarlet gloves, a scarlet scarf and scarlet boots. The scarlet coat "
            "matches the scarlet hat.")
    assert _refused(text, "Scarlet", "LOC")


def test_a_name_written_capitalised_inside_sentences_stays() -> None:
    text = ("The ruling went to the Harbour Court on Monday. Lawyers said the Harbour Court "
            "rarely sits twice a week, though the harbour court of old sat daily.")
    assert not _refused(text, "Harbour Court")


def test_a_known_name_stays_whatever_its_lower_case_writings() -> None:
    text = ("Staff at the White House met. Down the lane a white house, another white house and "
            "a third white house stood empty.")
    assert not _refused(text, "White House")


def test_a_given_name_or_a_longer_names_word_stays() -> None:
    text = "Heather Moor sang. A heather moor, a heather moor and a heather moor line the road."
    assert not _refused(text, "Heather Moor", "PER")
    text = ("We ordered a wine from Tobias Marren. Marren, we learnt, sells marren tea, marren "
            "jam and marren honey.")
    assert not _refused(text, "Marren", "PER", (("Tobias Marren", "PER"),))


def test_lower_case_in_addresses_and_tags_is_no_running_text() -> None:
    text = ("Install Quarkle from github.com/quarkle or pip install quarkle-tools. The team "
            "says Quarkle now runs faster. #quarkle")
    assert not _refused(text, "Quarkle")


def test_glued_link_labels() -> None:
    assert glued_labels("CrossrefMedlineGoogle Scholar", _kb)  # a known run among three
    assert glued_labels("ReaderBoard2019Welcher Tarif", _kb)  # letters, digits, a capital
    assert glued_labels("ShareTweetPinEmail", _kb)  # four runs


@pytest.mark.parametrize("name", ["McDonald", "Ron DeSantis", "iPhone", "YouTube", "LinkedIn",
                                  "PlayStation 5", "MacBook Air", "JavaScript", "OpenStreetMap",
                                  "GlaxoSmithKline", "B2B", "Covid-19 Task Force", "F1 Academy"])
def test_mixed_case_names_are_no_glued_labels(name: str) -> None:
    assert not glued_labels(name, _kb)


def test_linker_founds_no_entity_for_a_common_phrase_or_glued_labels(linker: Linker) -> None:
    text = ("Sources\n1. Lind K. Fever in adults. 2012. CrossrefPubmedGoogle Scholar\n"
            "Mild Fever\nA mild fever is common. Doctors treat a mild fever with rest, and a "
            "mild fever passes. Dr Ada Quist of Harbour Clinic said so.")
    out = linked(linker, text, [("CrossrefPubmedGoogle Scholar", "PER"), ("Mild Fever", "ORG"),
                                ("Ada Quist", "PER"), ("Harbour Clinic", "ORG")])
    named = {m.text for m in out if m.entity_id}
    assert "Mild Fever" not in named and "CrossrefPubmedGoogle Scholar" not in named
    assert {"Ada Quist", "Harbour Clinic"} <= named


def test_misc_mentions_are_left_alone() -> None:
    text = "Scarlet. The scarlet coat and the scarlet hat and the scarlet scarf."
    m = Mention(0, 7, "Scarlet", "MISC")
    assert not CasePhrases(text, [m], _kb).refused(m)


def test_a_peoples_adjective_of_a_group_founds_no_entity() -> None:
    text = ("Black nurses founded the network. It supports Black staff across the region, said "
            "its chair. Indigenous communities and Indigenous Peoples’ lands were mapped.")
    assert _refused(text, "Black", "LOC")
    assert _refused(text, "Indigenous Peoples", "ORG")


def test_a_surname_or_a_name_with_a_head_or_a_known_name_is_no_peoples_adjective() -> None:
    text = ("Marla Black chairs the board. Black said the White House called. White voters "
            "and Black voters met at the Indigenous Arts Council and the Native Rights Fund.")
    assert not _refused(text, "Black", "PER", (("Marla Black", "PER"),))
    assert not _refused(text, "White House", "ORG")  # known to the knowledge base
    assert not _refused(text, "Native Rights Fund", "ORG")
    text = "Indigenous Councils met. Indigenous land was mapped."
    assert not _refused(text, "Indigenous Councils", "ORG")  # "Council" heads a body's name


def test_a_name_of_several_words_opening_sentences_stays() -> None:
    # only a sentence's first word is capitalised there: "Quiet Harbours" capitalised whole is
    # a name, written so as often as "quiet harbours"
    text = ("Quiet Harbours toured Scotland in May. The singer said quiet harbours like theirs "
            "need quiet songs, and quiet harbours are rare.")
    assert not _refused(text, "Quiet Harbours")
    # a list's numbered item or a heading line is no sentence: still a common phrase
    text = ("12. Desk Lamp Stand\n\nEvery desk lamp stand wobbles. A desk lamp stand with a "
            "weighted base does not, and this desk lamp stand folds.")
    assert _refused(text, "Desk Lamp Stand")


def test_a_peoples_adjective_before_a_speech_verb_is_a_surname() -> None:
    text = ("Black voters queued from dawn. Black families brought chairs. Black said she "
            "would stay until the polls closed.")
    m = next(x for x in tagged(text, [("Black", "PER"), ("Black", "PER"), ("Black", "PER")])
             if text[x.end:].startswith(" said"))
    phrases = CasePhrases(text, [m], _kb)
    assert not phrases.refused(m)
    assert phrases.refused(first_mention(text, "Black", "PER"))  # "Black voters": a group


def test_a_phrase_of_several_words_after_the_article_weighs_double() -> None:
    # "the Tidewater Board" mid-sentence is a body's name, beside three generic writings
    text = ("The tidewater board of the county, the tidewater board of the port and the "
            "tidewater board of the city all agreed. Only the Tidewater Board stayed silent.")
    assert not _refused(text, "Tidewater Board")
    # one word after "the" weighs once: "the Museum" beside three "museum"
    text = ("Visitors love the museum, the museum shop and the museum café. Tickets for the "
            "Museum cost less on Sundays.")
    assert _refused(text, "Museum")
