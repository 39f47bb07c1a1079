"""Review of the late quotation rules: the relative-clause subject rule reads a bounded window
(a cue late in a long sentence does not list the whole sentence's mentions again) and keeps
its answers. Original sentences written for these tests."""

from __future__ import annotations

from dragoman.language.segment import split_sentences
from dragoman.model import Article, Mention
from dragoman.quotes import find_quotes, speakers
from tests.support.quoting import quotes_of


def test_a_person_opening_a_sentence_with_a_relative_clause_is_the_subject() -> None:
    text = ("Marta Gil, la bióloga del instituto, que contó 40 nidos, explica que la colonia "
            "crece cada año.")
    found = quotes_of(text, "es", people=("Marta Gil",))
    assert [(q.text, q.speaker_text) for q in found if not q.direct] == [
        ("la colonia crece cada año", "Marta Gil")]


def test_a_person_after_an_opening_phrase_is_still_the_subject() -> None:
    text = ("Según el informe, Marta Gil, que contó 40 nidos, explica que la colonia crece "
            "cada año.")
    found = quotes_of(text, "es", people=("Marta Gil",))
    assert [(q.text, q.speaker_text) for q in found if not q.direct] == [
        ("la colonia crece cada año", "Marta Gil")]


def _mentions_read(n: int) -> int:
    """Mentions listed by ``Mentions.within`` while finding the quotations of one sentence
    with ``n`` cues, each after a person and a relative clause."""
    parts = [f"Ana Ruiz{k}, who counted {k} nests, said the colony grows" for k in range(n)]
    text = " , ".join(parts) + "."
    mentions, at = [], 0
    for k in range(n):
        name = f"Ana Ruiz{k}"
        at = text.index(name, at)
        mentions.append(Mention(at, at + len(name), name, "PER"))
    article = Article(id="t", source="test", text=text, language="en",
                      sentences=split_sentences(text, "en"), mentions=mentions)
    read = [0]
    within = speakers.Mentions.within

    def counting(self: speakers.Mentions, start: int, end: int) -> list[Mention]:
        out = within(self, start, end)
        read[0] += len(out)
        return out

    speakers.Mentions.within = counting  # type: ignore[method-assign]
    try:
        find_quotes(article)
    finally:
        speakers.Mentions.within = within  # type: ignore[method-assign]
    return read[0]


def test_cues_in_one_long_sentence_read_mentions_in_linear_total() -> None:
    small, large = _mentions_read(100), _mentions_read(400)
    assert large < 6 * small  # four times the cues: about four times the reading, not 16


def test_german_capitalised_nouns_are_no_quoted_title() -> None:
    import dragoman

    text = "„Herzlichen Glückwunsch“, sagte die Bürgermeisterin."
    found = [(text[q.start:q.end], q.direct) for q in dragoman.analyze(text, lang="de").quotes]
    assert found == [("Herzlichen Glückwunsch", True)]


def test_content_opening_inside_quotation_marks_ends_inside_them() -> None:
    import dragoman

    text = 'The mayor said: "Happy Birthday Fairview."'
    quotes = dragoman.analyze(text, lang="en").quotes
    assert [text[q.start:q.end] for q in quotes] == ["Happy Birthday Fairview"]
