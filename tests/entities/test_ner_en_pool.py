"""The English news dev pool's gold file (eval/data/ner_news_pool_en.json, issue 15): offsets
and hashes only, the next English eligible pages, loaded by the ``pooldev`` split."""

from __future__ import annotations

import json
from itertools import pairwise
from typing import Any

from eval import ner_news


def _pool() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(ner_news.POOL_GOLD_EN.read_text(encoding="utf-8"))
    return data


def test_english_pool_holds_offsets_only_and_new_pages() -> None:
    data = _pool()
    first = json.loads(ner_news.GOLD.read_text(encoding="utf-8"))
    assert "by reading only" in data["about"] and "positions 10..29" in data["about"]
    assert len(data["pages"]) == 20
    assert [p["position"] for p in data["pages"]] == list(range(10, 30))
    assert not {p["page"] for p in data["pages"]} & {p["page"] for p in first["pages"]}
    for page in data["pages"]:
        assert page["language"] == "en" and page["split"] == "pooldev"
        assert len(page["sentences"]) == ner_news.PAGES["en"][1]
        for sentence in page["sentences"]:
            assert set(sentence) == {"start", "end", "sha1", "gold"}  # no page text
            spans = sorted((a, b) for a, b, _, _ in sentence["gold"])
            assert all(b1 <= a2 for (_, b1), (a2, _) in pairwise(spans))
            for start, end, label, surface in sentence["gold"]:
                assert label in ner_news.SCORED and end - start == len(surface)


def test_pooldev_loads_both_pools() -> None:
    assert ner_news.POOL_GOLD_EN.name == "ner_news_pool_en.json"
    assert ner_news.POOL_GOLD.name == "ner_news_pool_de.json"
    assert "pooldev" in ner_news.main.__defaults__[1]  # type: ignore[index]
