"""A German closing "so" marker whose source is two coordinated speakers ("…, so Roth und
Lee.", "Die Lage soll, so Roth und Lee, bald …"): the statement stays, as with one speaker
(``quotes/markers.py``). Original sentences with invented names; a clause after "und" (a verb
in it) and a "so" of manner stay as they were."""

from __future__ import annotations

from dragoman.model import Quote
from tests.support.quoting import quotes_of


def _reported(text: str, people: tuple[str, ...]) -> list[tuple[str, str | None]]:
    found: list[Quote] = quotes_of(text, "de", people=people)
    return [(q.text, q.speaker_text) for q in found if not q.direct]


def test_two_names_after_a_closing_so() -> None:
    text = "Das Wasser im Stausee werde knapp, so Lena Hofer und Tim Brack."
    assert _reported(text, ("Lena Hofer", "Tim Brack")) == [
        ("Das Wasser im Stausee werde knapp", "Lena Hofer")]


def test_a_name_and_a_role_after_a_closing_so_in_the_indicative() -> None:
    text = "Die Pumpen heben die Temperatur auf Heizniveau an, so Lena Hofer und die Ingenieurin."
    assert _reported(text, ("Lena Hofer",)) == [
        ("Die Pumpen heben die Temperatur auf Heizniveau an", "Lena Hofer")]


def test_two_names_set_off_inside_the_sentence() -> None:
    text = "Die Ergebnisse sollen, so Lena Hofer und Tim Brack, erst im Mai erscheinen."
    found = _reported(text, ("Lena Hofer", "Tim Brack"))
    assert len(found) == 1 and found[0][1] == "Lena Hofer"
    assert found[0][0].startswith("Die Ergebnisse sollen") and found[0][0].endswith("erscheinen")


def test_a_clause_after_und_is_no_second_source() -> None:
    text = "Das Wasser werde knapp, so Lena Hofer und fordert neue Brunnen."
    assert all(s != "Lena Hofer" or not t.endswith("knapp") or "fordert" in t
               for t, s in _reported(text, ("Lena Hofer",)))


def test_so_of_manner_and_so_dass_stay_untouched() -> None:
    for text in ("Der Regen fiel stark, so dass Lena Hofer und Tim Brack zu Hause blieben.",
                 "Es regnete, so wie Lena Hofer und Tim Brack es vorhergesagt hatten."):
        assert _reported(text, ("Lena Hofer", "Tim Brack")) == [], text
