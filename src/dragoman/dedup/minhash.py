"""MinHash signatures over word shingles of normalized text, and an LSH index of them.

A copy is matched to the earliest-indexed article whose shingles contain most
of the copy's (or vice versa): syndicated copies are often truncated, so the
decision uses containment of the smaller text in the larger, estimated from
the MinHash Jaccard and the two shingle-set sizes, not plain Jaccard.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from hashlib import sha1

import numpy as np

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
# Stored signatures are only comparable under one hashing scheme: datasketch's "affine32"
# with seed 1 (computed in _minhash_values), pinned.

# LSH banding: the bands and values per band that datasketch's MinHashLSH chooses for
# LSH_THRESHOLD and NUM_PERM (tests/sources/test_dedup_index.py checks they still agree).
BANDS = 42
ROWS = 3
# Rows added after the last rebuild of the sorted band arrays are scanned at each query
# until they are this many and an eighth of the index, then the arrays are rebuilt.
REBUILD_MIN_ROWS = 2048
_MIX = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit multiplier of the band hash
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
    shingles = {" ".join(words[i : i + SHINGLE_WORDS])
                for i in range(len(words) - SHINGLE_WORDS + 1)}
    return Signature(_minhash_values(shingles).tobytes(), len(shingles))


# The MinHash of datasketch 2.0 (``MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32")``,
# its default SHA-1 hash), computed here in a few numpy operations: the same values (stored
# signatures stay comparable; tests/sources/test_dedup_index.py checks them against
# datasketch), without importing datasketch (it imports scipy: 0.4 s CPU per process) and
# without a MinHash object per article.
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))
_SEED = 1


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """datasketch's affine32 permutations for ``_SEED``: h -> a*h + b mod 2**32, ``a`` odd."""
    gen = np.random.RandomState(_SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _minhash_values(shingles: Iterable[str]) -> np.ndarray:
    """``NUM_PERM`` uint32 minima over the shingles: SHA-1's first 4 bytes (little-endian),
    the MurmurHash3 finalizer, then each affine permutation."""
    digests = b"".join(sha1(s.encode("utf-8"), usedforsecurity=False).digest()[:4] for s in shingles)
    hv = np.frombuffer(digests, dtype="<u4").astype(np.uint32).reshape(-1, 1)
    s1, m1, s2, m2, s3 = _FMIX32
    with np.errstate(over="ignore"):
        hv = hv ^ (hv >> s1)
        hv = hv * m1
        hv = hv ^ (hv >> s2)
        hv = hv * m2
        hv = hv ^ (hv >> s3)
        a, b = _permutations()
        values: np.ndarray = (hv * a + b).min(axis=0)
    return values


def containment(a: Signature, b: Signature) -> float:
    """Estimated share of the smaller shingle set found in the larger one."""
    va = np.frombuffer(a.values, dtype=np.uint32)
    vb = np.frombuffer(b.values, dtype=np.uint32)
    jaccard = float(np.mean(va == vb))
    inter = jaccard * (a.size + b.size) / (1.0 + jaccard)
    return min(1.0, inter / min(a.size, b.size))


class NearDuplicateIndex:
    """An in-memory LSH index of signed articles; the caller persists signatures.

    The banding of datasketch's ``MinHashLSH`` for ``LSH_THRESHOLD`` (``BANDS`` bands of
    ``ROWS`` values): a candidate shares every value of at least one band. Signatures live in
    one matrix and each band in a sorted array of band hashes, built in one vectorised pass,
    so loading an archive's signatures costs milliseconds per thousand (datasketch's
    per-signature objects and dictionaries cost ~0.3 ms each and ~25 KB). Rows added later
    are scanned (their band hashes) until they are a share of the index worth a rebuild.
    """

    def __init__(self) -> None:
        self._ids: list[str] = []  # signed articles, by matrix row
        self._row: dict[str, int] = {}
        self._values = np.zeros((64, NUM_PERM), dtype=np.uint32)
        self._sizes = np.zeros(64, dtype=np.int64)
        self._original: dict[str, str] = {}  # copy id -> original id
        self._order: dict[str, int] = {}
        self._sorted: list[tuple[np.ndarray, np.ndarray]] = []  # per band: hashes, rows
        self._indexed = 0  # rows in the sorted arrays
        # band hashes of the rows added since (row ``_indexed + i`` is line ``i``)
        self._recent = np.zeros((0, BANDS), dtype=np.uint64)

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._row

    def add(self, article_id: str, sig: Signature, duplicate_of: str | None = None) -> None:
        self.extend([(article_id, duplicate_of, sig)])

    def extend(self, entries: Iterable[tuple[str, str | None, Signature]]) -> None:
        """``add`` for many (article id, original id, signature) at once (an archive's
        stored signatures), in one copy into the matrix."""
        ids: list[str] = []
        values: list[bytes] = []
        sizes: list[int] = []
        for article_id, duplicate_of, sig in entries:
            if article_id in self._order:
                continue
            self._order[article_id] = len(self._order)
            if duplicate_of:
                self._original[article_id] = duplicate_of
            if not sig.empty and article_id not in self._row:
                self._row[article_id] = len(self._ids) + len(ids)
                ids.append(article_id)
                values.append(sig.values)
                sizes.append(sig.size)
        if ids:
            n, m = len(self._ids), len(self._ids) + len(ids)
            if m > len(self._values):
                grow = max(m, 2 * len(self._values)) - len(self._values)
                self._values = np.concatenate([self._values, np.zeros((grow, NUM_PERM), np.uint32)])
                self._sizes = np.concatenate([self._sizes, np.zeros(grow, np.int64)])
            self._values[n:m] = np.frombuffer(b"".join(values), dtype=np.uint32).reshape(-1, NUM_PERM)
            self._sizes[n:m] = sizes
            self._ids += ids

    def _sync(self) -> None:
        """Bring the rows added since the last query into the band index: a rebuild of the
        sorted arrays when they are many, else their band hashes, scanned at each query."""
        n = len(self._ids)
        if n == self._indexed + len(self._recent):
            return
        if not self._sorted or n - self._indexed > max(REBUILD_MIN_ROWS, self._indexed // 8):
            hashes = _band_hashes(self._values[:n])
            order = np.argsort(hashes, axis=0, kind="stable")
            self._sorted = [(np.take_along_axis(hashes[:, b], order[:, b], 0),
                             order[:, b].astype(np.int32)) for b in range(BANDS)]
            self._indexed = n
            self._recent = np.zeros((0, BANDS), dtype=np.uint64)
            return
        start = self._indexed + len(self._recent)
        self._recent = np.concatenate([self._recent, _band_hashes(self._values[start:n])])

    def _candidates(self, values: np.ndarray) -> set[int]:
        self._sync()
        query = _band_hashes(values[None, :])[0]
        later = self._recent == query  # (rows added since the rebuild, bands)
        found: set[int] = set()
        for band, h in enumerate(query):
            keys, rows = self._sorted[band]
            lo, hi = int(np.searchsorted(keys, h, "left")), int(np.searchsorted(keys, h, "right"))
            hits = [*rows[lo:hi].tolist(), *(self._indexed + np.flatnonzero(later[:, band])).tolist()]
            if hits:  # a band hash may collide: the band's values must be equal
                span = slice(band * ROWS, (band + 1) * ROWS)
                same = (self._values[hits, span] == values[span]).all(axis=1)
                found.update(r for r, ok in zip(hits, same.tolist(), strict=True) if ok)
        return found

    def find_original(self, sig: Signature, exclude: str | None = None) -> str | None:
        """The original this text copies (the earliest-indexed match), or None."""
        if sig.empty or not self._ids:
            return None
        values = np.frombuffer(sig.values, dtype=np.uint32)
        best: tuple[int, str] | None = None
        for row in sorted(self._candidates(values)):
            cand = self._ids[row]
            if cand == exclude:
                continue
            other = Signature(self._values[row].tobytes(), int(self._sizes[row]))
            if containment(sig, other) >= CONTAINMENT_MIN:
                root = self._original.get(cand, cand)  # point at the first of the chain
                rank = self._order.get(root, self._order[cand])
                if best is None or rank < best[0]:
                    best = (rank, root)
        return best[1] if best else None


def _band_hashes(values: np.ndarray) -> np.ndarray:
    """(rows, BANDS) 64-bit hashes of each band's ``ROWS`` values (equal values, equal hash)."""
    bands = values[:, : BANDS * ROWS].astype(np.uint64).reshape(len(values), BANDS, ROWS)
    out = np.zeros((len(values), BANDS), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(ROWS):
            out = (out ^ bands[:, :, k]) * _MIX
    return out
__all__ = ["BANDS", "CONTAINMENT_MIN", "LSH_THRESHOLD", "NUM_PERM", "ROWS", "NearDuplicateIndex",
           "Signature", "containment", "signature"]
