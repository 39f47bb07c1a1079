"""Site boilerplate through the user's path: the 80 Fundus pages ingested together with
``Archive.ingest`` (``eval/ingested.py``), body scores with the site-repeats stage
(``pipeline/site_repeats.py``) on and off. Nothing is tuned here: the rule's constants were
chosen on the dev publishers by eval/extraction_site.py; the sections keep its publisher split.
Run: ``python -m eval.extraction_site_ingest``.
"""

from __future__ import annotations

from typing import Any
from unittest import mock

from eval.extraction_site import FUNDUS, _scores, split_of


def _ingested(pages: list[Any], on: bool) -> dict[str, Any]:
    from dragoman.model import RawPage
    from eval.ingested import ingest_pages

    raw = [RawPage(p.name, p.html, "html", url=p.url) for p in pages]
    if on:
        return ingest_pages(raw)[0]
    with mock.patch("dragoman.archive.with_site_repeats", lambda stages, changed=None: stages):
        return ingest_pages(raw)[0]


def main() -> dict[str, Any]:
    if not FUNDUS.exists():
        return {"skipped": f"{FUNDUS} is absent"}
    from eval.extraction_scoring import load_gold

    pages = load_gold(FUNDUS)
    runs = {on: _ingested(pages, on) for on in (False, True)}
    out: dict[str, Any] = {"split": "dev and test publishers of the Fundus set, one section each",
                           "tuned_on": "nothing here (constants chosen on dev by extraction_site)"}
    for split in ("dev", "test"):
        chosen = [p for p in pages if split_of(p.name) == split]
        out[split] = {f"site_repeats_{'on' if on else 'off'}": _scores(chosen, stored)
                      for on, stored in runs.items()} | {"pages": len(chosen)}
    return out


if __name__ == "__main__":
    import json

    print(json.dumps(main(), indent=2))
