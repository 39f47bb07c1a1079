"""A German closing "so" whose second coordinated source has its own attribute ("…, so Tobias
Merkel und Helga Brandner vom Planungsbüro West."): the statement before it stays, as with a
second source of capitalised words only (``quotes/markers.py``, ``_past_coordinated``).
Original sentences with invented names; a clause after "und" (a verb in it) and a second
source longer than a speaker phrase stay without a statement."""

from __future__ import annotations

from tests.support.quoting import quotes_of

_PEOPLE = ("Mara Voss", "Jonas Pilz")


def _reported(text: str) -> list[tuple[str, str | None]]:
    people = tuple(p for p in _PEOPLE if p in text)
    return [(q.text, q.speaker_text) for q in quotes_of(text, "de", people=people)
            if not q.direct]


def test_a_second_source_with_a_preposition_and_an_article() -> None:
    for attribute in ("vom Wasserverband Nord", "von der Stadt Lindenau",
                      "aus dem Planungsbüro West", "von den Stadtwerken"):
        text = f"Die Leitung soll im Mai fertig sein, so Mara Voss und Jonas Pilz {attribute}."
        assert _reported(text) == [("Die Leitung soll im Mai fertig sein", "Mara Voss")], text


def test_both_sources_with_their_own_attributes() -> None:
    text = ("Der Pegel sinke seit Wochen, so Mara Voss vom Amt Nord und Jonas Pilz von der "
            "Firma Lux.")
    assert _reported(text) == [("Der Pegel sinke seit Wochen", "Mara Voss")]


def test_a_role_with_a_genitive_as_the_second_source() -> None:
    text = "Der Pegel sinke seit Wochen, so Mara Voss und der Leiter des Amts für Wasser."
    assert _reported(text) == [("Der Pegel sinke seit Wochen", "Mara Voss")]


def test_set_off_inside_the_sentence() -> None:
    text = "Die Leitung soll, so Mara Voss und Jonas Pilz vom Wasserverband, im Mai fertig sein."
    found = _reported(text)
    assert len(found) == 1 and found[0][1] == "Mara Voss"
    assert found[0][0].startswith("Die Leitung soll") and found[0][0].endswith("fertig sein")


def test_a_verb_after_the_coordinator_is_still_a_clause() -> None:
    for text in ("Die Leitung soll im Mai fertig sein, so Mara Voss und fordert mehr Geld.",
                 "Die Leitung soll im Mai fertig sein, so Mara Voss und die Stadt zahlt mit.",
                 "Die Stadt plant neu, so Mara Voss und Jonas Pilz vom Amt wollen mitreden."):
        assert _reported(text) == [], text


def test_a_second_source_longer_than_a_speaker_phrase_is_not_read() -> None:
    text = ("Der Pegel sinke, so Mara Voss und Jonas Pilz vom Amt für Wasser in Lindenau am "
            "Main.")
    assert _reported(text) == []
