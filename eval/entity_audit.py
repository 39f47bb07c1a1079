"""Entity precision audit on hand-annotated real pages (issue 14, "Entities an analyst can trust").

    .venv/bin/python -m eval.run entity_audit        # both splits; dev errors listed, test counted
    .venv/bin/python -m eval.entity_audit dev        # one split, printed (dev: with its error list)

Gold: ``eval/data/entity_audit/<lang>.json``, a list of pages of ``../shared/data``
(``{"page", "lang", "split", "referents": [{"name", "type", "forms"}]}``), annotated by hand
from the article text Dragoman stores, before its entities for that page were looked at. Every
named PER/ORG/LOC referent of the body is listed once per page with each surface form it takes
there (full name, surname, title + name, acronym). Conventions: countries, cities, regions,
streets and facilities (malls, camps, arenas) are LOC, a government named by its capital
("Moscow said") is the city (LOC); companies, parties (also "Republicans", "Democrat"), agencies,
teams, bands, media and platforms (X, TikTok) are ORG; demonyms, products, works, events and
awards are not referents. A name inside a longer ORG/LOC name is not a mention of its own
("Canada" in "Bank of Canada"); a name inside the title of a work or a product is ("Seth Meyers"
in "Late Night With Seth Meyers", "Volvo" in "Volvo EX30"). A camp or crossing named after a town
is that town (Jabalia, Rafah). A surname two people of a page share is a form of neither.

Split (fixed, chosen before any figure): a page is **test** when the first hex digit of
sha256(basename of its file) is in 0-7, else **dev**. Each split's pages (all languages) are
ingested through ``Archive.ingest`` into their own fresh archive, and each stored article's
entities are read back from ``Archive.article`` (the record the API and the web page show).

Scoring (``eval/entity_audit_scoring.py``, plain string matching, none of Dragoman's code): an
entity's surfaces in an article are its PER/ORG/LOC-labelled mentions (a nationality word linked
to its country is labelled MISC and left out), normalised (NFKC, casefold, possessive 's and
dots dropped, other punctuation to spaces, a leading "the" dropped). In an article the entity is
*junk* (no surface is a gold form), *span* (some surfaces are forms of one referent, others of
none), *merged* (forms of two referents), *wrong type* (one referent, other type) or right; it is
right in the archive when it is right in each of its articles and its referent has the same
canonical name in all of them (else *merged*). Figures: precision over the top 50 entities
(most articles, then most mentions) and over all; split rate (gold referents of an article
reached by two or more entity ids ÷ referents reached); recall (referents reached by a right
entity ÷ referents); entities shown without an id; per language. Limits: surfaces, not offsets,
are matched (a right name linked to the wrong knowledge-base entity of that name is caught only
when the same id also carries another referent).
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from eval.entity_audit_scoring import (
    SCORED,
    ArticleEntity,
    GoldPage,
    errors_by_class,
    load_gold,
    score,
)

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "eval" / "data" / "entity_audit"
SHARED = ROOT.parent / "shared" / "data"
SPLITS = ("dev", "test")
TUNED_ON = ("dev pages of eval/data/entity_audit (entity rules were fixed reading dev output "
            "only); test pages held out")


def split_of(page: str) -> str:
    """The fixed split of a page path: test when sha256(basename)[0] is 0-7, else dev."""
    name = page.rsplit("/", 1)[-1]
    return "test" if hashlib.sha256(name.encode()).hexdigest()[0] in "01234567" else "dev"


def _urls() -> dict[str, str]:
    """Page path (relative to ../shared/data) -> its URL, from the data sets' own indexes."""
    urls: dict[str, str] = {}
    htmldate = SHARED / "dates" / "htmldate-eval"
    for url, entry in json.loads((htmldate / "gold.json").read_text(encoding="utf-8")).items():
        urls.setdefault(f"dates/htmldate-eval/pages/{entry['file']}", url)
    fundus = SHARED / "extraction" / "fundus-eval" / "dataset"
    for name, entry in json.loads((fundus / "ground_truth.json").read_text(encoding="utf-8")).items():
        if entry.get("url"):
            urls[f"extraction/fundus-eval/dataset/html/{name}"] = entry["url"]
    return urls


def system_entities(pages: list[GoldPage]) -> tuple[dict[str, list[ArticleEntity]], dict[str, int]]:
    """Ingest ``pages`` into a fresh archive; per page, its entities as the article record
    shows them, and counts of what is shown without an id."""
    from dragoman.archive import Archive
    from dragoman.model import RawPage
    from eval.backend import eval_settings
    from eval.ingested import read_html

    urls = _urls()
    raw = [RawPage(p.page, read_html(SHARED / p.page), "html", url=urls.get(p.page)) for p in pages]
    out: dict[str, list[ArticleEntity]] = {p.page: [] for p in pages}
    counts = {"entities_without_id": 0, "unlinked_mentions": 0, "pages_not_stored": 0}
    with tempfile.TemporaryDirectory() as tmp, \
            Archive(str(Path(tmp) / "audit.db"), settings=eval_settings(stories=False)) as archive:
        archive.ingest(raw)
        stored = {a.source: a for a in archive.articles()}
        for page in pages:
            article = stored.get(page.page)
            if article is None:
                counts["pages_not_stored"] += 1
                continue
            counts["unlinked_mentions"] += sum(m.entity_id is None and m.label in SCORED
                                               for m in article.mentions)
            for entity in archive.article(article.id)["entities"]:
                if not entity.get("id"):
                    counts["entities_without_id"] += 1
                    continue
                surfaces = [m["text"] for m in entity["mentions"]
                            if _label(article.mentions, m) in SCORED]
                out[page.page].append(ArticleEntity(entity["id"], entity["name"], entity["type"],
                                                    tuple(surfaces)))
    return out, counts


def _label(mentions: list[Any], row: dict[str, Any]) -> str:
    """The NER label of the stored mention at a record row's offsets."""
    for m in mentions:
        if m.start == row["start"] and m.end == row["end"]:
            return str(m.label)
    return ""


def run_split(split: str, gold: list[GoldPage], show_errors: bool) -> dict[str, Any]:
    pages = [p for p in gold if p.split == split]
    found, counts = system_entities(pages)
    figures = score(pages, found)
    errors = figures.pop("errors")
    figures["errors_by_class"] = errors_by_class(errors)
    figures.update(counts)
    figures["split"] = split
    figures["pages"] = len(pages)
    figures["pages_by_language"] = {lang: sum(p.lang == lang for p in pages)
                                    for lang in sorted({p.lang for p in pages})}
    if show_errors:
        figures["errors"] = errors
    return figures


def main(splits: tuple[str, ...] = SPLITS) -> dict[str, Any]:
    if not SHARED.exists():
        return {"skipped": f"{SHARED} is absent"}
    gold = load_gold(GOLD)
    wrong = [p.page for p in gold if p.split != split_of(p.page)]
    if wrong:
        raise ValueError(f"pages whose split is not the fixed rule's: {wrong}")
    result: dict[str, Any] = {
        "split": "dev and test halves of the audited pages: test when sha256(basename)[0] "
                 "is 0-7; one fresh archive per half",
        "tuned_on": TUNED_ON,
        "targets": {"top50_precision": 0.95, "split_rate": 0.0, "entities_without_id": 0},
    }
    for split in splits:
        # test: counts by class only (its errors are not shown to whoever tunes on dev)
        result[split] = run_split(split, gold, show_errors=split == "dev")
    return result


def errors_markdown(errors: list[dict[str, Any]]) -> str:
    """The dev error list as a Markdown table, one row per entity and article (or split)."""
    rows = ["| page | class (in article) | entity | type | surfaces | gold referents |",
            "|---|---|---|---|---|---|"]
    for e in sorted(errors, key=lambda e: (e["class"], e["page"])):
        page = e["page"].rsplit("/", 1)[-1]
        if e["class"] in ("split", "missed"):
            rows.append(f"| {page} | {e['class']} | {'; '.join(e['entities'])} | "
                        f"{e['gold_type']} | | {e['gold'][0]} |")
            continue
        rows.append(f"| {page} | {e['class']} ({e['in_article']}) | {e['entity']} {e['name']} | "
                    f"{e['type']} | {', '.join(e['surfaces'])} | {', '.join(e['gold']) or '-'} |")
    return "\n".join(rows) + "\n"


def _print(argv: list[str]) -> int:
    """``python -m eval.entity_audit [dev|test] [--md PATH]``: figures as JSON; ``--md`` also
    writes the dev error list as Markdown."""
    unknown = [a for i, a in enumerate(argv) if a not in SPLITS and a != "--md"
               and not (i and argv[i - 1] == "--md")]
    if unknown:  # "--help" too
        print(_print.__doc__)
        return 2
    splits = tuple(a for a in argv if a in SPLITS) or ("dev",)
    result = main(splits)
    if "--md" in argv and "dev" in result:
        Path(argv[argv.index("--md") + 1]).write_text(errors_markdown(result["dev"]["errors"]))
    print(json.dumps(result, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(_print(sys.argv[1:]))
