"""English review narrowings of the everyday-speaker, partitive and nested-cue rules: a
partitive that is itself a link's object is not cut to the partitive ("The head of one of the
unions said"); an inner cue whose subject opens another cue's clause takes nothing
before it as content; a capitalised participle inside a Title Case line is no cue."""

import pytest

import dragoman


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in dragoman.analyze(text, lang="en").quotes]


def _speaker_of(text: str, content: str) -> str | None:
    found = [q for q in dragoman.analyze(text, lang="en").quotes if content in q.text]
    found.sort(key=lambda q: len(q.text))
    return found[0].speaker_text if found else None


@pytest.mark.parametrize(("text", "speaker"), [
    ("The head of one of the unions said the strike would go on.", "The head of one of the unions"),
    ("Three of the nurses said the ward had been closed.", "Three of the nurses"),
    ("The father of two of the victims said the inquiry had failed.", "The father of two of the victims"),
    ("A lawyer for the driver said he would appeal the ruling.", "the driver"),
])
def test_partitive_after_a_link_keeps_the_head(text: str, speaker: str) -> None:
    content = text.split(" said ", 1)[1].rstrip(".")
    assert _speaker_of(text, content) == speaker


@pytest.mark.parametrize(("text", "outer"), [
    ("Ann Lee said the report told a different story.", "Ann Lee said"),
    ("Tom Reed said the minister told parliament nothing new.", "Tom Reed said"),
    ("Maria Costa said the coach told the players a joke.", "Maria Costa said"),
])
def test_inner_cue_takes_no_content_before_its_subject(text: str, outer: str) -> None:
    assert all(not q.startswith(outer) for q, _ in _quotes(text))


def test_inner_cue_with_a_clause_still_speaks() -> None:
    text = "Ann Lee said the officer told her she had to leave the flat."
    assert _speaker_of(text, "she had to leave the flat") == "the officer"


@pytest.mark.parametrize("headline", [
    "Drivers Warning Sign Ignored On Motorway",
    "Doctors Warning Over Flu Jab Shortage",
    "Officials Warning Sign Ignored At Crossing",
    "Farmers Saying Goodbye To The Land",
])
def test_title_case_participle_is_no_cue(headline: str) -> None:
    assert _quotes(headline) == []


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("The nurse left early, saying her shift had ended.", "her shift had ended", "The nurse"),
    ("Engineers Warn Bridge Needs Repairs", "Bridge Needs Repairs", "Engineers"),
])
def test_participles_and_headline_verbs_still_cue(text: str, content: str, speaker: str) -> None:
    assert _speaker_of(text, content) == speaker
