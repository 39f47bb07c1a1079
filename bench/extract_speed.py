"""Extraction CPU time: ``extract_page`` against trafilatura's bare ``extract`` on real pages.

The pages of ``bench.realpages`` (Fundus evaluation pages, then the first htmldate-eval pages;
``--pages``, default 181), read before the clock starts. In one process, warm (one pass of each
first, not timed), then ``--repeats`` passes; within a pass each page goes through Dragoman and
at once through trafilatura, so both see the same load. Two ratios Dragoman / trafilatura of
CPU seconds: the best whole pass of each (as the README's earlier figures), and the sum over
pages of each page's fastest time (``min_per_page``: a page slowed by another job in one pass
counts at its speed in another, so it moves least with the load of a shared machine).
``--dump FILE`` writes what ``extract_page`` gave per page (title, text, authors, dates, site,
page type, extractor, blocks) as JSON, to compare two versions of the code page by page.
``--profile N`` prints cProfile's top N functions of one extraction pass.

    python -m bench.extract_speed [--pages 181] [--repeats 3] [--dump FILE] [--profile 30]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import time
from pathlib import Path
from typing import Any


def _pages(count: int) -> list[Any]:
    from bench.realpages import _read

    return _read(count)


def _record(article: Any) -> dict[str, Any]:
    a = article
    return {
        "title": a.title, "text": a.text, "authors": a.authors, "published": a.published,
        "published_confidence": a.published_confidence, "published_source": a.published_source,
        "modified": a.modified, "site": a.site, "page_type": a.page_type, "url": a.url,
        "language": a.language, "extractor": a.extractor,
        "blocks": [[b.start, b.end, b.kind] for b in a.blocks]}  # fmt: skip


def _dragoman_once(page: Any) -> dict[str, Any]:
    from dragoman.errors import ExtractionError
    from dragoman.extract import extract_page

    try:
        return _record(extract_page(page))
    except ExtractionError as exc:
        return {"error": exc.reason}


def _pass(pages: list[Any]) -> tuple[list[float], list[float], dict[str, Any]]:
    """One pass: per page, Dragoman's then trafilatura's CPU seconds; Dragoman's output."""
    import trafilatura

    ours, theirs, out = [], [], {}
    clock = time.process_time
    for page in pages:
        c0 = clock()
        out[page.source] = _dragoman_once(page)
        c1 = clock()
        trafilatura.extract(page.content)
        c2 = clock()
        ours.append(c1 - c0)
        theirs.append(c2 - c1)
    return ours, theirs, out


def _profile(pages: list[Any], top: int) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for page in pages:
        _dragoman_once(page)
    profiler.disable()
    for order in ("tottime", "cumulative"):
        text = io.StringIO()
        pstats.Stats(profiler, stream=text).sort_stats(order).print_stats(top)
        print(text.getvalue()[text.getvalue().find("   ncalls"):])


def main(argv: list[str] | None = None) -> dict[str, Any] | None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=181)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--dump", help="write extract_page's output per page to this JSON file")
    ap.add_argument("--profile", type=int, default=0, help="cProfile top N of one Dragoman pass")
    args = ap.parse_args(argv)
    pages = _pages(args.pages)
    if not pages:
        print("skipped: no real pages under ../shared/data")
        return None
    load_before = os.getloadavg()[0]
    _, _, dump = _pass(pages)  # warm-up: imports, models, the first dateparser call
    passes = [_pass(pages)[:2] for _ in range(args.repeats)]
    ours = [sum(p[0]) for p in passes]
    theirs = [sum(p[1]) for p in passes]
    ours_min = sum(min(p[0][i] for p in passes) for i in range(len(pages)))
    theirs_min = sum(min(p[1][i] for p in passes) for i in range(len(pages)))
    result = {"pages": len(pages), "repeats": args.repeats,
              "dragoman_cpu_s": [round(s, 3) for s in ours],
              "trafilatura_cpu_s": [round(s, 3) for s in theirs],
              "cpu_ratio_best_pass": round(min(ours) / min(theirs), 3),
              "cpu_ratio_min_per_page": round(ours_min / theirs_min, 3),
              "min_per_page_s": [round(ours_min, 3), round(theirs_min, 3)],
              "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)]}  # fmt: skip
    print(json.dumps(result))
    if args.dump:
        Path(args.dump).write_text(json.dumps(dump, ensure_ascii=False, indent=1, sort_keys=True))
    if args.profile:
        _profile(pages, args.profile)
    return result


if __name__ == "__main__":
    main()
