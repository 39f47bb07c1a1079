"""Extraction quality on the Fundus evaluation set (80 English news pages, MIT).

Body precision/recall/F1 by token-shingle overlap, publication-day accuracy
(gold: the day stated in each page's URL, where it states one; the Fundus ground
truth has no dates) and throughput, for Dragoman and trafilatura's bare
``extract`` in the same run. Run: ``python -m eval.run extraction``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

FUNDUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "extraction" / "fundus-eval"


def main() -> dict[str, Any]:
    if not FUNDUS.exists():
        return {"skipped": f"{FUNDUS} is absent"}
    from eval.extraction_scoring import evaluate_folder

    return {"split": "all 80 Fundus evaluation pages (no held-out part)",
            "tuned_on": "not a tuning target for the HTML extractor; date gold: the day the "
                        "URL states, read by eval/url_dates.py (not Dragoman's rule)",
            **evaluate_folder(FUNDUS)}


if __name__ == "__main__":
    import json

    print(json.dumps(main(), indent=2))
