"""Cross-page site boilerplate (extract/sitewide.py) on the Fundus set, publishers split.

The Fundus evaluation set has 80 English pages from 16 publishers (4-5 pages each): the
pages of one publisher are extracted together, and body paragraphs that recur on at least
N pages of the publisher are dropped. The publishers are split by a hash of their name
(dev: first hex digit of sha256(name) in 0-7, test: the rest); N was chosen on dev among
2 and 3 and the test publishers scored once, with it. Body precision/recall/F1 are the shingle
overlaps of eval/extraction_scoring.py, averaged over pages, against extraction page by
page (N = off). Run: ``python -m eval.run extraction_site``.
"""

from __future__ import annotations

import copy
import hashlib
from pathlib import Path
from typing import Any

FUNDUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "extraction" / "fundus-eval"
SETTINGS: tuple[int | None, ...] = (None, 2, 3)


def publisher(name: str) -> str:
    return name.rsplit("_", 1)[0]


def split_of(name: str) -> str:
    return "dev" if hashlib.sha256(publisher(name).encode()).hexdigest()[0] in "01234567" else "test"


def _scores(pages: list[Any], articles: dict[str, Any]) -> dict[str, float]:
    from eval.extraction_scoring import body_scores

    rows = [body_scores(articles[p.name].text if p.name in articles else "", p) for p in pages]
    n = max(1, len(rows))
    return {key: round(sum(r[i] for r in rows) / n, 4)
            for i, key in enumerate(("precision", "recall", "f1"))}


def main(splits: tuple[str, ...] = ("dev", "test")) -> dict[str, Any]:
    if not FUNDUS.exists():
        return {"skipped": f"{FUNDUS} is absent"}
    from dragoman.errors import DragomanError
    from dragoman.extract import extract_page
    from dragoman.extract.sitewide import SITE_REPEAT_MIN_PAGES, drop_site_repeats
    from dragoman.model import RawPage
    from eval.extraction_scoring import load_gold

    pages = load_gold(FUNDUS)
    single: dict[str, Any] = {}
    for page in pages:
        try:
            single[page.name] = extract_page(RawPage(page.name, page.html, "html", url=page.url))
        except DragomanError:
            continue
    out: dict[str, Any] = {
        "split": "dev and test publishers of the Fundus set (each section states its own)",
        "tuned_on": f"SITE_REPEAT_MIN_PAGES={SITE_REPEAT_MIN_PAGES} chosen on the dev publishers",
        "split_rule": "dev = publishers whose sha256(name) starts with 0-7, test = the rest",
    }
    for split in splits:
        chosen = [p for p in pages if split_of(p.name) == split]
        section: dict[str, Any] = {
            "split": split, "pages": len(chosen),
            "publishers": len({publisher(p.name) for p in chosen}),
            "tuned_on": "this split (N chosen here)" if split == "dev" else "none (held out)"}
        # test: only the setting chosen on dev, against extraction page by page
        for setting in SETTINGS if split == "dev" else (None, SITE_REPEAT_MIN_PAGES):
            articles = {p.name: copy.deepcopy(single[p.name]) for p in chosen if p.name in single}
            removed = 0
            if setting is not None:
                removed = drop_site_repeats(list(articles.values()),
                                            lambda a: publisher(a.source), setting)
            section[f"min_pages_{setting or 'off'}"] = {**_scores(chosen, articles),
                                                         "paragraphs_removed": removed}
        out[split] = section
    return out


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(main(tuple(sys.argv[1:]) or ("dev",)), indent=2))
