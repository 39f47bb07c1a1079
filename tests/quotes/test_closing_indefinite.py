"""A closing "so" marker with an indefinite article names a source too ("…, so ein Sprecher")."""

import pytest

import dragoman


def _statements(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in dragoman.analyze(text, lang="de").quotes]


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Die Preise steigen weiter, so ein Sprecher der Polizei.", "Die Preise steigen weiter",
     "Sprecher"),
    ("Der Einsatz dauerte bis zum Abend, so eine Sprecherin der Feuerwehr.",
     "Der Einsatz dauerte bis zum Abend", "Sprecherin"),
    ("Die Ermittlungen laufen, so ein Polizeisprecher auf Anfrage.", "Die Ermittlungen laufen",
     "Polizeisprecher"),
    ("Der Deal ist geplatzt, so ein Insider.", "Der Deal ist geplatzt", "Insider"),
    ("Die Werte sind zu hoch, so ein neues Gutachten.", "Die Werte sind zu hoch", "Gutachten"),
])
def test_indefinite_source_after_closing_so(text: str, content: str, speaker: str) -> None:
    assert _statements(text) == [(content, speaker)]


@pytest.mark.parametrize("text", [
    "Das ist eine Chance, so eine Art Neuanfang für die Stadt.",
    "Es war ein Fehler, so ein Unsinn darf nicht wieder passieren.",
    "Wir hatten so ein Glück, so eine Erfahrung macht man nur einmal.",
    # exclamations: "so ein" + a noun that names no one who speaks
    "Der Ausflug fällt aus, so ein Jammer.",
    "Der Drucker streikt schon wieder, so ein Ärger.",
    "Das Fest ist verregnet, so eine Enttäuschung.",
])
def test_such_a_phrase_is_no_source(text: str) -> None:
    assert _statements(text) == []
