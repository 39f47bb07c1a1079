"""Review of the English precision rules of issue 14 (review-entities): each test holds a class
the review's probes found the rules broke, with original sentences, and a negative example
showing the rule still does its job."""

from __future__ import annotations

import pytest

from dragoman.entities.commonclasses import (
    common_class_kept,
    common_words,
    described_person,
    leading_cut,
    lower_case_words,
    not_a_persons_words,
    person_grammar,
    service_keys,
)
from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from dragoman.model import Mention
from tests.entities.mentions import first_mention, linked, tagged


@pytest.fixture()
def linker() -> Linker:
    return Linker(memory=Memory())


# --- an imperative verb is cut only where the span reads as the verb's object ----------------


@pytest.mark.parametrize(("text", "span"), [
    ("Open Harbour Institute research found that tides are rising.", "Open Harbour Institute"),
    ("Visit Kestrelshire said bookings rose by a fifth.", "Visit Kestrelshire"),
    ("Choose Hope, the shelter charity, opened a shop in Leeds.", "Choose Hope"),
    ("Join Together Marlow, a charity, fed 300 families.", "Join Together Marlow"),
    ("Select Panel chair Dana Whitlow questioned the minister.", "Select Panel"),
    ("Build Forward Stronger was the council's plan.", "Build Forward Stronger"),
])
def test_a_name_opening_a_sentence_as_its_subject_keeps_its_first_word(text: str, span: str) -> None:
    assert leading_cut(text, first_mention(text, span, "ORG")) == 0


@pytest.mark.parametrize(("text", "span"), [
    ("Install Quillsoft 12 on an older laptop.", "Install Quillsoft"),
    ("Enter Harrow Vale and talk to the miller.", "Enter Harrow Vale"),
    ("Explore Marlow Abbey with a guide.", "Explore Marlow Abbey"),
    ("Menu\nDownload Quillsoft Desktop\nHelp", "Download Quillsoft Desktop"),
    ("Visit Linton Castle during the summer.", "Visit Linton Castle"),
])
def test_an_imperative_before_its_object_is_still_cut(text: str, span: str) -> None:
    first = span.split()[0]
    assert leading_cut(text, first_mention(text, span, "PER")) == len(first) + 1


def test_a_charity_named_with_an_imperative_keeps_its_whole_name(linker: Linker) -> None:
    text = "Choose Hope, the shelter charity, opened a shop in Leeds on Monday."
    out = linked(linker, text, [("Choose Hope", "ORG"), ("Leeds", "LOC")])
    assert "Choose Hope" in {m.text for m in out}
    assert "Hope" not in {m.text for m in out}


# --- a person whose name is common words stays a person when the sentence writes one ----------


def test_a_person_with_an_apposition_or_a_verb_is_written_as_a_person() -> None:
    text = ("Mark Dale, the former grocer, said the price of bread was rising. He made his mark. "
            "Faith Rowe sang at dawn; the rowe of faith held. Guy Hart's lawyer spoke.")
    assert person_grammar(text, first_mention(text, "Mark Dale", "PER"))
    assert person_grammar(text, first_mention(text, "Faith Rowe", "PER"))
    assert person_grammar(text, first_mention(text, "Guy Hart", "PER"))
    assert described_person(text, first_mention(text, "Guy Hart", "PER"))


def test_a_headings_common_words_have_no_persons_grammar() -> None:
    text = ("Location Details\nThe location is on the quay; details follow. We tested it as a "
            "Preventive Tool, and the tool worked. Clean Jokes for kids are clean jokes. Each "
            "Harbour container runs alone. Harbour Tools are free.")
    for span in ("Location Details", "Preventive Tool", "Clean Jokes", "Each Harbour",
                 "Harbour Tools"):
        assert not person_grammar(text, first_mention(text, span, "PER")), span


def test_a_common_word_name_with_a_verb_founds_its_person(linker: Linker) -> None:
    text = ("Faith Rowe sang the anthem at Linton Park. Fans kept faith as the rowe of "
            "boats went by the park.")
    out = linked(linker, text, [("Faith Rowe", "PER"), ("Linton Park", "LOC")])
    assert any(m.text == "Faith Rowe" and m.label == "PER" and m.entity_id for m in out)


def test_a_heading_of_common_words_still_founds_nothing(linker: Linker) -> None:
    text = "Location Details\nThe location is on the quay; details follow at Linton Park."
    lower = lower_case_words(text)
    m = first_mention(text, "Location Details", "PER")
    assert common_words(m, lower) and not person_grammar(text, m)
    out = linked(linker, text, [("Location Details", "PER"), ("Linton Park", "LOC")])
    assert "Location Details" not in {m.text for m in out if m.entity_id}


# --- "via X" is a service, not a person described after it --------------------------------


def test_via_a_persons_possessive_or_apposition_is_no_service() -> None:
    text = ("The footage came via Okafor's lawyer. The call was arranged via Lindqvist, the "
            "club's press officer. The clip spread via Chirpster overnight.")
    mentions = tagged(text, [("Okafor", "PER"), ("Lindqvist", "PER"), ("Chirpster", "PER")])
    assert service_keys(text, mentions) == {"chirpster"}
    assert described_person(text, mentions[0]) and described_person(text, mentions[1])
    assert not described_person(text, mentions[2])


def test_described_person_needs_a_word_after_the_comma() -> None:
    text = "Okafor, Lindqvist and Hart met."
    assert not described_person(text, Mention(0, 6, "Okafor", "PER"))


def test_a_phrase_the_article_writes_in_lower_case_is_common_words_whatever_follows() -> None:
    text = "Harbour Noise\nHarbour Noise worried residents. The harbour noise kept people awake."
    m = first_mention(text, "Harbour Noise", "PER")
    start = text.index("Harbour Noise w")
    m2 = Mention(start, start + 13, "Harbour Noise", "PER")
    assert person_grammar(text, m2)  # a verb after it, as after a person
    assert not_a_persons_words(text, m2) and not_a_persons_words(text, m)
    text = "Mark Dale, the grocer, said the price of bread was rising. He made his mark."
    assert not not_a_persons_words(text, first_mention(text, "Mark Dale", "PER"))


def test_a_name_heading_its_profile_is_a_person_when_the_text_writes_it_so() -> None:
    text = "Mark Dale\nMark Dale joined the board in May. The price rose; he made his mark."
    assert not not_a_persons_words(text, Mention(0, 9, "Mark Dale", "PER"))
    text = "Main Menu\nHome | News\nThe main menu was redesigned."
    assert not_a_persons_words(text, Mention(0, 9, "Main Menu", "PER"))


# --- a genre's word or a season's is a name where the sentence says so --------------------


def test_a_genre_word_after_the_or_before_a_speech_verb_is_a_name() -> None:
    text = "The Blues won 2-0 at Harbour Park. Funk said he was proud of the Blues."
    assert common_class_kept(text, first_mention(text, "Blues", "ORG"))
    assert common_class_kept(text, first_mention(text, "Funk", "PER"))
    text = "Genres: Funk, Soul and more. Tickets for Funk nights sell fast."
    assert not common_class_kept(text, first_mention(text, "Funk", "ORG"))
    text = "She was nominated in both the Funk and soul categories."
    assert not common_class_kept(text, first_mention(text, "Funk", "ORG"))


def test_a_season_with_its_region_after_is_a_town() -> None:
    text = "Floods hit Autumn, Ohio, on Monday. Autumn 2024 was wet."
    assert common_class_kept(text, first_mention(text, "Autumn", "LOC"))
    m = Mention(text.index("Autumn 2024"), text.index("Autumn 2024") + 11, "Autumn 2024", "LOC")
    assert not common_class_kept(text, m)
    text = "Autumn, the season of harvest, came early."
    assert not common_class_kept(text, first_mention(text, "Autumn", "ORG"))
