"""Every page in a real browser (Debian Chromium), desktop and phone, left-to-right and
right-to-left: it answers 200, its key elements are visible on the screenshot, nothing
overflows sideways; plus the watchlist pages, the API explorer (script allowed on that
page only) and the ingest form with writing off.

``DRAGOMAN_SCREENSHOTS=docs`` also saves the README's screenshots to docs/screenshots/.
"""

from __future__ import annotations

import json
import os
import struct
import urllib.request
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.serving import SPEAKER, STORY, STORYLINE, copy_archive
from tests.web.conftest import TOKEN, require_chromium, running_server, shot
from tests.web.test_browser import no_horizontal_scroll

DOCS = ROOT / "docs" / "screenshots"
# Fewest distinct byte values in a screenshot's decompressed pixel rows: a blank or
# single-colour capture has a handful; any page with text and colours has well over 100.
MIN_DISTINCT_BYTES = 64

PAGES = [  # path, what must be visible, text direction of the main content
    ("/?period=all", "ol.list", "ltr"),
    (f"/stories/{STORY}", "section.column[lang=ar] ol", "rtl"),
    ("/storylines", "h1", "ltr"),
    (f"/storylines/{STORYLINE}", "h1", "ltr"),
    ("/articles", "ol.list", "ltr"),
    ("/articles/t-fixture-en", "article.doc", "ltr"),
    ("/articles/t-fixture-ar", "article.doc", "rtl"),
    ("/entities", "ol.list, table", "ltr"),
    (f"/entities/{SPEAKER}", "svg.chart", "ltr"),
    ("/quotations", "li.quote-item", "ltr"),
    ("/quotations?language=ar", "li.quote-item blockquote", "rtl"),
    ("/search?q=%D9%85%D9%85%D8%B1&mode=keyword", "ol.list li a.title", "rtl"),
    ("/ingest", "form.ingest", "ltr"),
    ("/docs", "table.endpoints", "ltr"),
    ("/watchlists", "h1", "ltr"),
]


def png_is_blank(png: bytes) -> bool:
    """Whether a PNG's pixel data is (nearly) one colour, read without an imaging library."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    at, data = 8, b""
    while at < len(png):
        length, kind = struct.unpack(">I4s", png[at:at + 8])
        if kind == b"IDAT":
            data += png[at + 8:at + 8 + length]
        at += 12 + length
    return len(set(zlib.decompress(data))) < MIN_DISTINCT_BYTES


def visible_and_drawn(page: Any, *selectors: str) -> None:
    """Each element is visible with a real size, and the screenshot is not blank."""
    for selector in selectors:
        element = page.locator(selector).first
        assert element.is_visible(), selector
        box = element.bounding_box()
        assert box and box["width"] > 10 and box["height"] > 10, (selector, box)
    assert not png_is_blank(page.screenshot()), selectors


def save_for_readme(page: Any, name: str) -> None:
    if os.environ.get("DRAGOMAN_SCREENSHOTS") == "docs":
        DOCS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(DOCS / f"{name}.png"))


def test_every_page_shows_its_content(server: str, page: Any, phone: Any) -> None:
    """One browser context for all the pages (a context per page costs more than the page)."""
    for path, key, direction in PAGES:
        # The phone layout for right-to-left pages (test_browser covers others on a phone).
        for view in (page, phone) if direction == "rtl" else (page,):
            response = view.goto(server + path)
            assert response is not None and response.status == 200, path
            visible_and_drawn(view, "h1", key)
            found = view.locator(key).first.evaluate("e => getComputedStyle(e).direction")
            assert found == direction, (path, key, found)
            assert no_horizontal_scroll(view), path


def _post(server: str, path: str, body: dict[str, Any]) -> dict[str, Any]:
    request = urllib.request.Request(
        server + path, data=json.dumps(body).encode(), method="POST",
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"})
    with urllib.request.urlopen(request) as r:
        data: dict[str, Any] = json.load(r)
        return data


def test_watchlist_pages_and_feed_link(server: str, page: Any) -> None:
    created = _post(server, "/api/v1/watchlists",
                    {"name": "Grain corridor", "keywords": ["corridor", "ممر"],
                     "speakers": ["Annika Saar"]})
    page.goto(server + "/watchlists")
    page.click(f'a[href="/watchlists/{created["id"]}"]')
    page.wait_for_url(f"**/watchlists/{created['id']}")
    visible_and_drawn(page, "ol.hits")
    assert page.locator("li.statement blockquote[dir=rtl]").count() == 1
    feed = page.locator("a.feed").get_attribute("href")
    assert feed == f"/api/v1/watchlists/{created['id']}/feed.atom"
    with urllib.request.urlopen(server + feed) as r:
        assert r.headers["Content-Type"].startswith("application/atom+xml")
    save_for_readme(page, "watchlist")


def test_api_explorer_runs_under_its_csp(server: str, page: Any) -> None:
    problems: list[str] = []  # script errors, CSP refusals, failed loads (bar the favicon)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("console", lambda m: problems.append(m.text)
            if m.type == "error" and "Failed to load resource" not in m.text else None)
    page.on("response", lambda r: problems.append(f"{r.status} {r.url}")
            if r.status >= 400 and not r.url.endswith("/favicon.ico") else None)
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(server) else None)
    page.goto(server + "/api/explorer")
    operations = page.locator(".opblock")
    operations.first.wait_for(state="visible")
    assert operations.count() >= 15
    health = page.locator(".opblock-get", has_text="/api/v1/health").first
    health.locator(".opblock-summary").click()
    health.locator("button.execute").click()
    status = health.locator(".live-responses-table tbody .response-col_status").first
    status.wait_for(state="visible")
    assert status.inner_text().strip() == "200"
    assert problems == [] and outside == []
    save_for_readme(page, "explorer")


@pytest.fixture(scope="module")
def read_only(tmp_path_factory: pytest.TempPathFactory, built_archive: Path) -> Iterator[str]:
    require_chromium()
    db = copy_archive(built_archive, tmp_path_factory.mktemp("ro") / "archive.db")
    with running_server(db, None) as base:
        yield base


def test_ingest_form_shows_that_writing_is_off(read_only: str, page: Any) -> None:
    page.goto(read_only + "/ingest")
    notice = page.locator("p.writes-off")
    assert notice.is_visible() and "Writing is off" in notice.inner_text()
    button = page.locator("form.ingest button")
    assert button.is_disabled() and button.inner_text() == "Writing is off"
    colour = button.evaluate("e => getComputedStyle(e).backgroundColor")
    enabled = page.locator("form.quick").evaluate(
        "() => getComputedStyle(document.querySelector('nav a')).color")
    assert colour != enabled and colour == "rgb(201, 206, 214)"  # greyed out
    assert page.locator("textarea[name=content]").is_disabled()
    shot(page, "ingest-writes-off")


def test_readme_screenshots(server: str, page: Any) -> None:
    """The pages the README shows (run only with DRAGOMAN_SCREENSHOTS=docs)."""
    if os.environ.get("DRAGOMAN_SCREENSHOTS") != "docs":
        pytest.skip("set DRAGOMAN_SCREENSHOTS=docs to refresh docs/screenshots/")
    for path, name in (("/?period=all", "stories"), (f"/stories/{STORY}", "story"),
                       ("/articles/t-fixture-ar", "article-rtl"),
                       (f"/entities/{SPEAKER}", "entity")):
        page.goto(server + path)
        visible_and_drawn(page, "h1", "main")
        save_for_readme(page, name)
