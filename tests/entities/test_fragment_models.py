"""Models trained on Wikipedia fragments (WikiANN) tag capitalised common words in news
(every German noun, sentence-initial pronouns): their one-word names link by key only and
found no new entities, while known names and multi-word names still come through."""

from __future__ import annotations

import pytest

import dragoman
from dragoman.entities import ner

GERMAN = (
    "Bundesministerin Katrin Albers hat am Montag in Berlin mit Emmanuel Macron über die Politik "
    "der EU gesprochen. Ich halte das Thema für dringend, sagte Albers. Die Polizei meldete keine "
    "Zwischenfälle. Natürlich bleibt die Lage in der Region angespannt. Macron reiste danach nach "
    "Paris zurück."
)


def test_german_common_nouns_are_no_entities() -> None:
    assert ner.fragment_trained("de") and not ner.fragment_trained("en")
    article = dragoman.analyze(GERMAN, lang="de")
    names = {e.name for e in article.entities}
    assert {"Berlin", "Emmanuel Macron", "Paris"} <= names
    assert not names & {"Ich", "Thema", "Polizei", "Natürlich", "Region", "Nancy Pelosi"}
    assert all(m.entity_id is None for m in article.mentions if m.text in {"Ich", "Polizei", "Region"})
    macron = [m for m in article.mentions if m.text == "Macron"]
    assert macron and macron[0].entity_id == "emmanuel-macron"  # a known name still links



SPANISH = (
    "La alcaldesa Marta Urquiza visitó Cádiz. Urquiza anunció más fondos. Algunas calles siguen cerradas."
)


def _openers(text: str) -> set[str]:
    """Mentions that open a sentence, from the CRF model (the rule is the CRF path's)."""
    mentions = ner.recognize(text, "es", backend="crf")
    return {m.text for m in mentions if m.start == 0 or text[: m.start].endswith(". ")}


def test_sentence_openers_are_names_only_when_seen_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """A one-word mention opening a sentence (fragment-trained models) stays only when the
    word also occurs inside a sentence of the text (or is a gazetteer place)."""
    kept = _openers(SPANISH)
    alone = _openers("Urquiza anunció más fondos. Algunas calles siguen cerradas.")
    monkeypatch.setattr(ner, "uncorroborated_openers", lambda *args: set())
    assert {"Urquiza", "Algunas"} <= _openers(SPANISH)  # what the model tags by itself
    assert kept == {"Urquiza"}  # named inside the first sentence: kept
    assert not alone & {"Urquiza", "Algunas"}
