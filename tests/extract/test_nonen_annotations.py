"""The hand annotations of eval/data/extraction_nonen.json keep the shape the scorer relies on:
at least 50 non-English pages, one per site, split by id parity, 2-4 boilerplate strings."""

from __future__ import annotations

import json
from pathlib import Path

ANNOTATIONS = Path(__file__).resolve().parents[2] / "eval" / "data" / "extraction_nonen.json"


def test_annotations_are_complete_and_split_by_parity() -> None:
    doc = json.loads(ANNOTATIONS.read_text(encoding="utf-8"))
    pages = doc["pages"]
    assert len(pages) >= 50
    assert len({p["host"] for p in pages}) == len(pages)
    assert "en" not in {p["language"] for p in pages}
    assert len({p["language"] for p in pages}) >= 8
    assert [p["id"] for p in pages] == list(range(1, len(pages) + 1))
    assert [p["file"] for p in pages] == sorted(p["file"] for p in pages)
    for p in pages:
        assert p["split"] == ("dev" if p["id"] % 2 == 0 else "test")
        assert p["first"].strip() and p["last"].strip()
        assert 2 <= len(p["boilerplate"]) <= 4
        assert set(p["inline_boilerplate"]) <= set(p["boilerplate"])
        assert " ".join(p["first"].split()) == p["first"]  # stored normalised
    assert not set(doc["excluded"]) & {p["file"] for p in pages}
