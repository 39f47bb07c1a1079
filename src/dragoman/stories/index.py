"""A small approximate-nearest-neighbour index: random-hyperplane signatures ranked by Hamming distance.

Each vector is reduced to ``bits`` sign bits against fixed random hyperplanes
(seeded, so results are deterministic). A query ranks the live entries by the
Hamming distance of their signatures (XOR + popcount on two 64-bit words per
entry instead of a 512-float dot product) and returns the nearest few for
exact re-ranking. The caller keeps the index small by removing entries that
fall out of its time window, so the cost of a query does not grow with the
archive.
"""

from __future__ import annotations

import numpy as np

# Signature length. 128 bits estimate the angle between two vectors to within
# about 8 degrees, enough to keep the true best story among the first
# DEFAULT_CANDIDATES on ntrex-en-ar and the synthetic stream (bench/stream.py).
SIGNATURE_BITS = 128
SEED = 20240525


class SignatureIndex:
    def __init__(self, dim: int, bits: int = SIGNATURE_BITS, seed: int = SEED) -> None:
        rng = np.random.default_rng(seed)
        self.planes = rng.standard_normal((dim, bits)).astype(np.float32)
        self.words = bits // 64
        self.codes = np.zeros((64, self.words), dtype=np.uint64)
        self.alive = np.zeros(64, dtype=bool)
        self.keys: list[str | None] = []
        self.slot: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self.slot)

    def __contains__(self, key: str) -> bool:
        return key in self.slot

    def signature(self, vector: np.ndarray) -> np.ndarray:
        return np.packbits(vector @ self.planes > 0).view(np.uint64)

    def add(self, key: str, vector: np.ndarray) -> None:
        """Insert or replace ``key``."""
        code = self.signature(vector)
        if key in self.slot:
            self.codes[self.slot[key]] = code
            return
        n = len(self.keys)
        if n == len(self.codes):
            self._compact()
            n = len(self.keys)
            if n == len(self.codes):
                self.codes = np.concatenate([self.codes, np.zeros_like(self.codes)])
                self.alive = np.concatenate([self.alive, np.zeros_like(self.alive)])
        self.codes[n] = code
        self.alive[n] = True
        self.keys.append(key)
        self.slot[key] = n

    def remove(self, key: str) -> None:
        at = self.slot.pop(key, None)
        if at is not None:
            self.keys[at] = None
            self.alive[at] = False

    def _compact(self) -> None:
        live = [i for i, k in enumerate(self.keys) if k is not None]
        if len(live) == len(self.keys):
            return
        self.codes[: len(live)] = self.codes[live]
        self.alive[:] = False
        self.alive[: len(live)] = True
        self.keys = [self.keys[i] for i in live]
        self.slot = {k: i for i, k in enumerate(self.keys) if k is not None}

    def query(self, vector: np.ndarray, limit: int) -> list[str]:
        """Up to ``limit`` keys nearest to ``vector`` by signature, nearest first."""
        n = len(self.keys)
        if not self.slot:
            return []
        code = self.signature(vector)
        distance = np.bitwise_count(self.codes[:n] ^ code).sum(axis=1, dtype=np.int32)
        distance[~self.alive[:n]] = np.iinfo(np.int32).max
        count = min(limit, len(self.slot))
        nearest = np.argpartition(distance, count - 1)[:count] if count < n else np.arange(n)
        # stable order: by distance, then by insertion slot (deterministic ties)
        nearest = nearest[np.lexsort((nearest, distance[nearest]))]
        return [k for k in (self.keys[i] for i in nearest[:count]) if k is not None]
