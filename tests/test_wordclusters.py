"""Distributional word clusters as CRF features (dragoman.entities.wordclusters, eval/word_clusters.py)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from eval.heldout import held_shingles, repeats_held
from eval.word_clusters import kmeans, save_word_clusters

from dragoman.entities.features import char_key, sentence_features
from dragoman.entities.ner import MODEL_DIR, ModelError, load_crf
from dragoman.entities.wordclusters import WordClusters, load_word_clusters


def _clusters() -> WordClusters:
    return WordClusters({"سمير": ("k1=3", "k2=17", "k3=201"), "قال": ("k1=1", "k2=5", "k3=9")})


def test_a_clustered_word_gets_its_ids_and_its_neighbours_middle_id() -> None:
    feats = _clusters().features(["قال", "سمير", None])
    assert feats[0] == ["k1=1", "k2=5", "k3=9", "+1k2=17"]
    assert feats[1] == ["k1=3", "k2=17", "k3=201", "-1k2=5"]


def test_an_unclustered_word_gets_no_ids_and_lends_its_neighbours_none() -> None:
    feats = _clusters().features(["كتاب", "بيت", None])
    assert feats == [[], [], []]


def test_sentence_features_add_cluster_features_only_with_clusters() -> None:
    tokens = ["قال", "سمير", "إن", "الجو", "جميل"]
    plain = sentence_features(tokens, "ar")
    clustered = sentence_features(tokens, "ar", clusters=_clusters().features)
    assert not any(f.startswith(("k1=", "-1k2", "+1k2")) for feats in plain for f in feats)
    assert "k2=17" in clustered[1] and "-1k2=5" in clustered[1]
    assert "+1k2=17" in clustered[0]
    assert clustered[3] == plain[3]  # an unclustered word with unclustered neighbours


def test_sentence_features_key_clusters_by_the_clitic_stripped_stem() -> None:
    key = char_key("وسمير", "ar")
    table = WordClusters({key: ("k1=0", "k2=1", "k3=2")} if key else {})
    feats = sentence_features(["وسمير"], "ar", clusters=table.features)
    assert key and "k3=2" in feats[0]


def test_a_saved_file_loads_back(tmp_path: Path) -> None:
    path = tmp_path / "c.txt.gz"
    save_word_clusters({"سمير": [3, 17, 201], "قال": [1, 5, 9]}, path)
    assert load_word_clusters(path).table == _clusters().table


def test_kmeans_separates_two_directions() -> None:
    rng = np.random.default_rng(0)
    a = np.array([1.0, 0.0]) + rng.normal(0, 0.05, (20, 2))
    b = np.array([0.0, 1.0]) + rng.normal(0, 0.05, (20, 2))
    rows = np.vstack([a, b]).astype(np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    labels = kmeans(rows, 2)
    assert len(set(labels[:20])) == 1 and len(set(labels[20:])) == 1 and labels[0] != labels[20]


def test_cluster_features_stay_linear() -> None:
    clusters = _clusters()
    feats = clusters.features(["قال", "سمير"] * 5000)
    assert len(feats) == 10_000 and feats[-1] == ["k1=3", "k2=17", "k3=201", "-1k2=5"]


def _copy_model(tmp_path: Path, clusters: str | None) -> Path:
    """The shipped Arabic model in ``tmp_path`` with its JSON naming ``clusters`` (None: no key)."""
    shutil.copy(MODEL_DIR / "ner-ar.crfsuite", tmp_path / "ner-ar.crfsuite")
    meta = json.loads((MODEL_DIR / "ner-ar.json").read_text(encoding="utf-8"))
    meta.pop("clusters", None)
    if clusters:
        meta["clusters"] = clusters
    (tmp_path / "ner-ar.json").write_text(json.dumps(meta), encoding="utf-8")
    return tmp_path / "ner-ar.crfsuite"


def test_a_missing_cluster_file_is_named_with_the_command_that_makes_it(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match=r"clusters file ner-ar-mine\.clusters\.txt\.gz .*eval\.train_ner"):
        load_crf(_copy_model(tmp_path, "ner-ar-mine.clusters.txt.gz"))


def test_a_model_trained_without_clusters_loads_without_them(tmp_path: Path) -> None:
    model = load_crf(_copy_model(tmp_path, None))
    assert model.clusters is None
    tags, _ = model.tag(["قال", "الوزير", "إن", "الجو", "جميل"])
    assert len(tags) == 5


def test_an_own_only_file_gives_each_word_its_own_ids_and_no_neighbours(tmp_path: Path) -> None:
    path = tmp_path / "c.txt.gz"
    save_word_clusters({"سمير": [3, 17, 201], "قال": [1, 5, 9]}, path, own_only=True)
    clusters = load_word_clusters(path)
    assert not clusters.neighbours and clusters.table == _clusters().table
    feats = clusters.features(["قال", "سمير", "كتاب"])
    assert feats == [["k1=1", "k2=5", "k3=9"], ["k1=3", "k2=17", "k3=201"], []]


def test_a_file_without_the_header_keeps_neighbour_ids(tmp_path: Path) -> None:
    path = tmp_path / "c.txt.gz"
    save_word_clusters({"سمير": [3, 17, 201], "قال": [1, 5, 9]}, path)
    clusters = load_word_clusters(path)
    assert clusters.neighbours and clusters.features(["قال", "سمير"])[1][-1] == "-1k2=5"


def test_a_sentence_repeating_held_out_text_is_dropped_from_the_cluster_corpus() -> None:
    words = ["افتتح", "المحافظ", "الجسر", "الجديد", "فوق", "النهر", "صباح", "الأحد"]
    held = held_shingles([words])
    assert repeats_held(["وقالت", "المصادر", "افتتح", "المحافظ", "الجسر", "الجديد", "فوق", "النهر"], held)
    assert not repeats_held(["أعلنت", "الوزارة", "عن", "خطة", "جديدة", "لتطوير", "المدارس"], held)
    assert not repeats_held(["."], held)  # no letters: nothing to compare
