"""The real-page quotation scorer (eval/quotes_real.py) on tiny inputs."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest
from eval.quotes_real import (
    GOLD,
    GoldQuote,
    PredQuote,
    Tally,
    match,
    speaker_right,
    split_of,
)


def test_match_needs_same_kind_and_half_of_the_shorter() -> None:
    golds = [GoldQuote("direct", 0, 100, "Ann Lee"), GoldQuote("reported", 200, 260)]
    preds = [PredQuote("direct", 40, 90),  # 50 chars, all inside gold 0: matches
             PredQuote("direct", 200, 260),  # right span, wrong kind: no match
             PredQuote("reported", 250, 400)]  # 10 of the shorter 60: below half
    assert match(preds, golds) == [(0, 0)]


def test_match_is_one_to_one_largest_overlap_first() -> None:
    golds = [GoldQuote("direct", 0, 50), GoldQuote("direct", 60, 100)]
    preds = [PredQuote("direct", 0, 100), PredQuote("direct", 0, 45)]
    # pred 0 overlaps gold 0 by 50 and gold 1 by 40; pred 1 overlaps gold 0 by 45: the
    # largest pair is taken first, then both of the others are blocked (greedy, not optimal).
    assert match(preds, golds) == [(0, 0)]


def test_each_gold_and_prediction_used_once() -> None:
    golds = [GoldQuote("direct", 0, 40), GoldQuote("direct", 50, 90)]
    preds = [PredQuote("direct", 0, 40), PredQuote("direct", 50, 90), PredQuote("direct", 0, 40)]
    pairs = match(preds, golds)
    assert sorted(pairs) == [(0, 0), (1, 1)]


def test_speaker_by_surname_accents_and_case() -> None:
    assert speaker_right(["M. Caldwell"], "Éric Alan Caldwell")
    assert speaker_right(["Bernard Sananès, le président d'Elabe"], "Bernard Sananès")
    assert speaker_right(["", "Jonas Schmidt-Chanasit"], "Jonas Schmidt-Chanasit")
    assert speaker_right(["der Virologe", "Schmidt-Chanasit"], "Jonas Schmidt-Chanasit")
    assert not speaker_right(["Cela"], "Bernard Sananès")
    assert not speaker_right([], "Bernard Sananès")
    assert not speaker_right(["Bernard"], "Bernard Sananès")


def test_tally_counts_precision_recall_and_speaker() -> None:
    tally = Tally()
    golds = [GoldQuote("direct", 0, 20, "Lena Ortiz"), GoldQuote("reported", 30, 60, None)]
    preds = [PredQuote("direct", 0, 20, ["Ortiz"]), PredQuote("direct", 70, 90, ["Cela"])]
    tally.add(preds, golds)
    fig = tally.figures()
    assert fig["direct"]["precision"] == 0.5 and fig["direct"]["recall"] == 1.0
    assert fig["reported"]["recall"] == 0.0 and fig["reported"]["predicted"] == 0
    assert fig["speaker_accuracy"] == 1.0 and fig["speaker_judged"] == 1
    assert len(tally.errors) == 2  # one false positive, one miss


def test_split_is_the_first_hex_digit_of_the_file_name_hash() -> None:
    for name in ("a.html.gz", "lepoint.fr-terrorisme.html.gz", "x"):
        digit = hashlib.sha256(name.encode()).hexdigest()[0]
        assert split_of(name) == ("test" if digit in "01234567" else "dev")


@pytest.mark.parametrize("lang", ["fr", "de", "en", "es", "it", "ru"])
def test_gold_files_are_consistent(lang: str) -> None:
    path = GOLD / f"{lang}.json"
    if not path.exists():
        pytest.skip("no gold file")
    data = json.loads(path.read_text(encoding="utf-8"))
    splits = {p["split"] for p in data["pages"]}
    # the one Russian page with quotations falls in dev; every other language has both
    assert splits == ({"dev"} if lang == "ru" else {"dev", "test"})
    assert len({p["file"] for p in data["pages"]}) == len(data["pages"])
    for page in data["pages"]:
        assert page["split"] == split_of(page["file"]) and len(page["sha1"]) == 40
        for q in page["quotes"]:
            assert q["kind"] in ("direct", "reported") and 0 <= q["start"] < q["end"]
            assert len(q["head"].split()) <= 5


def test_score_shows_errors_of_dev_pages_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Test pages are scored but their errors are never shown (only dev errors may be read)."""
    import eval.quotes_real as qr

    from dragoman.model import Article

    pages: list[dict[str, Any]] = [{"file": f, "split": split_of(f), "sha1": "", "quotes": [
        {"kind": "direct", "start": 0, "end": 5, "head": "x"}]} for f in ("x", "y")]
    assert {p["split"] for p in pages} == {"dev", "test"}
    texts = {p["file"]: Article(id=p["file"], source="s", text=f"text of {p['file']}") for p in pages}
    for p in pages:
        p["sha1"] = qr.body_sha1(texts[p["file"]].text)
    monkeypatch.setattr(qr, "load", lambda lang: {"pages": pages})
    monkeypatch.setattr(qr, "ingest", lambda wanted: {p["file"]: texts[p["file"]] for p in wanted})
    figures, errors = qr.score(("fr",), ("dev", "test"))
    assert figures["fr"]["test"]["direct"]["gold"] == 1  # the test page is scored
    assert errors and all(e.startswith("[dev] ") for e in errors)
