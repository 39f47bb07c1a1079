"""Statement grouping: the same statement reported in several languages, recognised as one.

Data: ``eval/data/statements.jsonl``, original sentences written for this project: 12
statements by 3 speakers, each reported in 3-4 languages (translations and paraphrases),
with the other statements of the same speaker in the same days as hard negatives. Split by
statement: odd-numbered groups (g01, g03, …) are ``dev`` (the similarity threshold is chosen
there), even-numbered groups are ``test``; each split is grouped on its own.

Score: pairwise precision/recall/F1 over pairs of reports (a pair is positive when both
report the same statement), with the bundled USE encoder.

Usage: ``python -m eval.statements``.
"""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

import numpy as np

from dragoman.quotes import grouping
from dragoman.quotes.grouping import StatementQuote, group_statements

DATA = Path(__file__).resolve().parent / "data" / "statements.jsonl"
GRID = [round(0.40 + 0.05 * k, 2) for k in range(9)]


def _load(split: str) -> tuple[list[StatementQuote], list[str]]:
    quotes, gold = [], []
    for n, line in enumerate(DATA.read_text(encoding="utf-8").splitlines()):
        item = json.loads(line)
        odd = int(item["group"][1:]) % 2 == 1
        if (split == "dev") != odd:
            continue
        quotes.append(StatementQuote(f"a{n}", 0, len(item["text"]), item["speaker"],
                                     item["text"], item["language"], item["published"]))
        gold.append(item["group"])
    return quotes, gold


def pairwise(groups: list[list[int]], gold: list[str]) -> dict[str, float]:
    pred = {i: g for g, members in enumerate(groups) for i in members}
    tp = fp = fn = 0
    for i, j in combinations(range(len(gold)), 2):
        same_pred, same_gold = pred[i] == pred[j], gold[i] == gold[j]
        tp += same_pred and same_gold
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def _vectors(quotes: list[StatementQuote]) -> np.ndarray:
    from dragoman.stories.embed import get_embedder

    return get_embedder("use").embed([q.text for q in quotes], [q.language for q in quotes])


def main() -> dict[str, object]:
    out: dict[str, object] = {}
    for split in ("dev", "test"):
        quotes, gold = _load(split)
        vectors = _vectors(quotes)
        if split == "dev":
            sweep = {}
            for t in GRID:
                grouping.STATEMENT_SIMILARITY = t
                sweep[str(t)] = pairwise(group_statements(quotes, vectors), gold)["f1"]
            out["dev_threshold_sweep_f1"] = sweep
            grouping.STATEMENT_SIMILARITY = STATEMENT_SIMILARITY
        figures = pairwise(group_statements(quotes, vectors), gold)
        out[f"statements_{split}"] = {"split": split, "tuned_on": "statements dev (odd groups)",
                                      "reports": len(quotes), "statements": len(set(gold)),
                                      "threshold": grouping.STATEMENT_SIMILARITY, **figures}
    return out


STATEMENT_SIMILARITY = grouping.STATEMENT_SIMILARITY

if __name__ == "__main__":
    print(json.dumps(main(), indent=1))
