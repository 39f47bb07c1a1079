"""The analyst-judgment counter (eval/analyst_quotes.py) on a tiny judgment file."""

from __future__ import annotations

import json
from pathlib import Path

from eval.analyst_quotes import JUDGED, count, wilson


def _line(page: str, kind: str, verdict: str) -> str:
    return json.dumps({"kind": "quote", "page": page, "class": kind, "start": 0, "end": 5,
                       "head": "x", "speaker": None, "cue": None, "verdict": verdict, "note": ""})


def test_precision_counts_only_fully_right_quotations(tmp_path: Path) -> None:
    lines = [_line("p1", "direct", "right"), _line("p1", "direct", "wrong_speaker"),
             _line("p2", "direct", "right"), _line("p2", "reported", "fragment"),
             json.dumps({"kind": "recall", "page": "p1", "seen": 4, "found": 3, "note": ""})]
    path = tmp_path / "j.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = count(path)
    assert out["direct"]["right"] == 2 and out["direct"]["judged"] == 3
    assert out["direct"]["verdicts"] == {"right": 2, "wrong_speaker": 1}
    assert out["reported"]["precision"] == 0.0
    assert out["rough_recall"] == {"found": 3, "seen": 4, "pages": 1, "wilson95": wilson(3, 4)}
    assert out["pages"] == 2


def test_wilson_interval_brackets_the_share() -> None:
    low, high = wilson(158, 214)
    assert low < 158 / 214 < high
    assert wilson(0, 0) == (0.0, 0.0)


def test_stored_judgments_keep_no_page_text() -> None:
    for path in JUDGED.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            assert "text" not in row
            assert len(row.get("head", "").split()) <= 5
            assert row.get("verdict", "right") in {"right", "wrong_speaker", "wrong_span",
                                                   "not_quotation", "fragment", "not_statement"}
