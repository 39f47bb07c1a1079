"""A language without its own NER model may read with a sibling's, which `dragoman config`
marks as a fallback (issue 15). No pack ships one: the French model on Italian news was
measured and dropped for its precision (language/it.py)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from dragoman.cli import main
from dragoman.cli.config import ner_models
from dragoman.entities import ner


@pytest.fixture
def italian_from_french(tmp_path: Path) -> Path:
    """A user's models folder whose ner-it is the French model (its metadata says "fr")."""
    for suffix in (".crfsuite", ".json"):
        shutil.copy(ner.MODEL_DIR / f"ner-fr{suffix}", tmp_path / f"ner-it{suffix}")
    return tmp_path


def test_no_language_ships_a_sibling_model() -> None:
    table = ner_models()
    assert "it" not in table  # measured and dropped: see language/it.py
    assert all(row["fallback"] is False for row in table.values())
    assert table["fr"] == {"model": "ner-fr", "model_language": "fr", "fallback": False}


def test_a_users_sibling_model_is_marked_as_a_fallback_and_reads_italian(
    italian_from_french: Path,
) -> None:
    table = ner_models(str(italian_from_french))
    assert table["it"] == {"model": "ner-it", "model_language": "fr", "fallback": True}
    text = "L'allenatore Davide Moretti ha lasciato Napoli dopo la sconfitta contro la Fiorentina."
    found = {(m.text, m.label) for m in ner.recognize(
        text, "it", models_dir=str(italian_from_french))}
    assert ("Davide Moretti", "PER") in found


def test_dragoman_config_lists_the_fallback(italian_from_french: Path) -> None:
    env = {"DRAGOMAN_CONFIG": "", "DRAGOMAN_NER_MODELS": str(italian_from_french),
           "DRAGOMAN_NER_BACKEND": "crf"}  # (auto names spaCy's French pipeline where installed)
    result = CliRunner().invoke(main, ["config"], env=env)
    assert result.exit_code == 0, result.output
    assert "it ner-it (fallback: the fr model)" in result.output
    assert "fr ner-fr," in result.output  # French's own model is not marked
    shown = json.loads(CliRunner().invoke(main, ["config", "--json"], env=env).output)
    assert shown["ner_models"]["it"]["fallback"] is True


class _SureTagger:
    """Tags "Casa dei ragazzi felici" as one organisation, each word at probability 0.95."""

    def __init__(self, words: list[str]) -> None:
        self.tags = ["O"] * len(words)
        first = words.index("Casa")
        self.tags[first : first + 4] = ["B-ORG", "I-ORG", "I-ORG", "I-ORG"]

    def tag(self, features: list[Any]) -> list[str]:
        return self.tags

    def marginal(self, tag: str, i: int) -> float:
        return 0.95


def test_lower_case_words_are_trusted_in_the_models_own_language_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "Ieri la Casa dei ragazzi felici ha aperto le porte."
    words = ["Ieri", "la", "Casa", "dei", "ragazzi", "felici", "ha", "aperto", "le", "porte", "."]
    model = ner.CrfModel(Path("fake"), "pt", _SureTagger(words), {"cased_spans": True})
    recognizer = ner.CrfRecognizer()
    monkeypatch.setattr(recognizer, "model", lambda language: model)
    sentence = [(0, len(text))]
    assert [m.text for m in recognizer(text, "pt", sentence)] == ["Casa dei ragazzi felici"]
    assert [m.text for m in recognizer(text, "it", sentence)] == ["Casa"]
