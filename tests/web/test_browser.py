"""Real-browser tests: Chromium clicks through the web application served by `dragoman serve`."""

from __future__ import annotations

import json
import urllib.request
from typing import Any

from tests.serving import HOSTILE, PWNED, SPEAKER, STORY
from tests.web.conftest import TOKEN, shot

# How long an ingest or a hybrid search may take: the first use loads the analysis and
# embedding models in the server (seconds on a busy two-core machine).
SLOW_TIMEOUT_MS = 60_000


def no_horizontal_scroll(page: Any) -> bool:
    wide = page.evaluate(
        "[...document.querySelectorAll('body *')].filter("
        "e => e.getBoundingClientRect().right > window.innerWidth + 1"
        " || e.getBoundingClientRect().left < -1).map("
        "e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').slice(0, 60))")
    assert not wide, wide
    return bool(page.evaluate(
        "document.documentElement.scrollWidth <= window.innerWidth + 1"))


def test_stories_story_article_entity_search(server: str, page: Any) -> None:
    page.goto(server + "/?period=all")
    assert page.locator("h1").inner_text().startswith("Stories")
    shot(page, "1-stories")

    page.click(f'a[href="/stories/{STORY}"]')
    page.wait_for_url(f"**/stories/{STORY}")
    columns = page.locator("section.column")
    assert sorted(columns.evaluate_all("cs => cs.map(c => c.lang)")) == ["ar", "en", "fr"]
    assert page.locator("svg.chart rect").count() >= 3  # coverage chart
    shot(page, "2-story")

    page.click('section.column[lang="ar"] ol a')
    page.wait_for_url("**/articles/t-fixture-ar")
    body = page.locator("article.doc .body")
    assert body.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert page.locator("article.doc").get_attribute("lang") == "ar"
    assert page.locator("article.doc .quote").count() == 1
    assert page.locator(".badge.uncertain").count() >= 1  # the date is shown as uncertain
    shot(page, "3-article-rtl")

    page.locator(f'article.doc a[href="/entities/{SPEAKER}"]').first.click()
    page.wait_for_url(f"**/entities/{SPEAKER}")
    assert "Annika Saar" in page.locator("h1").inner_text()
    names = page.locator("ul.names").inner_text()
    assert "أنيكا سار" in names and "Annika Saar" in names
    assert page.locator("svg.chart").count() == 2  # mentions and quotations over time
    shot(page, "4-entity")

    page.fill('form.quick input[name="q"]', "corridor")
    page.press('form.quick input[name="q"]', "Enter", timeout=SLOW_TIMEOUT_MS)
    page.wait_for_url("**/search?q=corridor", timeout=SLOW_TIMEOUT_MS)  # hybrid search
    results = page.locator("ol.list li a.title")
    assert results.count() >= 2
    shot(page, "5-search")
    results.first.click()
    page.wait_for_url("**/articles/**")
    assert page.locator("article.doc").count() == 1


def test_phone_layout(server: str, phone: Any) -> None:
    for path, name in ((f"/stories/{STORY}", "phone-story"), ("/articles/t-fixture-ar",
                                                               "phone-article-rtl"),
                       (f"/entities/{SPEAKER}", "phone-entity"), ("/?period=all",
                                                                  "phone-stories")):
        phone.goto(server + path)
        assert no_horizontal_scroll(phone), path
        shot(phone, name)


def test_hostile_page_stays_inert(server: str, page: Any) -> None:
    dialogs: list[str] = []

    def record(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", record)
    for path in (f"/articles/{HOSTILE}", "/stories/story-hostile", "/entities/x-evil",
                 "/search?q=officials&mode=keyword"):
        page.goto(server + path)
        page.wait_for_load_state("load")
        assert page.title() != PWNED, path  # what the injected handlers would set
        assert page.evaluate("getComputedStyle(document.body).display") != "none", path
        fixed = page.evaluate(
            "[...document.querySelectorAll('body *')].filter("
            "e => getComputedStyle(e).position === 'fixed').length")
        assert fixed == 0, path
    assert dialogs == []
    page.goto(server + f"/articles/{HOSTILE}")
    assert "<script>" in page.locator("article.doc .body").inner_text()  # shown as text
    assert page.locator("a.original").count() == 0  # the javascript: link is not offered
    shot(page, "6-hostile")


def test_ingest_form(server: str, page: Any) -> None:
    page.goto(server + "/ingest")
    page.fill('textarea[name="content"]',
              "Coast Courier\n\nNew lifeboat station opens at the harbour\n6 September 2024\n\n"
              "A new lifeboat station opened at the harbour on Friday, replacing a shed that "
              "had served the volunteer crew for more than forty years.\n\n"
              "The crew said the larger boat hall would let them launch in any tide.\n")
    page.fill('input[name="token"]', TOKEN)
    # The first ingest in a fresh server loads the analysis models: allow for it (the click
    # itself waits for the navigation it starts).
    page.click("form.ingest button", timeout=SLOW_TIMEOUT_MS)
    page.wait_for_url("**/articles/**", timeout=SLOW_TIMEOUT_MS)
    assert "replacing a shed that had served" in page.locator("article.doc").inner_text()
    shot(page, "7-ingested")


def test_pipeline_articles(server: str, page: Any, phone: Any) -> None:
    """Articles analysed by the installed stages (the bundled samples), desktop and phone."""
    with urllib.request.urlopen(server + "/api/v1/articles?language=ar&limit=100") as r:
        arabic = [a["id"] for a in json.load(r)["items"] if not a["id"].startswith("t-")]
    with urllib.request.urlopen(server + "/api/v1/articles?language=en&limit=100") as r:
        english = [a["id"] for a in json.load(r)["items"] if not a["id"].startswith("t-")]
    assert arabic and english
    for view, name in ((page, "8-sample"), (phone, "phone-sample")):
        for aid, lang in ((arabic[0], "ar"), (english[0], "en")):
            view.goto(f"{server}/articles/{aid}")
            doc = view.locator("article.doc")
            assert doc.get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
            assert no_horizontal_scroll(view)
            shot(view, f"{name}-{lang}")


def test_lists_filters_and_docs(server: str, page: Any) -> None:
    page.goto(server + "/entities")
    page.fill('input[name="name"]', "Annika")
    page.click("form.filters button")
    page.wait_for_url("**/entities?name=Annika*")
    assert page.locator(f'a[href="/entities/{SPEAKER}"]').count() == 1
    shot(page, "9-entities")

    page.goto(server + "/quotations")
    page.fill('input[name="speaker"]', SPEAKER)
    page.fill('input[name="language"]', "fr")
    page.click("form.filters button")
    page.wait_for_url("**/quotations?**")
    quotes = page.locator("li.quote-item blockquote")
    assert quotes.count() == 1 and "Nous garderons" in quotes.first.inner_text()
    shot(page, "10-quotations")

    page.goto(server + "/articles?language=ar")
    assert page.locator("ol.list li").count() >= 3
    page.goto(server + "/docs")
    assert page.locator("table.endpoints tbody tr").count() >= 10
    shot(page, "11-docs")
