"""Train the Arabic word clusters of ``dragoman.entities.wordclusters`` (issue 15: unseen names).

    nice -n 10 .venv/bin/python -m eval.word_clusters --out models/ner-ar.clusters.txt.gz

Unlabelled text (labels ignored): the ANERcorp training sentences (the held-out dev and test
15% are left out), AQMAR, WikiFANE, the Wojood sample, NewsFANE and the Arabic documents of
the NTREX-128 dev half, each less its sentences that repeat the held-out ANERcorp dev+test text
(the 12-gram filter ``train_ner --ar-extra`` applies to NewsFANE; NTREX: ``eval/crosslingual.py``'s
split). htmldate-eval holds no Arabic page.
Each token is keyed as the CRF keys it (``features.char_key``: the folded, clitic-stripped
stem); words seen at least ``MIN_COUNT`` times are clustered from the PPMI of their left and
right neighbours (two each side, the ``CONTEXT_WORDS`` commonest keys), reduced by truncated
SVD to ``DIMENSIONS``, then spherical k-means at each of ``GRANULARITIES``. numpy/scipy only.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.sparse.linalg import svds

from dragoman.entities.features import MAX_WORD_CHARS, char_key
from dragoman.entities.tokenize import ner_tokenize
from dragoman.entities.wordclusters import OWN_ONLY_HEADER
from eval.heldout import held_shingles, repeats_held
from eval.train_ner import (
    AR_EXTRA_FILES,
    NER_DATA,
    glue_proclitics,
    read_conll,
    splits,
)

NTREX = NER_DATA.parent / "parallel" / "ntrex-en-ar" / "docs.tsv"
# Settings chosen by hand before any dev run (the classic ranges of Brown-cluster and
# SVD-cluster CRF features), then compared on the ANERcorp dev half only (see the report).
# Rarer words get no cluster. ANERcorp dev (token F1, ner-ar with clusters): 3 gave 0.691,
# 2 gave 0.702 (25,170 words, 168 kB), 1 gave 0.701 (43,756 words, 286 kB); no clusters 0.685.
MIN_COUNT = 2
CONTEXT_WORDS = 2000  # the commonest keys serve as context features
WINDOW = 2  # neighbours each side, each offset its own context block
DIMENSIONS = 100
GRANULARITIES = (64, 256, 1024)
KMEANS_ITERATIONS = 20
SEED = 15
DATA = (
    "unlabelled text (labels ignored) of the ANERcorp training sentences (held-out 15% left out), "
    "AQMAR, WikiFANE, the Wojood sample, NewsFANE and the Arabic NTREX-128 dev documents, each "
    "less its sentences repeating the held-out ANERcorp dev+test text (12-gram filter): PPMI of "
    "+-2 context words, truncated SVD, k-means at "
    + "/".join(str(k) for k in GRANULARITIES) + " (python -m eval.word_clusters)"
)
_PAD = "<s>"


def _ntrex_dev() -> Iterator[list[str]]:
    """Tokens of each line of the Arabic NTREX documents of the dev half."""
    csv.field_size_limit(sys.maxsize)
    with NTREX.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row["lang"] != "ar" or int(hashlib.sha1(row["doc_id"].encode()).hexdigest()[:8], 16) % 2:
                continue
            text = row["text"]
            yield [text[a:b] for a, b in ner_tokenize(text)]


def corpus() -> tuple[list[list[str]], dict[str, int], dict[str, int]]:
    """Unlabelled Arabic sentences (tokens), the sentence count of each source, and the count
    of sentences dropped from each for repeating the held-out ANERcorp dev+test text (the
    ``--ar-extra`` 12-gram filter, applied to every source; only counted, never shown)."""
    data = splits("ar")
    held = held_shingles(tokens for tokens, _ in data.dev + data.test)
    sources: dict[str, list[list[str]]] = {"anercorp-train": [t for t, _ in data.train]}
    for name, file in AR_EXTRA_FILES.items():
        sources[name] = [glue_proclitics(s)[0] for s in read_conll(NER_DATA / file)]
    sources["ntrex-dev"] = list(_ntrex_dev())
    dropped: dict[str, int] = {}
    for name, sentences in sources.items():
        kept = [s for s in sentences if not repeats_held(s, held)]
        dropped[name] = len(sentences) - len(kept)
        sources[name] = kept
    sentences = [s for part in sources.values() for s in part]
    return sentences, {k: len(v) for k, v in sources.items()}, dropped


def _key(token: str) -> str:
    token = token[:MAX_WORD_CHARS]
    return char_key(token, "ar") or token


def embed(sentences: Sequence[list[str]]) -> tuple[list[str], np.ndarray]:
    """The clustered words and their L2-normalised SVD rows of context PPMI."""
    keyed = [[_key(t) for t in tokens] for tokens in sentences]
    counts = Counter(k for keys in keyed for k in keys)
    words = sorted(w for w, c in counts.items() if c >= MIN_COUNT and char_key(w, "ar"))
    row = {w: i for i, w in enumerate(words)}
    contexts = [w for w, _ in counts.most_common(CONTEXT_WORDS)] + [_PAD]
    col = {w: i for i, w in enumerate(contexts)}
    width = len(contexts)
    rows: list[int] = []
    cols: list[int] = []
    for keys in keyed:
        padded = [_PAD] * WINDOW + keys + [_PAD] * WINDOW
        for i, key in enumerate(keys):
            r = row.get(key)
            if r is None:
                continue
            for block, offset in enumerate((*range(-WINDOW, 0), *range(1, WINDOW + 1))):
                c = col.get(padded[i + WINDOW + offset])
                if c is not None:
                    rows.append(r)
                    cols.append(block * width + c)
    shape = (len(words), 2 * WINDOW * width)
    m = sparse.coo_matrix((np.ones(len(rows), np.float32), (rows, cols)), shape=shape).tocsr()
    m.sum_duplicates()
    total = float(m.sum())
    word_p = np.asarray(m.sum(axis=1)).ravel() / total
    ctx = np.asarray(m.sum(axis=0)).ravel() ** 0.75  # context-distribution smoothing
    ctx_p = ctx / ctx.sum()
    coo = m.tocoo()
    pmi = np.log(coo.data / total / (word_p[coo.row] * ctx_p[coo.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=shape)
    u, s, _ = svds(ppmi, k=DIMENSIONS, random_state=SEED)
    vectors = u * np.sqrt(s)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    return words, vectors.astype(np.float32)


def kmeans(vectors: np.ndarray, k: int, seed: int = SEED) -> np.ndarray:
    """Spherical k-means (cosine): the cluster of each row."""
    rng = np.random.default_rng(seed)
    centres = vectors[rng.choice(len(vectors), size=k, replace=False)]
    labels = np.zeros(len(vectors), dtype=np.int64)
    for _ in range(KMEANS_ITERATIONS):
        labels = np.argmax(vectors @ centres.T, axis=1)
        sums = np.zeros_like(centres)
        np.add.at(sums, labels, vectors)
        empty = np.bincount(labels, minlength=k) == 0
        sums[empty] = vectors[rng.choice(len(vectors), size=int(empty.sum()), replace=False)]
        centres = sums / (np.linalg.norm(sums, axis=1, keepdims=True) + 1e-9)
    return labels


def save_word_clusters(ids: dict[str, Sequence[int]], path: Path, own_only: bool = False) -> None:
    """``word id id id`` lines (sorted, gzip): the file ``load_word_clusters`` reads;
    ``own_only``: headed ``OWN_ONLY_HEADER`` (the tagger gives no neighbour ids)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as handle:
        if own_only:
            handle.write(OWN_ONLY_HEADER + "\n")
        handle.writelines(f"{w} {' '.join(str(k) for k in ids[w])}\n" for w in sorted(ids))


def train(out: Path, own_only: bool = False) -> dict[str, object]:
    t0 = time.perf_counter()
    sentences, sources, dropped = corpus()
    words, vectors = embed(sentences)
    levels = [kmeans(vectors, k) for k in GRANULARITIES]
    save_word_clusters({w: [int(lv[i]) for lv in levels] for i, w in enumerate(words)}, out, own_only)
    return {
        "sentences": sources,
        "dropped_repeating_held_out": dropped,
        "own_only": own_only,
        "tokens": sum(len(s) for s in sentences),
        "clustered_words": len(words),
        "bytes": out.stat().st_size,
        "seconds": round(time.perf_counter() - t0, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--own-only", action="store_true", help="no neighbour ids at tagging")
    args = parser.parse_args(argv)
    print(train(args.out, args.own_only), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
