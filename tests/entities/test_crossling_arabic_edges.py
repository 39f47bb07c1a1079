"""Edges of Arabic names: function words never close a name
(``ar.RULES.mention_end_words``). Original sentences."""

from __future__ import annotations

from dragoman.entities.wordclass import function_word_tail


def _tail(name: str) -> str:
    return name[: function_word_tail(name, "ar")]


def test_a_function_word_closing_a_name_is_cut_off() -> None:
    assert _tail("سليم حداد كيف") == "سليم حداد"
    assert _tail("نادين فارس عندما") == "نادين فارس"
    assert _tail("مارك ويلسون حيث") == "مارك ويلسون"


def test_letters_and_inner_words_are_kept() -> None:
    for name in ("جامعة أم درمان", "إم تي في", "إف إم", "كيف", "حزب الأمة"):
        assert _tail(name) == name, name
