"""Reported speech: common-noun and quantified speakers, a person with a long appositive
before the cue, and a verb phrase coordinated with the sentence's first one."""

from __future__ import annotations

import pytest

import dragoman
from dragoman.language.segment import split_sentences
from dragoman.model import Article, Mention, Quote
from dragoman.quotes import find_quotes


def _quotes(text: str, mentions: list[Mention] | None = None) -> list[Quote]:
    article = Article(id="t", source="test", text=text, language="en",
                      sentences=split_sentences(text, "en"), mentions=mentions or [])
    return find_quotes(article)[0]


def _mention(text: str, name: str, label: str = "PER") -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, label, None)  # type: ignore[arg-type]


def _reported(quotes: list[Quote]) -> list[Quote]:
    return [q for q in quotes if not q.direct]


def test_a_group_named_by_a_common_noun_speaks() -> None:
    text = ("The bakery on Elm Street closed in June. "
            "Weather forecasters say the harbour will freeze before the end of January.")
    found = _reported(_quotes(text))
    assert [q.text for q in found] == ["the harbour will freeze before the end of January"]
    assert found[0].speaker_text is not None and "forecasters" in found[0].speaker_text


def test_a_share_named_by_a_number_word_speaks() -> None:
    text = "Seven in 10 say the new tram line should run through the old town."
    found = _reported(_quotes(text))
    assert [q.text for q in found] == ["the new tram line should run through the old town"]


def test_a_role_noun_after_a_determiner_speaks_after_the_clause() -> None:
    text = "The storm damaged two of the piers, the admiral said."
    found = _reported(_quotes(text))
    assert [q.text for q in found] == ["The storm damaged two of the piers"]


def test_a_thing_is_still_no_speaker() -> None:
    text = "The numbers say the bridge was never safe for heavy lorries."
    assert _reported(_quotes(text)) == []


def test_a_long_appositive_before_the_cue_keeps_its_person() -> None:
    text = ("Marta Olsen, director of the Institute for Coastal Studies at Nordhavn "
            "University, said Pedersen is likely to win the harbour vote next month.")
    found = _reported(_quotes(text, [_mention(text, "Marta Olsen"),
                                     _mention(text, "Pedersen")]))
    assert [q.text for q in found] == ["Pedersen is likely to win the harbour vote next month"]
    assert found[0].speaker_text == "Marta Olsen"


def test_an_appositive_with_an_age_and_a_relative_clause_keeps_its_person() -> None:
    text = ("Ivo Brandt, 52, a ferry pilot who grew up near the dunes, said Larsen "
            "should answer questions about the dredging contract.")
    found = _reported(_quotes(text, [_mention(text, "Ivo Brandt"), _mention(text, "Larsen")]))
    assert [q.text for q in found] == ["Larsen should answer questions about the dredging contract"]
    assert found[0].speaker_text == "Ivo Brandt"


def test_a_clause_before_an_inverted_speaker_is_not_an_appositive() -> None:
    text = "Olsen, a fisherman, lost his boat in the storm, said Bruno Vidal."
    found = _reported(_quotes(text, [_mention(text, "Olsen"), _mention(text, "Bruno Vidal")]))
    assert [(q.text, q.speaker_text) for q in found] == [
        ("Olsen, a fisherman, lost his boat in the storm", "Bruno Vidal")]


def test_a_coordinated_verb_phrase_takes_the_sentences_pronoun_subject() -> None:
    text = ("Greta Holm opened the new library on Monday. She thanked the builders, praised "
            "the volunteers who had raised the money over three long winters and said the "
            "reading room would stay open until midnight.")
    found = _reported(_quotes(text, [_mention(text, "Greta Holm")]))
    assert [q.text for q in found] == ["the reading room would stay open until midnight"]
    assert found[0].speaker_text == "Greta Holm"


def test_a_coordinated_cue_after_a_quotation_breaks_is_not_taken() -> None:
    text = ("Greta Holm opened the library. She shouted “What a day!” and the crowd "
            "cheered and said the room was too small.")
    found = _reported(_quotes(text, [_mention(text, "Greta Holm")]))
    assert found == []


def test_a_title_and_a_party_tag_before_the_appositive_keep_the_person() -> None:
    text = ("Sen. Ann Lee (D-Ore.), who chairs the budget panel with Bo Park, said the tunnel "
            "costs too much.")
    found = _reported(_quotes(text, [_mention(text, "Ann Lee"), _mention(text, "Bo Park")]))
    assert [(q.text, q.speaker_text) for q in found] == [("the tunnel costs too much", "Ann Lee")]


def test_an_opening_group_phrase_is_the_speaker_not_its_last_words() -> None:
    text = "Most residents in the valley said the road should reopen before winter."
    found = _reported(_quotes(text))
    assert [(q.text, q.speaker_text) for q in found] == [
        ("the road should reopen before winter", "Most residents in the valley")]


def test_an_approximate_share_opening_the_clause_speaks() -> None:
    text = "About 4 in 10 said the tunnel was a mistake."
    found = _reported(_quotes(text))
    assert [(q.text, q.speaker_text) for q in found] == [
        ("the tunnel was a mistake", "About 4 in 10")]


def test_an_introductory_phrase_with_a_modal_is_no_group_speaker() -> None:
    text = "By some measures one could say the harbour was never busier."
    assert _reported(_quotes(text)) == []


def test_an_as_clause_after_a_conjunction_reports_the_clause_after_it() -> None:
    text = "Weather on the coast was mild, and as the mayor noted, the ferries ran on time all week."
    found = _reported(_quotes(text))
    assert [q.text for q in found] == ["the ferries ran on time all week"]


def test_a_demonstrative_noun_and_an_auxiliary_open_a_clause_before_the_cue() -> None:
    text = "Those repairs will take a month, the spokesman said."
    found = _reported(_quotes(text))
    assert [q.text for q in found] == ["Those repairs will take a month"]


def test_words_ending_on_a_preposition_before_the_cue_are_no_clause() -> None:
    text = "Compare the old ferry with, the mayor said."
    assert _reported(_quotes(text)) == []


def test_a_bracketed_remark_after_an_inverted_speaker_is_no_content() -> None:
    text = "The vote was close, said Olga Berg (a view shared by her rivals)."
    found = _reported(_quotes(text, [_mention(text, "Olga Berg")]))
    assert [(q.text, q.speaker_text) for q in found] == [("The vote was close", "Olga Berg")]


def test_a_day_and_a_comma_after_the_cue_leave_the_content_before_it() -> None:
    text = ("She was pleased that the vote passed, her aides said Friday, because she had worked "
            "on it for years.")
    found = _reported(_quotes(text))
    assert [q.text for q in found] == ["She was pleased that the vote passed"]


def test_said_about_a_topic_is_no_statement() -> None:
    text = "Mayor Ann Lee said about the tunnel project in May that it runs late."
    found = _reported(_quotes(text, [_mention(text, "Ann Lee")]))
    assert [q.text for q in found] == ["it runs late"]


def test_said_about_a_number_of_people_is_a_statement() -> None:
    text = "Ann Lee said about 20 people have asked for the seat."
    found = _reported(_quotes(text, [_mention(text, "Ann Lee")]))
    assert [q.text for q in found] == ["about 20 people have asked for the seat"]


def test_a_place_phrase_after_the_addressee_comes_before_the_clause() -> None:
    text = "Ann Lee told a rally in Reno she would fight the tax."
    found = _reported(_quotes(text, [_mention(text, "Ann Lee")]))
    assert [(q.text, q.speaker_text) for q in found] == [("she would fight the tax", "Ann Lee")]


def test_a_relative_phrase_after_the_addressee_is_no_content() -> None:
    text = "Ann Lee told reporters with what she knew about the plan."
    assert _reported(_quotes(text, [_mention(text, "Ann Lee")])) == []


def test_an_addressee_running_into_the_clause_ends_before_its_subject() -> None:
    text = "Ray Cole won the seat. He told Radio Nord the harbour fees are too high."
    found = _reported(_quotes(text, [_mention(text, "Ray Cole")]))
    assert [(q.text, q.speaker_text, q.addressee) for q in found] == [
        ("the harbour fees are too high", "Ray Cole", "Radio Nord")]


def test_a_clause_before_a_group_subject_is_no_speaker() -> None:
    text = "Some in the room clapped while others said the plan was doomed."
    found = [q for q in dragoman.analyze(text, lang="en").quotes if not q.direct]
    assert all("clapped" not in (q.speaker_text or "") for q in found)


@pytest.mark.parametrize(("text", "content"), [
    ("Many in the crowd said little about the new plan.", None),
    ("The mayor said nothing at all during the long meeting.", None),
    ("The mayor said little has changed since the flood.", "little has changed since the flood"),
    ("The mayor said nothing would change after the vote.", "nothing would change after the vote"),
])
def test_a_pronoun_of_quantity_is_an_object_before_a_phrase(text: str, content: str | None) -> None:
    found = [q.text for q in dragoman.analyze(text, lang="en").quotes if not q.direct]
    assert found == ([content] if content else [])
