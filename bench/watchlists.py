"""Watchlist matching speed: articles matched per CPU-second when a watchlist is added
(a full scan of the archive, which is also the cost per new article of `refresh`).

The archive holds copies of the hand-written analysed articles of the test fixtures (en,
ar, fr; entities and quotations), so no analysis model runs.

    python -m bench.watchlists [--articles 2000] [--watchlists 5]
"""

from __future__ import annotations

import argparse
import copy
import tempfile
import time
from pathlib import Path

from tests.serving import fixture_articles

from dragoman.store import SQLiteStore
from dragoman.watchlists import add_watchlist, new_watchlist

QUERIES = [{"keywords": ["corridor", "ممر الحبوب"]}, {"speakers": ["Annika Saar"]},
           {"entities": ["Tallinn"], "languages": ["ar"]}, {"keywords": ["shipping plan"]},
           {"entities": ["x-baltic-council"], "keywords": ["winter"]}]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--watchlists", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = SQLiteStore(Path(folder) / "bench.db")
        base = fixture_articles()
        for i in range(args.articles):
            article = copy.deepcopy(base[i % len(base)])
            article.id, article.url = f"t-bench-{i}", None
            store.put_article(article)
        started = time.process_time()
        for n in range(args.watchlists):
            query = QUERIES[n % len(QUERIES)]
            add_watchlist(store, new_watchlist(f"w{n}", query.get("keywords"), query.get("entities"),
                                               query.get("speakers"), query.get("languages")))
        seconds = time.process_time() - started
        hits = sum(store.count_watchlist_hits(w["id"]) for w in store.watchlist_rows())
        store.close()
    print(f"{args.articles} articles x {args.watchlists} watchlists: "
          f"{args.articles * args.watchlists / seconds:.0f} article-watchlist matches per "
          f"CPU-second (article reads included), {hits} hits")


if __name__ == "__main__":
    main()
