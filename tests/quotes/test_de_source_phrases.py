"""German source phrases behind a determiner speak where the page's people are mentions
(quotes/speakingphrase.py), and linking adverbs open a verb-second sentence (the German
pack's ``fronted_openers``). Original sentences (issue 16)."""

from __future__ import annotations

import pytest

from tests.support.quoting import quotes_of

_LEAD = "Jonas Keller kam am Abend an. "


def _reported(text: str) -> list[tuple[str, str | None]]:
    found = quotes_of(_LEAD + text, "de", people=("Jonas Keller",))
    return [(q.text, q.speaker_text) for q in found if not q.direct]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Sein Team Velox schrieb bei Instagram, der Fahrer sei wohlauf.", "Sein Team Velox"),
    ("Nach dem Eingriff teilte die Klinik mit, dass der Patient stabil sei.", "die Klinik"),
    ("Das Kreiskrankenhaus erklärte, zwei Stationen seien geschlossen.", "Das Kreiskrankenhaus"),
    ("Die Autoren warnten, die Ergebnisse seien vorläufig.", "Die Autoren"),
    ("Die Fachleute betonten, der Winter werde hart.", "Die Fachleute"),
    ("Die Stiftung teilte mit, dass sie das Projekt fördere.", "Die Stiftung"),
])
def test_a_source_phrase_behind_a_determiner_speaks(text: str, speaker: str) -> None:
    assert [sp for _, sp in _reported(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "Die Tatsache erklärt, warum der Zug zu spät kam.",
    "Die Klinik liegt am Rand der Stadt, nahe dem Fluss.",
    "Die Fachleute glauben, der Winter werde mild.",
    "Die Stiftung plant, ein neues Haus zu bauen.",
    "Die Gleichung erklärt, wieso die Kurve fällt.",
    "Das Team trainiert jeden Tag, auch am Sonntag.",
    "Im Gutachten der Klinik heißt es, die Station sei zu klein.",
])
def test_other_nouns_beliefs_and_plans_are_no_statements(text: str) -> None:
    assert _reported(text) == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("Vielmehr betonte die Ministerin, dass keine Eile bestehe.", "die Ministerin"),
    ("Zugleich erklärte der Sprecher, die Lage sei ruhig.", "der Sprecher"),
])
def test_a_linking_adverb_is_fronted(text: str, speaker: str) -> None:
    assert [sp for _, sp in _reported(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "Vielmehr geht es darum, dass alle mitmachen.",
    "Tatsächlich regnete es, als die Gäste kamen.",
])
def test_a_fronted_linking_adverb_without_a_cue_is_no_statement(text: str) -> None:
    assert _reported(text) == []


@pytest.mark.parametrize("text", [
    "Die Einleitung erklärte, die Zahlen seien veraltet.",
    "Die Umwelt warnte, die Wälder seien trocken.",
    "Die Aufführung zeigte nichts, doch das Vorbild erklärte, es sei spät.",
])
def test_a_particle_before_a_whole_head_makes_no_speaker(text: str) -> None:
    # review (de_quotes2): "Ein|leitung", "Um|welt", "Vor|bild" are no "Leitung", "Welt", "Bild"
    assert _reported(text) == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("Die Einsatzleitung erklärte, die Lage sei ruhig.", "Die Einsatzleitung"),
    ("Der Aufsichtsrat betonte, der Vorstand habe sein Vertrauen.", "Der Aufsichtsrat"),
    ("Der Verband erklärte, die Reform komme zu spät.", "Der Verband"),
])
def test_a_compound_of_a_head_still_speaks(text: str, speaker: str) -> None:
    assert [sp for _, sp in _reported(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "Die Behörde erklärt, worum es bei der Reform geht.",
    "Der Verein erklärte, wofür das Geld ausgegeben wird.",
    "Die Ministerin sagte, worauf es jetzt ankomme.",
])
def test_a_pronominal_question_adverb_opens_no_statement(text: str) -> None:
    # review (de_quotes2): "worum", "wofür", "worauf" ask, like "warum"
    assert _reported(text) == []
