"""Normalization, language identification and sentence offsets."""

from __future__ import annotations

from dragoman.language import detect_language, normalize_for_match, split_sentences
from dragoman.language.normalize import to_ascii_digits


def test_arabic_folding() -> None:
    assert normalize_for_match("أإآٱا") == "ااااا"
    assert normalize_for_match("مدرسة") == normalize_for_match("مدرسه")
    assert normalize_for_match("على") == normalize_for_match("علي")
    assert normalize_for_match("الأمــيــن العامُّ") == "الامين العام"
    assert normalize_for_match("Zelenskyy  ZELENSKYY") == "zelenskyy zelenskyy"
    assert normalize_for_match("Élysée") == "elysee"
    assert to_ascii_digits("٢٠٢٤-٠٥-٢٥ ۱۴۰۳") == "2024-05-25 1403"


def test_detects_languages_offline() -> None:
    cases = {
        "en": "The alliance said on Tuesday that it would not send troops to the region.",
        "ar": "قال الحلف يوم الثلاثاء إنه لن يرسل قوات إلى المنطقة.",
        "fr": "L'alliance a déclaré mardi qu'elle n'enverrait pas de troupes dans la région.",
        "ru": "Альянс заявил во вторник, что не будет направлять войска в регион.",
        "zh": "该联盟周二表示不会向该地区派遣军队。",
    }
    for lang, text in cases.items():
        code, score = detect_language(text)
        assert code == lang, (lang, code)
        assert score > 0.5


def test_too_little_text_is_unknown() -> None:
    assert detect_language("") == ("und", 0.0)
    assert detect_language("12 ... !!") == ("und", 0.0)


def test_sentence_offsets_are_exact() -> None:
    text = "Mr. Smith arrived at 5 p.m. on Monday. He left.\n\nوقال “سوف نحمي”. وأضاف أن الحلف ملتزم."
    spans = split_sentences(text, "en")
    pieces = [text[s:e] for s, e in spans]
    assert pieces[0] == "Mr. Smith arrived at 5 p.m. on Monday."
    assert pieces[1] == "He left."
    assert all(p == p.strip() and p for p in pieces)
    ar = split_sentences(text[text.index("و"):], "ar")
    assert len(ar) == 2
