"""A closing "so" whose source is two coordinated phrases, each with its own attribute ("…“,
so Tobias Merkel von der Firma Nordwärme und Helga Brandner vom Planungsbüro West."):
longer together than one speaker phrase, each part within it (``quotes.closingsource``).
Original sentences with invented people and firms; near misses the rule must leave alone."""

from __future__ import annotations

from dragoman.language.rules import pack_of
from dragoman.quotes.cues import closing_source
from dragoman.quotes.lexicon import lexicon, words
from tests.support.quoting import quotes_of


def _closes(text: str) -> bool:
    """The "so" of ``text`` is read as a closing source marker."""
    rules = pack_of("de")
    assert rules is not None
    ws = words(text)
    i = next(k for k, w in enumerate(ws) if w.key == "so")
    return closing_source(text, ws, i, lexicon(rules))


def _direct(text: str, people: tuple[str, ...]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in quotes_of(text, "de", people=people) if q.direct]


def test_two_coordinated_sources_with_attributes_close_the_quotation() -> None:
    text = ("„Wir bringen das Wasser auf ein höheres Niveau“, so Tobias Merkel von der Firma "
            "Nordwärme und Helga Brandner vom Planungsbüro West.")
    assert _closes(text)
    assert _direct(text, ("Tobias Merkel", "Helga Brandner")) == [
        ("Wir bringen das Wasser auf ein höheres Niveau", "Tobias Merkel")]


def test_two_role_phrases_joined_by_und_close_the_quotation() -> None:
    text = ("„Die Preise sinken im Herbst“, so die Sprecherin des Vereins und der Vorsitzende "
            "der Gruppe aus Lindenau.")
    assert _closes(text)
    assert [s for s, _ in _direct(text, ())] == ["Die Preise sinken im Herbst"]


def test_a_short_source_still_closes() -> None:
    assert _closes("Die Brücke bleibt bis Mai gesperrt, so Tobias Merkel von der Firma Nordwärme.")


def test_a_clause_after_so_stays_no_source() -> None:
    # lower-case words after the coordinator: a clause, not a second source
    assert not _closes("Die Halle wurde gebaut, so Vereine und Schulen endlich genug Platz für "
                       "ihre Spiele und Übungen am Abend und auch noch am Wochenende hätten.")
    # "so dass", "so lange": never a source
    assert not _closes("Das Dach wurde erneuert, so dass die Schule im Herbst wieder öffnet.")


def test_a_second_coordinator_gets_no_more_words() -> None:
    # one coordinated source only: a third phrase runs past the bound
    assert not _closes("Die Werte steigen, so Tobias Merkel von der Firma Nordwärme und Helga "
                       "Brandner vom Planungsbüro West und die Leiterin des großen Hafenamts "
                       "der Stadt Lindenau am Meer.")
