"""Run every evaluation and write its figures to eval/results/NAME.json.

Each entry is "module:function"; the function returns a dict of figures and
raises (or returns {"skipped": reason}) when its data is absent.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from pathlib import Path

EVALUATIONS: list[str] = [
    "eval.dedup:main",
    "eval.extraction:main",
    "eval.dates:main",
    "eval.bylines:main",
    "eval.pages:main",
    "eval.calibrate_lines:main",
    "eval.ner:main",
    "eval.crosslingual:main",
    "eval.stories:main",
    "eval.search:main",
    "eval.quotes:main",
]

RESULTS = Path(__file__).resolve().parent / "results"


def main(argv: list[str] | None = None) -> int:
    wanted = set(argv if argv is not None else sys.argv[1:])
    RESULTS.mkdir(exist_ok=True)
    for entry in EVALUATIONS:
        module, _, func = entry.partition(":")
        name = module.rsplit(".", 1)[-1]
        if wanted and name not in wanted:
            continue
        t0 = time.perf_counter()
        figures = getattr(importlib.import_module(module), func or "main")()
        figures["seconds"] = round(time.perf_counter() - t0, 1)
        (RESULTS / f"{name}.json").write_text(json.dumps(figures, indent=2, ensure_ascii=False))
        print(f"{name}: {json.dumps(figures, ensure_ascii=False)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
