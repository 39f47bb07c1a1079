"""Highlighting and charts built in Python: well-formed, escaped, faithful to offsets."""

from __future__ import annotations

from html.parser import HTMLParser

from markupsafe import escape

from dragoman.model import Article, Mention, Quote
from dragoman.web.render import bar_chart, headline, highlight, moment, safe_url, text_dir


class Balance(HTMLParser):
    """Checks that tags nest properly and collects the text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def check(html: str) -> str:
    parser = Balance()
    parser.feed(html)
    parser.close()
    assert parser.stack == []
    return "".join(parser.text)


def test_highlight_keeps_text_and_nests_spans() -> None:
    text = "Mayor Ilse Varga said “the <b>bridge</b> opens in May” at the Town Hall."
    quote_start = text.index("“") + 1
    quote_end = text.index("”")
    article = Article(id="t1", source="t", text=text, language="en")
    article.mentions = [Mention(6, 16, "Ilse Varga", "PER", "x-ilse"),
                        Mention(text.index("Town Hall"), text.index("Town Hall") + 9,
                                "Town Hall", "LOC")]
    article.quotes = [Quote(quote_start, quote_end, text[quote_start:quote_end], True,
                            speaker_start=6, speaker_end=16, speaker_id="x-ilse")]
    html = str(highlight(article))
    assert check(html) == text  # every character, once, in order
    assert "&lt;b&gt;bridge&lt;/b&gt;" in html and "<b>" not in html
    assert 'href="/entities/x-ilse"' in html and 'href="/search?q=Town+Hall"' in html
    assert html.count("<a ") == 2  # the speaker link replaces the mention link inside it


def test_crossing_spans_are_split_not_broken() -> None:
    text = "alpha beta gamma delta"
    article = Article(id="t2", source="t", text=text)
    article.quotes = [Quote(0, 10, text[0:10], False)]  # "alpha beta"
    article.mentions = [Mention(6, 16, text[6:16], "ORG", "x-org")]  # "beta gamma" crosses
    html = str(highlight(article))
    assert check(html) == text
    assert html.count('href="/entities/x-org"') == 2  # reopened after the quote closes


def test_bad_offsets_are_ignored() -> None:
    article = Article(id="t3", source="t", text="short")
    article.mentions = [Mention(3, 99, "x", "PER"), Mention(4, 2, "y", "PER")]
    assert str(highlight(article)) == "short"


def test_chart_escapes_labels() -> None:
    rows = [{"day": "2024-01-02", "language": "<x>", "mentions": 2},
            {"day": "2024-01-03", "language": "en", "mentions": 1}]
    svg = str(bar_chart(rows, "mentions", "Mentions <by> language"))
    assert "<x>" not in svg and str(escape("<x>")) in svg
    assert svg.count("<rect") == 4  # two bars, two legend keys
    assert bar_chart([], "mentions", "empty") == ""


def test_urls_and_direction() -> None:
    assert safe_url("javascript:alert(1)") is None
    assert safe_url(" JAVASCRIPT:alert(1)") is None
    assert safe_url('https://a.example/"onmouseover=') is None
    assert safe_url("https://a.example/x?y=1") == "https://a.example/x?y=1"
    assert text_dir("ar") == "rtl" and text_dir("fa") == "rtl" and text_dir("fr") == "ltr"
    assert text_dir(None) == "ltr"


def test_dates_and_headlines_for_reading() -> None:
    assert moment("2024-07-11") == "2024-07-11"
    assert moment("2024-07-11T08:00:00+02:00") == "2024-07-11 08:00 UTC+02:00"
    assert moment("2024-06-03T16:20:00Z") == "2024-06-03 16:20 UTC"
    assert moment(None) == ""
    assert headline({"ar": "عنوان", "en": "Title"}, "s1") == ("en", "Title")
    assert headline({"fr": "Titre", "ar": "عنوان"}, "s1") == ("fr", "Titre")
    assert headline({}, "s1") == ("und", "s1")


def test_chart_axis_keeps_gaps_and_groups_long_spans() -> None:
    gap = [{"day": "2024-01-01", "language": "en", "n": 1},
           {"day": "2024-01-05", "language": "ar", "n": 2},
           {"day": "2024-01-0x", "language": "ar", "n": 9}]  # malformed: left out
    svg = str(bar_chart(gap, "n", "gap"))
    assert svg.count("<rect") == 4 and "01-05" in svg and ": 9<" not in svg
    year = [{"day": f"2024-{m:02d}-03", "language": "en", "n": 1} for m in range(1, 13)]
    weekly = str(bar_chart(year, "n", "year"))
    assert weekly.count("<rect") == 12 + 1  # one bar per stated week, one legend key
    assert "2024-01-01 en: 1" in weekly  # 3 January 2024 falls in the week of Monday 1st
