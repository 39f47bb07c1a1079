"""Distributional word clusters: a CRF feature for words the NER training data never tagged.

A word unseen in the labelled sentences is often common in unlabelled text, where it keeps
company with words like itself: given names sit before family names and after "said", towns
after "in". Words (for Arabic, the clitic-stripped stem that :func:`features.char_key`
gives) are clustered from their left and right neighbours in unlabelled text (PPMI of
context words, truncated SVD, k-means at a few granularities; trained by
``eval/word_clusters.py``), and the CRF sees each word's cluster ids and its neighbours'
(see :func:`dragoman.entities.features.sentence_features`).

The side file ``ner-<lang>.clusters.txt.gz`` holds one ``word id id id`` line per clustered
word, coarsest granularity first; a word not in it has no cluster features. A first line
``#own-only`` (``OWN_ONLY_HEADER``) gives each word its own ids only, not its neighbours'.
An option, not shipped: the Arabic models trained with it cut multi-word names short
(``eval/train_ner.py --word-clusters 1|2``; README "Named entities").
"""

from __future__ import annotations

import gzip
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

# Feature-name prefixes of the granularities, coarsest first (a file may hold fewer).
LEVELS = ("k1", "k2", "k3")
# The granularity a neighbour's cluster is given at (an index into LEVELS): the middle one,
# fine enough to tell a given name from a verb, coarse enough to recur.
NEIGHBOUR_LEVEL = 1
# The header line of a file whose words get their own ids only (no neighbour ids).
OWN_ONLY_HEADER = "#own-only"


@dataclass(frozen=True, slots=True)
class WordClusters:
    """Cluster ids of each clustered word, coarsest granularity first."""

    table: dict[str, tuple[str, ...]]
    neighbours: bool = True  # also give each word its neighbours' ids (-1k2=, +1k2=)

    def ids(self, word: str | None) -> tuple[str, ...]:
        """The word's feature strings (``k1=12``...), empty for an unclustered word."""
        return self.table.get(word, ()) if word else ()

    def features(self, keys: Sequence[str | None]) -> list[list[str]]:
        """Cluster features of each word of a sentence: its own ids at every granularity and
        its neighbours' at ``NEIGHBOUR_LEVEL`` (linear: one lookup per word)."""
        own = [self.ids(k) for k in keys]
        if not self.neighbours:
            return [list(ids) for ids in own]
        at = [ids[NEIGHBOUR_LEVEL] if len(ids) > NEIGHBOUR_LEVEL else "" for ids in own]
        out: list[list[str]] = []
        for i, ids in enumerate(own):
            feats = list(ids)
            if i > 0 and at[i - 1]:
                feats.append("-1" + at[i - 1])
            if i + 1 < len(own) and at[i + 1]:
                feats.append("+1" + at[i + 1])
            out.append(feats)
        return out


def load_word_clusters(path: Path) -> WordClusters:
    table: dict[str, tuple[str, ...]] = {}
    neighbours = True
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                neighbours = neighbours and line.strip() != OWN_ONLY_HEADER
                continue
            word, *ids = line.split()
            table[word] = tuple(f"{level}={k}" for level, k in zip(LEVELS, ids, strict=False))
    return WordClusters(table, neighbours)

