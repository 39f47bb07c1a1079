"""Boilerplate learnt across the pages of one site (extract/sitewide.py, extract_site)."""

from __future__ import annotations

from dragoman.extract import extract_site
from dragoman.extract.sitewide import drop_site_repeats, site_repeats
from dragoman.model import Article, Block, RawPage

NOTICE = "Unsere Grundsätze: Die Redaktion arbeitet unabhängig von Verlag und Anzeigen."


def article(n: int, paragraphs: list[str], url: str | None = None) -> Article:
    text = "\n\n".join(paragraphs)
    blocks, pos = [], 0
    for p in paragraphs:
        blocks.append(Block(pos, pos + len(p)))
        pos += len(p) + 2
    return Article(id=f"t{n}", source=f"site/{n}.html", text=text, blocks=blocks, url=url)


def test_a_paragraph_on_two_pages_of_a_site_is_dropped() -> None:
    a = article(1, ["Der Hafen von Kiel bekommt zwei neue Kräne für Containerschiffe.", NOTICE])
    b = article(2, ["Die Stadtbibliothek öffnet künftig auch am Sonntagnachmittag.", NOTICE])
    c = article(3, ["Auf einer anderen Seite steht derselbe Hinweis.", NOTICE])
    removed = drop_site_repeats([a, b, c], lambda x: "kiel" if x.id != "t3" else "other")
    assert removed == 2
    assert a.text == "Der Hafen von Kiel bekommt zwei neue Kräne für Containerschiffe."
    assert [(blk.start, blk.end) for blk in a.blocks] == [(0, len(a.text))]
    assert a.id != "t1"  # no URL: the id follows the text
    assert NOTICE in c.text  # the only page of its site keeps everything


def test_long_shared_passages_and_the_last_paragraph_stay() -> None:
    quote = " ".join(["Der Minister sagte am Dienstag im Landtag, die Brücke werde saniert."] * 8)
    a = article(1, ["Erster Bericht über die Brücke.", quote])
    b = article(2, ["Zweiter Bericht über die Brücke.", quote])
    assert site_repeats([a, b]) == set()
    only = article(3, [NOTICE])
    other = article(4, ["Ein Bericht.", NOTICE])
    drop_site_repeats([only, other], lambda x: "s")
    assert only.text == NOTICE  # never emptied


def page(n: int, body: str) -> RawPage:
    html = (f"<html><head><title>Bericht {n}</title></head><body><article><h1>Bericht {n}</h1>"
            f"<p>{body}</p><p>{NOTICE}</p></article></body></html>")
    return RawPage(f"p{n}.html", html, "html", url=f"https://zeitung.example/{n}")


def test_extract_site_drops_the_site_notice_from_html_pages() -> None:
    bodies = ["Der Hafen von Kiel bekommt zwei neue Kräne für die großen Containerschiffe, "
              "die ab dem Frühjahr im Ostuferhafen anlegen sollen.",
              "Die Stadtbibliothek öffnet künftig auch am Sonntagnachmittag, wie die Leiterin "
              "am Montag nach einer Sitzung des Kulturausschusses mitteilte."]
    out = extract_site([page(n, b) for n, b in enumerate(bodies)])
    assert all(isinstance(a, Article) for a in out)
    texts = [a.text for a in out if isinstance(a, Article)]
    assert all(NOTICE not in t for t in texts)
    assert [b in t for b, t in zip(bodies, texts, strict=True)] == [True, True]
