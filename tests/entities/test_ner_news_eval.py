"""The news NER check (eval/ner_news.py): its sentence rule, its scoring text and its gold file.
The page texts live in ../shared; these tests need none of it, but the dev-mode run (skipped
without it)."""

from __future__ import annotations

import json

import pytest
from eval import ner_news


def test_sentences_break_after_end_punctuation_but_not_after_dates_and_initials() -> None:
    text = "Ab 15. Dezember fährt der Zug. Dr. Weber sagt: „Gut.“ Dann kam St. Gallen dran!\nZweite Zeile"
    spans = ner_news.split_sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "Ab 15. Dezember fährt der Zug.", "Dr. Weber sagt: „Gut.", "Dann kam St. Gallen dran!",
        "Zweite Zeile",
    ]


def test_page_text_puts_gold_spans_at_their_place_in_the_joined_text() -> None:
    sentences = [("Marta Urquiza habló.", [(0, 13, "PER")]), ("Visitó Cádiz.", [(7, 12, "LOC")])]
    text, gold = ner_news.page_text(sentences)
    assert text == "Marta Urquiza habló.\nVisitó Cádiz."
    assert {text[a:b] for a, b, _ in gold} == {"Marta Urquiza", "Cádiz"}


def test_gold_file_is_well_formed_and_splits_alternate_by_page() -> None:
    data = json.loads(ner_news.GOLD.read_text(encoding="utf-8"))
    assert "text" not in json.dumps(data["pages"][0]["sentences"][0])  # no page text stored
    for language, (count, per_page) in ner_news.PAGES.items():
        pages = [p for p in data["pages"] if p["language"] == language]
        assert len(pages) == count
        assert [p["split"] for p in pages] == ["dev", "test"] * (count // 2)
        assert [p["page"] for p in pages] == sorted(p["page"] for p in pages)
        for page in pages:
            assert 0 < len(page["sentences"]) <= per_page
            for s in page["sentences"]:
                assert s["end"] > s["start"] and len(s["sha1"]) == 16
                for a, b, label, surface in s["gold"]:
                    assert label in ner_news.SCORED and b - a == len(surface) > 0


def test_dev_split_mode_scores_and_prints_no_test_page() -> None:
    figures = ner_news.main(errors=True, splits=("dev",), languages=("en",))
    if "skipped" in figures:
        pytest.skip(figures["skipped"])
    assert figures["en_dev_pages"] == ner_news.PAGES["en"][0] // 2
    assert "en_dev_errors" in figures
    assert not any("test" in key for key in figures if key not in ("split", "tuned_on"))
