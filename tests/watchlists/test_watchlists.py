"""Watchlists: matching, incremental refresh, the Atom feed and webhooks, over a small
archive of hand-written analysed articles (no analysis models needed)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any, ClassVar

import feedparser
import pytest

from dragoman.errors import InputError, NotFound
from dragoman.model import Article
from dragoman.store import SQLiteStore, open_store
from dragoman.watchlists import (
    add_watchlist,
    get_watchlist,
    list_watchlists,
    match_article,
    new_watchlist,
    recent_items,
    refresh,
    remove_watchlist,
)
from dragoman.watchlists.atom import atom_feed
from dragoman.watchlists.webhook import deliver
from tests.serving import HOSTILE, SPEAKER, fixture_articles, hostile_article
from tests.store.conftest import pg_schema


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    s = SQLiteStore(tmp_path / "w.db")
    for article in fixture_articles():
        s.put_article(article)
    yield s
    s.close()


def _by_id(aid: str) -> Article:
    return next(a for a in [*fixture_articles(), hostile_article()] if a.id == aid)


def test_each_field_is_a_condition_and_any_term_of_a_field_suffices() -> None:
    en, ar, fr = (_by_id(f"t-fixture-{x}") for x in ("en", "ar", "fr"))
    corridor = new_watchlist("corridor", keywords=["grain corridor", "ممر الحبوب"])
    assert match_article(corridor, en) and match_article(corridor, ar)
    assert match_article(corridor, fr) is None  # "corridor céréalier" is not the phrase
    assert match_article(new_watchlist("part", keywords=["corrid"]), en) is None  # whole words
    only_ar = new_watchlist("ar", keywords=["grain corridor", "ممر الحبوب"], languages=["ar"])
    assert match_article(only_ar, ar) and match_article(only_ar, en) is None
    # Arabic letter variants and case fold: إ/ا, ة/ه.
    assert match_article(new_watchlist("v", keywords=["بابقاء"]), ar)
    assert match_article(new_watchlist("c", keywords=["TALLINN"]), en)


def test_arabic_keywords_match_after_attached_proclitics() -> None:
    ar = _by_id("t-fixture-ar")  # "ووعد مجلس البلطيق بنشر خطة للشحن", "وقالت", "الشتاء"
    for term in ("الشحن", "شحن", "وعد", "نشر", "شتاء", "قالت"):
        assert match_article(new_watchlist("p", keywords=[term]), ar), term
    for term in ("حن", "عد الشتاء", "بلطيقي"):  # inside a word, or not whole words
        assert match_article(new_watchlist("p", keywords=[term]), ar) is None, term


def test_entities_by_id_or_by_a_name_in_any_script() -> None:
    en, fr = _by_id("t-fixture-en"), _by_id("t-fixture-fr")
    assert match_article(new_watchlist("id", entities=["x-baltic-council"]), en)
    assert match_article(new_watchlist("id", entities=["x-baltic-council"]), fr) is None
    assert match_article(new_watchlist("ar name", entities=["مجلس البلطيق"]), en)
    assert match_article(new_watchlist("part", entities=["Saar"]), fr)
    both = new_watchlist("and", entities=["Saar"], keywords=["shipping plan"])
    assert match_article(both, en) and match_article(both, fr) is None


def test_speakers_give_the_matching_statements() -> None:
    ar = _by_id("t-fixture-ar")
    match = match_article(new_watchlist("saar", speakers=["Annika Saar"]), ar)
    assert match is not None and [q.text for q in match.quotes] == ["سنبقي الممر مفتوحا طوال الشتاء"]
    assert match_article(new_watchlist("other", speakers=["Rolf Ekdahl"]), ar) is None
    assert match_article(new_watchlist("by id", speakers=[SPEAKER]), ar) is not None


def test_invalid_watchlists_are_refused_with_the_reason() -> None:
    with pytest.raises(InputError, match="at least one keyword"):
        new_watchlist("empty")
    with pytest.raises(InputError, match="http:// or https://"):
        new_watchlist("hook", keywords=["x"], webhook="file:///etc/passwd")
    with pytest.raises(InputError, match="name"):
        new_watchlist("  ", keywords=["x"])


def test_refresh_matches_only_new_articles_and_keeps_offsets(store: SQLiteStore) -> None:
    watchlist = add_watchlist(store, new_watchlist("saar", speakers=["Saar"]))
    first = recent_items(store, watchlist.id)
    assert {(i.kind, i.article.id) for i in first} == {
        (kind, f"t-fixture-{x}") for kind in ("article", "statement") for x in ("en", "ar", "fr")}
    for item in first:
        if item.quote is not None:  # a statement keeps its character offsets into the text
            assert item.article.text[item.quote.start:item.quote.end] == item.quote.text
    assert refresh(store) == 0  # nothing new
    late = _by_id("t-fixture-en")
    late.id, late.url = "t-late", "https://harbour-gazette.example/late"
    store.put_article(late)
    assert refresh(store) == 2  # the article and its statement, once
    assert refresh(store) == 0
    assert [w.name for w in list_watchlists(store)] == ["saar"]
    remove_watchlist(store, watchlist.id)
    with pytest.raises(NotFound, match=watchlist.id):
        get_watchlist(store, watchlist.id)


def test_atom_feed_parses_and_escapes_hostile_content(store: SQLiteStore) -> None:
    store.put_article(hostile_article())
    watchlist = add_watchlist(store, new_watchlist("<b>calm</b> & co", keywords=["officials"],
                                                   speakers=["Rolf Ekdahl"]))
    body = atom_feed(watchlist, recent_items(store, watchlist.id), "http://127.0.0.1:8000/")
    assert b"<script>" not in body and b"<img" not in body  # every piece of markup escaped
    feed = feedparser.parse(body)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.feed.title == "Dragoman watchlist: <b>calm</b> & co"
    links = {e.link for e in feed.entries}
    assert links == {f"http://127.0.0.1:8000/articles/{HOSTILE}"}
    kinds = sorted(t.term for e in feed.entries for t in e.tags)
    assert kinds == ["article", "statement"]
    article = next(e for e in feed.entries if e.tags[0].term == "article")
    assert "<script>" in article.title  # shown as text, not markup
    assert all("javascript:" not in link.href for e in feed.entries for link in e.links)


class _Receiver(BaseHTTPRequestHandler):
    received: ClassVar[list[dict[str, Any]]] = []

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        self.received.append(json.loads(self.rfile.read(length)))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def receiver() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    server = HTTPServer(("127.0.0.1", 0), _Receiver)
    _Receiver.received = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/hook", _Receiver.received
    server.shutdown()
    server.server_close()


def test_webhook_posts_new_hits_to_an_allowed_loopback_receiver(
        store: SQLiteStore, receiver: tuple[str, list[dict[str, Any]]]) -> None:
    url, received = receiver
    watchlist = add_watchlist(store, new_watchlist("saar", speakers=["Saar"], webhook=url))
    host = url.split("/")[2]
    assert deliver(store, allow=[host]) == []  # what matched at creation is not sent
    late = _by_id("t-fixture-fr")
    late.id, late.url = "t-late-fr", None
    store.put_article(late)
    refresh(store)
    sent = deliver(store, allow=[host])
    assert [(d.ok, d.items) for d in sent] == [(True, 2)]
    assert received[0]["watchlist"] == {"id": watchlist.id, "name": "saar"}
    statement = next(i for i in received[0]["items"] if i["kind"] == "statement")
    text = late.text
    assert text[statement["statement"]["start"]:statement["statement"]["end"]] == \
        statement["statement"]["text"]
    assert deliver(store, allow=[host]) == []  # sent once


def test_webhook_to_a_non_public_address_is_refused(
        store: SQLiteStore, receiver: tuple[str, list[dict[str, Any]]]) -> None:
    url, received = receiver
    add_watchlist(store, new_watchlist("saar", speakers=["Saar"], webhook=url))
    late = _by_id("t-fixture-en")
    late.id, late.url = "t-late-en", None
    store.put_article(late)
    refresh(store)
    sent = deliver(store, allow=[])
    assert len(sent) == 1 and not sent[0].ok
    assert "127.0.0.1" in (sent[0].error or "") and "non-public" in (sent[0].error or "")
    assert received == []
    assert deliver(store, allow=[]) == []  # refused for good, not retried forever


def test_postgres_keeps_watchlists_like_sqlite() -> None:
    with pg_schema() as url:
        store = open_store(url)
        try:
            for article in fixture_articles():
                store.put_article(article)
            watchlist = add_watchlist(store, new_watchlist("saar", speakers=["Saar"],
                                                           languages=["fr", "en"]))
            items = recent_items(store, watchlist.id)
            assert sorted((i.kind, i.article.id) for i in items) == [
                ("article", "t-fixture-en"), ("article", "t-fixture-fr"),
                ("statement", "t-fixture-en"), ("statement", "t-fixture-fr")]
            assert store.count_watchlist_hits(watchlist.id) == 4
            remove_watchlist(store, watchlist.id)
            assert list_watchlists(store) == []
        finally:
            store.close()


def test_watch_matches_new_articles_and_calls_webhooks_after_each_poll(
        tmp_path: Path, receiver: tuple[str, list[dict[str, Any]]]) -> None:
    from dragoman.archive import Archive
    from dragoman.executors.watch import PollReport, watch
    from dragoman.settings import Settings

    url, received = receiver
    # the test's own receiver only
    settings = Settings(allow_private_hosts=(url.split("/")[2],))
    reports: list[PollReport] = []
    with Archive(str(tmp_path / "watch.db"), settings=settings) as archive:
        add_watchlist(archive.store, new_watchlist("saar", speakers=["Saar"], webhook=url))
        for article in fixture_articles()[:2]:  # as if the poll had just stored them
            archive.store.put_article(article)
        watch(archive, [], every_s=0, polls=1, on_poll=reports.append)
    assert [(r.watchlist_hits, r.webhooks_sent, r.failures) for r in reports] == [(4, 1, [])]
    assert {i["article"]["id"] for i in received[0]["items"]} == {"t-fixture-en", "t-fixture-ar"}
