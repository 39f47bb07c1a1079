"""Near-duplicate detection (syndicated and lightly edited copies) with MinHash-LSH."""

from dragoman.dedup.minhash import NearDuplicateIndex, Signature, signature

__all__ = ["NearDuplicateIndex", "Signature", "signature"]
