"""The statement-grouping evaluation through ingest (eval/statements_ingest.py): its data and
its scorer, on original examples."""

from __future__ import annotations

from eval.statements_ingest import DEV_SPEAKERS, load, page_html, pairwise


def test_every_statement_is_written_in_its_page_and_reported_in_three_languages() -> None:
    items = load()
    for item in items:
        assert any(item["quote"] in p for p in item["paragraphs"]), item["id"]
    groups: dict[str, set[str]] = {}
    speakers: dict[str, set[str]] = {}
    for item in items:
        groups.setdefault(item["group"], set()).add(item["language"])
        speakers.setdefault(item["group"], set()).add(item["speaker"])
    assert all(len(langs) >= 3 for langs in groups.values())
    assert all(len(s) == 1 for s in speakers.values())  # one speaker per statement
    assert {i["speaker"] for i in items} > DEV_SPEAKERS


def test_a_page_carries_its_date_title_and_escaped_paragraphs() -> None:
    page = page_html({"language": "fr", "published": "2025-01-02", "title": "A & B",
                      "paragraphs": ["« Oui », a dit <Léa>."]})
    assert 'content="2025-01-02T09:00:00Z"' in page
    assert "<h1>A &amp; B</h1>" in page and "&lt;Léa&gt;" in page


def test_pairwise_counts_pairs_of_the_same_statement() -> None:
    assert pairwise(["s1", "s1", "s2"], ["g1", "g1", "g2"])["f1"] == 1.0
    split = pairwise(["s1", "s2", "s3"], ["g1", "g1", "g2"])
    assert split["recall"] == 0.0 and split["gold_pairs"] == 1
    merged = pairwise(["s1", "s1", "s1"], ["g1", "g1", "g2"])
    assert merged["precision"] == round(1 / 3, 3) and merged["recall"] == 1.0
