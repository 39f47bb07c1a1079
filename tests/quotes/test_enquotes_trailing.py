"""English direct quotations (issue 16, enquotes): the cue after a quotation its own
sentence holds, unlisted verbs that continue a statement, a new sentence's cue after a
closed quotation, naming verbs after an appositive, and quoted phrases that a reported
clause goes on after. Original sentences."""

from __future__ import annotations

from dragoman.model import Quote
from tests.support.quoting import quotes_of


def _direct(found: list[Quote]) -> list[tuple[str, str, str | None]]:
    return [(q.text, q.cue, q.speaker_text) for q in found if q.direct]


def _reported(found: list[Quote]) -> list[str]:
    return [q.text for q in found if not q.direct]


# --- a quotation a few words open, its cue after it (trailingcue.own_trailing_cue) ---

def test_a_lead_in_quotation_takes_the_cue_after_it_not_the_earlier_statement() -> None:
    text = ('Mara Olsen, a farmer, spoke first. "The harvest was poor this year," she said. '
            'Buyers "want lower prices every single season, and we cannot keep up," she said.')
    found = quotes_of(text, "en", people=("Mara Olsen",))
    direct = [q for q in found if q.direct]
    assert len(direct) == 2
    second = direct[1]
    assert second.text.startswith("Buyers")
    assert second.cue_start == text.rindex("said")  # its own cue, not the first "said"
    assert second.speaker_text == "Mara Olsen"


def test_near_miss_a_short_quoted_phrase_with_its_cue_after_stays_reported() -> None:
    # the quotation is under half of its clause: reported speech with a quoted word
    text = 'The bill\'s failure was "heartbreaking," Mara Olsen said.'
    found = quotes_of(text, "en", people=("Mara Olsen",))
    assert _direct(found) == []
    assert _reported(found) and _reported(found)[0].startswith("The bill's failure")


# --- an unlisted verb is the cue, so the statement goes on after it -------------------

def test_a_quotation_after_an_unlisted_verb_continues_the_same_statement() -> None:
    text = '"We will never close the plant," Ann Lee fumed. "Not this year and not next year."'
    found = quotes_of(text, "en", people=("Ann Lee",))
    direct = [q for q in found if q.direct]
    assert [q.cue for q in direct] == ["fumed", "fumed"]
    assert direct[0].cue_start == direct[1].cue_start == text.index("fumed")
    assert {q.speaker_text for q in direct} == {"Ann Lee"}


def test_near_miss_a_new_speakers_sentence_after_an_unlisted_verb_is_no_continuation() -> None:
    text = ('"We will never close the plant," Ann Lee fumed. Tom Ray, the mayor, said: '
            '"The plant closes in June."')
    found = quotes_of(text, "en", people=("Ann Lee", "Tom Ray"))
    direct = [q for q in found if q.direct]
    assert direct[0].cue == "fumed"
    assert direct[1].speaker_text == "Tom Ray" and direct[1].cue == "said"


# --- a closed quotation: the next sentence's cue introduces what follows it ------------

def test_a_cue_with_a_colon_after_a_closed_quotation_belongs_to_the_next_one() -> None:
    text = ('"Let me be clear about this," Ann Lee wrote. "Nobody will lose a job." She added: '
            '"The plant stays open for ten more years."')
    found = quotes_of(text, "en", people=("Ann Lee",))
    direct = [q for q in found if q.direct]
    assert [q.cue for q in direct] == ["wrote", "wrote", "added"]
    assert direct[1].cue_start == direct[0].cue_start


def test_a_cue_whose_clause_goes_on_after_a_closed_quotation_belongs_to_that_clause() -> None:
    text = ('"The plant stays open," Ann Lee said. "Nobody will lose a job." That is why, she '
            'added, the town "can plan ahead for once."')
    found = quotes_of(text, "en", people=("Ann Lee",))
    direct = [q for q in found if q.direct]
    assert direct[1].text == "Nobody will lose a job."
    assert direct[1].cue_start == direct[0].cue_start == text.index("said")


def test_near_miss_a_cue_closing_the_sentence_after_a_closed_quotation_is_its_own() -> None:
    for text in ('"Nobody will lose a job." Ann Lee said.',
                 '"Nobody will lose a job." Ann Lee said on Monday.',
                 '"Nobody will lose a job." said Ann Lee, the plant manager.'):
        found = quotes_of(text, "en", people=("Ann Lee",))
        assert _direct(found)[0][1:] == ("said", "Ann Lee"), text


# --- naming verbs after an appositive or a first verb phrase -------------------------

def test_a_naming_verb_after_an_appositive_has_the_name_as_speaker() -> None:
    for text in ('Anna Weber, a former mayor who has opposed the plan for years, called the '
                 'proposal "a waste of public money and time."',
                 'Mark Olsen, a lawyer, labeled the judge "unfit to serve on any court."'):
        speaker = text.split(",")[0]
        found = quotes_of(text, "en", people=(speaker,))
        assert [(s, c) for _, c, s in _direct(found)] in ([(speaker, "called")],
                                                            [(speaker, "labeled")]), text


def test_a_naming_verb_after_the_subjects_first_verb_phrase_is_the_subjects() -> None:
    text = ('Senator Tom Ray took the stage in Denver and called the tax code "broken beyond '
            'any repair."')
    found = quotes_of(text, "en", people=("Tom Ray",))
    assert _direct(found) == [("broken beyond any repair.", "called", "Tom Ray")]


def test_near_miss_naming_verbs_with_no_speaking_subject_stay_unquoted() -> None:
    for text in ('A bakery called "Sweet Morning Bread Company" opened downtown.',
                 'The old mill, a ruin for decades, was called "the ghost of the valley."',
                 'Tom Ray, a lawyer; the plan called "Green Valley Future" failed.'):
        found = quotes_of(text, "en", people=("Tom Ray",) if "Tom Ray" in text else ())
        assert _direct(found) == [], text


# --- a quoted phrase that a reported clause goes on after (leadin.trails_into_clause) ---

def test_a_short_quoted_phrase_inside_a_longer_reported_clause_is_reported() -> None:
    # a phrase with no subject or verb of its own that the reported clause goes on after
    text = ('Mara Olsen says "a tired and angry old guard" now runs the party from a back room '
            'downtown.')
    found = quotes_of(text, "en", people=("Mara Olsen",))
    assert _direct(found) == []
    assert _reported(found) == ['"a tired and angry old guard" now runs the party from a back '
                                'room downtown']


def test_near_miss_a_quoted_clause_before_the_writers_adjunct_stays_direct() -> None:
    text = ('Mara Olsen says "the wind is at our backs" despite her loss in the county race '
            'last week.')
    found = quotes_of(text, "en", people=("Mara Olsen",))
    assert _direct(found) == [("the wind is at our backs", "says", "Mara Olsen")]


def test_near_miss_a_quotation_that_is_most_of_its_clause_stays_direct() -> None:
    for text in ('Mara Olsen said "the plan will fail within a year" in an interview.',
                 'Mara Olsen said "the plan will fail," and left the room.',
                 'Mara Olsen said, "The plan will fail." Then she left.'):
        found = quotes_of(text, "en", people=("Mara Olsen",))
        assert [c for _, c, _ in _direct(found)] == ["said"], text


# --- a quotation after a full stop opens a sentence the splitter joined (sentences) ----

def _one_sentence(text: str, people: tuple[str, ...]) -> list[Quote]:
    """Quotations of ``text`` read as one sentence (a splitter that missed a boundary)."""
    from dragoman.model import Article, Mention
    from dragoman.quotes import find_quotes

    mentions = [Mention(text.index(p), text.index(p) + len(p), p, "PER") for p in people]
    article = Article(id="t", source="test", text=text, language="en",
                      sentences=[(0, len(text))], mentions=mentions)
    return find_quotes(article)[0]


def test_a_quotation_after_a_full_stop_takes_its_cue_though_the_sentence_was_joined() -> None:
    text = ('The doctors were eager to talk about the show. "He has a huge audience, with an '
            'entire network behind him," said Dana Holt, a surgeon. "He cannot simply ignore '
            'the facts."')
    direct = [q for q in _one_sentence(text, ("Dana Holt",)) if q.direct]
    assert [q.cue for q in direct] == ["said", "said"]
    assert direct[0].text.startswith("He has")  # no words of the sentence before
    assert {q.speaker_text for q in direct} == {"Dana Holt"}


def test_near_miss_a_title_before_the_mark_is_no_sentence_end() -> None:
    from dragoman.quotes.sentences import after_sentence_end

    text = 'They met Sen. "Bob" Miller. Then "we left," she said.'
    assert after_sentence_end(text, 0, text.index('"Bob"')) == 0
    assert after_sentence_end(text, 0, text.index('"we')) == 0  # no full stop right before
    later = 'He left. "We stay," she said.'
    assert after_sentence_end(later, 0, later.index('"We')) == later.index('"We')


# --- a quoted title followed by its byline (titles.bylined) ---------------------------

def test_a_quoted_headline_with_its_byline_is_no_statement() -> None:
    for text in ('MUSEUM NEWS—"A new director for the harbor museum, and a long list of plans," '
                 'by the Gazette\'s Ann Lee.',
                 'The family story is told in "Three Brothers and a Bakery in the Old Town" by '
                 'Ann Lee, a local historian.'):
        found = quotes_of(text, "en", people=("Ann Lee",))
        assert _direct(found) == [], text


def test_near_miss_a_new_paragraph_opening_with_by_is_no_byline() -> None:
    text = ('"We have been open about every step, and we will stay open about the next ones," '
            'Ann Lee said.\n\nBy Thursday the board had agreed.')
    found = quotes_of(text, "en", people=("Ann Lee",))
    assert [c for _, c, _ in _direct(found)] == ["said"]
    text = '"We will win this race, whatever the polls say," Ann Lee said by phone.'
    found = quotes_of(text, "en", people=("Ann Lee",))
    assert [c for _, c, _ in _direct(found)] == ["said"]
