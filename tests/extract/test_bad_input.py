"""Broken, huge, hostile and mis-encoded pages: a clear error or a usable article, never a crash."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from dragoman.errors import ExtractionError
from dragoman.extract import extract_page
from dragoman.extract.limits import (
    MAX_HTML_CHARS,
    MAX_TREE_DEPTH,
    PageTimeout,
    time_budget,
    tree_depth,
)
from dragoman.model import Article, Failure, RawPage
from dragoman.pipeline import Pipeline
from dragoman.pipeline.standard import extract_stage
from dragoman.sources import decode_bytes
from tests.conftest import burn_cpu

PAGES = Path(__file__).parent / "pages"
ARABIC = (PAGES / "ar_jsonld_summit.html").read_text(encoding="utf-8")
BODY_START = "اتفق وزراء الطاقة في اثنتي عشرة دولة عربية"


def _html(page: str, name: str = "page.html") -> Article:
    return extract_page(RawPage(name, page, "html"))


def test_truncated_html_keeps_what_arrived() -> None:
    cut = ARABIC[: ARABIC.index("ومن المقرر")]  # the transfer stopped mid-article
    article = _html(cut)
    assert article.text.startswith(BODY_START)
    assert article.title == "وزراء الطاقة العرب يتفقون على ربط شبكات الكهرباء"


def test_huge_page_of_scripts_is_cut_down_and_extracted() -> None:
    script = "<script>var x = '" + "a" * (20 * 1024 * 1024) + "';</script>"
    page = ARABIC.replace("</head>", script + "</head>")
    t0 = time.perf_counter()
    article = _html(page)
    assert time.perf_counter() - t0 < 10
    assert article.text.startswith(BODY_START)


def test_page_over_the_size_limit_is_refused_with_its_name() -> None:
    para = "<p>" + "word " * 200 + "</p>"
    page = "<html><body>" + para * (MAX_HTML_CHARS // len(para) + 10) + "</body></html>"
    with pytest.raises(ExtractionError, match=r"huge\.html: HTML too large"):
        _html(page, "huge.html")


def test_deeply_nested_markup_is_refused() -> None:
    depth = MAX_TREE_DEPTH + 30
    page = "<html><body>" + "<div>" * depth + "<p>text</p>" + "</div>" * depth + "</body></html>"
    with pytest.raises(ExtractionError, match="nested"):
        _html(page, "deep.html")


def test_tree_depth_is_measured_without_recursion() -> None:
    import lxml.html

    tree = lxml.html.fromstring("<div><div><div><p>x</p></div></div></div>")
    assert tree_depth(tree) == 4


def test_script_only_page_is_a_clear_error() -> None:
    page = "<html><head><script>document.write('hi')</script></head><body><script>x()</script></body></html>"
    with pytest.raises(ExtractionError, match=r"script\.html: no article text"):
        _html(page, "script.html")


@pytest.mark.parametrize("declared", ["iso-8859-1", "windows-1252"])
def test_windows_1256_arabic_declared_as_latin(declared: str) -> None:
    data = ARABIC.replace('charset="utf-8"', f'charset="{declared}"').encode("cp1256")
    text = decode_bytes(data, "legacy.html")  # decodes "successfully" into Latin-1 letters
    assert BODY_START not in text
    article = _html(text, "legacy.html")
    assert article.text.startswith(BODY_START)
    assert article.site == "جريدة الضفة"


def test_windows_1251_russian_declared_as_latin() -> None:
    page = (PAGES / "ru_opengraph.html").read_text(encoding="utf-8")
    data = page.replace('charset="utf-8"', 'charset="iso-8859-1"').encode("cp1251")
    article = _html(decode_bytes(data, "legacy-ru.html"), "legacy-ru.html")
    assert article.text.startswith("В пятницу в Казани открыли движение")
    assert article.authors == ["Анна Белова"]


def test_windows_1256_arabic_declared_as_utf8() -> None:
    data = ARABIC.encode("cp1256")
    article = _html(decode_bytes(data, "legacy.html"), "legacy.html")
    assert article.text.startswith(BODY_START)


def test_accented_latin_text_is_left_alone() -> None:
    from dragoman.extract.encoding import repair_mojibake

    french = "<p>Les élèves ont visité le musée d'Orsay à Paris après la grève.</p>"
    assert repair_mojibake(french) == french


def test_time_budget_stops_a_slow_page() -> None:
    with pytest.raises(PageTimeout, match=r"slow\.html"), time_budget("slow.html", 0.05):
        burn_cpu(1)


def test_one_bad_page_costs_only_itself() -> None:
    pages = [
        RawPage("good1.html", ARABIC, "html"),
        RawPage("empty.html", "<html><body></body></html>", "html"),
        RawPage("deep.html", "<div>" * 400 + "x" + "</div>" * 400, "html"),
        RawPage("good2.html", ARABIC, "html"),
    ]
    out = list(Pipeline([extract_stage()]).run(pages))
    assert [type(r) for r in out] == [Article, Failure, Failure, Article]
    assert all(r.source in ("empty.html", "deep.html") for r in out if isinstance(r, Failure))


def test_oversized_text_page_is_refused_with_its_name() -> None:
    from dragoman.extract.limits import MAX_TEXT_CHARS

    line = "A sentence of running text that goes on and on, as body text does.\n"
    page = RawPage("huge.txt", line * (MAX_TEXT_CHARS // len(line) + 2), "text")
    with pytest.raises(ExtractionError, match=r"huge\.txt: text page too large"):
        extract_page(page)
