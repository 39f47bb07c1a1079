"""Cost of loading the linker's Memory from an archive: names alone, names with every learned
entity's cross-script context replayed up front (as before the context was read on demand),
and names with the context read on demand (``Store.entity_context``), then read for a sample
of learned entities, as the linker does for the candidates it meets. What every
``Archive.ingest`` call on a reopened archive pays before its first article.

    python -m bench.context_load ARCHIVE.db [--rounds N] [--sample K]
    python -m bench.context_load --pages COPY.db [--count PAGES]

``--pages``: seconds per one-page ``Archive.ingest`` call through one Archive (as ``dragoman
watch`` ingests), in turn with the Memory it kept, reloading names and context (on demand),
and reloading the names alone (no stored context). It adds generated pages to the archive:
give it a copy.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Iterator
from functools import partial
from typing import Any

from dragoman.entities.crossscript import ARTICLES_MAX
from dragoman.entities.memory import Memory
from dragoman.store import open_store


def replay_all(store: Any, per_entity: int) -> Iterator[list[str]]:
    """The former load (``Store.learned_context``, removed): the entities of every article
    among the first ``per_entity`` of each learned entity, in ingest order."""
    p = store.dialect.param
    rows = store._q(
        "SELECT f.pos, m.entity_id FROM ("
        " SELECT DISTINCT pos, article_id FROM ("
        "  SELECT pos, article_id,"
        "   row_number() OVER (PARTITION BY entity_id ORDER BY pos) AS n FROM ("
        "   SELECT DISTINCT a.rowid AS pos, a.id AS article_id, m.entity_id"
        "   FROM mentions m JOIN articles a ON a.id = m.article_id"
        "   WHERE substr(m.entity_id, 1, 2) = 'x-') l) r"
        f" WHERE n <= {p}) f JOIN mentions m ON m.article_id = f.article_id"
        " WHERE m.entity_id IS NOT NULL AND m.entity_id <> ''"
        " GROUP BY f.pos, m.entity_id ORDER BY f.pos, m.entity_id",
        (per_entity,))
    last: object = None
    ids: list[str] = []
    for pos, entity_id in rows:
        if pos != last and ids:
            yield ids
            ids = []
        last = pos
        ids.append(entity_id)
    if ids:
        yield ids


def main(location: str, rounds: int = 3, sample: int = 1000) -> dict[str, object]:
    store = open_store(location)
    upto = store.memory_mark()[1]
    modes = ("names", "names + full replay (before)", "names, context on demand (after)",
             f"context of {sample} learned entities on demand")
    times: dict[str, list[float]] = {m: [] for m in modes}
    for _ in range(rounds):
        t0 = time.perf_counter()
        Memory(store.entity_aliases())
        t1 = time.perf_counter()
        eager = Memory(store.entity_aliases())
        for ids in replay_all(store, ARTICLES_MAX):
            eager.cross.seen_together(ids)
        t2 = time.perf_counter()
        lazy = Memory(store.entity_aliases(), partial(store.entity_context, upto=upto))
        t3 = time.perf_counter()
        learned = sorted(lazy.cross.forms)[:: max(1, len(lazy.cross.forms) // sample)][:sample]
        for entity_id in learned:
            lazy.cross.context(entity_id)
        t4 = time.perf_counter()
        for mode, seconds in zip(modes, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
            times[mode].append(seconds)
    differ = sum(lazy.cross.context(e) != eager.cross.together.get(e, set()) for e in learned)
    best = {k: round(min(v), 3) for k, v in times.items()}
    out = {
        "articles": store.count_articles(),
        "learned entities": len(lazy.cross.forms),
        "learned entities with context (full replay)": len(eager.cross.together),
        "sampled entities whose on-demand context differs from the replay's": differ,
        "best of rounds, s": best,
        "ratio full replay / on demand (load)": round(best[modes[1]] / best[modes[2]], 1),
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
        stored = archive.store.entity_context
        archive.ingest([RawPage("warm.html", render_html(made[0]), kind="html")])  # KB, models
        for i, page in enumerate(made[1:]):
            mode = modes[i % len(modes)]
            if mode != "kept":
                archive._memory = None
            archive.store.entity_context = (  # type: ignore[method-assign]
                stored if mode != "reload names only" else lambda entity_id, per_entity, upto: [])
            t = time.perf_counter()
            report = archive.ingest([RawPage(f"p{i}.html", render_html(page), kind="html")])
            times[mode].append(time.perf_counter() - t)
            assert report.added, report.failures
    return {"median s per one-page ingest": {m: round(sorted(v)[len(v) // 2], 3)
                                             for m, v in times.items()},
            "load average": os.getloadavg()}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", help="an archive file (SQLite) or PostgreSQL URL")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--sample", type=int, default=1000,
                        help="learned entities whose context is read on demand")
    parser.add_argument("--pages", action="store_true",
                        help="time one-page ingests instead (adds pages: give a copy)")
    parser.add_argument("--count", type=int, default=16, help="pages for --pages")
    args = parser.parse_args()
    result = (per_page(args.archive, args.count) if args.pages
              else main(args.archive, args.rounds, args.sample))
    print(json.dumps(result, indent=1))
