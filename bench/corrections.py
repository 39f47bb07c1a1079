"""Cost of analyst corrections (SQLite): the per-article cost they add to ingest, and the
time one correction (or undo) takes, which recomputes the corrected view of the archive.

The archive holds copies of the hand-written analysed articles of the test fixtures, so no
analysis model runs. Corrections are renames, merges and not-entity marks of their entities.

    python -m bench.corrections [--articles 5000] [--corrections 50]
"""

from __future__ import annotations

import argparse
import copy
import tempfile
import time
from pathlib import Path

from tests.serving import fixture_articles

from dragoman.store import SQLiteStore


def _fill(store: SQLiteStore, start: int, count: int) -> float:
    """Store ``count`` article copies; seconds per article."""
    base = fixture_articles()
    began = time.perf_counter()
    for i in range(start, start + count):
        article = copy.deepcopy(base[i % len(base)])
        article.id, article.url = f"t-bench-{i}", None
        store.put_article(article)
    return (time.perf_counter() - began) / count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--corrections", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = SQLiteStore(Path(folder) / "bench.db")
        plain = _fill(store, 0, args.articles)
        ids = sorted({m.entity_id for a in fixture_articles() for m in a.mentions if m.entity_id})
        began = time.perf_counter()
        made = []
        for n in range(args.corrections):
            target = ids[n % len(ids)]
            made.append(store.add_correction("rename", target, name=f"Name {n}"))
        per_correction = (time.perf_counter() - began) / args.corrections
        store.add_correction("merge", ids[0], other_id=ids[1])
        store.add_correction("not_entity", ids[2])
        corrected = _fill(store, args.articles, args.articles)
        began = time.perf_counter()
        store.undo_correction(made[0].id)
        undo = time.perf_counter() - began
        mentions = store.db.execute("SELECT count(*) FROM mentions").fetchone()[0]
        store.close()
    print(f"articles: {args.articles} + {args.articles}, mentions: {mentions}, "
          f"active corrections: {args.corrections + 2}")
    print(f"put_article: {plain * 1000:.2f} ms without corrections, "
          f"{corrected * 1000:.2f} ms with them")
    print(f"one correction (recomputes the view): {per_correction * 1000:.1f} ms on "
          f"{args.articles} articles; undo: {undo * 1000:.1f} ms on {2 * args.articles}")


if __name__ == "__main__":
    main()
