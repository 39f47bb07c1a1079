"""Training a WikiANN-language model with its side features (eval/train_ner.py), on original
German sentences written for this test and a toy embedder (no USE load, no ../shared data)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from eval import train_ner

from dragoman.entities import ner, wordvec
from dragoman.entities.gazetteer import GAZETTEER_FILE

_NAME_ENDINGS = ("mann", "berg", "heim")


def toy_embed(words: list[str]) -> np.ndarray:
    """A 4-wide vector saying which name-like ending a word has (the last column: none)."""
    out = np.full((len(words), 4), 0.1, dtype=np.float32)
    for i, word in enumerate(words):
        k = next((k for k, e in enumerate(_NAME_ENDINGS) if word.endswith(e)), 3)
        out[i, k] = 1.0
    normalised: np.ndarray = out / np.linalg.norm(out, axis=1, keepdims=True)
    return normalised


def _sentence(line: str) -> train_ner.Sentence:
    """``Word/TAG`` tokens (``O`` when no tag)."""
    pairs = [t.rsplit("/", 1) if "/" in t else (t, "O") for t in line.split()]
    return [w for w, _ in pairs], [tag for _, tag in pairs]


TRAIN = [
    _sentence(line)
    for line in (
        "Gestern sprach Anna/B-PER Lindemann/I-PER in Ostheim/B-LOC über die Schule .",
        "Die Firma Kornberg/B-ORG AG/I-ORG baut eine Halle in Westheim/B-LOC .",
        "Karl/B-PER Brückmann/I-PER wohnt seit Jahren in Lindberg/B-LOC .",
        "Im Sommer fuhr Maria/B-PER Feldmann/I-PER nach Hochheim/B-LOC zurück .",
        "Die Zeitung lobte den Bau der neuen Brücke .",
    )
] * 4
DEV = TRAIN[:3]
TEST = [_sentence("Otto/B-PER Siebmann/I-PER kam aus Nordheim/B-LOC .")]


@pytest.fixture
def trained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, dict[str, Any]]:
    monkeypatch.setattr(wordvec, "default_embedder", lambda: toy_embed)
    scored: list[int] = []
    score = train_ner.score

    def counted(
        model: ner.CrfModel, sentences: list[train_ner.Sentence], *labels: tuple[str, ...]
    ) -> dict[str, Any]:
        scored.append(len(sentences))
        return score(model, sentences, *labels)

    described = {"train": "t", "dev": "d", "test": "x"}
    monkeypatch.setattr(train_ner, "score", counted)
    monkeypatch.setattr(train_ner, "splits", lambda language: train_ner.Splits(TRAIN, DEV, TEST, described))
    settings = train_ner.SETTINGS["de"] | {"max_iterations": 30, "word_vectors": 1}
    monkeypatch.setitem(train_ner.SETTINGS, "de", settings)
    (tmp_path / GAZETTEER_FILE).write_bytes(gzip.compress(b"ostheim\n"))
    (tmp_path / "ner-de.common.txt.gz").write_bytes(gzip.compress(b"N schule\n"))
    result = train_ner.train("de", tmp_path, tmp_path / GAZETTEER_FILE, test=False)
    assert scored == [len(DEV), len(DEV)]  # the dev split twice (with and without MISC), never test
    return tmp_path, result


def test_german_settings_with_word_vectors_train_and_leave_the_test_split_unscored(
    trained: tuple[Path, dict[str, Any]],
) -> None:
    folder, result = trained
    assert "test_f1" not in result
    meta = json.loads((folder / "ner-de.json").read_text(encoding="utf-8"))
    assert meta["test_scores"] == "not scored"
    assert meta["cased_spans"] is True
    assert meta["common_words"] == "ner-de.common.txt.gz" and meta["common_words_data"]
    assert meta["letters"] is None  # the letter model let French news names run on (train_ner)
    assert meta["vectors"] == "ner-de.wordvec.npz" and (folder / meta["vectors"]).is_file()


def test_word_vectors_reach_a_name_never_seen_in_training(
    trained: tuple[Path, dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, _ = trained
    monkeypatch.setattr(wordvec, "default_embedder", lambda: toy_embed)
    model = ner.load_crf(folder / "ner-de.crfsuite", "de")
    assert model.vectors is not None
    unseen, common = model.vectors.features(["siebmann", "brücke"])
    bucket = {f[:3]: int(f[-1]) for f in unseen}, {f[:3]: int(f[-1]) for f in common}
    assert bucket[0]["eE="] > bucket[1]["eE="]  # P(entity) from the name-like ending
