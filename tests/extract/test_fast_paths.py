"""The faster forms of extraction steps give exactly what the plain forms give.

Each fast path (grouped month names, the digit check before folding, the relative-word
pre-scan, counting accented letters on UTF-8 bytes, the body-control check, the
running-text test before the chrome patterns) is compared here with the straightforward
computation it replaces, on texts written for the test.
"""

from __future__ import annotations

import re
from datetime import date

from dragoman.controls import clean_body
from dragoman.extract.dates import _alternation, _grouped_alternation, find_dates, find_relative_date
from dragoman.extract.encoding import MOJIBAKE_SCAN_CHARS, _accented_count
from dragoman.extract.plaintext import _patterns, is_chrome_line, reads_as_running_text
from dragoman.language.normalize import to_ascii_digits
from dragoman.model import Block

_WORDS = ["mar", "march", "mars", "may", "mai", "ılık", "ilk", "iyun", "ſept", "sep", "septembre",
          "juni", "june", "jun", "a.b", "x"]
_TEXTS = [
    "Due 3 March 2021, or mars 4, may 5 and MAI 6; ILIK 7 ilk İLK sept ſEPT Sep. SEPTEMBRE",
    "jun june JUNI Juni. a.b axb x xx marched Mar",
    "nothing here at all, 2024-01-02",
]


def _spans(pattern: str, text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in re.finditer(pattern, text, re.IGNORECASE)]


def test_grouped_month_names_match_like_the_plain_alternation() -> None:
    plain = rf"(?<![^\W\d_])(?:{_alternation(_WORDS)})(?![^\W\d_])"
    grouped = rf"(?<![^\W\d_])(?:{_grouped_alternation(_WORDS)})(?![^\W\d_])"
    for text in _TEXTS:
        assert _spans(grouped, text) == _spans(plain, text)
        assert _spans(_grouped_alternation(_WORDS), text) == _spans(_alternation(_WORDS), text)


def test_dates_with_foreign_digits_are_folded_and_others_are_not() -> None:
    arabic = "نشر في ٨ آذار ٢٠٢٢"
    assert [d.iso for d in find_dates(arabic)] == [d.iso for d in find_dates(to_ascii_digits(arabic))]
    assert [d.iso for d in find_dates(arabic)] == ["2022-03-08"]
    assert [d.iso for d in find_dates("Posted 8 March 2022, 10:30")] == ["2022-03-08T10:30:00"]


def test_relative_date_prefers_the_longest_word_the_text_holds() -> None:
    day = date(2024, 5, 25)
    assert find_relative_date("Market report", day) is None  # no word: one scan, no answer
    found = find_relative_date("yesterday, not today", day)
    assert found is not None and found.value == date(2024, 5, 24)  # "yesterday" is the longer word
    assert find_relative_date("today", None) is None


def test_accented_count_on_bytes_equals_counting_the_letters() -> None:
    letters = re.compile("[\u00c0-\u00ff]")
    for text in ("plain ASCII", "Grüße aus Köln, déjà vu — “quoted” ÿ\u00c0", "Ã©Ã¨Ã\u00a0 mojibake",
                 "lone \udcff surrogate é", "é" * 10 + "\u0100\u00bf\u00c0"):
        assert _accented_count(text) == len(letters.findall(text))
    long_page = "a" * (MOJIBAKE_SCAN_CHARS - 3) + "ééééé"
    assert _accented_count(long_page) == 3  # only the first MOJIBAKE_SCAN_CHARS characters count


def test_body_with_only_newlines_and_tabs_is_returned_as_is() -> None:
    text = "First paragraph.\n\nSecond\tparagraph."
    blocks = [Block(0, 16, "paragraph"), Block(18, 35, "paragraph")]
    assert clean_body(text, blocks) == (text, blocks)
    cleaned, moved = clean_body("A\u202eB\n\nC\u2028D", [Block(0, 3, "paragraph"), Block(5, 8, "paragraph")])
    assert cleaned == "AB\n\nC D" and moved == [Block(0, 2, "paragraph"), Block(4, 7, "paragraph")]


def test_chrome_test_order_does_not_change_the_answer() -> None:
    lines = ["Read more", "All rights reserved", "© 2024 Example Media Ltd. All rights reserved.",
             "Share this article", "Supervisor Jane Roe said on Monday the bridge would reopen soon.",
             "copyright notices are printed on every page of the annual report in small type.",
             "Tags: politics, economy"]
    for line in lines:
        expected = bool(_patterns()[0].match(line)) and not reads_as_running_text(line)
        assert is_chrome_line(line) == expected
    assert is_chrome_line("Read more") and not is_chrome_line(lines[4])


def test_body_check_lets_through_no_character_the_cleaning_would_change() -> None:
    # each BMP character alone in a body with a newline and a tab: the early return must give
    # what the full cleaning (drop, then spaces) gives, so bidi and C1 controls, the BOM and
    # CR alone still go
    from dragoman.controls import _BODY_DROP, _BODY_SPACE

    for code in (c for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF):
        text = f"A{chr(code)}B\n\tC"
        cleaned, moved = clean_body(text, [Block(0, len(text), "paragraph")])
        assert cleaned == _BODY_DROP.sub("", text).translate(_BODY_SPACE)
        assert moved == [Block(0, len(cleaned), "paragraph")]
    assert clean_body("A\u202eB\x9bC\ufeff", [])[0] == "ABC"
