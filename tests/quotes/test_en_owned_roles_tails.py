"""English (issue 16, pool A): a possessive name before a role noun is the role's owner, not
the speaker; an inverted subject may be followed by a short phrase that closes the sentence;
kin words and bodies named by a common noun speak. Sentences written for these tests."""

import pytest

import dragoman

LEAD = "The hearing ended late on Tuesday. "


def _quotes(text: str) -> list[tuple[str, str]]:
    article = dragoman.analyze(LEAD + text, lang="en")
    return [(q.speaker_text or "", article.text[q.start:q.end]) for q in article.quotes]


def _speaker_of(text: str, content: str) -> str | None:
    return next((sp for sp, body in _quotes(text) if content in body), None)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Chile’s finance minister said the peso would recover.", "Chile’s finance minister"),
    ("Ruth Kemp's lawyer said the verdict would be appealed.", "Ruth Kemp's lawyer"),
    ("The verdict would be appealed, said Ruth Kemp's lawyer.", "Ruth Kemp's lawyer"),
    ("One of Peru’s few female judges said the verdict would be appealed.",
     "One of Peru’s few female judges"),
])
def test_possessed_role_speaks(text: str, speaker: str) -> None:
    assert _speaker_of(text, "would") == speaker


@pytest.mark.parametrize("text", [
    "The verdict would be appealed, said Chile's ambassador Ruth Kemp.",  # the name after it
    "Ruth Kemp's plan said the verdict would be appealed.",  # no role noun
    "Ruth Kemp's campaign said the verdict would be appealed.",  # a body: not re-resolved
])
def test_possessed_non_role_is_left(text: str) -> None:
    speaker = _speaker_of(text, "would") or ""
    assert speaker in ("Ruth Kemp", "")


def test_inverted_subject_with_closing_phrase() -> None:
    assert _speaker_of("Bus fares will rise, says a report from the transport board.",
                       "Bus fares") == "a report"
    assert _speaker_of("Bus fares will rise, says a report highlighting the “quiet crisis” in "
                       "rural transport.", "Bus fares") == "a report"


@pytest.mark.parametrize("text", [
    "Bus fares rose, said the report would be published in May.",  # a clause, not a phrase
    "Bus fares rose, says a report that found most routes had been cut.",
    "The buses ran late, leaving hundreds of commuters in the cold.",  # a participle, no cue
])
def test_inverted_subject_before_clause_is_none(text: str) -> None:
    assert all(body != "Bus fares rose" or "report" not in sp for sp, body in _quotes(text))


@pytest.mark.parametrize(("text", "speaker"), [
    ("The aquarium’s shark is healthy, the zoo said.", "the zoo"),
    ("Her dad said she had trained every morning.", "dad"),
    ("The hospital said the ward would reopen on Monday.", "The hospital"),
])
def test_kin_and_body_nouns_speak(text: str, speaker: str) -> None:
    assert any(speaker in sp for sp, _ in _quotes(text))


@pytest.mark.parametrize("text", [
    "The zoo opened a new aviary in the spring.",
    "Her dad drove her to the station every morning.",
])
def test_kin_and_body_nouns_alone_say_nothing(text: str) -> None:
    assert _quotes(text) == []


def test_body_noun_inside_modifier_is_no_speaker() -> None:
    assert _speaker_of("A man from the city said the bridge was unsafe.",
                       "the bridge") == "A man from the city"
