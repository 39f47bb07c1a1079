"""The word-vector NER feature (dragoman.entities.wordvec; training in eval/ner_sidefiles.py) with a
toy embedder (no model load)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from eval.ner_sidefiles import save_word_vectors, train_word_vectors

from dragoman.entities.wordvec import load_word_vectors

# Toy embedding: names end in "-ia" or "-ov" here; the vector says which ending a word has.
ENDINGS = ("ia", "ov", "")


def toy_embed(words: list[str]) -> np.ndarray:
    out = np.zeros((len(words), 4), dtype=np.float32)
    for i, word in enumerate(words):
        ending = next(k for k, e in enumerate(ENDINGS) if word.endswith(e))
        out[i, ending] = 1.0
        out[i, 3] = 0.1
    return out / np.linalg.norm(out, axis=1, keepdims=True)


PAIRS = [(w, "LOC") for w in ("arlia", "bornia", "cestia", "dumia", "elvia")] + [
    (w, "PER") for w in ("antov", "berov", "ciskov", "dolov", "emov")
] + [(w, "O") for w in ("went", "house", "green", "table", "river", "city", "ran", "blue")]


def test_unseen_words_get_the_label_of_similar_training_words(tmp_path: Path) -> None:
    model, crossed = train_word_vectors(PAIRS, toy_embed)
    assert set(crossed) == {w for w, _ in PAIRS}
    words = ["zorvia", "kalov", "chair"]
    features = dict(zip(words, model.features(words), strict=True))
    assert features["zorvia"][1].startswith("eA=LOC")
    assert features["kalov"][1].startswith("eA=PER")
    assert features["chair"][0] < features["zorvia"][0]  # less likely part of a name
    assert crossed["bornia"][1].startswith("eA=LOC")  # from a model fitted without it

    path = tmp_path / "m.wordvec.npz"
    save_word_vectors(model, path)
    loaded = load_word_vectors(path)
    loaded.embed = toy_embed
    assert loaded.features(["arlia", "zorvia"]) == model.features(["arlia", "zorvia"])
