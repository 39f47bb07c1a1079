"""The owner named after a document by a preposition speaks for a marker ("according to a
report by the Harlow Institute": the institute; ``quotes/documentowners.owner_words_after``,
read past the preposition where the phrase reader stops). Original sentences; a document's
object ("an analysis of Census data"), an unnamed owner and a place it comes from ("reports
from Lviv") leave the document as the source."""

from __future__ import annotations

from tests.support.quoting import quotes_of


def _sources(text: str, others: tuple[tuple[str, str], ...] = ()) -> list[str | None]:
    return [q.speaker_text for q in quotes_of(text, "en", others=others)]


def test_the_author_after_by_or_from_speaks() -> None:
    text = "According to a report by the Harlow Institute, rents in the valley rose sharply."
    assert _sources(text, (("Harlow Institute", "ORG"),)) == ["Harlow Institute"]
    text = "According to a letter from the mayor, the old library will close next spring."
    assert _sources(text) == ["the mayor"]


def test_a_documents_object_or_an_unnamed_owner_leaves_the_document() -> None:
    text = "According to an analysis of Census data, rents in the valley rose sharply."
    assert _sources(text) == ["analysis"]
    text = "According to a report from last year, the old bridge over the river is unsafe."
    assert _sources(text) == ["a report"]


def test_a_place_the_reports_come_from_is_no_owner() -> None:
    text = "According to reports from Lviv, the station was damaged in the night."
    assert _sources(text, (("Lviv", "LOC"),)) == ["reports"]
