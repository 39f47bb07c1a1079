"""The NER scorer's text rendering and span matching (eval/ner.py), on made-up sentences."""

from __future__ import annotations

import json
from pathlib import Path

from eval.ner import as_text, gold_keyed, unqualified


def test_sentences_are_written_as_text_with_gold_offsets() -> None:
    sentences = [
        (["Johannes", "Paul", "II", ".", "besuchte", "Omaha", "(", "Nebraska", ")", "."],
         ["B-PER", "I-PER", "I-PER", "I-PER", "O", "B-LOC", "I-LOC", "I-LOC", "I-LOC", "O"]),
        (["Sie", "sagte", ":", "Berlin", ",", "Paris"], ["O", "O", "O", "B-LOC", "O", "B-LOC"]),
    ]  # fmt: skip
    text, spans, gold = as_text(sentences)
    assert text == "Johannes Paul II. besuchte Omaha (Nebraska).\nSie sagte: Berlin, Paris"
    assert [text[a:b] for a, b in spans] == text.split("\n")
    assert {(text[a:b], label) for a, b, label in gold} == {
        ("Johannes Paul II.", "PER"), ("Omaha (Nebraska)", "LOC"), ("Berlin", "LOC"),
        ("Paris", "LOC"),
    }  # fmt: skip
    assert {(text[a:b], label) for a, b, label in unqualified(gold, text)} == {
        ("Johannes Paul II.", "PER"), ("Omaha", "LOC"), ("Berlin", "LOC"), ("Paris", "LOC"),
    }  # fmt: skip


def test_a_mention_less_the_proclitics_the_gold_keeps_matches_it() -> None:
    text = "زار وبالبرازيل وفد من بالقاهرة"
    gold = {(4, 14, "LOC"), (22, 30, "LOC")}
    start = text.index("البرازيل")
    pred = {(start, 14, "LOC"), (start + 1, 14, "LOC"), (text.index("القاهرة"), 30, "ORG")}
    keyed = gold_keyed(pred, gold, text)
    assert (4, 14, "LOC") in keyed  # و + ب taken off: the same mention
    assert (start + 1, 14, "LOC") in keyed  # a letter of the name itself is not a proclitic
    assert (22, 30, "LOC") not in keyed  # another label is another mention


def test_common_word_text_leaves_out_every_page_a_gold_file_names(tmp_path: Path) -> None:
    from eval.ner_common import GOLD_FILES, _gold_pages

    audit = tmp_path / "audit.json"
    audit.write_text(json.dumps([{"page": "dates/htmldate-eval/pages/a.html.gz", "lang": "de"}]))
    quotes = tmp_path / "quotes.json"
    quotes.write_text(json.dumps({"about": "x", "pages": [{"file": "b.html.gz", "quotes": []}]}))
    nested = tmp_path / "nested.json"
    nested.write_text(json.dumps({"pages": {"de": [{"file": "c.html.gz", "page": "d.html.gz"}]}}))
    assert _gold_pages([audit, quotes, nested]) == {"a.html.gz", "b.html.gz", "c.html.gz", "d.html.gz"}
    top = {p.name for p in GOLD_FILES if p.parent.name == "data"}
    assert {"ner_news.json", "bylines.json", "extraction_nonen.json"} <= top
    assert any(p.parent.name == "real" and p.parent.parent.name == "quotes" for p in GOLD_FILES)
    assert any(p.parent.name == "entity_audit" for p in GOLD_FILES)


def test_common_word_text_leaves_out_pages_a_gold_file_names_outside_page_fields(
        tmp_path: Path) -> None:
    # a set's left-out pages are named as keys or in prose: still named, still kept out
    from eval.ner_common import _gold_pages

    left_out = tmp_path / "set.json"
    left_out.write_text(json.dumps({
        "about": "Left out (no byline seen): kiosk.example-wetter.html.gz, other.html.gz.",
        "excluded": {"forum.example-katze.html.gz": "the text is English"},
        "pages": [{"file": "kept.html.gz"}],
    }))
    folder = ["kiosk.example-wetter.html.gz", "forum.example-katze.html.gz", "kept.html.gz",
              "unnamed.html.gz"]
    assert _gold_pages([left_out], folder) == {
        "kiosk.example-wetter.html.gz", "forum.example-katze.html.gz", "kept.html.gz"}
    assert _gold_pages([left_out]) == {"kept.html.gz"}  # without the folder: the fields only
