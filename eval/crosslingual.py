"""Cross-lingual entity identity on NTREX news (English ↔ Arabic), through the archive.

    .venv/bin/python -m eval.run crosslingual

Each document of ``../shared/data/parallel/ntrex-en-ar/docs.tsv`` (news and its
professional Arabic translation) is fed to ``Archive.ingest`` the way a user feeds
pages: a ``RawPage`` with a url and the text only (as a JSONL line would give it), both
languages in file order (each English original, then its translation). The PER/ORG/LOC
entity ids of every article are read back from the archive (``Archive.article``, the
page record the API serves), and each pair's two sets are compared by Jaccard overlap;
pairs where neither side has an entity are left out.

Split (fixed rule, chosen before any figure was looked at; the same as
``eval/stories_ingest.py``): a document is **dev** when ``int(sha1(doc_id)[:8], 16)``
is even, else **test**. Each half goes into its own fresh archive. Linking rules were
read off dev pairs only (``unmatched`` lists their names); test is scored once.

Figures per half: ``jaccard_archive`` (both languages in one archive: names learned
from the English article are known when the Arabic one arrives) and
``jaccard_separate`` (one archive per language: only the knowledge base and spelling
rules connect the two). ``*_without_crossscript``: the same with the context-confirmed
cross-script keys of learned entities (``entities/crossscript.py``) and the spotting of
their names in context (``entities/contextspot.py``) switched off, in the
same run: the figure before that step. Speed: sentences per CPU second of the entities stage (NER +
linking, language and sentences given) in one process on every document, i.e. per
core; with the load average, since the machine is shared; with and without the
cross-script step, as a ratio within one run.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from copy import deepcopy
from dataclasses import replace
from pathlib import Path
from typing import Any

from dragoman.archive import Archive
from dragoman.entities import linking
from dragoman.entities.memory import Memory
from dragoman.entities.resolve import NameResolver
from dragoman.entities.stage import entities_stage
from dragoman.language.segment import split_sentences
from dragoman.model import Article, RawPage
from dragoman.settings import Settings, load_settings
from eval.stories_ingest import DATA as DOCS
from eval.stories_ingest import load, split_of

SCORED = {"PER", "ORG", "LOC"}
HALVES = ("dev", "test")


@contextmanager
def without_crossscript() -> Iterator[None]:
    """The linker as it was before context-confirmed cross-script keys and spotting (an
    ablation: ``NameResolver.cross_script`` and ``linking.spot_in_context`` do nothing)."""
    saved = NameResolver.cross_script, linking.spot_in_context
    NameResolver.cross_script = lambda self, name, mentions: None  # type: ignore[method-assign]
    linking.spot_in_context = lambda memory, doc: None
    try:
        yield
    finally:
        NameResolver.cross_script, linking.spot_in_context = saved  # type: ignore[method-assign]


def _jaccard(a: set[str], b: set[str]) -> float | None:
    return len(a & b) / len(a | b) if a | b else None


def linked(archive: Archive) -> dict[str, dict[str, str]]:
    """url -> {entity id: name} of the PER/ORG/LOC entities of each stored article."""
    out: dict[str, dict[str, str]] = {}
    for article in archive.articles():
        record = archive.article(article.id)
        out[record["url"]] = {e["id"]: e["name"] for e in record["entities"] if e["type"] in SCORED}
    return out


def ingest(rows: list[dict[str, str]], db: Path, settings: Settings) -> dict[str, dict[str, str]]:
    """A fresh archive at ``db`` holding ``rows`` as url + text pages; its linked entities."""
    with Archive(str(db), settings=settings) as archive:
        report = archive.ingest([RawPage(source=r["url"], content=r["text"], kind="text",
                                         url=r["url"]) for r in rows])
        if report.failures:
            raise RuntimeError(f"{db.name}: {report.failures[0].source}: {report.failures[0].reason}")
        return linked(archive)


def pairs(rows: list[dict[str, str]], found: dict[str, dict[str, str]]
          ) -> dict[str, tuple[dict[str, str], dict[str, str]]]:
    """doc id -> (English entities, Arabic entities)."""
    by_doc: dict[str, dict[str, dict[str, str]]] = {}
    for r in rows:
        by_doc.setdefault(r["doc"], {})[r["lang"]] = found.get(r["url"], {})
    return {d: (v["en"], v["ar"]) for d, v in by_doc.items() if "en" in v and "ar" in v}


def mean_jaccard(paired: dict[str, tuple[dict[str, str], dict[str, str]]]) -> tuple[float | None, int]:
    scores = [s for en, ar in paired.values() if (s := _jaccard(set(en), set(ar))) is not None]
    return (round(statistics.mean(scores), 3) if scores else None), len(scores)


def unmatched(paired: dict[str, tuple[dict[str, str], dict[str, str]]]) -> dict[str, list[list[str]]]:
    """Per document, the names each side linked that the other side did not (dev only)."""
    out = {}
    for doc, (en, ar) in paired.items():
        only_en = sorted(n for i, n in en.items() if i not in ar)
        only_ar = sorted(n for i, n in ar.items() if i not in en)
        if only_en or only_ar:
            out[doc] = [only_en, only_ar]
    return out


def half(rows: list[dict[str, str]], folder: Path, settings: Settings) -> dict[str, Any]:
    together = pairs(rows, ingest(rows, folder / "archive.db", settings))
    apart: dict[str, dict[str, str]] = {}
    for lang in ("en", "ar"):
        apart.update(ingest([r for r in rows if r["lang"] == lang], folder / f"{lang}.db", settings))
    with without_crossscript():
        before = pairs(rows, ingest(rows, folder / "before.db", settings))
    score, scored = mean_jaccard(together)
    alone, _ = mean_jaccard(pairs(rows, apart))
    return {"documents": len(together), "pairs_with_entities": scored,
            "jaccard_archive": score, "jaccard_separate": alone,
            "jaccard_archive_without_crossscript": mean_jaccard(before)[0], "_pairs": together}


def _article(doc_id: str, lang: str, text: str) -> Article:
    return Article(id=f"{doc_id}:{lang}", source=doc_id, text=text, language=lang,
                   language_score=1.0, sentences=split_sentences(text, lang))


def stage_speed(rows: list[dict[str, str]], settings: Settings) -> dict[str, Any]:
    """Sentences per CPU second (and wall second) of one entities stage over ``rows``."""
    options = settings.entity_options()
    articles = [_article(r["doc"], r["lang"], r["text"]) for r in rows]
    for warm in (_article("w", "en", "NATO met."), _article("w", "ar", "اجتمع الناتو.")):
        list(entities_stage(**options)([warm]))  # loads the KB and the models

    def timed() -> tuple[float, float]:
        stage = entities_stage(memory=Memory(), **options)
        copies = [deepcopy(a) for a in articles]
        cpu, wall = time.process_time(), time.perf_counter()
        for article in copies:
            list(stage([article]))
        return time.process_time() - cpu, time.perf_counter() - wall

    with without_crossscript():
        timed()  # warms the caches (skeletons, word vectors) for both timings
        cpu_before, _ = timed()
    cpu, wall = timed()
    sentences = sum(len(a.sentences) for a in articles)
    return {"sentences": sentences,
            "entities_sentences_per_cpu_second": round(sentences / cpu, 1),
            "entities_sentences_per_wall_second": round(sentences / wall, 1),
            "without_crossscript_sentences_per_cpu_second": round(sentences / cpu_before, 1),
            "load_average": round(os.getloadavg()[0], 2)}


def main(settings: Settings | None = None, halves: tuple[str, ...] = HALVES,
         show_unmatched: bool = False) -> dict[str, Any]:
    """``settings``: default from the environment (this script is a boundary), stories off."""
    if not DOCS.exists():
        return {"skipped": f"{DOCS} is absent"}
    base = settings or load_settings(environ=os.environ)
    settings = replace(base, stories=False)
    rows = load()
    result: dict[str, Any] = {
        "split": "dev/test halves of NTREX-128 en-ar: dev when int(sha1(doc_id)[:8], 16) is even",
        "tuned_on": "dev (cross-script rules were read off dev pairs); test held out",
        "load_average_at_start": round(os.getloadavg()[0], 2),
    }
    with tempfile.TemporaryDirectory() as tmp:
        for name in halves:
            folder = Path(tmp) / name
            folder.mkdir()
            figures = half([r for r in rows if split_of(r["doc"]) == name], folder, settings)
            paired = figures.pop("_pairs")
            if show_unmatched and name == "dev":
                figures["unmatched"] = unmatched(paired)
            result[name] = figures
    result["speed_all_documents"] = stage_speed(rows, settings)
    return result


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(main(halves=("dev",), show_unmatched="--unmatched" in sys.argv),
                     indent=1, ensure_ascii=False))
