"""Extraction quality against ground truth: body-text overlap, date accuracy, throughput.

Body text is scored the way the public article-extraction benchmarks do it:
lower-cased word tokens, shingles of SHINGLE_SIZE consecutive tokens, multiset
overlap between extracted and gold shingles, precision/recall/F1 per page, then
averaged over pages. Fundus ground truth marks optional paragraphs (summaries,
standfirsts) with square brackets: extracting them is not penalised (precision
counts them as gold) and missing them is not penalised (recall ignores them).

The folder layout is the Fundus evaluation's: ``ground_truth.json`` (file name →
``{"url", "crawl_date", "body": [paragraph, ...]}``) next to ``html/`` holding the
pages (``.html`` or ``.html.gz``).
"""

from __future__ import annotations

import contextlib
import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dragoman.errors import DragomanError, InputError
from dragoman.model import RawPage
from eval import url_dates

# Shingle length of the scrapinghub/zyte article-extraction-benchmark.
SHINGLE_SIZE = 4
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)



@dataclass(slots=True)
class GoldPage:
    name: str
    html: str
    paragraphs: list[str]  # all gold paragraphs, brackets removed
    required: list[str]  # without the optional (bracketed) ones
    url: str | None = None
    day: str | None = None  # publication day stated by the URL, when it states one


@dataclass(slots=True)
class SystemScore:
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    date_accuracy: float | None = None
    dated_pages: int = 0
    pages_per_second: float = 0.0
    seconds: float = 0.0
    failures: int = 0
    worst: list[tuple[str, float]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "date_exact_day_accuracy": None if self.date_accuracy is None
            else round(self.date_accuracy, 4),
            "dated_pages": self.dated_pages, "pages_per_second": round(self.pages_per_second, 2),
            "cpu_seconds": round(self.seconds, 2), "failures": self.failures,
            "worst_f1": [[n, round(f, 3)] for n, f in self.worst],
        }


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    tokens = [t.casefold() for t in _TOKEN.findall(text)]
    if len(tokens) < size:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def body_scores(extracted: str, gold: GoldPage) -> tuple[float, float, float]:
    """Precision, recall and F1 of the extracted body's shingles against the gold body."""
    got = shingles(extracted)
    every = shingles(" ".join(gold.paragraphs))
    needed = shingles(" ".join(gold.required))
    n_got, n_needed = sum(got.values()), sum(needed.values())
    precision = sum((got & every).values()) / n_got if n_got else 0.0
    recall = sum((got & needed).values()) / n_needed if n_needed else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def url_day(url: str | None) -> str | None:
    """The publication day a URL states (/2024/05/25/, /2024/may/25/, ...-2024-05-25/): the
    date gold, read by ``eval/url_dates.py``, not by Dragoman's own URL rule."""
    return url_dates.url_day(url)


def load_gold(folder: str | Path) -> list[GoldPage]:
    """Pages and ground truth from a Fundus-style folder (or its parent with ``dataset/``)."""
    root = Path(folder)
    if not (root / "ground_truth.json").exists() and (root / "dataset" / "ground_truth.json").exists():
        root = root / "dataset"
    truth_path = root / "ground_truth.json"
    if not truth_path.exists():
        raise InputError(str(folder), "no ground_truth.json here (nor in dataset/)")
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    pages: list[GoldPage] = []
    for name, entry in sorted(truth.items()):
        path = root / "html" / name
        if not path.exists():
            raise InputError(str(path), "page named in ground_truth.json is missing")
        data = path.read_bytes()
        html = (gzip.decompress(data) if name.endswith(".gz") else data).decode("utf-8", "replace")
        body = [str(p) for p in entry.get("body", [])]
        optional = [p.startswith("[") and p.endswith("]") for p in body]
        paragraphs = [p[1:-1] if opt else p for p, opt in zip(body, optional, strict=True)]
        required = [p for p, opt in zip(paragraphs, optional, strict=True) if not opt]
        url = entry.get("url")
        pages.append(GoldPage(name, html, paragraphs, required, url, url_day(url)))
    return pages


Extractor = Callable[[str], tuple[str, str | None]]  # html -> (body text, published ISO or None)


@dataclass(slots=True)
class Run:
    outputs: list[tuple[str, str | None]] = field(default_factory=list)
    cpu_seconds: float = 0.0
    failures: int = 0


def run_interleaved(pages: list[GoldPage], systems: dict[str, Extractor],
                    on_page: Callable[[], None] | None = None) -> dict[str, Run]:
    """Every system on every page, page by page, in alternating order.

    Timing is process CPU time per call, so the systems are compared on the same
    pages under the same load even on a busy machine.
    """
    runs = {name: Run() for name in systems}
    names = list(systems)
    for i, page in enumerate(pages):
        for name in names if i % 2 == 0 else names[::-1]:
            run = runs[name]
            t0 = time.process_time()
            try:
                out = systems[name](page.html)
            except DragomanError:
                out = ("", None)
                run.failures += 1
            run.cpu_seconds += time.process_time() - t0
            run.outputs.append(out)
        if on_page is not None:
            on_page()  # outside the timed calls
    return runs


def score_run(pages: list[GoldPage], run: Run, worst: int = 5) -> SystemScore:
    result = SystemScore(failures=run.failures, seconds=run.cpu_seconds)
    per_page: list[tuple[str, float]] = []
    right = dated = 0
    for page, (text, published) in zip(pages, run.outputs, strict=True):
        p, r, f = body_scores(text, page)
        result.precision += p
        result.recall += r
        result.f1 += f
        per_page.append((page.name, f))
        if page.day:
            dated += 1
            right += bool(published and published[:10] == page.day)
    n = max(1, len(pages))
    result.precision, result.recall, result.f1 = result.precision / n, result.recall / n, result.f1 / n
    result.date_accuracy = right / dated if dated else None
    result.dated_pages = dated
    result.pages_per_second = len(pages) / run.cpu_seconds if run.cpu_seconds else 0.0
    result.worst = sorted(per_page, key=lambda x: x[1])[:worst]
    return result


def dragoman_extractor(html: str) -> tuple[str, str | None]:
    from dragoman.extract import extract_page

    article = extract_page(RawPage("<eval>", html, "html"))
    return article.text, article.published


def trafilatura_extractor(html: str) -> tuple[str, str | None]:
    """trafilatura's bare ``extract`` (default settings) for the body; no date."""
    import trafilatura

    return trafilatura.extract(html) or "", None


def trafilatura_date(html: str) -> tuple[str, str | None]:
    """trafilatura's metadata date (htmldate inside), for the date comparison."""
    import trafilatura

    meta = trafilatura.extract_metadata(html)
    return "", meta.date if meta is not None else None


def evaluate_folder(folder: str | Path,
                    on_start: Callable[[int], Callable[[], None]] | None = None) -> dict[str, Any]:
    """Dragoman against trafilatura on one folder; timings taken in the same run.
    ``on_start(pages)`` may return a function called after each page (progress)."""
    pages = load_gold(folder)
    on_page = on_start(len(pages)) if on_start is not None else None
    for warm in (dragoman_extractor, trafilatura_extractor):
        with contextlib.suppress(DragomanError):
            warm(pages[0].html)  # imports and caches outside the timed loop
    runs = run_interleaved(pages, {"dragoman": dragoman_extractor,
                                   "trafilatura": trafilatura_extractor}, on_page)
    ours, traf = score_run(pages, runs["dragoman"]), score_run(pages, runs["trafilatura"])
    dated = [p for p in pages if p.day]
    traf_date = score_run(dated, run_interleaved(dated, {"t": trafilatura_date})["t"])
    return {
        "pages": len(pages),
        "dragoman": ours.as_dict(),
        "trafilatura": traf.as_dict() | {
            "date_exact_day_accuracy": traf_date.as_dict()["date_exact_day_accuracy"],
            "dated_pages": traf_date.dated_pages,
        },
        "cpu_time_ratio_dragoman_over_trafilatura": round(
            ours.seconds / traf.seconds, 3) if traf.seconds else None,
        "date_gold": "publication day stated in the page URL (pages whose URL carries one)",
        "timing": "process CPU seconds, systems interleaved page by page",
    }


def _table(figures: dict[str, Any]) -> str:
    lines = [f"{figures['pages']} pages; date gold: {figures['date_gold']}",
             f"{'system':<12} {'P':>6} {'R':>6} {'F1':>6} {'date':>6} {'pages/cpu-s':>11}"]
    for name in ("dragoman", "trafilatura"):
        s = figures[name]
        day = s["date_exact_day_accuracy"]
        lines.append(f"{name:<12} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} "
                     f"{'-' if day is None else f'{day:.3f}':>6} {s['pages_per_second']:>11.1f}")
    lines.append(f"CPU time Dragoman / trafilatura: {figures['cpu_time_ratio_dragoman_over_trafilatura']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """``python -m eval.extraction_scoring FOLDER [--json] [--quiet]`` from a checkout: body
    P/R/F1, date accuracy and speed of Dragoman and trafilatura on a Fundus-style folder."""
    import argparse
    import sys

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("folder", help="ground_truth.json and html/ (or a dataset/ folder that has them)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress line on stderr")
    args = parser.parse_args(argv)
    bars: list[Any] = []

    def start(pages: int) -> Callable[[], None]:
        from dragoman.cli.progress import Progress  # the CLI's progress line on stderr

        bars.append(Progress("eval: pages", total=pages))
        return bars[-1].advance

    try:
        figures = evaluate_folder(args.folder, on_start=None if args.quiet else start)
    except DragomanError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        for bar in bars:
            bar.close()
    print(json.dumps(figures, indent=2, ensure_ascii=False) if args.json else _table(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
