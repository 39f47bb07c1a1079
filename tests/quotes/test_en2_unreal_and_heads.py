"""English quotations (issue 16, second pass on pool A's classes): a cue in a condition or
after a modal of prediction reports no statement; occupation nouns and plural role nouns
head a speaker; a preposition's object inside the subject is no speaker. Original sentences,
with negatives that must not change."""

from __future__ import annotations

from dragoman.language.segment import split_sentences
from dragoman.model import Article, Mention, Quote
from dragoman.quotes import find_quotes


def _quotes(text: str, names: tuple[tuple[str, str], ...] = ()) -> list[Quote]:
    mentions = sorted((Mention(text.index(n), text.index(n) + len(n), n, label)  # type: ignore[arg-type]
                       for n, label in names), key=lambda m: m.start)
    article = Article(id="t", source="test", text=text, language="en",
                      sentences=split_sentences(text, "en"), mentions=mentions)
    return find_quotes(article)[0]


def _reported(text: str, names: tuple[tuple[str, str], ...] = ()) -> list[Quote]:
    return [q for q in _quotes(text, names) if not q.direct]


def test_condition_reports_no_statement() -> None:
    assert _reported("If the regulator says the merger is legal, the shares will rise.") == []
    assert _reported("Unless the council confirms that the pool is safe, it stays shut.") == []
    assert _reported("Even if Maria Lindqvist claims that the loan was repaid, the bank must "
                     "check.", (("Maria Lindqvist", "PER"),)) == []


def test_prediction_modal_reports_no_statement() -> None:
    assert _reported("Sceptics will say that the border is still open.") == []
    assert _reported("The lender will probably argue that the fee is legal.") == []
    assert _reported("Some economists may well argue that the cut came too late.") == []
    assert _reported("They'll say the vote was rigged, but the count was clean.") == []


def test_statements_around_conditions_and_modals_stay() -> None:
    # a condition closed by a comma before the cue, a condition inside the content, a modal
    # inside the content, the past "would … say", a month and a name that look like modals
    for text, content in (
            ("If approved, the mayor said, the tram will reach the harbour by 2030.", "tram"),
            ("The mayor said that if the tram is approved, fares will fall.", "fares"),
            ("The mayor said the tram will reach the harbour by 2030.", "tram"),
            ("The mayor would later say that the tram had been a mistake.", "tram"),
            ("In May the ministry said the figures were wrong.", "figures"),
            ("The report released in May said the river had flooded twice.", "river")):
        assert any(content in q.text for q in _reported(text)), text
    found = _reported("Will Harding said the club had no money left.", (("Will Harding", "PER"),))
    assert [q.speaker_text for q in found] == ["Will Harding"]


def test_scheduled_remarks_of_a_definite_speaker_stay() -> None:
    # prepared remarks announced in news: a future modal with a named or definite subject and
    # no likelihood adverb is a statement; a condition whose opener is not right before the
    # cue's subject belongs to another clause
    for text, content in (
            ("The governor will tell lawmakers on Thursday that the deficit has closed.",
             "deficit"),
            ("In her address, the chancellor will also say that pensions must rise.", "pensions"),
            ("Unless warned otherwise the workers said they would sail at dawn.", "sail")):
        assert any(content in q.text for q in _reported(text)), text
    found = _reported("Ines Moreau will announce in Lyon that the plant stays open.",
                      (("Ines Moreau", "PER"),))
    assert [q.speaker_text for q in found] == ["Ines Moreau"]
    # generic or guessed speakers stay without a statement (the negatives of this class)
    assert _reported("Critics will tell reporters on Monday that the permit was never valid.") == []


def test_occupation_and_plural_role_nouns_speak() -> None:
    assert [q.speaker_text for q in _reported("The coach said his players were exhausted.")] == [
        "The coach"]
    assert [q.speaker_text for q in _reported("The ambassadors said the talks went well.")] == [
        "The ambassadors"]
    # a thing is still no speaker
    assert _reported("The painting said more than words ever could.") == []


def test_object_of_a_subject_modifier_is_no_speaker() -> None:
    assert [q.speaker_text for q in _reported("A neighbour of the singer said the flat was "
                                              "empty.")] == ["A neighbour of the singer"]
    assert [q.speaker_text for q in _reported("The head of the union said the strike goes "
                                              "on.")] == ["The head of the union"]
    direct = [q for q in _quotes("“He was exhausted,” a friend of the coach said.") if q.direct]
    assert [q.speaker_text for q in direct] == ["a friend of the coach"]


def test_object_of_for_and_other_clauses_unchanged() -> None:
    # "for": the body spoken for; a quantifier's group; another clause's subject
    assert [q.speaker_text for q in _reported("A spokeswoman for the bank said the branch "
                                              "would reopen.")] == ["the bank"]
    found = _reported("He met the head of the union, and the mayor said the talks failed.")
    assert [q.speaker_text for q in found] == ["the mayor"]
