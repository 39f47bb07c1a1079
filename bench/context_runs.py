"""One ingest run against many: the NTREX-128 en-ar pages of ``eval/crosslingual.py`` fed
to an archive in one ``Archive.ingest`` call, and in runs of ``K`` pages, each through a new
``Archive`` on the reopened file (as repeated ``dragoman ingest`` runs), with the stored
cross-script context and with it read as empty (before it was stored). Figures: mean
Jaccard of each English/Arabic pair's entities, and the articles whose entity ids differ
from the one-run archive's.

    python -m bench.context_runs [K ...]      (default 1 and 20; dev and test halves)
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from eval.crosslingual import linked, mean_jaccard, pairs
from eval.stories_ingest import DATA as DOCS
from eval.stories_ingest import load, split_of

from dragoman.archive import Archive
from dragoman.model import RawPage
from dragoman.settings import Settings


def _runs(rows: list[dict[str, str]], db: Path, size: int, settings: Settings,
          context: bool) -> dict[str, dict[str, str]]:
    for i in range(0, len(rows), size):
        with Archive(str(db), settings=settings) as archive:
            if not context:
                archive.store.entity_context = lambda entity_id, per_entity, upto: []  # type: ignore[method-assign]
            archive.ingest([RawPage(source=r["url"], content=r["text"], kind="text", url=r["url"])
                            for r in rows[i:i + size]])
    with Archive(str(db), settings=settings) as archive:
        return linked(archive)


def main(sizes: list[int]) -> dict[str, Any]:
    if not DOCS.exists():
        return {"skipped": f"{DOCS} is absent"}
    settings = replace(Settings(), stories=False)
    rows = load()
    out: dict[str, Any] = {"load_average_at_start": os.getloadavg()[0]}
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("dev", "test"):
            part = [r for r in rows if split_of(r["doc"]) == name]
            one = _runs(part, Path(tmp) / f"{name}-one.db", len(part), settings, True)
            figures: dict[str, Any] = {"pages": len(part), "one_run": mean_jaccard(pairs(part, one))[0]}
            for size in sizes:
                for context in (True, False):
                    found = _runs(part, Path(tmp) / f"{name}-{size}-{context}.db", size, settings, context)
                    key = f"runs_of_{size}_{'stored_context' if context else 'no_stored_context'}"
                    figures[key] = {"jaccard": mean_jaccard(pairs(part, found))[0],
                                    "articles_differing_from_one_run":
                                        sum(set(found[u]) != set(one[u]) for u in one)}
            out[name] = figures
    out["load_average_at_end"] = os.getloadavg()[0]
    return out


if __name__ == "__main__":
    print(json.dumps(main([int(a) for a in sys.argv[1:]] or [1, 20]), indent=1))
