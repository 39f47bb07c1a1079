"""German quotation precision on pages of no set (issue 16, de-qprec): the subject after a
fronted adverb and a speech verb ("Ähnlich äußerte sich X: „…“"), speech acts the cue list
lacked ("klagte", "appellierte", "kommentierte"), and cues that state nothing (a promise to
act, "erklärte sich bereit, … zu …"; a hypothetical, "Kritiker würden sagen …")."""

from __future__ import annotations

import pytest

import dragoman
from dragoman.model import Quote


def _quotes(text: str) -> list[Quote]:
    return dragoman.analyze(text, lang="de").quotes


def _speaker(text: str, content: str) -> str | None:
    found = [q for q in _quotes(text) if content in q.text]
    assert len(found) == 1, [(q.text, q.speaker_text) for q in _quotes(text)]
    return found[0].speaker_text


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Die Lage sei ernst, sagte Anna Berger. Ähnlich äußerte sich der Bürgermeister Jonas "
     "Keller: „Wir brauchen jetzt schnelle Hilfe.“", "schnelle Hilfe", "Jonas Keller"),
    ("Die Lage sei ernst, sagte Anna Berger. Dazu erklärte auch Peter Lang: „Das kommt viel "
     "zu spät.“", "viel zu spät", "Peter Lang"),
    ("Der Zug fiel aus. Kritisch äußert sich auch Pendlerin Jana Voss: „Das passiert jede "
     "Woche.“", "jede Woche", "Jana Voss"),
    ("Das Wetter war schön. Dann sagte der Konzern in einer Mitteilung: „Wir prüfen den "
     "Fall.“", "prüfen den Fall", "Konzern"),
    ("Ähnlich wie Berger argumentierte der Anwalt, das Urteil sei falsch.", "Urteil",
     "Anwalt"),
])
def test_the_subject_after_a_fronted_adverb_speaks(text: str, content: str,
                                                   speaker: str) -> None:
    assert _speaker(text, content) == speaker


@pytest.mark.parametrize("text", [
    "Ähnlich wie im Vorjahr stiegen die Preise.",
    "Kritisch ist die Lage in den Kliniken.",
    "Zudem äußerte sich niemand zu den Kosten.",
    "Peter Lang äußerte sich nicht zu den Vorwürfen.",
])
def test_fronted_adverbs_without_a_statement_make_none(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("„Wir werden nicht gehört“, klagte die Mutter Sabine Lorenz.", "nicht gehört",
     "Sabine Lorenz"),
    ("Bürgermeister Uwe Brand appellierte an die Bürger: „Bleiben Sie zu Hause.“",
     "zu Hause", "Uwe Brand"),
    ("„Das ist ein Fehler“, kommentierte Lea Haas den Beschluss.", "ein Fehler", "Lea Haas"),
])
def test_speech_acts_the_list_lacked_are_cues(text: str, content: str, speaker: str) -> None:
    assert _speaker(text, content) == speaker


@pytest.mark.parametrize("text", [
    "Die Firma klagt gegen den Bescheid.",
    "Der Nachbar klagte vor dem Landgericht auf Schadenersatz.",
    "Der Trainer appellierte an die Fairness der Fans.",
    "Die Ärztin kommentierte nichts.",
])
def test_those_acts_without_content_make_none(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize("text", [
    "Christine Kurz hat sich bereit erklärt, wieder den Newsletter zu schreiben.",
    "Der Verein erklärte sich bereit, die Kosten zu tragen.",
    "Kritiker würden auch sagen „Ausbeutung“, doch das trifft es nicht.",
    "Manche würden sagen, das sei Zufall.",
])
def test_a_promise_or_a_hypothetical_is_no_statement(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Christine Kurz erklärte, sie sei bereit, den Newsletter zu schreiben.", "sie sei bereit",
     "Christine Kurz"),
    ("„Das würde ich nie tun“, sagte Anna Berger.", "nie tun", "Anna Berger"),
    ("„Wir sind bereit“, sagte die Kapitänin Lea Brand.", "bereit", "Lea Brand"),
])
def test_readiness_and_conditionals_inside_the_content_stay(text: str, content: str,
                                                            speaker: str) -> None:
    assert _speaker(text, content) == speaker


@pytest.mark.parametrize(("text", "lang", "content"), [
    # (review) a coordinator closes the clause of the blocker before it: the second verb speaks
    ("Der Konzern zeigte sich bereit und betonte: „Wir zahlen alles zurück.“", "de",
     "alles zurück"),
    ("Die Ministerin war bereit und sagte: „Wir fangen morgen an.“", "de", "morgen an"),
    ("Er zögerte nicht und sagte: „Wir machen das.“", "de", "machen das"),
    # (review) the look-ahead past one word skips no complementizer: "que no, que …" answers
    ("Preguntado si dimitirá, el ministro dijo que no, que seguirá en el cargo.", "es",
     "seguirá en el cargo"),
    ("O ministro disse que não, que vai continuar no cargo.", "pt", "continuar no cargo"),
])
def test_a_blocker_past_a_coordinator_or_a_complementizer_blocks_nothing(
        text: str, lang: str, content: str) -> None:
    assert [q for q in dragoman.analyze(text, lang=lang).quotes if content in q.text]
