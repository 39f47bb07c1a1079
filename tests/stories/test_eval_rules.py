"""The story evaluation's fixed rules: the dev/test split, pair rates, event labels (no data needed)."""

from __future__ import annotations

from eval.stories_events import gold_events
from eval.stories_ingest import pages, pair_rates, split_of


def test_split_is_fixed_and_covers_every_document() -> None:
    docs = [f"doc.{n}" for n in range(200)]
    dev = {d for d in docs if split_of(d) == "dev"}
    assert dev == {d for d in docs if split_of(d) == "dev"}  # same answer every time
    assert 60 < len(dev) < 140  # both halves get a fair share
    assert all(split_of(d) in {"dev", "test"} for d in docs)


def test_pair_rates_count_splits_and_merges_apart() -> None:
    gold = ["a", "a", "b", "c"]
    assert pair_rates(gold, ["s1", "s2", "s3", "s4"]) == {"split_rate": 1.0, "merge_rate": 0.0}
    assert pair_rates(gold, ["s1", "s1", "s1", "s4"]) == {"split_rate": 0.0, "merge_rate": 0.4}


def test_variants_keep_the_text_and_only_add_what_they_say() -> None:
    rows = [{"doc": f"d{n}", "lang": "en", "text": f"text {n}", "url": f"u{n}"} for n in range(20)]
    plain, fetched, shuffled = (pages(rows, v) for v in ("no_dates", "fetched_at", "shuffled"))
    assert all(set(p) == {"url", "text"} for p in plain)
    assert all(p["fetched_at"].startswith("2019-06-0") for p in fetched)
    assert sorted(p["url"] for p in shuffled) == sorted(p["url"] for p in plain)
    assert [p["url"] for p in shuffled] != [p["url"] for p in plain]


def test_event_labels_name_each_page_once() -> None:
    labels = gold_events()
    assert len(labels) == 13 and len(set(labels.values())) == 5
