"""Matched words in snippets: found with the search index's folding, marked at their offsets
in the original text (Latin and Arabic)."""

from __future__ import annotations

from dragoman.search.highlight import fold_with_offsets, match_spans, query_terms, snippet


def words(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


def test_folding_keeps_offsets() -> None:
    text = "Zürich — ٢٠٢٤ الأراضيـ"
    folded, origin = fold_with_offsets(text)
    assert len(folded) == len(origin)
    assert folded.startswith("zurich") and "2024" in folded
    assert all(0 <= o < len(text) for o in origin)


def test_latin_matches_ignore_case_and_accents() -> None:
    text = "The MINISTERS met in Zürich.\n\nA minister said the ministry agreed."
    assert words(text, match_spans(text, "ministers zurich")) == ["MINISTERS", "Zürich"]
    assert words(text, match_spans(text, "minist*")) == ["MINISTERS", "minister", "ministry"]
    assert match_spans(text, "minis") == []  # whole words unless the query asks for a prefix


def test_arabic_matches_letter_variants_diacritics_and_tatweel() -> None:
    text = "قالَ الوزيـر إنّ الحلفاء سيحمون كل شبر من أراضي الحلف بإبقاء الممر مفتوحاً"
    assert words(text, match_spans(text, "اراضي")) == ["أراضي"]
    assert words(text, match_spans(text, "الوزير")) == ["الوزيـر"]
    assert words(text, match_spans(text, "بابقاء قال")) == ["قالَ", "بإبقاء"]


def test_snippet_shows_the_matching_paragraph_with_marks() -> None:
    text = ("Opening paragraph about nothing in particular.\n\n"
            + "filler " * 60 + "The harbour reopened on Monday. " + "more " * 40)
    snip = snippet(text, "harbour", chars=120)
    assert text[snip.start:snip.end] == snip.text
    assert words(text, snip.highlights) == ["harbour"]
    assert all(snip.start <= s < e <= snip.end for s, e in snip.highlights)
    fallback = snippet(text, "absent", chars=50)
    assert fallback.start == 0 and fallback.highlights == []


def test_query_terms_read_like_the_index() -> None:
    assert query_terms("No-fly ZONE*") == [("no", False), ("fly", False), ("zone", True)]
