"""MinHash signatures over word shingles of normalized text, and an LSH index of them.

A copy is matched to the earliest-indexed article whose shingles contain most
of the copy's (or vice versa): syndicated copies are often truncated, so the
decision uses containment of the smaller text in the larger, estimated from
the MinHash Jaccard and the two shingle-set sizes, not plain Jaccard.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy as np

from dragoman.errors import MissingDependency
from dragoman.language.normalize import normalize_for_match

# Words per shingle: long enough that shared stock phrases ("said on Monday") rarely
# make two different reports look alike, short enough that a one-word edit costs
# only a few shingles.
SHINGLE_WORDS = 5
NUM_PERM = 128
# LSH candidate threshold on estimated Jaccard. Low, because a copy truncated to half
# its original has Jaccard ~0.5 with it; candidates are then checked by containment.
LSH_THRESHOLD = 0.25
# Smaller text's shingles contained in the larger's, at or above which it is a copy.
# Calibrated on the generated set of eval/dedup.py (copies edited by 1-2 words a
# paragraph, re-titled, truncated to 3-4 of 5 paragraphs): copies score >= 0.67,
# distinct reports built from shared templates stay below 0.38.
CONTAINMENT_MIN = 0.6
# Texts with fewer words are not signed: too short to tell a copy from a coincidence.
MIN_WORDS = 25
# Stored signatures are only comparable under one hashing scheme; pinned, not defaulted.
_SCHEME = "affine32"
_WORD = re.compile(r"[^\W_]+")


@dataclass(slots=True)
class Signature:
    """A MinHash signature (``NUM_PERM`` uint32 values) and the shingle-set size."""

    values: bytes
    size: int

    @property
    def empty(self) -> bool:
        return self.size == 0


def signature(text: str) -> Signature:
    """The signature of an article body; ``size`` 0 when the text is too short to sign."""
    words = _WORD.findall(normalize_for_match(text))
    if len(words) < MIN_WORDS:
        return Signature(b"", 0)
    shingles = {
        " ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8")
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }
    mh = _minhash()
    mh.update_batch(list(shingles))
    return Signature(mh.hashvalues.astype(np.uint32).tobytes(), len(shingles))


_TEMPLATE: list[Any] = []  # one MinHash whose permutations every other one reuses


def _minhash(values: bytes | None = None) -> Any:
    """A MinHash (empty, or from stored values); permutations are generated once per process,
    which is most of what constructing a MinHash costs."""
    try:
        from datasketch import MinHash
    except ImportError as exc:  # pragma: no cover - datasketch is a core dependency
        raise MissingDependency("datasketch", "dedup", "near-duplicate detection") from exc
    if not _TEMPLATE:
        _TEMPLATE.append(MinHash(num_perm=NUM_PERM, seed=1, scheme=_SCHEME))
    if values is None:
        return _TEMPLATE[0].copy()
    return MinHash(num_perm=NUM_PERM, seed=1, hashvalues=np.frombuffer(values, dtype=np.uint32),
                   permutations=_TEMPLATE[0].permutations, scheme=_SCHEME)  # fmt: skip


def containment(a: Signature, b: Signature) -> float:
    """Estimated share of the smaller shingle set found in the larger one."""
    va = np.frombuffer(a.values, dtype=np.uint32)
    vb = np.frombuffer(b.values, dtype=np.uint32)
    jaccard = float(np.mean(va == vb))
    inter = jaccard * (a.size + b.size) / (1.0 + jaccard)
    return min(1.0, inter / min(a.size, b.size))


class NearDuplicateIndex:
    """An in-memory LSH index of signed articles; the caller persists signatures."""

    def __init__(self) -> None:
        try:
            from datasketch import MinHashLSH
        except ImportError as exc:  # pragma: no cover
            raise MissingDependency("datasketch", "dedup", "near-duplicate detection") from exc
        self._lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self._signatures: dict[str, Signature] = {}
        self._original: dict[str, str] = {}  # copy id -> original id
        self._order: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._signatures

    def add(self, article_id: str, sig: Signature, duplicate_of: str | None = None) -> None:
        if article_id in self._order:
            return
        self._order[article_id] = len(self._order)
        if duplicate_of:
            self._original[article_id] = duplicate_of
        if sig.empty:
            return
        self._signatures[article_id] = sig
        self._lsh.insert(article_id, _minhash(sig.values))

    def find_original(self, sig: Signature, exclude: str | None = None) -> str | None:
        """The original this text copies (the earliest-indexed match), or None."""
        if sig.empty or not self._signatures:
            return None
        best: tuple[int, str] | None = None
        for cand in self._lsh.query(_minhash(sig.values)):
            if cand == exclude:
                continue
            if containment(sig, self._signatures[cand]) >= CONTAINMENT_MIN:
                root = self._original.get(cand, cand)  # point at the first of the chain
                rank = self._order.get(root, self._order[cand])
                if best is None or rank < best[0]:
                    best = (rank, root)
        return best[1] if best else None
