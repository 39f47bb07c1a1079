"""The numpy band index finds the candidates datasketch's MinHashLSH finds, and the numpy
signatures are datasketch's MinHash values."""

from __future__ import annotations

from typing import Any

import pytest

from dragoman.dedup import minhash
from dragoman.dedup.minhash import NearDuplicateIndex, signature
from dragoman.language.normalize import normalize_for_match
from tests.support import make_articles, make_near_duplicates


def _datasketch(values: bytes) -> Any:
    """datasketch's MinHash holding stored signature values."""
    from datasketch import MinHash

    return MinHash(num_perm=minhash.NUM_PERM, seed=1, scheme="affine32",
                   hashvalues=minhash.np.frombuffer(values, dtype=minhash.np.uint32))


def test_signature_values_are_datasketchs_minhash() -> None:
    from datasketch import MinHash

    texts = [a.text for a in make_articles(20, seed=11)]
    texts.append("Ünïcode wörds, ئەو دەقە عەرەبییە و Ελληνικά γράμματα " * 12)
    for text in texts:
        words = minhash._WORD.findall(normalize_for_match(text))
        shingles = {" ".join(words[i: i + minhash.SHINGLE_WORDS]).encode("utf-8")
                    for i in range(len(words) - minhash.SHINGLE_WORDS + 1)}
        expected = MinHash(num_perm=minhash.NUM_PERM, seed=1, scheme="affine32")
        expected.update_batch(list(shingles))
        sig = signature(text)
        assert sig.size == len(shingles) > 0
        assert sig.values == expected.hashvalues.astype(minhash.np.uint32).tobytes()


def test_banding_is_datasketchs_for_the_threshold() -> None:
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=minhash.LSH_THRESHOLD, num_perm=minhash.NUM_PERM)
    assert (lsh.b, lsh.r) == (minhash.BANDS, minhash.ROWS)


@pytest.mark.parametrize("rebuild_min", [1, 4, 10_000])  # rebuilt often, sometimes, never
def test_candidates_and_originals_match_datasketch(monkeypatch: pytest.MonkeyPatch,
                                                   rebuild_min: int) -> None:
    from datasketch import MinHashLSH

    monkeypatch.setattr(minhash, "REBUILD_MIN_ROWS", rebuild_min)
    originals = make_articles(60, seed=3)
    pages = originals + make_near_duplicates(originals, 40, seed=4)
    index, lsh = NearDuplicateIndex(), MinHashLSH(threshold=minhash.LSH_THRESHOLD,
                                                  num_perm=minhash.NUM_PERM)
    rows: list[str] = []
    found = 0
    for page in pages:
        sig = signature(page.text)
        expected = set(lsh.query(_datasketch(sig.values))) if rows else set()
        if rows:
            assert {index._ids[r] for r in index._candidates(
                minhash.np.frombuffer(sig.values, dtype=minhash.np.uint32))} == expected
        original = index.find_original(sig)
        if page.original is not None:
            found += original == page.original
        else:
            assert original is None
        index.add(page.url, sig, original)
        lsh.insert(page.url, _datasketch(sig.values))
        rows.append(page.url)
    assert len(index) == len(pages) and pages[0].url in index
    assert found >= 36  # the copies are found (as by the datasketch index before)


def test_extend_is_add_for_many() -> None:
    originals = make_articles(30, seed=5)
    pages = originals + make_near_duplicates(originals, 20, seed=6)
    one, many = NearDuplicateIndex(), NearDuplicateIndex()
    entries = []
    for page in pages:
        sig = signature(page.text)
        original = one.find_original(sig)
        one.add(page.url, sig, original)
        entries.append((page.url, original, sig))
    many.extend(entries)
    probes = make_near_duplicates(originals, 12, seed=7)
    assert [many.find_original(signature(p.text)) for p in probes] == [
        one.find_original(signature(p.text)) for p in probes]
    assert sum(many.find_original(signature(p.text)) == p.original for p in probes) >= 10
