"""Per-name text scans of the linker (whole-word hits, title quotations, one-word names at
sentence starts) keep the semantics of the regular expressions they replace, and an article
of many names still links in reasonable time (original sentences and made-up names)."""

from __future__ import annotations

import re
import time

import pytest

from dragoman.entities.linkdoc import title_case_line, word_hits
from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from dragoman.entities.works import only_in_title_quotes, title_quotes
from dragoman.model import Mention

TEXT = ("Hale said Hale_x and xHale met Halel. “Hale” is a song; O'Neil, O'Neil's and U.S. "
        "U.S.A. Ærø, ÆrøX, Ærø. Über Über2 _Über. Hale")


@pytest.mark.parametrize("word", ["Hale", "O'Neil", "U.S.", "Ærø", "Über", "X", "s", "."])
def test_word_hits_match_the_regular_expression(word: str) -> None:
    expected = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", TEXT)]
    assert list(word_hits(TEXT, word)) == expected


def test_word_hits_of_nothing() -> None:
    assert list(word_hits(TEXT, "")) == []
    assert list(word_hits("", "Hale")) == []


def test_only_in_title_quotes_checks_each_occurrence() -> None:
    text = "The band played “Kill Bill” and “Dance the Night”; later “Kill Bill” again."
    quotes = title_quotes(text, "en")
    assert [text[a:b] for a, b in quotes] == ["Kill Bill", "Dance the Night", "Kill Bill"]
    assert only_in_title_quotes(text, "Kill Bill", quotes)
    assert only_in_title_quotes(text, "Dance", quotes)
    assert not only_in_title_quotes(text, "Bill and", quotes)  # runs past a quotation's end
    assert not only_in_title_quotes(text, "Missing", quotes)
    before = "Kill Bill was seen. " + text
    assert not only_in_title_quotes(before, "Kill Bill", title_quotes(before, "en"))


# Generous bound for 600 names on a loaded 2-core machine; HEAD before the quadratic scans
# were removed took about 3 s for 1,000 (see the review report), quadratic code far more.
MANY_NAMES_MAX_SECONDS = 20.0


def _made_up(i: int) -> str:
    letters = "bdfgklmnprstvz"
    return "".join(letters[(i // len(letters) ** k) % len(letters)] + "aeiou"[(i + k) % 5]
                   for k in range(3)).capitalize()


def test_many_quoted_titles_link_in_time() -> None:
    parts, items = [], []
    pos = 0
    for i in range(600):
        title = f"{_made_up(i)} {_made_up(i + 7)}"
        sentence = f"They sang “{title}” again. "
        start = pos + sentence.index(title)
        items.append(Mention(start, start + len(title), title, "ORG", score=0.9))
        parts.append(sentence)
        pos += len(sentence)
    text = "".join(parts)
    began = time.perf_counter()
    out, _ = Linker(memory=Memory()).link(text, items, language="en")
    assert time.perf_counter() - began < MANY_NAMES_MAX_SECONDS
    assert all(text[m.start:m.end] == m.text for m in out)
    assert all(m.entity_id is None for m in out if m.text in {i.text for i in items})


@pytest.mark.parametrize("line", [
    "U.S. Senator Blasts Federal Reserve Over Rates",  # an abbreviation in capitals
    "Dr. Phil Sparks Fresh Outrage Over Comments",  # a pack's abbreviation
    "TRUMP SAYS U.S. WILL DEFEND TAIWAN",
])
def test_headline_with_abbreviation_stays_title_case(line: str) -> None:
    assert title_case_line(line, running=True)


def test_two_sentences_are_running_text() -> None:
    line = "Seit Juli Leitet Anna Berger Das Haus. Sie Plant Neues Jetzt."
    assert title_case_line(line) and not title_case_line(line, running=True)
