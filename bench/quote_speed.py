"""Speed of the quote stage alone: quotation detection and attribution, mentions given.

Analyses the first ``--articles`` PolNeAR train texts once (``dragoman.analyze``), then times
``dragoman.quotes.find_quotes`` over them, best of ``--repeats`` passes, process CPU time.
Compare two code versions in one sitting by running it twice, the second time with
``PYTHONPATH`` on the other version's ``src`` (``git archive REV src | tar -x -C DIR``).
Says so and does nothing when ``../shared`` is absent.

    python -m bench.quote_speed [--articles 200] [--repeats 3]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

POLNEAR_TRAIN = Path(__file__).resolve().parents[2] / "shared/data/quotes/polnear/data/train/text"


def run(articles: int, repeats: int) -> dict[str, float] | None:
    import dragoman
    from dragoman.quotes import find_quotes

    files = sorted(POLNEAR_TRAIN.glob("*.txt"))[:articles]
    if not files:
        print(f"{POLNEAR_TRAIN} is absent: nothing measured")
        return None
    analysed = [dragoman.analyze(p.read_text(encoding="utf-8"), lang="en") for p in files]
    find_quotes(analysed[0])  # loads the lexicon
    best, quotes = float("inf"), 0
    for _ in range(repeats):
        start, quotes = time.process_time(), 0
        for article in analysed:
            quotes += len(find_quotes(article)[0])
        best = min(best, time.process_time() - start)
    out = {"articles": len(analysed), "quotes": quotes, "best_cpu_s": round(best, 3),
           "articles_per_cpu_second": round(len(analysed) / best, 1)}
    print(dragoman.__file__, out)
    return out


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    run(args.articles, args.repeats)
