"""Cost of loading the linker's Memory from an archive, with and without the stored
cross-script context (``Store.learned_context``): what every ``Archive.ingest`` call (one per
page under ``dragoman watch`` and the server) pays before its first article.

    python -m bench.context_load ARCHIVE.db [ROUNDS]
    python -m bench.context_load --pages COPY.db [PAGES]

``--pages``: seconds per one-page ``Archive.ingest`` call through one Archive (as ``dragoman
watch`` ingests), in turn with the Memory it kept, reloading names and context, and
reloading the names alone (as before the context was stored). It adds generated pages to
the archive: give it a copy.
"""

from __future__ import annotations

import json
import os
import sys
import time

from dragoman.entities.crossscript import ARTICLES_MAX
from dragoman.entities.memory import Memory
from dragoman.store import open_store


def main(location: str, rounds: int = 3) -> dict[str, object]:
    store = open_store(location)
    times: dict[str, list[float]] = {"names": [], "names+context": [], "context query": []}
    for _ in range(rounds):
        t0 = time.perf_counter()
        Memory(store.entity_aliases())
        t1 = time.perf_counter()
        memory = Memory(store.entity_aliases(), store.learned_context(ARTICLES_MAX))
        t2 = time.perf_counter()
        articles = sum(1 for _ in store.learned_context(ARTICLES_MAX))
        t3 = time.perf_counter()
        times["names"].append(t1 - t0)
        times["names+context"].append(t2 - t1)
        times["context query"].append(t3 - t2)
    best = {k: round(min(v), 3) for k, v in times.items()}
    cross = memory.cross
    out = {
        "articles": store.count_articles(),
        "learned entities with context": len(cross.together),
        "context articles replayed": articles,
        "context entries": sum(len(v) for v in cross.together.values()),
        "best of rounds, s": best,
        "ratio names+context / names": round(best["names+context"] / best["names"], 2),
        "load average": os.getloadavg(),
    }
    store.close()
    return out


def per_page(location: str, pages: int = 16) -> dict[str, object]:
    from tests.support.corpus import make_articles, render_html

    from dragoman import Archive
    from dragoman.model import RawPage
    from dragoman.settings import Settings

    made = make_articles(pages, seed=424242)
    modes = ("kept", "reload names + context", "reload names only")
    times: dict[str, list[float]] = {m: [] for m in modes}
    with Archive(location, settings=Settings(stories=False)) as archive:
        stored = archive.store.learned_context
        archive.ingest([RawPage("warm.html", render_html(made[0]), kind="html")])  # KB, models
        for i, page in enumerate(made[1:]):
            mode = modes[i % len(modes)]
            if mode != "kept":
                archive._memory = None
            archive.store.learned_context = (  # type: ignore[method-assign]
                stored if mode != "reload names only" else lambda per_entity: iter(()))
            t = time.perf_counter()
            report = archive.ingest([RawPage(f"p{i}.html", render_html(page), kind="html")])
            times[mode].append(time.perf_counter() - t)
            assert report.added, report.failures
    return {"median s per one-page ingest": {m: round(sorted(v)[len(v) // 2], 3)
                                             for m, v in times.items()},
            "load average": os.getloadavg()}


if __name__ == "__main__":
    if sys.argv[1] == "--pages":
        print(json.dumps(per_page(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 16),
                         indent=1))
    else:
        print(json.dumps(main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3), indent=1))
