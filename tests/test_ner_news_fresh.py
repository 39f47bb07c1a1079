"""The fresh held-out news NER set (eval/data/ner_news_fresh.json) and its loading in
eval/ner_news.py. Needs none of ../shared: the gold file lives in the repository, and the
loading tests use invented page text. No test here runs a recogniser."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from eval import ner_news

FRESH_PAGES = {"fr": 18, "de": 15}  # positions 14..31 and 20..34 of the eligible lists


def _fresh() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(ner_news.FRESH_GOLD.read_text(encoding="utf-8"))
    return data


def test_fresh_file_has_the_fields_of_the_first_set_and_no_page_text() -> None:
    data, first = _fresh(), json.loads(ner_news.GOLD.read_text(encoding="utf-8"))
    assert set(data) == set(first)
    assert "by reading only" in data["about"] and "2026-12-06" in data["about"]
    assert data["guidelines"][: len(first["guidelines"])] == first["guidelines"]
    for page in data["pages"]:
        assert set(page) == set(first["pages"][0])
        for sentence in page["sentences"]:
            assert set(sentence) == {"start", "end", "sha1", "gold"}  # offsets only, no text


def test_fresh_pages_are_french_and_german_split_fresh_and_new() -> None:
    pages = _fresh()["pages"]
    first = {p["page"] for p in json.loads(ner_news.GOLD.read_text(encoding="utf-8"))["pages"]}
    names = [p["page"] for p in pages]
    assert len(names) == len(set(names)) and not set(names) & first
    assert all(p["split"] == "fresh" for p in pages)
    for language, count in FRESH_PAGES.items():
        chosen = [p["page"] for p in pages if p["language"] == language]
        assert len(chosen) == count and chosen == sorted(chosen)  # the candidates' order
    assert {p["language"] for p in pages} == set(FRESH_PAGES)


def test_fresh_sentences_and_spans_are_well_formed() -> None:
    per_page = {lang: ner_news.PAGES[lang][1] for lang in FRESH_PAGES}
    mentions = 0
    for page in _fresh()["pages"]:
        assert len(page["sentences"]) == per_page[page["language"]]
        starts = [s["start"] for s in page["sentences"]]
        assert starts == sorted(starts)
        for s in page["sentences"]:
            assert s["end"] > s["start"] >= 0 and len(s["sha1"]) == 16
            previous_end = 0
            for a, b, label, surface in s["gold"]:
                assert label in ner_news.SCORED
                assert 0 <= previous_end <= a < b <= s["end"] - s["start"]  # inside, in order
                assert b - a == len(surface) and surface == surface.strip() and surface.strip("«»\"„“”")
                assert surface[0] not in "«»\"„“”'’" and surface[-1] not in "«»\"„“”,.;:"
                previous_end = b
                mentions += 1
    assert mentions > 100


def test_load_pages_reads_the_given_file_and_leaves_out_changed_sentences(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Titel\nLuise Brandhorst eröffnete in Wernigerode ein Café. Der Stadtrat schwieg dazu."
    first = text.index("Luise")
    end = text.index("Café.") + len("Café.")
    second = text.index("Der")
    gold = {"pages": [{"page": "invented.html.gz", "language": "de", "split": "fresh", "sentences": [
        {"start": first, "end": end, "sha1": ner_news.sha1(text[first:end]),
         "gold": [[0, 16, "PER", "Luise Brandhorst"], [30, 41, "LOC", "Wernigerode"]]},
        {"start": second, "end": len(text), "sha1": "0" * 16, "gold": []},
    ]}]}
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(ner_news, "body_text", lambda page: text)
    pages, drifted = ner_news.load_pages(path)
    assert drifted == ["invented.html.gz#1"]
    (sentence, spans), = pages[0]["rebuilt"]
    assert [sentence[a:b] for a, b, _ in spans] == ["Luise Brandhorst", "Wernigerode"]


def test_fresh_split_loads_only_the_fresh_file_and_its_languages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded: list[Path] = []

    def fake_load(path: Path = ner_news.GOLD) -> tuple[list[dict[str, Any]], list[str]]:
        loaded.append(path)
        return [{"page": "p", "language": "fr", "split": "fresh", "rebuilt": []}], []

    def fake_score(pages: list[dict[str, Any]], through: str = "analyze") -> dict[str, Any]:
        return {"f1": 0.5, "precision": 0.5, "recall": 0.5, "PER_f1": 0.5, "ORG_f1": 0.5,
                "LOC_f1": 0.5, "gold_mentions": 3, "errors": []}

    monkeypatch.setattr(ner_news, "PAGES_DIR", tmp_path)
    monkeypatch.setattr(ner_news, "load_pages", fake_load)
    monkeypatch.setattr(ner_news, "score_pages", fake_score)
    figures = ner_news._cli(["--split", "fresh"])
    assert loaded == [ner_news.FRESH_GOLD]
    assert figures["fr_fresh_pages"] == 1 and figures["fr_fresh_gold_mentions"] == 3
    assert not any(key.startswith(("de_", "es_", "en_", "it_")) for key in figures)
    assert not any("_dev_" in key or "_test_" in key for key in figures)
