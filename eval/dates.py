"""Publication dates against htmldate on the htmldate evaluation set (800 pages, many languages).

Gold: ``../shared/data/dates/htmldate-eval/gold.json`` (URL → ``{"file", "date"}``),
annotated by people, not derived from the URL or from Dragoman. htmldate was tuned
on this set; Dragoman's date rules were tuned on the *dev* part only.

Split (fixed, written down): a page belongs to *test* when the first hex digit of
sha256(host of its URL, "www." removed) is 0–4 (5/16 of sites), else to *dev*. Whole
sites fall on one side, so nothing learnt from a site's template leaks into test.

Dragoman is run through the user's path: each split's pages are ingested with
``Archive.ingest`` (``eval/ingested.py``) and the stored articles' dates are scored.
htmldate runs in the same process on the same pages:
its default settings and ``original_date=True`` (the publication date, which is what
Dragoman reports). Run: ``python -m eval.run dates`` or ``python -m eval.dates [dev|test]``.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "dates" / "htmldate-eval"
TEST_DIGITS = "01234"
# Dates before this year are implausible for a web page (placeholders, epoch zero).
PLAUSIBLE_FROM = date(1990, 1, 1)
# Confidence at and above which a date is counted as "confident" for the calibration check.
CONFIDENT = 0.9


@dataclass(slots=True)
class DatePage:
    url: str
    file: str
    gold: str  # YYYY-MM-DD

    @property
    def split(self) -> str:
        host = urlsplit(self.url).netloc.lower().removeprefix("www.")
        return "test" if hashlib.sha256(host.encode()).hexdigest()[0] in TEST_DIGITS else "dev"

    def html(self) -> str:
        from eval.ingested import read_html

        return read_html(DATA / "pages" / self.file)


@dataclass(slots=True)
class Tally:
    pages: int = 0
    right: int = 0
    answered: int = 0
    implausible: int = 0
    confident: int = 0
    confident_right: int = 0
    errors: list[tuple[str, str, str | None]] = field(default_factory=list)

    def add(self, page: DatePage, found: str | None, confidence: float | None) -> None:
        self.pages += 1
        day = found[:10] if found else None
        ok = day == page.gold
        self.right += ok
        self.answered += day is not None
        if day and (day < PLAUSIBLE_FROM.isoformat() or day > date.today().isoformat()):
            self.implausible += 1
        if confidence is not None and day and confidence >= CONFIDENT:
            self.confident += 1
            self.confident_right += ok
        if not ok:
            self.errors.append((page.file, page.gold, found))

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "pages": self.pages,
            "exact_day_accuracy": round(self.right / self.pages, 4) if self.pages else None,
            "answered": self.answered,
            "implausible_dates": self.implausible,
        }
        if self.confident:
            out["confident_pages"] = self.confident
            out["confident_precision"] = round(self.confident_right / self.confident, 4)
        return out


def load_pages() -> list[DatePage]:
    gold = json.loads((DATA / "gold.json").read_text(encoding="utf-8"))
    return [DatePage(url, entry["file"], entry["date"]) for url, entry in sorted(gold.items())]


def dragoman_dates(pages: list[DatePage], htmls: dict[str, str]
                   ) -> dict[str, tuple[str | None, float | None]]:
    """Each page's stored date and confidence after ``Archive.ingest`` (None, 0.0 for a page
    that failed)."""
    from dragoman.model import RawPage
    from eval.ingested import ingest_pages

    stored, _ = ingest_pages(RawPage(p.file, htmls[p.file], "html", url=p.url) for p in pages)
    return {p.file: (stored[p.file].published, stored[p.file].published_confidence)
            if p.file in stored else (None, 0.0) for p in pages}


def _htmldate(original: bool) -> Callable[[DatePage, str], tuple[str | None, float | None]]:
    def run(page: DatePage, html: str) -> tuple[str | None, float | None]:
        from htmldate import find_date

        try:
            found = find_date(html, url=page.url, original_date=original)
        except (ValueError, TypeError):
            found = None
        return (str(found) if found else None), None

    return run


SYSTEMS = {
    "htmldate_default": _htmldate(False),
    "htmldate_original_date": _htmldate(True),
}


def evaluate(split: str) -> tuple[dict[str, Tally], list[DatePage]]:
    pages = [p for p in load_pages() if split == "all" or p.split == split]
    htmls = {page.file: page.html() for page in pages}
    ours = dragoman_dates(pages, htmls)
    tallies = {name: Tally() for name in ("dragoman", *SYSTEMS)}
    for page in pages:
        tallies["dragoman"].add(page, *ours[page.file])
        for name, system in SYSTEMS.items():
            found, confidence = system(page, htmls[page.file])
            tallies[name].add(page, found, confidence)
    return tallies, pages


def main() -> dict[str, Any]:
    if not DATA.exists():
        return {"skipped": f"{DATA} is absent"}
    out: dict[str, Any] = {
        "split": "dev and test, one section each (by site, see split_rule)",
        "gold": "htmldate-eval gold.json (human-annotated publication day), not the URL",
        "split_rule": f"test = sha256(host without www.)[0] in '{TEST_DIGITS}', dev = the rest",
        "tuned_on": "dev (Dragoman's date rules); htmldate was tuned on all 800 pages",
    }
    for split in ("dev", "test"):
        tallies, _ = evaluate(split)
        out[split] = {name: t.as_dict() | {"split": split} for name, t in tallies.items()}
    return out


if __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 else "dev"
    result, _ = evaluate(which)
    for sys_name, tally in result.items():
        print(sys_name, json.dumps(tally.as_dict()))
    if which == "dev":  # errors are printed for the dev part only: test is never looked at
        for file, gold_day, found in result["dragoman"].errors:
            print("ERR", file, gold_day, found)
