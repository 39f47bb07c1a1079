"""Page types from stated types, URL, title and the shape of the text."""

from __future__ import annotations

import pytest

from dragoman.extract.pagetype import page_type

RUNNING = ("The council approved the new budget on Tuesday after a debate that lasted most of the "
           "evening, and the mayor said the first projects would start in the spring.")
TEASERS = [f"Teaser headline number {i} about the town" for i in range(8)]


@pytest.mark.parametrize(("types", "url", "title", "paragraphs", "want"), [
    (["NewsArticle"], "https://a.example/news/1", "Budget approved", [RUNNING], "article"),
    (["LiveBlogPosting"], "https://a.example/news/1", "Storm", [RUNNING], "liveblog"),
    ([], "https://a.example/news/live/storm", "Storm", [RUNNING], "liveblog"),
    ([], "https://a.example/news/1", "Live updates: storm crosses the coast", [RUNNING], "liveblog"),
    ([], "https://a.example/blogs/live-smarter/sleep", "Sleep better", [RUNNING], "article"),
    (["og:website"], "https://a.example/", "A Example", TEASERS, "listing"),
    ([], "https://a.example/?p=959", "A post", [RUNNING], "article"),
    ([], "https://a.example/section/town", "Town", TEASERS, "listing"),
    (["VideoObject"], "https://a.example/v/1", "Clip", ["Watch the clip"], "media"),
    ([], "https://a.example/videos/clip-1", "Clip", ["Watch the clip"], "media"),
    (["NewsArticle", "VideoObject"], "https://a.example/videos/1", "Budget", [RUNNING], "article"),
])
def test_page_type(types: list[str], url: str, title: str, paragraphs: list[str], want: str) -> None:
    assert page_type(types, url, title, paragraphs) == want
