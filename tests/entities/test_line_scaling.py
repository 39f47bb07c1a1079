"""Questions about the line of each mention and the fixture scan of Arabic text do work in
proportion to the page: a one-line page of thousands of mentions is not read once per
mention, and a long text with few brackets is not tried at every character."""

from __future__ import annotations

import re

from dragoman.entities import arabicspans, descriptors
from dragoman.entities.arabicspans import _BRACKETED, _bracketed
from dragoman.language.segment import LineIndex


def test_capitals_line_reads_each_line_once(monkeypatch: object) -> None:
    read = [0]
    class Counted(LineIndex):
        def line_of(self, start: int, end: int) -> tuple[int, int]:
            line: tuple[int, int] = super().line_of(start, end)
            read[0] += 1
            return line

    monkeypatch.setattr(descriptors, "LineIndex", Counted)  # type: ignore[attr-defined]
    descriptors._capital_lines.cache_clear()
    text = "قال الرئيس محمد إن " * 2000
    starts = [m.start() for m in re.finditer("محمد", text)]
    assert not any(descriptors._capitals_line(text, s) for s in starts)
    assert read[0] == len(starts)  # one bisection per question, no scan of the line
    descriptors._capital_lines.cache_clear()


def test_capitals_line_answers() -> None:
    text = "BREAKING: TESLA CEO RESIGNS\nTesla CEO Elon Musk said so.\n"
    assert descriptors._capitals_line(text, 10)
    assert not descriptors._capitals_line(text, 30)
    assert not descriptors._capitals_line("一行中文 Limbic CEO", 5)


def test_bracketed_finds_what_the_whole_text_scan_found() -> None:
    texts = ["سبارتاك موسكو (روسيا) - فالنسيا (إسبانيا)", "ليون   (فرنسا) و" + " " * 200 + "(x)",
             "a" * 300 + " (b)", "(أ) (ب)\nليون (فرنسا)", "no bracket here", "x: y (z) - w (v)",
             "اسم " * 60 + "(مصر)", "a-b (c)(d) e (f"]
    for text in texts:
        assert [m.span() for m in _bracketed(text)] == [m.span() for m in _BRACKETED.finditer(text)]


def test_bracket_search_is_linear_on_a_long_text(monkeypatch: object) -> None:
    tried: list[int] = []

    class Counted:
        def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
            tried.append(endpos - pos)
            return _BRACKETED.search(text, pos, endpos)

    monkeypatch.setattr(arabicspans, "_BRACKETED", Counted())  # type: ignore[attr-defined]
    text = "قال الرئيس محمد إن " * 5000 + "ليون (فرنسا) - ميلان (إيطاليا)"
    assert len(list(arabicspans._bracketed(text))) == 2
    assert len(tried) == 2 and max(tried) < 200  # one search per bracket, next to it
    tried.clear()
    # a bracket that never closes, then a long text: not searched to the next match
    text = "( \n" + text
    assert len(list(arabicspans._bracketed(text))) == 2
    assert len(tried) == 2 and max(tried) < 200


def test_bracketed_on_unclosed_and_nested_brackets() -> None:
    texts = ["( \n" + "ب" * 500 + " ليون (فرنسا)", "ليون ((فرنسا)) - ميلان (إيطاليا)",
             "ليون (فرنسا (باريس)) - ميلان (إيطاليا)", "أ" * 130 + " (مصر)", "ليون (فرنسا",
             "ليون (" + "ر" * 81 + ")", "ليون\n(فرنسا)", "((()))"]
    for text in texts:
        assert [m.span() for m in _bracketed(text)] == [m.span() for m in _BRACKETED.finditer(text)]
