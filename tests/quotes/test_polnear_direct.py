"""Direct-quotation error classes read off PolNeAR train and dev-tune (strict scorer), on
original English sentences: a sentence's unquoted lead-in before a quotation whose cue follows
it, split quotations in typewriter marks (''…''), and quoted titles beside a speech cue."""

from __future__ import annotations

import dragoman
from dragoman.model import Quote
from dragoman.quotes.marks import find_quoted
from dragoman.quotes.reported import MIXED_QUOTED_SHARE
from dragoman.quotes.titles import title_shaped


def _direct(text: str) -> list[Quote]:
    return [q for q in dragoman.analyze(text, lang="en").quotes if q.direct]


def test_a_lead_in_before_a_quotation_with_its_cue_after_belongs_to_the_statement() -> None:
    text = ('The council met on Monday. With hundreds of polling stations, "there is no one '
            'single weak point in the whole chain," Mayor Ines Calder said.')
    found = _direct(text)
    assert len(found) == 1
    assert found[0].text.startswith("With hundreds of polling stations,")
    assert found[0].text.endswith("whole chain,")
    assert found[0].cue == "said" and "Ines Calder" in (found[0].speaker_text or "")


def test_a_long_lead_in_is_left_out_when_the_quotation_is_less_than_half() -> None:
    text = ('The council met on Monday. In a long interview on Tuesday with a local radio '
            'station in the north of the county, "we will win," Mayor Ines Calder said.')
    found = _direct(text)
    assert [q.text for q in found] == ["we will win,"]
    lead = text.index("In a long")
    quoted = text.index(",\" Mayor") + 2 - text.index("\"we")
    assert quoted < MIXED_QUOTED_SHARE * (text.index(",\" Mayor") + 2 - lead)


def test_a_lead_in_after_a_cue_before_the_quotation_is_not_taken() -> None:
    text = ('Paula Grant said that if the levy fails, "the library closes in June," and '
            'nobody disputed it.')
    found = [(q.text[:11], q.direct) for q in dragoman.analyze(text, lang="en").quotes]
    assert found == [("if the levy", False)]  # the cue's reported content, not a lead-in


def test_typewriter_marks_open_at_their_first_character() -> None:
    text = "Then ''small towns pay for it,'' she said."
    spans, _ = find_quoted(text)
    assert len(spans) == 1
    assert spans[0].open_at == text.index("''")
    assert text[spans[0].start:spans[0].end] == "small towns pay for it,"


def test_a_split_quotation_in_typewriter_marks_keeps_both_parts() -> None:
    text = ("Economists studied the mills.\n\n''There are these small pockets of pain,'' "
            "Mr. Dorn said, ''and we are seeing the political fallout of that.''\n\n"
            "The study ends there.")
    found = _direct(text)
    assert [q.text for q in found] == ["There are these small pockets of pain,",
                                       "and we are seeing the political fallout of that."]
    assert found[0].cue_start == found[1].cue_start == text.index("said")
    assert all(q.speaker_text and "Dorn" in q.speaker_text for q in found)


def test_a_quoted_title_beside_a_speech_cue_is_no_statement() -> None:
    text = ("In his 2004 book, ''Raise Your Child to Be Rich,'' Mr. Hale suggested looking "
            "at the charges on your card statement.")
    assert _direct(text) == []
    text2 = 'In her memoir, "Winter on Prairie Roads," Ms. Ortiz wrote about her father.'
    assert _direct(text2) == []


def test_title_shape() -> None:
    def shaped(t: str) -> bool:
        spans, _ = find_quoted(t)
        return title_shaped(t, spans[0])

    assert shaped('the book "Doomed to Wander" came out')
    assert shaped('the film "Raise Your Child to Be Rich." opened')
    assert not shaped('"Absolutely," she said.')
    assert not shaped('"We will win this race," she said.')
    assert not shaped('"LOCK THEM ALL UP," they chanted.')


def test_a_capitalised_sentence_is_no_title() -> None:
    def shaped(t: str) -> bool:
        spans, _ = find_quoted(t)
        return title_shaped(t, spans[0])

    assert not shaped('"It\'s not new in Ohio," he said.')
    assert not shaped('"With an eye to March, Dakota," he said.')
    assert not shaped('"What a Great Night!" she declared.')


def test_a_quotation_resumes_after_its_cue_in_a_sentence_after_an_abbreviation() -> None:
    text = ('"They would be mistaken," Anna Briggs, a spokeswoman for the campaign, said in an '
            'interview Sunday in Fresno, Calif. "The reality is this goes to the floor."')
    found = _direct(text)
    assert [q.text for q in found] == ["They would be mistaken,",
                                       "The reality is this goes to the floor."]
    assert found[0].cue_start == found[1].cue_start == text.index("said")


def test_a_short_phrase_quoted_after_another_cue_is_not_a_continuation() -> None:
    text = ('"We are ready," Anna Briggs said, and she added that the rival plan was a '
            '"costly detour."')
    found = _direct(text)
    assert [q.text for q in found] == ["We are ready,"]


def test_an_exclamation_keeps_a_speaker_named_at_length_after_it() -> None:
    text = ('"What a great night for our next governor, Ann Cole!" Cole\'s cousin, state '
            'Rep. Dana Moss of Akron, shouted to the crowd.')
    found = _direct(text)
    assert [q.text for q in found] == ["What a great night for our next governor, Ann Cole!"]
    assert found[0].cue == "shouted" and "Dana Moss" in (found[0].speaker_text or "")


def test_a_full_stop_still_closes_the_quotation_before_a_distant_cue() -> None:
    text = ('"We will rebuild the bridge." Residents of the valley, who waited for years, '
            'doubted it, the mayor said.')
    assert all(q.cue != "said" for q in _direct(text))
    said = [(q.text, q.direct) for q in dragoman.analyze(text, lang="en").quotes if q.cue == "said"]
    assert said == [("Residents of the valley, who waited for years, doubted it", False)]
