"""``referent_head`` judges each line of an article once (``linkdoc.TitleCaseLines``), however many forms of
names stand on it, and finds the same line around a span as searching the text for line breaks
did (original sentences and made-up names)."""

from __future__ import annotations

import pytest

from dragoman.entities import linkdoc
from dragoman.entities.linkdoc import TitleCaseLines, article_lines, title_case_line
from dragoman.entities.referentvote import Form, referent_head
from dragoman.model import Mention


def _forms(text: str, name: str) -> list[Form]:
    forms, at = [], text.find(name)
    while at >= 0:
        forms.append(Form(Mention(at, at + len(name), name, "PER"), name.lower().split(), None, False, False))
        at = text.find(name, at + 1)
    return forms


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    judged: list[str] = []

    def counted(line: str, running: bool = False) -> bool:
        judged.append(line)
        return title_case_line(line, running)

    monkeypatch.setattr(linkdoc, "title_case_line", counted)
    article_lines.cache_clear()
    return judged


def test_a_tag_line_of_many_forms_is_judged_once(monkeypatch: pytest.MonkeyPatch) -> None:
    judged = _counting(monkeypatch)
    names = ["Tilda Marwick", "Oskar Fennel", "Rosa Quandt"]
    tags = "Topics: " + ", ".join(names[i % 3] for i in range(300)) + "."
    text = f"{tags}\nTilda Marwick said the ferry would run again.\nRosa Quandt agreed."
    heads = [referent_head(_forms(text, name), text) for name in names]
    # the tag line once, and each of the two lines of running text once
    assert sorted(judged) == sorted([tags, "Tilda Marwick said the ferry would run again.",
                                     "Rosa Quandt agreed."])
    assert [h.start for h in heads] == [text.index("Tilda Marwick said"), 8 + len("Tilda Marwick, "),
                                        text.index("Rosa Quandt agreed")]


def test_a_new_text_is_judged_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    judged = _counting(monkeypatch)
    first = "Ferry Timetable Changes For Tilda Marwick\nTilda Marwick said so."
    second = "Tilda Marwick said so.\nFerry Timetable Changes For Tilda Marwick"
    assert referent_head(_forms(first, "Tilda Marwick"), first).start == first.index("Tilda Marwick said")
    assert referent_head(_forms(second, "Tilda Marwick"), second).start == 0
    assert len(judged) == 4


def test_a_heading_form_gives_way_only_in_a_latin_article() -> None:
    text = "Oskar Fennel Opens The New Harbour Bridge\n\nOn Monday Oskar Fennel cut the ribbon."
    forms = _forms(text, "Oskar Fennel")
    assert referent_head(forms, text).start == text.rindex("Oskar Fennel")
    assert referent_head(forms).start == 0  # no text: the first of the longest forms


@pytest.mark.parametrize("text", [
    "", "no break at all", "\n", "\n\nA\r\nB\n", "Harbour Plans\nthe mayor spoke\n\nEnd", "x\n" * 7,
])
def test_the_line_around_a_span_is_the_one_text_search_finds(text: str) -> None:
    lines = TitleCaseLines(text, running=True)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            found = text.find("\n", end)
            expected = (text.rfind("\n", 0, start) + 1, found if found >= 0 else len(text))
            assert lines.line_of(start, end) == expected
