"""Ingest benchmark: articles/second per stage and peak memory, with trafilatura's bare
``extract`` on the same HTML measured in the same run (each part in its own process so
peak RSS is its own).

    python -m bench.ingest [--articles 1000] [--out bench/results/ingest.json]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SUBJECTS = ["The port authority", "The finance ministry", "The city council", "The health agency",
            "The central bank", "The foreign ministry", "The electoral commission"]
VERBS = ["announced", "confirmed", "denied", "postponed", "approved", "criticised"]
OBJECTS = ["a new budget for road repairs", "the closure of the northern bridge",
           "plans to expand the harbour", "a review of water prices", "talks with union leaders",
           "an inquiry into the flooding", "emergency funding for hospitals"]
PLACES = ["Port Elrond", "Valmora", "Kestrel Bay", "Aldenford", "Marisco", "Tarrow"]


def _paragraph(rng: random.Random) -> str:
    return (f"{rng.choice(SUBJECTS)} in {rng.choice(PLACES)} {rng.choice(VERBS)} "
            f"{rng.choice(OBJECTS)} on {rng.choice(['Monday', 'Tuesday', 'Friday'])}, "
            f"saying that {rng.choice(OBJECTS)} would follow within {rng.randint(2, 9)} weeks. "
            f"Officials {rng.choice(VERBS)} the figures, which showed {rng.randint(3, 97)} "
            f"percent of residents were affected.")


def make_page(i: int) -> str:
    rng = random.Random(i)
    title = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} ({i})"
    paras = "\n".join(f"<p>{_paragraph(rng)}</p>" for _ in range(rng.randint(4, 9)))
    nav = " ".join(f'<a href="/s{k}">Section {k}</a>' for k in range(8))
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Gazette'
        f'</title><meta property="article:published_time" content="2024-0{1 + i % 9}-1{i % 9}">'
        f'</head><body><nav>{nav}</nav><article><h1>{title}</h1>{paras}</article>'
        f"<footer>© Gazette. All rights reserved.</footer></body></html>"
    )


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def part_dragoman(folder: Path) -> dict[str, object]:
    from dragoman.archive import Archive

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        with Archive(str(Path(tmp) / "bench.db")) as archive:
            report = archive.ingest([str(folder)])
        total = time.perf_counter() - t0
    n = len(report.added)
    return {
        "articles": n,
        "failures": len(report.failures),
        "total_seconds": round(total, 3),
        "articles_per_second": round(n / total, 1),
        "stages": {s.name: {"seconds": round(s.seconds, 3),
                            "articles_per_second": round(s.records_out / s.seconds, 1)
                            if s.seconds else None}
                   for s in report.stages},
        "after_stages": {step: {"seconds": round(sec, 3), "articles_per_second": round(n / sec, 1)}
                         for step, sec in report.steps.items() if sec},
        "read_and_other_seconds": round(
            total - sum(s.seconds for s in report.stages) - sum(report.steps.values()), 3),
        "peak_rss_mib": round(_peak_mib(), 1),
    }


def part_trafilatura(folder: Path) -> dict[str, object]:
    import trafilatura

    pages = [p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())]
    t0 = time.perf_counter()
    ok = sum(1 for html in pages if trafilatura.extract(html))
    total = time.perf_counter() - t0
    return {"articles": ok, "total_seconds": round(total, 3),
            "articles_per_second": round(len(pages) / total, 1), "peak_rss_mib": round(_peak_mib(), 1)}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--out", default="bench/results/ingest.json")
    parser.add_argument("--part", choices=["dragoman", "trafilatura"])
    parser.add_argument("--folder")
    args = parser.parse_args()
    if args.part:
        fn = part_dragoman if args.part == "dragoman" else part_trafilatura
        print(json.dumps(fn(Path(args.folder))))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        for i in range(args.articles):
            (folder / f"{i:06d}.html").write_text(make_page(i), encoding="utf-8")
        results = {}
        for part in ("dragoman", "trafilatura"):
            out = subprocess.run(
                [sys.executable, "-m", "bench.ingest", "--part", part, "--folder", str(folder)],
                check=True, capture_output=True, text=True,
            ).stdout
            results[part] = json.loads(out.strip().splitlines()[-1])
    results["corpus"] = {"articles": args.articles, "kind": "generated English HTML pages"}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(results, indent=2))
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
