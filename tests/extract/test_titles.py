"""Headlines without site names or rubric prefixes; site suffixes learned across pages."""

from __future__ import annotations

import pytest

from dragoman.extract import extract_site
from dragoman.extract.titles import clean_title, site_suffix
from dragoman.model import Article, RawPage


@pytest.mark.parametrize(("title", "site", "url", "want"), [
    ("Senate passes the budget | TheHill", None, "https://thehill.example/a", "Senate passes the budget"),
    ("Senate passes the budget | The Hill", "The Hill", None, "Senate passes the budget"),
    ("Opinion | Why the budget matters", None, None, "Why the budget matters"),
    ("Harbour Gazette - Storm closes the port", "Harbour Gazette", None, "Storm closes the port"),
    ("Ukraine : la guerre continue - Le Monde", "Le Monde", None, "Ukraine : la guerre continue"),
    ("North - South rail link approved", None, None, "North - South rail link approved"),
    ("What happens next? | Explainer", None, None, "What happens next? | Explainer"),
])
def test_clean_title(title: str, site: str | None, url: str | None, want: str) -> None:
    assert clean_title(title, site, url) == want


def test_a_suffix_shared_by_a_sites_titles_is_learned() -> None:
    titles = ["Bridge reopens - Valley Courier", "Library extends hours - Valley Courier", "Choir wins prize"]
    assert site_suffix(titles) == " - Valley Courier"
    assert site_suffix(["Bridge reopens - Valley Courier", "Choir wins prize"]) is None


def _page(n: int, headline: str) -> RawPage:
    body = " ".join(["The council met on Tuesday evening and agreed the plan after a long debate."] * 4)
    html = (f"<html><head><title>{headline} - Valley Courier</title></head>"
            f"<body><article><p>{body}</p><p>{body}</p></article></body></html>")
    return RawPage(f"p{n}.html", html, "html", url=f"https://courier.example/news/{n}")


def test_extract_site_cuts_the_learned_suffix() -> None:
    out = extract_site([_page(1, "Bridge reopens"), _page(2, "Library extends hours")])
    assert [a.title for a in out if isinstance(a, Article)] == ["Bridge reopens", "Library extends hours"]
