"""NER and the linker read a long page up to ``analysed_end`` only (and the sentence or mention
that runs past it): the text after it cost about 1 CPU s per 100 k characters of English in
whole-page scans, and is analysed by no one. A word asked about once per mention is looked for
once per text."""

from __future__ import annotations

import re
from typing import Any

from dragoman.entities import descriptors
from dragoman.entities import stage as entity_stage
from dragoman.model import Article, Mention
from dragoman.pipeline.budget import MAX_ANALYSED_CHARS, analysed_end

PARAGRAPH = ("Economist Jane Porter told reporters in Leeds on Monday that the economy would "
             "recover, while the economist's colleague Tom Rivers disagreed.\n\n")


def _long_page() -> str:
    return PARAGRAPH * (3 * MAX_ANALYSED_CHARS // len(PARAGRAPH))


def test_read_part_of_a_short_page_is_the_page() -> None:
    text = PARAGRAPH * 3
    assert entity_stage._read_part(text, []) is text
    assert entity_stage._read_part(text, [len(text)]) is text


def test_read_part_of_a_long_page_stops_at_the_analysed_end() -> None:
    text = _long_page()
    end = analysed_end(text)
    assert len(entity_stage._read_part(text, [])) == end < len(text) // 2
    assert len(entity_stage._read_part(text, [10, end + 7])) == end + 7  # a span running past


def test_linker_and_ner_get_the_analysed_part(monkeypatch: Any) -> None:
    read: dict[str, int] = {}

    class FakeLinker:
        def __init__(self, **_: object) -> None:
            pass

        def link(self, text: str, mentions: list[Mention], *_: object,
                 **__: object) -> tuple[list[Mention], list[object]]:
            read["linker"] = len(text)
            assert all(text[m.start : m.end] == m.text for m in mentions)
            return mentions, []

    def fake_recognize(article: Article, *_: object) -> tuple[list[Mention], bool]:
        start = article.text.index("Jane Porter", analysed_end(article.text) - 500)
        return [Mention(text="Jane Porter", start=start, end=start + 11, label="PER")], True

    monkeypatch.setattr(entity_stage, "Linker", FakeLinker)
    monkeypatch.setattr(entity_stage, "load_kb", lambda *_: None)
    monkeypatch.setattr(entity_stage, "_recognize", fake_recognize)
    monkeypatch.setattr(entity_stage, "_fragment_trained", lambda *_: False)
    text = _long_page()
    article = Article(id="a", source="test", text=text, language="en")
    run = entity_stage.entities_stage()
    list(run([article]))
    assert read["linker"] == analysed_end(text)


def test_written_lower_reads_the_text_once_per_word(monkeypatch: Any) -> None:
    searched = [0]
    search = re.search

    def counted(*args: Any, **kwargs: Any) -> Any:
        searched[0] += 1
        return search(*args, **kwargs)

    monkeypatch.setattr(re, "search", counted)
    descriptors._lower_writings.cache_clear()
    text = PARAGRAPH * 200
    answers = {descriptors._written_lower(text, "Economist") for _ in range(200)}
    assert answers == {True} and searched[0] == 1
    other = PARAGRAPH.replace("the economist's", "her") * 2  # another text: asked anew
    assert not descriptors._written_lower(other, "Economist") and searched[0] == 2
    descriptors._lower_writings.cache_clear()


def test_written_lower_answers() -> None:
    assert descriptors._written_lower("Economist Ann Lee spoke. The economist left.", "Economist")
    assert not descriptors._written_lower("Economist Ann Lee spoke. An economy grew.", "Economist")
    assert not descriptors._written_lower("Grant Lee spoke. A grant was made.", "Grant")  # short
    assert not descriptors._written_lower("Historian Ann Lee spoke. Historians met.", "Historian")
