"""Quotation attribution on long pages does work in proportion to the page (no scan of the
whole text for every quotation), and the helpers that replaced those scans keep their answers."""

from __future__ import annotations

import re

from dragoman.language.rules import rules_for
from dragoman.model import Article, Mention
from dragoman.quotes import detect
from dragoman.quotes.detect import _Context, _opens_clause, find_quotes
from dragoman.quotes.lexicon import lexicon
from dragoman.quotes.marks import find_quoted
from dragoman.quotes.speakers import Mentions


def _page(n: int) -> Article:
    head = "The mayor, Ann Lee, spoke on Monday. "
    body = " ".join(f"“Plan number {i} will work well,” the mayor said." for i in range(n))
    text = head + body
    lee = text.index("Ann Lee")
    return Article(id="t", source="t", text=text, language="en",
                   mentions=[Mention(lee, lee + 7, "Ann Lee", "PER")])


def _within_calls(n: int, monkeypatch: object) -> tuple[int, list[str | None]]:
    calls = [0]
    original = Mentions.within

    def counted(self: Mentions, start: int, end: int) -> list[Mention]:
        calls[0] += 1
        return original(self, start, end)

    monkeypatch.setattr(Mentions, "within", counted)  # type: ignore[attr-defined]
    quotes, _ = find_quotes(_page(n))
    monkeypatch.undo()  # type: ignore[attr-defined]
    return calls[0], [q.speaker_text for q in quotes if q.direct]


def test_role_speakers_resolve_to_the_named_person_in_linear_work(monkeypatch: object) -> None:
    small, speakers = _within_calls(40, monkeypatch)
    large, _ = _within_calls(160, monkeypatch)
    assert speakers and all(s == "Ann Lee" for s in speakers)  # "the mayor" -> Ann Lee
    # four times the quotations, about four times the look-ups (a scan of every earlier
    # "the mayor" for each quotation made it sixteen times)
    assert large < 5 * small


def test_inside_quotation_sees_nested_and_overlapping_spans() -> None:
    rules = rules_for("en")
    assert rules is not None
    ctx = _Context(Article(id="t", source="t", text="x" * 100, language="en"), lexicon(rules))
    ctx.quoted = [(10, 60), (20, 30), (70, 80)]
    assert ctx.inside_quotation(21, 29) and ctx.inside_quotation(40, 50)
    assert not ctx.inside_quotation(10, 60)  # the span itself
    assert not ctx.inside_quotation(62, 68) and not ctx.inside_quotation(72, 85)
    ctx.quoted = [(0, 5)]  # reassigned: the search follows
    assert not ctx.inside_quotation(21, 29) and ctx.inside_quotation(1, 4)


def test_opens_clause_matches_the_regex_it_replaced() -> None:
    text = "He said, “a” and then: “b” or “c” — “d” plain “e”\n“f”"
    for m in re.finditer("“", text):
        for floor in range(0, m.start() + 1, 3):
            old = not re.search(r"\w", text[floor:m.start()]) or bool(
                re.search(r"[,:،—–-]\s*$", text[floor:m.start()]))
            assert _opens_clause(text, floor, m.start()) == old, (floor, m.start())


def test_long_page_with_no_sentence_end_is_not_read_per_quotation(monkeypatch: object) -> None:
    """"Sanders: “…” Sanders: “…” …" with no full stop: each quotation's clause floor is the
    page's start; finding whether a word precedes it must not read from there every time."""
    seen = [0]
    original = detect.words

    def counted(text: str, start: int = 0, end: int | None = None) -> list[object]:
        seen[0] += (len(text) if end is None else end) - start
        return original(text, start, end)  # type: ignore[return-value]

    monkeypatch.setattr(detect, "words", counted)  # type: ignore[attr-defined]
    text = "Sanders: “It Is Not A Radical Idea” " * 400
    find_quotes(Article(id="t", source="t", text=text, language="en"))
    assert seen[0] < 20 * len(text)  # linear; the old per-quotation read was 200 times


def test_unclosed_multi_paragraph_quotation_ends_before_trailing_spaces() -> None:
    text = ("“First paragraph goes on here.  \n\n“Second one goes on too.   \n\nA heading\n\n"
            "“Next one,” she said.")
    spans, _ = find_quoted(text)
    assert len(spans) == 2
    assert text[spans[0].start:spans[0].end].endswith("too.")


def test_known_names_after_an_honorific_at_any_word_position() -> None:
    from dragoman.quotes.names import known_names

    for text in ("Frau Hoppenstedt sagte das.", "Laut Frau Hoppenstedt ist das so.",
                 "Das sagte Dr. Koch heute.", "Gestern sagte Dr. Koch das."):
        name = "Hoppenstedt" if "Hoppenstedt" in text else "Koch"
        assert name in known_names(text, []), text
    assert "Heute" not in known_names("Laut Frau heute nicht. Heute schon.", [])
