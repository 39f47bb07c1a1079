"""Near-duplicate detection on a generated set with known copies.

Originals are distinct templated reports; copies are edited by a few words,
re-titled, truncated, or edited and truncated (tests.support). Pages are
indexed in publication order, as an archive would ingest them.
"""

from __future__ import annotations

import time

from tests.support import make_articles, make_near_duplicates

from dragoman.dedup import NearDuplicateIndex, signature

ORIGINALS = 1000
COPIES = 1000


def main(originals: int = ORIGINALS, copies: int = COPIES, seed: int = 7) -> dict[str, object]:
    pages = make_articles(originals, seed=seed)
    dupes = make_near_duplicates(pages, copies, seed=seed + 1)
    stream = sorted(pages + dupes, key=lambda p: p.published)
    index = NearDuplicateIndex()
    tp = fp = fn = 0
    by_variant: dict[str, list[int]] = {}
    t0 = time.perf_counter()
    for page in stream:
        sig = signature(page.text)
        found = index.find_original(sig)
        index.add(page.url, sig, found)
        if page.original:
            hit = found == page.original
            tp += hit
            fn += not hit
            fp += found is not None and not hit
            by_variant.setdefault(page.variant, []).append(hit)
        elif found is not None:
            fp += 1
    seconds = time.perf_counter() - t0
    return {
        "split": f"generated (tests.support originals and copies, seed {seed})",
        "tuned_on": "the same generator (the thresholds were set with it: not held out)",
        "pages": len(stream),
        "copies": copies,
        "precision": round(tp / (tp + fp), 4) if tp + fp else 0.0,
        "recall": round(tp / (tp + fn), 4) if tp + fn else 0.0,
        "recall_by_variant": {k: round(sum(v) / len(v), 4) for k, v in sorted(by_variant.items())},
        "pages_per_second": round(len(stream) / seconds, 1),
    }


if __name__ == "__main__":
    print(main())
