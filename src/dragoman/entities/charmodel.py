"""How much a word looks like part of a name, from its letters (a dense NER feature).

A naive Bayes model over letter 2- to 4-grams, trained on word types of the
NER training data (entity word vs other word). It generalises to names never
seen in training (transliterated foreign names have telltale letter sequences)
and gives the CRF one feature, the bucketed log-odds, instead of thousands of
sparse n-gram features. Training scores are cross-fitted (a word's score comes
from a model that never saw it), so the CRF learns how far to trust the score
on unseen words.
"""

from __future__ import annotations

import gzip
import json
import math
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

NGRAM_SIZES = (2, 3, 4)
# Bucket edges on the log-odds that a word is part of a name; chosen to spread the
# ANERcorp training words over the buckets (most words fall well below 0).
BUCKET_EDGES = (-6.0, -3.0, -1.0, 1.0, 3.0, 6.0)
CROSS_FOLDS = 5
MIN_NGRAM_COUNT = 2  # rarer n-grams are dropped from the shipped model (size, noise)


def _ngrams(word: str) -> list[str]:
    padded = f"^{word}$"
    return [padded[i : i + n] for n in NGRAM_SIZES for i in range(len(padded) - n + 1)]


@dataclass(slots=True)
class CharModel:
    """Log-likelihood ratios of letter n-grams (name vs other) and the prior log-odds."""

    weights: dict[str, float]
    prior: float
    _cache: dict[str, str] = field(default_factory=dict)

    def log_odds(self, word: str) -> float:
        return self.prior + sum(self.weights.get(g, 0.0) for g in _ngrams(word))

    def bucket(self, word: str) -> str:
        found = self._cache.get(word)
        if found is None:
            score = self.log_odds(word)
            found = str(sum(score > edge for edge in BUCKET_EDGES))
            if len(self._cache) < 200_000:
                self._cache[word] = found
        return found

    def save(self, path: Path) -> None:
        data = {"prior": self.prior, "weights": {g: round(w, 3) for g, w in self.weights.items()}}
        with gzip.open(path, "wt", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False)


def train_char_model(names: Counter[str], others: Counter[str]) -> CharModel:
    """Multinomial naive Bayes (add-one smoothing) on word types: names vs other words."""
    counts = {True: Counter[str](), False: Counter[str]()}
    types = {True: 0, False: 0}
    for word in set(names) | set(others):
        is_name = names[word] > others[word]
        counts[is_name].update(_ngrams(word))
        types[is_name] += 1
    vocab = {g for g in counts[True].keys() | counts[False].keys()
             if counts[True][g] + counts[False][g] >= MIN_NGRAM_COUNT}  # fmt: skip
    total = {k: sum(counts[k][g] for g in vocab) + len(vocab) for k in (True, False)}
    weights = {
        g: math.log((counts[True][g] + 1) / total[True]) - math.log((counts[False][g] + 1) / total[False])
        for g in vocab
    }
    prior = math.log((types[True] + 1) / (types[False] + 1))
    return CharModel(weights, prior)


def cross_fitted_buckets(names: Counter[str], others: Counter[str]) -> dict[str, str]:
    """Each training word's bucket from a model trained on the other folds of word types."""
    words = sorted(set(names) | set(others))
    fold = {w: zlib.crc32(w.encode("utf-8")) % CROSS_FOLDS for w in words}
    out: dict[str, str] = {}
    for k in range(CROSS_FOLDS):
        model = train_char_model(
            Counter({w: c for w, c in names.items() if fold[w] != k}),
            Counter({w: c for w, c in others.items() if fold[w] != k}),
        )
        out.update((w, model.bucket(w)) for w in words if fold[w] == k)
    return out


def word_counts(words: Iterable[tuple[str, bool]]) -> tuple[Counter[str], Counter[str]]:
    """(name counts, other counts) from (word, inside an entity) pairs."""
    names: Counter[str] = Counter()
    others: Counter[str] = Counter()
    for word, inside in words:
        (names if inside else others)[word] += 1
    return names, others


@lru_cache(maxsize=4)
def load_char_model(path: Path) -> CharModel:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    return CharModel(dict(data["weights"]), float(data["prior"]))
