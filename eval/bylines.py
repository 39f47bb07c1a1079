"""Bylines against hand annotations: eval/data/bylines.json (dev, 72 pages of htmldate-eval and
Fundus) and eval/data/bylines_test.json (test, 32 other pages of the same two sets).

Each page goes through the user's path (``Archive.ingest`` of ``RawPage(..., url=URL)``, the
stored article read back: ``eval/ingested.py``) and its ``authors`` are compared with the
names a person read on the page (case and spacing ignored). Precision: share of the names
Dragoman gives that the page presents as its authors; recall: share of the annotated names
it gives. The byline rules were written while looking at the author fields of every page of
both sets, so the bylines.json figures are dev figures. The test pages were annotated after
the rules were frozen and before Dragoman was run on them (its result under ``test``); the
rules' author had read the author fields of all pages of both sets, these included, while
writing the rules, so the test split is held out from annotation and tuning, not unseen.
Run: ``python -m eval.run bylines``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
ANNOTATIONS = Path(__file__).resolve().parent / "data" / "bylines.json"
TEST_ANNOTATIONS = Path(__file__).resolve().parent / "data" / "bylines_test.json"
FOLDERS = {
    "htmldate-eval": (SHARED / "dates" / "htmldate-eval" / "pages",
                      SHARED / "dates" / "htmldate-eval" / "gold.json"),
    "fundus-eval": (SHARED / "extraction" / "fundus-eval" / "dataset" / "html",
                    SHARED / "extraction" / "fundus-eval" / "dataset" / "ground_truth.json"),
}


def _urls(dataset: str) -> dict[str, str]:
    data = json.loads(FOLDERS[dataset][1].read_text(encoding="utf-8"))
    if dataset == "htmldate-eval":
        return {entry["file"]: url for url, entry in data.items()}
    return {name: entry.get("url") for name, entry in data.items()}


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def _score(annotations: Path) -> dict[str, Any]:
    """Precision and recall of the stored articles' authors against one annotation file."""
    from dragoman.model import RawPage
    from eval.ingested import ingest_pages, read_html

    pages = json.loads(annotations.read_text(encoding="utf-8"))["pages"]
    urls = {name: _urls(name) for name in FOLDERS}
    raw = []
    for page in pages:
        html = read_html(FOLDERS[page["dataset"]][0] / page["file"])
        raw.append(RawPage(f"{page['dataset']}/{page['file']}", html, "html",
                           url=urls[page["dataset"]].get(page["file"])))
    stored, _ = ingest_pages(raw)  # the user's path: Archive.ingest, articles read back
    given = right = wanted = 0
    wrong: list[list[Any]] = []
    missed: list[list[Any]] = []
    for page in pages:
        article = stored.get(f"{page['dataset']}/{page['file']}")
        authors = article.authors if article is not None else []
        gold = {_key(a) for a in page["authors"]}
        given += len(authors)
        wanted += len(gold)
        hits = [a for a in authors if _key(a) in gold]
        right += len(hits)
        if len(hits) != len(authors):
            wrong.append([page["file"], authors, page["authors"]])
        elif len(hits) != len(gold):
            missed.append([page["file"], authors, page["authors"]])
    return {
        "pages": len(pages),
        "names_given": given,
        "names_annotated": wanted,
        "precision": round(right / given, 4) if given else None,
        "recall": round(right / wanted, 4) if wanted else None,
        "wrong_names": wrong,
        "missed_names": missed,
    }


def main() -> dict[str, Any]:
    if not all(folder.exists() for folder, _ in FOLDERS.values()):
        return {"skipped": f"{SHARED} is absent"}
    figures = _score(ANNOTATIONS)
    figures["split"] = "dev: eval/data/bylines.json (annotated while the rules were written)"
    figures["tuned_on"] = ("author fields of all 880 htmldate-eval + Fundus pages were read while "
                           "writing the rules")
    test = _score(TEST_ANNOTATIONS)
    test["split"] = ("test: eval/data/bylines_test.json (32 pages not in bylines.json, annotated "
                     "after the rules were frozen, before Dragoman ran on them)")
    test["tuned_on"] = ("nothing on these annotations (rules frozen before); the rules' author had "
                        "read the author fields of all 880 pages, these included")
    figures["test"] = test
    return figures


if __name__ == "__main__":
    print(json.dumps(main(), indent=1, ensure_ascii=False))
