"""The context model: USE token-layer word vectors, the numpy tagging head, its features."""

from __future__ import annotations

import numpy as np
import pytest

from dragoman.entities import context
from dragoman.entities.context import BIO, WORD_DIM, ContextModel, context_features, load_context_model


def _head(hidden: int = 8, seed: int = 0) -> ContextModel:
    rng = np.random.default_rng(seed)
    half = hidden // 2

    def w(*shape: int) -> np.ndarray:
        return rng.normal(0, 0.1, shape).astype(np.float32)

    return ContextModel({
        "proj_w": w(hidden, WORD_DIM), "proj_b": w(hidden),
        "fw_ih": w(4 * half, hidden), "fw_hh": w(4 * half, half), "fw_b": w(4 * half),
        "bw_ih": w(4 * half, hidden), "bw_hh": w(4 * half, half), "bw_b": w(4 * half),
        "out_w": w(len(BIO), hidden), "out_b": w(len(BIO)),
    })  # fmt: skip


def test_head_gives_a_distribution_per_word() -> None:
    vectors = np.random.default_rng(1).normal(size=(5, WORD_DIM)).astype(np.float32)
    probs = _head().probabilities(vectors)
    assert probs.shape == (5, len(BIO))
    assert np.allclose(probs.sum(axis=1), 1.0, atol=1e-5)
    assert _head().probabilities(np.zeros((0, WORD_DIM), dtype=np.float32)).shape == (0, len(BIO))


def test_head_reads_both_directions() -> None:
    """The backward LSTM makes a word's scores depend on the words after it."""
    rng = np.random.default_rng(2)
    vectors = rng.normal(size=(4, WORD_DIM)).astype(np.float32)
    changed = vectors.copy()
    changed[3] = rng.normal(size=WORD_DIM)
    head = _head()
    assert not np.allclose(head.probabilities(vectors)[0], head.probabilities(changed)[0])


def test_features_name_the_likeliest_label_and_neighbours() -> None:
    probs = np.zeros((3, len(BIO)), dtype=np.float32)
    probs[0, 0] = 1.0
    probs[1, BIO.index("B-PER")] = 0.8
    probs[1, 0] = 0.2
    probs[2, BIO.index("I-PER")] = 0.95
    probs[2, 0] = 0.05
    feats = context_features(probs)
    assert feats[0] == ("cx=O5", "cxE=0", "cx+1=O|B-PER")
    assert feats[1] == ("cx=B-PER4", "cxE=4", "cx-1=O|B-PER", "cx+1=B-PER|I-PER")
    assert feats[2][:2] == ("cx=I-PER5", "cxE=5")
    assert context_features(np.zeros((0, len(BIO)))) == []


def test_saved_head_loads_to_the_same_scores(tmp_path) -> None:
    head = _head()
    head.save(tmp_path / "ner-xx.context.npz")
    loaded = load_context_model(tmp_path / "ner-xx.context.npz")
    vectors = np.random.default_rng(3).normal(size=(6, WORD_DIM)).astype(np.float32)
    # weights ship as float16: scores agree to that precision
    assert np.allclose(head.probabilities(vectors), loaded.probabilities(vectors), atol=1e-2)


def test_encoder_gives_one_vector_per_word_whatever_the_batch() -> None:
    encoder = context.default_encoder()
    first = ["قال", "الأمين", "العام", "لحلف", "الناتو", "ينس", "ستولتنبرغ"]
    second = ["NATO", "will", "not", "send", "troops", "🙂", "\u200f"]
    together = encoder.encode([first, second, []])
    assert [v.shape for v in together] == [(7, WORD_DIM), (7, WORD_DIM), (0, WORD_DIM)]
    alone = encoder.encode([second])[0]
    assert np.allclose(together[1], alone, atol=1e-4)  # sentences do not leak into each other
    assert np.isfinite(together[1]).all()


def test_encoder_batches_long_input() -> None:
    words = ["كلمة"] * 1000  # longer than one batch of pieces
    (vectors,) = context.default_encoder().encode([words])
    assert vectors.shape == (1000, WORD_DIM)


def test_numpy_head_matches_torch() -> None:
    torch = pytest.importorskip("torch")
    from eval.context_train import _net, _weights

    torch.manual_seed(0)
    net = _net(torch).eval()
    x = torch.randn(6, WORD_DIM)
    with torch.no_grad():
        expected = torch.softmax(net(x), dim=1).numpy()
    assert np.allclose(ContextModel(_weights(net)).probabilities(x.numpy()), expected, atol=1e-5)


def test_training_learns_a_toy_tagging(monkeypatch) -> None:
    pytest.importorskip("torch")
    from eval import context_train

    monkeypatch.setattr(context_train, "EPOCHS", 3)
    names = ["Stoltenberg", "Rutte", "Zelensky", "Putin"]
    sentences = [
        (["Mr", name, "said", "so"], ["O", "B-PER", "O", "O"]) for name in names for _ in range(3)
    ]
    model, crossed = context_train.train_context_model(sentences)
    assert len(crossed) == len(sentences)
    assert all(p.shape == (4, len(BIO)) for p in crossed)
    (vectors,) = context.default_encoder().encode([["Mr", "Rutte", "said", "so"]])
    assert model.probabilities(vectors).argmax(axis=1)[1] == BIO.index("B-PER")
