"""How much a word looks like part of a name, from its letters (a dense NER feature).

A naive Bayes model over letter 2- to 4-grams, trained on word types of the
NER training data (entity word vs other word). It generalises to names never
seen in training (transliterated foreign names have telltale letter sequences)
and gives the CRF one feature, the bucketed log-odds, instead of thousands of
sparse n-gram features. Training scores are cross-fitted (a word's score comes
from a model that never saw it), so the CRF learns how far to trust the score
on unseen words. Training: eval/ner_sidefiles.py.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

NGRAM_SIZES = (2, 3, 4)
# Bucket edges on the log-odds that a word is part of a name; chosen to spread the
# ANERcorp training words over the buckets (most words fall well below 0).
BUCKET_EDGES = (-6.0, -3.0, -1.0, 1.0, 3.0, 6.0)


def letter_ngrams(word: str) -> list[str]:
    padded = f"^{word}$"
    return [padded[i : i + n] for n in NGRAM_SIZES for i in range(len(padded) - n + 1)]


@dataclass(slots=True)
class CharModel:
    """Log-likelihood ratios of letter n-grams (name vs other) and the prior log-odds."""

    weights: dict[str, float]
    prior: float
    _cache: dict[str, str] = field(default_factory=dict)

    def log_odds(self, word: str) -> float:
        return self.prior + sum(self.weights.get(g, 0.0) for g in letter_ngrams(word))

    def bucket(self, word: str) -> str:
        found = self._cache.get(word)
        if found is None:
            score = self.log_odds(word)
            found = str(sum(score > edge for edge in BUCKET_EDGES))
            if len(self._cache) < 200_000:
                self._cache[word] = found
        return found



@lru_cache(maxsize=4)
def load_char_model(path: Path) -> CharModel:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    return CharModel(dict(data["weights"]), float(data["prior"]))
