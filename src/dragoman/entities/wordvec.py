"""How much a word's meaning says it names a person, organisation or place (a dense NER feature).

A word never seen in the NER training data still carries evidence in its
meaning: its stem is embedded with the bundled multilingual Universal Sentence
Encoder (``dragoman.stories.embed.UseEmbedder``) and a ridge regression from the
embedding to the word's label distribution in the training data (O, PER, ORG,
LOC, MISC) scores it. The CRF sees two bucketed features: the probability that
the word is part of any entity, and the most likely entity label with its
bucketed probability. As for the letter model (:mod:`dragoman.entities.charmodel`),
training features are cross-fitted (a word's score comes from a model fitted
without it), so the CRF learns how far to trust the score on unseen words.

The model ships its weights and a table of the training words' features
(``ner-<lang>.wordvec.npz``); other words are embedded when first met (batched
per text, cached). Training: eval/ner_sidefiles.py.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

LABELS = ("O", "PER", "ORG", "LOC", "MISC")
# Bucket edges on a probability (ridge outputs are not clipped; out-of-range values
# fall in the end buckets).
BUCKET_EDGES = (0.1, 0.25, 0.5, 0.75)
EMBED_BATCH = 512
# One BLAS thread: the few new words of an article come in small batches, where two
# threads cost 3-10x the CPU of one (measured with USE on ANERcorp words, batches of 8-32).
EMBED_THREADS = 1
MAX_CACHED = 200_000  # words embedded at run time are cached; emptied past this size

Embed = Callable[[list[str]], np.ndarray]


@lru_cache(maxsize=1)
def default_embedder() -> Embed:
    """The bundled USE embedder, loaded once per process (weights load at the first call)."""
    from dragoman.stories.embed import UseEmbedder

    embedder = UseEmbedder(threads=EMBED_THREADS)
    embedder.embed(["."])
    return lambda words: embedder.embed(words)


def embed_words(words: Sequence[str], embed: Embed | None = None) -> np.ndarray:
    """L2-normalised embedding rows of ``words`` (batched)."""
    fn = embed or default_embedder()
    rows = [fn(list(words[i : i + EMBED_BATCH])) for i in range(0, len(words), EMBED_BATCH)]
    return np.vstack(rows).astype(np.float32) if rows else np.zeros((0, 1), dtype=np.float32)


def score_features(scores: np.ndarray) -> tuple[str, ...]:
    best = 1 + int(np.argmax(scores[1:]))
    entity = 1.0 - float(scores[0])
    return (
        f"eE={np.searchsorted(BUCKET_EDGES, entity)}",
        f"eA={LABELS[best]}{np.searchsorted(BUCKET_EDGES, float(scores[best]))}",
    )


@dataclass(slots=True)
class WordVectorModel:
    """Ridge weights (embedding -> label scores) and the features of known words."""

    weights: np.ndarray
    table: dict[str, tuple[str, ...]]
    embed: Embed | None = None
    _cache: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def features(self, words: Sequence[str]) -> list[tuple[str, ...]]:
        """Feature strings of each word; words not in the table are embedded once."""
        missing = sorted({w for w in words if w not in self.table and w not in self._cache})
        if missing:
            scores = embed_words(missing, self.embed) @ self.weights
            with self._lock:
                if len(self._cache) > MAX_CACHED:
                    self._cache.clear()
                self._cache.update((w, score_features(s)) for w, s in zip(missing, scores, strict=True))
        return [self.table.get(w) or self._cache[w] for w in words]

    def clear_cache(self) -> None:
        """Forget the words embedded at run time (to measure speed from a cold start)."""
        with self._lock:
            self._cache.clear()



def load_word_vectors(path: Path) -> WordVectorModel:
    with np.load(path, allow_pickle=False) as data:
        weights = data["weights"].astype(np.float32)
        table = {
            str(w): tuple(str(f).split("\t"))
            for w, f in zip(data["words"], data["features"], strict=True)
        }
    return WordVectorModel(weights, table)
