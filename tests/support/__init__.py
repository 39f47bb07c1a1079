"""Generators of synthetic test inputs (articles, WARC files, feeds, near-duplicate sets).

Used by the tests, the evaluations and the benchmarks, so that none of them
touches the internet. Every text is produced from original templates.
"""

from tests.support.corpus import (
    GeneratedPage,
    make_articles,
    make_near_duplicates,
    render_feed,
    render_html,
    render_sitemap,
    write_warc,
)

__all__ = [
    "GeneratedPage",
    "make_articles",
    "make_near_duplicates",
    "render_feed",
    "render_html",
    "render_sitemap",
    "write_warc",
]
