"""Reported speech: only statements by a named subject, with a whole clause as content."""

from __future__ import annotations

from dragoman.language.segment import split_sentences
from dragoman.model import Article, Entity, Mention, Quote
from dragoman.quotes import find_quotes


def _quotes(text: str, mentions: list[Mention] | None = None,
            entities: list[Entity] | None = None) -> list[Quote]:
    article = Article(id="t", source="test", text=text, language="en",
                      sentences=split_sentences(text, "en"), mentions=mentions or [],
                      entities=entities or [])
    return find_quotes(article)[0]


def _mention(text: str, name: str, label: str, entity_id: str | None = None) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, label, entity_id)  # type: ignore[arg-type]


def _reported(quotes: list[Quote]) -> list[Quote]:
    return [q for q in quotes if not q.direct]


def test_negated_and_infinitive_cues_are_not_statements() -> None:
    text = ("The harbour company declined to say when the cranes would return. "
            "Its director did not say whether the port would reopen this winter. "
            "The union refused to comment on the new shift rota for dock workers.")
    assert _reported(_quotes(text)) == []


def test_a_passive_cue_is_not_a_statement_by_its_subject() -> None:
    text = ("The closure of the ferry line was reported by several local radio stations. "
            "The ferry captain was told that the line would close in March.")
    assert _reported(_quotes(text)) == []


def test_an_object_after_a_verb_that_takes_one_is_not_content() -> None:
    text = ("Mayor Ann Lee mentioned a summertime phone call with the regional governor. "
            "Mayor Ann Lee denied any involvement in the tender for the new bridge.")
    assert _reported(_quotes(text)) == []
    clause = "Mayor Ann Lee denied she had met the bidders before the tender closed."
    assert [q.text for q in _reported(_quotes(clause))] == [
        "she had met the bidders before the tender closed"]


def test_common_nouns_are_never_speakers() -> None:
    text = ("Correction says the bridge was opened in 1990 and not in 1992 as printed. "
            "The complexity says a lot about how the rules for the river were written.")
    assert _reported(_quotes(text)) == []


def test_the_family_of_a_person_speaks_not_the_person() -> None:
    text = "The family of Ann Lee said that the inquiry into the flood had been far too slow."
    quotes = _reported(_quotes(text, [_mention(text, "Ann Lee", "PER", "ann-lee")]))
    assert len(quotes) == 1
    assert quotes[0].speaker_text is not None and quotes[0].speaker_text.startswith("family of")
    assert quotes[0].speaker_id is None  # the family, not Ann Lee


def test_a_country_as_speaker_is_linked_to_its_entity() -> None:
    text = "Norland has repeatedly warned that the new dam would cut the river's flow by half."
    mention = _mention(text, "Norland", "LOC", "norland")
    quotes = _reported(_quotes(text, [mention], [Entity("norland", "Norland", "LOC")]))
    assert [(q.speaker_id, q.speaker_name) for q in quotes] == [("norland", "Norland")]
    assert quotes[0].text.startswith("the new dam would cut")


def test_a_quoted_phrase_inside_reported_speech_is_one_reported_statement() -> None:
    text = ("Ann Lee highlighted that rebuilding the valley would require "
            "\"long-term commitment\" from every council in the region.")
    quotes = _quotes(text, [_mention(text, "Ann Lee", "PER", "ann-lee")])
    assert len(quotes) == 1 and not quotes[0].direct
    assert quotes[0].text.startswith("rebuilding the valley") and quotes[0].speaker_id == "ann-lee"


def test_a_parenthetical_cue_keeps_both_halves_of_the_sentence() -> None:
    text = "The river, Ms. Okafor said, will crest on Friday night above the old flood mark."
    quotes = _reported(_quotes(text))
    assert [q.text for q in quotes] == ["The river", "will crest on Friday night above the old flood mark"]
    assert len({q.cue_start for q in quotes}) == 1  # one statement, one cue


def test_a_phrase_between_cue_and_content_is_skipped() -> None:
    text = "Ann Lee said after the meeting she would ask the council for more pumps."
    quotes = _reported(_quotes(text))
    assert [q.text for q in quotes] == ["she would ask the council for more pumps"]
    fragment = "Ann Lee said in her interview with the local radio station on Monday."
    assert _reported(_quotes(fragment)) == []


def test_typewriter_double_quotes_are_quotation_marks() -> None:
    text = "''We will rebuild every bridge,'' said Ms. Okafor. ''It will take years.''"
    direct = [q for q in _quotes(text) if q.direct]
    assert [q.text for q in direct][:1] == ["We will rebuild every bridge,"]
    assert all(text[q.start - 1] == "'" and text[q.end] == "'" for q in direct)


def test_a_group_opened_by_a_quantifier_or_a_number_can_speak() -> None:
    text = ("Several ferry workers said the night crossings had been cut without notice. "
            "In a survey of harbour towns, 41 percent said the new timetable was worse. "
            "One passenger claimed that the ticket office had closed at noon.")
    got = [(q.speaker_text, q.text) for q in _reported(_quotes(text))]
    assert got == [("Several ferry workers", "the night crossings had been cut without notice"),
                   ("41 percent", "the new timetable was worse"),
                   ("One passenger", "the ticket office had closed at noon")]


def test_a_quantifier_opening_a_sentence_is_not_a_name() -> None:
    text = "Many residents said the water had been brown for weeks before the repair."
    assert [q.speaker_text for q in _reported(_quotes(text))] == ["Many residents"]


def test_told_with_an_addressee_and_a_clause_without_that() -> None:
    text = "Mayor Lena Ortiz told reporters she would not seek a second term next year."
    quotes = _reported(_quotes(text, [_mention(text, "Lena Ortiz", "PER", "lena-ortiz")]))
    assert [(q.text, q.addressee, q.speaker_id) for q in quotes] == [
        ("she would not seek a second term next year", "reporters", "lena-ortiz")]


def test_a_party_tag_before_an_appositive_does_not_hide_the_speaker() -> None:
    text = ("Sen. Ruth Calder (D-Vt.), chair of the rural affairs panel, said the grants "
            "would reach farms before the harvest.")
    quotes = _reported(_quotes(text, [_mention(text, "Ruth Calder", "PER", "ruth-calder")]))
    assert [(q.speaker_id, q.text) for q in quotes] == [
        ("ruth-calder", "the grants would reach farms before the harvest")]


def test_a_short_noun_phrase_and_an_auxiliary_open_a_clause_after_an_object_verb() -> None:
    text = ("The director acknowledged funding was the main reason for the delay. "
            "The director acknowledged the scale of the problem at the plant.")
    assert [q.text for q in _reported(_quotes(text))] == [
        "funding was the main reason for the delay"]


def test_documents_and_polls_can_be_the_source_of_according_to() -> None:
    text = "According to exit polls, the mayor won a clear majority in the northern districts."
    assert [q.speaker_text for q in _reported(_quotes(text))] == ["exit polls"]


def test_a_short_quoted_phrase_the_clause_goes_on_after_belongs_to_reported_speech() -> None:
    text = ("Governor Ada Price said at a rally in Dover that a “quiet deal” had been made "
            "with the bridge contractor.")
    quotes = _quotes(text, [_mention(text, "Ada Price", "PER", "ada-price")])
    assert [(q.direct, q.text) for q in quotes] == [
        (False, "a “quiet deal” had been made with the bridge contractor")]
    text = "Governor Ada Price said: “We will finish the bridge.” She then left the rally."
    quotes = _quotes(text, [_mention(text, "Ada Price", "PER", "ada-price")])
    assert [(q.direct, q.text) for q in quotes] == [(True, "We will finish the bridge.")]
