"""English, review of issue 16's speaker nouns: a participle modifying a role stays in the
subject; a body speaks as itself, not as the person named with a longer role holding its
noun; a noun after "to" modifies the subject; a possessed document gives its owner.
Sentences written for these tests."""

import pytest

import dragoman

LEAD = "The vote was held on Thursday. "


def _speaker_of(text: str, content: str) -> str | None:
    article = dragoman.analyze(LEAD + text, lang="en")
    return next((q.speaker_text for q in article.quotes
                 if content in article.text[q.start:q.end]), None)


@pytest.mark.parametrize(("text", "speaker"), [
    ("The count was fair, said the former acting governor.", "the former acting governor"),
    ("The count was fair, said the chief operating officer.", "the chief operating officer"),
    ("The count was fair, said the region's leading pollster.", "the region's leading pollster"),
])
def test_participle_before_a_role_stays_in_the_subject(text: str, speaker: str) -> None:
    assert _speaker_of(text, "The count was fair") == speaker


def test_participle_after_a_role_opens_the_closing_phrase() -> None:
    assert _speaker_of("The count was fair, says a nurse working for the charity.",
                       "The count was fair") == "a nurse"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Club chairman Owen Price arrived late. The club said the ground would be sold.",
     "The club"),
    ("Hospital director Rita Lund was away. The hospital said the ground would be sold.",
     "The hospital"),
    ("City manager Omar Diaz resigned. The city said the ground would be sold.", "The city"),
])
def test_body_is_not_the_person_of_a_longer_role(text: str, speaker: str) -> None:
    assert _speaker_of(text, "the ground would be sold") == speaker


def test_plain_role_still_resolved() -> None:  # negative of the above: a person's role
    text = "Mayor Ruth Kemp arrived late. The mayor said the ground would be sold."
    assert _speaker_of(text, "the ground would be sold") == "Ruth Kemp"


@pytest.mark.parametrize(("text", "speaker"), [
    ("A source close to the club said the ground would be sold.", "A source close to the club"),
    ("An adviser to the minister said the ground would be sold.", "An adviser to the minister"),
])
def test_noun_after_to_modifies_the_subject(text: str, speaker: str) -> None:
    assert _speaker_of(text, "the ground would be sold") == speaker


def test_spokesman_for_a_body_speaks_for_it() -> None:  # "for" stays no modifier
    assert _speaker_of("A spokesman for the club said the ground would be sold.",
                       "the ground would be sold") == "the club"


def test_possessed_document_gives_its_owner() -> None:
    assert _speaker_of("Acme Corp's report says the ground would be sold.",
                       "the ground would be sold") == "Acme Corp"
    assert _speaker_of("Ruth Kemp's lawyer says the ground would be sold.",
                       "the ground would be sold") == "Ruth Kemp's lawyer"


@pytest.mark.parametrize("text", [
    "While an earlier county presentation assured members that the buses would run, many doubted it.",
    "A city study found that the buses would run on time.",
])
def test_a_body_noun_modifying_a_thing_names_no_speaker(text: str) -> None:
    assert _speaker_of(text, "buses would run") is None


@pytest.mark.parametrize(("text", "speaker"), [
    ("A county spokesman said that the buses would run.", "A county spokesman"),
    ("The hospital board said that the buses would run.", "The hospital board"),
    ("A court document says that the buses would run.", "A court document"),
])
def test_a_body_noun_before_a_speaker_word_keeps_it(text: str, speaker: str) -> None:
    assert _speaker_of(text, "buses would run") == speaker
