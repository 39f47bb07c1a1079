"""English quotation rules narrowed after an adversarial review (enfix): a quoted clause the
writer's adjunct follows stays direct (leadin.trails_into_clause), a closed quotation keeps a
cue clause that only adds a time, channel, participle or absolute phrase
(trailingcue.closes_statement), a month or a new sentence after "by" is no byline
(titles.bylined), and a quoted adjective of one or two words stays reported
(trailingcue.own_trailing_cue). Original sentences."""

from __future__ import annotations

from dragoman.model import Quote
from tests.support.quoting import quotes_of


def _direct(found: list[Quote]) -> list[tuple[str, str, str | None]]:
    return [(q.text, q.cue, q.speaker_text) for q in found if q.direct]


def _reported(found: list[Quote]) -> list[str]:
    return [q.text for q in found if not q.direct]


# --- trails_into_clause: a quoted clause followed by the writer's adjunct stays direct ---

def test_a_quoted_clause_before_an_adjunct_of_the_speech_verb_stays_direct() -> None:
    cases = (
        ('Jon Pike said "we are ready" at a town hall in the valley on Saturday evening.',
         "we are ready", "said"),
        ('Jon Pike told the jury "I did not take the money" before breaking down in tears.',
         "I did not take the money", "told"),
        ('Jon Pike wrote "the bridge is unsafe" in a memo to the county board last spring.',
         "the bridge is unsafe", "wrote"),
        ('Jon Pike said "the levee will hold" as the water rose behind the old mill.',
         "the levee will hold", "said"),
        ('Jon Pike admitted "we lost our way" but vowed to rebuild the party.',
         "we lost our way", "admitted"),
    )
    for text, quoted, cue in cases:
        found = quotes_of(text, "en", people=("Jon Pike",))
        assert _direct(found)[:1] == [(quoted, cue, "Jon Pike")], text


def test_a_quoted_phrase_before_a_preposition_of_the_cue_stays_direct() -> None:
    for text, quoted in (
            ('Mara Olsen promised "a fresh start" to the farmers who lost their crops in the '
             'flood.', "a fresh start"),
            ('Mara Olsen vowed "no more delays" during a long meeting with the school board.',
             "no more delays")):
        found = quotes_of(text, "en", people=("Mara Olsen",))
        assert [t for t, _, _ in _direct(found)] == [quoted], text


def test_no_reported_statement_keeps_a_stray_closing_mark() -> None:
    for text in ('Mara Olsen said "the river is rising" in a video posted late on Sunday.',
                 'Mara Olsen said "help is coming" for the families who lost their homes.'):
        found = quotes_of(text, "en", people=("Mara Olsen",))
        assert _direct(found), text
        assert not any('"' in r for r in _reported(found)), text


# --- closes_statement: a closed quotation keeps the cue clause that only attributes it ---

def test_a_closed_quotation_keeps_a_cue_with_a_participle_or_absolute_phrase() -> None:
    for text in ('"We will rebuild." Mara Olsen said, thanking the volunteers who cleared '
                 'the roads.',
                 '"We will rebuild." Mara Olsen said on Sunday, her eyes filling with tears.',
                 '"We will rebuild." Mara Olsen said, visiting the flooded streets with the '
                 'governor of the state.'):
        found = quotes_of(text, "en", people=("Mara Olsen",))
        assert _direct(found) == [("We will rebuild.", "said", "Mara Olsen")], text


def test_a_closed_quotation_keeps_a_cue_with_a_long_channel_phrase() -> None:
    for text in ('"The bridge is unsafe." Jon Pike wrote in a memo to the county board that '
                 'was sent last spring.',
                 '"The bridge is unsafe." Jon Pike wrote on Friday in a long letter to the '
                 'residents of the northern valley.'):
        found = quotes_of(text, "en", people=("Jon Pike",))
        assert _direct(found) == [("The bridge is unsafe.", "wrote", "Jon Pike")], text


def test_a_pronoun_object_after_the_cue_is_no_content_of_its_own() -> None:
    text = '"The bridge is unsafe." Jon Pike said it again before the vote.'
    found = quotes_of(text, "en", people=("Jon Pike",))
    assert _direct(found) == [("The bridge is unsafe.", "said", "Jon Pike")]


def test_a_cue_with_a_that_clause_of_its_own_is_not_the_closed_quotations() -> None:
    for text, content in (
            ('"We will rebuild." Mara Olsen added that the money would arrive next month.',
             "the money would arrive next month"),
            ('"We will rebuild," Mara Olsen said. "Every house." She added, citing the '
             'insurance payments, that most families would be home by spring.',
             "most families would be home by spring")):
        found = quotes_of(text, "en", people=("Mara Olsen",))
        assert content in _reported(found), text
        assert "added" not in [c for _, c, _ in _direct(found)], text


# --- bylined: a date or a new sentence after "by" is no byline ---------------------------

def test_a_month_or_weekday_after_by_is_no_byline() -> None:
    for text, quoted in (
            ('"The bridge stays closed," by March, Jon Pike said, crews would finish.',
             "The bridge stays closed,"),
            ('"We will have a deal" by Sunday, Jon Pike said.', "We will have a deal")):
        found = quotes_of(text, "en", people=("Jon Pike",))
        assert [t for t, _, _ in _direct(found)] == [quoted], text


def test_a_sentence_opening_with_by_after_a_closed_quotation_is_no_byline() -> None:
    text = ('"Nobody saw it coming," Jon Pike said. "Nobody." By Wednesday, the river had risen '
            'again.')
    found = quotes_of(text, "en", people=("Jon Pike",))
    assert [t for t, _, _ in _direct(found)] == ["Nobody saw it coming,", "Nobody."]
    text = 'Jon Pike said: "We are leaving." By Monday, the offices were empty.'
    found = quotes_of(text, "en", people=("Jon Pike",))
    assert _direct(found) == [("We are leaving.", "said", "Jon Pike")]


def test_near_miss_a_title_with_a_two_word_or_owned_byline_is_still_no_statement() -> None:
    for text in ('The story is told in "A Winter on the River" by Mara Olsen, a retired teacher.',
                 '"A long road home for the flood victims," by the Courier\'s Mara Olsen.'):
        found = quotes_of(text, "en", people=("Mara Olsen",))
        assert _direct(found) == [], text


# --- own_trailing_cue: a one- or two-word quoted adjective stays reported ----------------

def test_a_short_quoted_adjective_with_a_trailing_cue_stays_reported() -> None:
    for text in ('The harvest was "catastrophic," Mara Olsen said.',
                 'The turnout was "truly remarkable," said Mara Olsen, a county clerk.'):
        found = quotes_of(text, "en", people=("Mara Olsen",))
        assert _direct(found) == [], text


def test_near_miss_a_long_quotation_after_opening_words_is_still_direct() -> None:
    text = 'The harvest "was the worst in living memory for every farmer here," Mara Olsen said.'
    found = quotes_of(text, "en", people=("Mara Olsen",))
    assert [(c, s) for _, c, s in _direct(found)] == [("said", "Mara Olsen")]


def test_a_two_word_quotation_with_an_auxiliary_takes_the_cue_after_it() -> None:
    text = 'The levee "will hold," Jon Pike told reporters at the dam late on Friday evening.'
    found = quotes_of(text, "en", people=("Jon Pike",))
    assert [(c, s) for _, c, s in _direct(found)] == [("told", "Jon Pike")]


def test_near_miss_a_relative_clause_after_a_quoted_title_gives_no_cue() -> None:
    text = 'A novel called "The Winter Orchard," which Mara Olsen wrote, sold well in the spring.'
    found = quotes_of(text, "en", people=("Mara Olsen",))
    assert all(s != "Mara Olsen" for _, _, s in _direct(found))


def test_a_one_word_quotation_the_clause_goes_on_after_is_a_scare_quote() -> None:
    text = 'The court papers named Jon Pike, whom the filing alleged "accomplices" in the scheme.'
    found = quotes_of(text, "en", people=("Jon Pike",))
    assert _direct(found) == []
    text = 'Mara Olsen said "no" to the offer from the builders on Friday afternoon.'
    found = quotes_of(text, "en", people=("Mara Olsen",))
    assert _direct(found) == []


def test_a_cue_whose_clause_runs_into_its_own_quotation_or_that_clause_is_not_taken() -> None:
    text = ('"We lost two friends," said Jon Pike, a retired baker. "The town feels different '
            'now." Perhaps, he said, this "village has grown too fast."')
    found = quotes_of(text, "en", people=("Jon Pike",))
    direct = [q for q in found if q.direct]
    assert direct[1].cue_start == direct[0].cue_start  # goes on with "said Jon Pike"
    text = ('"Our roads are falling apart," Mara Olsen said. "Every single one of them." She '
            'said, twice, that the county would pay.')
    found = quotes_of(text, "en", people=("Mara Olsen",))
    assert "the county would pay" in _reported(found)
    direct = [q for q in found if q.direct]
    assert direct[1].cue_start == direct[0].cue_start


def test_a_parenthetical_cue_or_a_cue_with_its_own_object_is_not_the_closed_quotations() -> None:
    for text in ('"Mara Olsen is a name people know," Jon Pike said. "If you hear it, you trust '
                 'it." That\'s why, he added, the bakery kept its old sign.',
                 '"We feel good about the county," Jon Pike said. "We feel good about the '
                 'towns." He noted a planned rally on Sunday in the old market square.'):
        found = quotes_of(text, "en", people=("Jon Pike",))
        direct = [q for q in found if q.direct]
        assert direct[1].cue_start == direct[0].cue_start, text
    text = '"We will rebuild." Mara Olsen told the crowd on Sunday in the market square.'
    found = quotes_of(text, "en", people=("Mara Olsen",))
    assert _direct(found) == [("We will rebuild.", "told", "Mara Olsen")]
