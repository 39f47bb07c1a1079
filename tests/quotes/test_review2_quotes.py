"""Second review of the eighth session's quotation rules outside French: a relative clause
that goes on with a parenthetical ("…, which said, in part, “…”") is no aside closed before
the quotation; a free relative after a comma ("…, lo que es raro, que …") does not hide the
content after it; a title before a name ("Mr.", "Ms.") tells a pronoun's antecedent.
Original sentences written for this test."""

from __future__ import annotations

import pytest

from tests.support.quoting import quotes_of


@pytest.mark.parametrize(("text", "lang"), [
    ("The inspector phoned Dana Cole, who replied, after a long pause, “We will never sign "
     "a contract that punishes our own members.”", "en"),
    ("Le syndicat a diffusé un tract, qui affirme, en substance : « Nous ne signerons aucun "
     "accord qui pénalise nos adhérents. »", "fr"),
])
def test_a_parenthetical_after_the_relative_keeps_the_quotation(text: str, lang: str) -> None:
    found = [q for q in quotes_of(text, lang) if q.direct]
    assert len(found) == 1 and ("accord" in found[0].text or "contract" in found[0].text)


def test_a_relative_aside_before_the_main_verb_still_gives_way() -> None:
    text = ("The governor, who said in May that the bridge was safe, changed course on Friday: "
            "“We are closing it to all heavy trucks from Monday until further notice.”")
    found = [q for q in quotes_of(text, "en") if q.direct]
    assert len(found) == 1 and found[0].cue == ""


@pytest.mark.parametrize(("text", "lang", "content"), [
    ("La alcaldesa aseguró ayer, lo que nadie esperaba, que el tranvía llegará al puerto.",
     "es", "el tranvía llegará al puerto"),
    ("La sindaca ha detto ieri, ciò che nessuno si aspettava, che il tram arriverà al porto.",
     "it", "il tram arriverà al porto"),
    ("A prefeita afirmou ontem, o que ninguém esperava, que o bonde chegará ao porto.",
     "pt", "o bonde chegará ao porto"),
])
def test_content_after_a_free_relative_aside(text: str, lang: str, content: str) -> None:
    assert [q.text for q in quotes_of(text, lang)] == [content]


def test_a_free_relative_after_the_object_is_still_no_content() -> None:
    text = "La empresa anunció en enero el cierre de la planta, lo que los obreros supieron por la radio."
    assert quotes_of(text, "es") == []


def test_the_title_before_a_name_tells_the_pronoun() -> None:
    text = ("Ms. Okafor questioned Mr. Brandt about the audit. “We are still reviewing the "
            "accounts of the last three years,” he said.")
    found = quotes_of(text, "en", people=("Okafor", "Brandt"))
    assert [q.speaker_text for q in found] == ["Brandt"]


def test_a_spanish_que_aside_gives_way_to_the_main_clause() -> None:
    text = ("La consejera, que había dicho en abril que la obra era viable, cambió de opinión: "
            "«Este túnel se ha convertido en un pozo sin fondo para todos los vecinos del barrio».")
    found = [q for q in quotes_of(text, "es") if q.direct]
    assert len(found) == 1 and found[0].cue == "" and "túnel" in found[0].text
