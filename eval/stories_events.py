"""Stories on real pages with several reports per event: the 80 Fundus evaluation pages
(English, 16 outlets) ingested as a user would (``Archive.ingest`` of the folder), scored
against hand-made event labels (``eval/data/story_events.json``: rules and ambiguous cases
written down there). Held out: nothing was tuned on it.

Figures: B-cubed P/R/F1, split rate (pairs of one event placed apart: 14 pairs) and merge
rate (pairs of different events placed together). Run: ``python -m eval.stories_events``.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from dragoman.archive import Archive
from eval.stories_ingest import bcubed, pair_rates

PAGES = (Path(__file__).resolve().parents[2] / "shared" / "data" / "extraction" / "fundus-eval"
         / "dataset" / "html")
EVENTS = Path(__file__).resolve().parent / "data" / "story_events.json"


def gold_events() -> dict[str, str]:
    """Page name (without .html.gz) -> event label; unlisted pages are their own event."""
    labels = json.loads(EVENTS.read_text(encoding="utf-8"))["events"]
    return {page: event for event, pages in labels.items() for page in pages}


def main() -> dict[str, Any]:
    if not PAGES.exists():
        return {"skipped": f"{PAGES} is absent"}
    events = gold_events()
    with tempfile.TemporaryDirectory() as tmp, Archive(str(Path(tmp) / "events.db")) as archive:
        report = archive.ingest([str(PAGES)])
        placed = {Path(a.source).name.removesuffix(".html.gz"): (a.story_id or a.id, a)
                  for a in archive.articles()}
        names = sorted(placed)
        gold = [events.get(n, n) for n in names]
        predicted = [placed[n][0] for n in names]
        groups: dict[str, list[str]] = {}
        for name, story in zip(names, predicted, strict=True):
            groups.setdefault(story, []).append(name)
        dated = sum(1 for n in names if placed[n][1].published)
    return {"pages": len(names), "dated": dated, "failures": [f.reason for f in report.failures],
            "events": len(set(gold)), "stories": len(set(predicted)),
            "bcubed": bcubed(gold, predicted), **pair_rates(gold, predicted),
            "multi_article_stories": sorted(g for g in groups.values() if len(g) > 1),
            "split": "held out (80 Fundus pages, hand-labelled events)",
            "tuned_on": "nothing (held out)"}


if __name__ == "__main__":
    print(json.dumps(main(), indent=2, ensure_ascii=False))
