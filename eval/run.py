"""Run every evaluation and write its figures to eval/results/NAME.json.

Each entry is "module:function" (run with the NER backend of ``eval/backend.py``); the
function returns a dict of figures and raises (or returns {"skipped": reason}) when its data
is absent. A result is written only when it says what its figures were measured on and what
tuned the system (``split`` and ``tuned_on``, ``eval/provenance.py``); one that does not is
refused, and the run exits 1.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from pathlib import Path
from typing import Any

from eval.backend import described, results_folder_name
from eval.provenance import ProvenanceError, check_provenance

EVALUATIONS: list[str] = [
    "eval.dedup:main",
    "eval.extraction:main",
    "eval.extraction_nonen:main",
    "eval.extraction_site:main",
    "eval.dates:main",
    "eval.bylines:main",
    "eval.pages:main",
    "eval.calibrate_lines:main",
    "eval.ner:main",
    "eval.ner_news:main",
    "eval.crosslingual:main",
    "eval.entity_audit:main",
    "eval.stories:main",
    "eval.search:main",
    "eval.quotes:main",
    "eval.quotes_real:main",
    "eval.analyst_quotes:main",
    "eval.statements_ingest:main",
]

RESULTS = Path(__file__).resolve().parent / "results"


def write_result(name: str, figures: dict[str, Any], folder: Path = RESULTS) -> Path:
    """Write ``folder/NAME.json``; ProvenanceError (nothing written) when a figure lacks its
    split or what it was tuned on."""
    check_provenance(name, figures)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.json"
    path.write_text(json.dumps(figures, indent=2, ensure_ascii=False))
    return path


def main(argv: list[str] | None = None) -> int:
    wanted = set(argv if argv is not None else sys.argv[1:])
    refused = 0
    backend = described()  # figures of another backend than the CRF go to their own folder
    sub = results_folder_name()
    folder = RESULTS / sub if sub else RESULTS
    for entry in EVALUATIONS:
        module, _, func = entry.partition(":")
        name = module.rsplit(".", 1)[-1]
        if wanted and name not in wanted:
            continue
        t0 = time.perf_counter()
        figures = getattr(importlib.import_module(module), func or "main")()
        figures["seconds"] = round(time.perf_counter() - t0, 1)
        figures["ner_backend"] = backend
        try:
            write_result(name, figures, folder)
        except ProvenanceError as exc:
            print(f"{name}: not written: {exc}", file=sys.stderr)
            refused += 1
            continue
        print(f"{name}: {json.dumps(figures, ensure_ascii=False)}")
    return 1 if refused else 0


if __name__ == "__main__":
    raise SystemExit(main())
