"""The storage contract, run against every backend: SQLite and PostgreSQL.

The PostgreSQL cases use a fresh schema per test on the server named by
$DRAGOMAN_TEST_POSTGRES (default postgresql://postgres@127.0.0.1:5432/test) and
skip with a message when no server answers there.
"""

from __future__ import annotations

import multiprocessing
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from dragoman.archive import Archive
from dragoman.errors import NotFound
from dragoman.model import Article, Block, Entity, Mention, Quote
from dragoman.store import open_store

PG_URL = os.environ.get("DRAGOMAN_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
BACKENDS = ["sqlite", "postgres"]


def _pg_admin() -> object:
    psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed (dragoman[postgres])")
    try:
        return psycopg.connect(PG_URL, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        pytest.skip(f"no PostgreSQL server answers at {PG_URL} ({str(exc).strip()[:120]}); "
                    "start one with: pg_ctlcluster <version> main start")  # fmt: skip


@pytest.fixture
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty archive location for the requested backend."""
    if request.param == "sqlite":
        yield str(tmp_path / "archive.db")
        return
    admin = _pg_admin()
    schema = f"dragoman_test_{uuid.uuid4().hex[:10]}"
    admin.execute(f"CREATE SCHEMA {schema}")  # type: ignore[attr-defined]
    sep = "&" if "?" in PG_URL else "?"
    try:
        yield f"{PG_URL}{sep}options={quote(f'-csearch_path={schema}')}"
    finally:
        admin.execute(f"DROP SCHEMA {schema} CASCADE")  # type: ignore[attr-defined]
        admin.close()  # type: ignore[attr-defined]


def _article(aid: str, text: str = "The secretary general said allies will defend every inch.",
             **kw: object) -> Article:
    return Article(id=aid, source="test", text=text, title=kw.pop("title", "A title"),  # type: ignore[arg-type]
                   language=kw.pop("language", "en"), **kw)  # type: ignore[arg-type]


pytestmark = pytest.mark.parametrize("location", BACKENDS, indirect=True)


@pytest.fixture(autouse=True)
def _no_stories(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAGOMAN_STORIES", "0")  # storage is tested here, not the story stage


def test_roundtrip_keeps_every_field(location: str) -> None:
    store = open_store(location)
    text = "Mara Lindqvist said: “We cannot wait another winter.”"
    art = _article("t2", text, title="T", authors=["A B"], url="https://x.example/a",
                   published="2024-05-25T23:53:00", published_confidence=0.9,
                   blocks=[Block(0, len(text))], sentences=[(0, len(text))],
                   fetched_at="2024-06-01T12:00:00+00:00", warnings=["w"])
    art.mentions = [Mention(0, 14, "Mara Lindqvist", "PER", "e1", 0.8)]
    art.entities = [Entity("e1", "Mara Lindqvist", "PER", {"ar": "مارا ليندكفيست"}, ["M. L."])]
    art.quotes = [Quote(21, 53, text[21:53], True, "said", 15, 19, speaker_id="e1",
                        speaker_name="Mara Lindqvist")]
    assert store.put_article(art)
    assert store.get_article("t2") == art
    assert store.has_article("t2") and not store.has_article("t3")
    store.close()


def test_idempotent_by_id_and_url(location: str) -> None:
    store = open_store(location)
    assert store.put_article(_article("t1"))
    assert not store.put_article(_article("t1"))
    assert store.put_article(_article("u1", "other text", url="https://x.org/a"))
    assert not store.put_article(_article("u2", "changed text", url="https://x.org/a"))
    assert store.count_articles() == 2
    assert [a.id for a in store.iter_articles()] == ["t1", "u1"]  # ingestion order
    store.close()


def test_get_by_prefix_and_not_found(location: str) -> None:
    store = open_store(location)
    store.put_article(_article("uabc1"))
    store.put_article(_article("uabd2"))
    assert store.get_article("uabc").id == "uabc1"
    with pytest.raises(NotFound, match="more than one"):
        store.get_article("uab")
    with pytest.raises(NotFound, match="no article"):
        store.get_article("zzz")
    store.close()


def test_search_folds_arabic_filters_language_and_prefixes(location: str) -> None:
    store = open_store(location)
    store.put_article(_article("a1", "أكد الأمين العام أن الحلف سيحمي أراضي الحلفاء كلها.",
                               title="الحلف", language="ar"))
    store.put_article(_article("e1", "Officials warned about flood defences in Rivenna."))
    store.put_article(_article("e2", "Flooding closed the northern bypass again.", language="fr"))
    assert [h.article_id for h in store.search("اراضي الحلفاء")] == ["a1"]
    assert "أراضي" in store.search("اراضي")[0].snippet  # displayed text is the original
    assert {h.article_id for h in store.search("flood*")} == {"e1", "e2"}
    assert [h.article_id for h in store.search("flood*", lang="en")] == ["e1"]
    assert store.search("nothing-matches-this") == []
    assert store.search("  ") == []
    store.close()


def test_entities_merge_names_and_stats(location: str) -> None:
    store = open_store(location)
    a, b = _article("t1"), _article("t2", "Another text about Tolvik.")
    a.entities = [Entity("e1", "Tolvik", "LOC", {"en": "Tolvik"})]
    a.mentions = [Mention(0, 3, "The", "LOC", "e1")]
    b.entities = [Entity("e1", "Tolvik", "LOC", {"ar": "تولفيك"})]
    store.put_article(a)
    store.put_article(b)
    assert store.get_entity("e1").names == {"en": "Tolvik", "ar": "تولفيك"}  # type: ignore[attr-defined]
    assert [e.id for e in store.iter_entities()] == ["e1"]
    stats = store.stats()
    assert stats["articles"] == 2 and stats["entities"] == 1 and stats["mentions"] == 1
    assert stats["languages"] == {"en": 2}
    store.close()


def test_source_state_signatures_feeds_shards(location: str) -> None:
    store = open_store(location)
    s: object = store
    store.put_article(_article("o1"))
    store.put_article(_article("c1", duplicate_of="o1"))
    s.put_signature("o1", 3, b"\x01\x02")  # type: ignore[attr-defined]
    assert list(s.iter_signatures()) == [("o1", None, 3, b"\x01\x02")]  # type: ignore[attr-defined]
    assert [r[0] for r in s.iter_unsigned()] == ["c1"]  # type: ignore[attr-defined]
    assert s.copies_of("o1") == ["c1"]  # type: ignore[attr-defined]
    assert s.get_feed_state("https://f.example/rss") == (None, None)  # type: ignore[attr-defined]
    s.put_feed_state("https://f.example/rss", '"e1"', "Sat, 01 Jun 2024 12:00:00 GMT")  # type: ignore[attr-defined]
    s.put_feed_state("https://f.example/rss", '"e2"', None)  # type: ignore[attr-defined]
    assert s.get_feed_state("https://f.example/rss") == ('"e2"', None)  # type: ignore[attr-defined]
    s.mark_feed_item("f", "i1", "added")  # type: ignore[attr-defined]
    s.mark_feed_item("f", "i1", "added")  # type: ignore[attr-defined]
    assert s.seen_feed_items("f") == {"i1"}  # type: ignore[attr-defined]
    assert not s.shard_done("x.warc")  # type: ignore[attr-defined]
    s.mark_shard("x.warc", 5)  # type: ignore[attr-defined]
    assert s.shard_done("x.warc")  # type: ignore[attr-defined]
    store.close()


def test_archive_ingest_marks_duplicates(location: str, tmp_path: Path) -> None:
    from dragoman.testing import make_articles, make_near_duplicates, write_warc

    pages = make_articles(4, seed=31)
    write_warc(pages + make_near_duplicates(pages, 2, seed=32), tmp_path / "x.warc")
    with Archive(location) as archive:
        report = archive.ingest([str(tmp_path / "x.warc")])
        assert len(report.added) == 6
        copies = [a for a in archive.articles() if a.duplicate_of]
        assert len(copies) == 2
        assert all(c.id in archive.copies(c.duplicate_of or "") for c in copies)


def _writer(location: str, ids: list[str]) -> None:
    store = open_store(location)
    for aid in ids:
        store.put_article(_article(aid, f"Text of {aid}.", url=f"https://x.example/{aid}"))
    store.close()


def test_concurrent_writers_lose_and_duplicate_nothing(location: str) -> None:
    open_store(location).close()  # migrated once; writers also race on opening
    shared = [f"s{i:03d}" for i in range(40)]
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_writer, args=(location, shared[w::2] + shared + [
        f"w{w}-{i:03d}" for i in range(15)])) for w in range(4)]  # fmt: skip
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    store = open_store(location)
    ids = [a.id for a in store.iter_articles()]
    assert len(ids) == len(set(ids)) == 40 + 4 * 15
    store.close()


def test_vectors_nearest_by_cosine(location: str) -> None:
    store = open_store(location)
    if not hasattr(store, "put_vector"):
        pytest.skip("this backend keeps vectors through the stories stage's own tables")
    for aid in ("v1", "v2", "v3"):
        store.put_article(_article(aid))
    store.put_vector("v1", "m", [1.0, 0.0, 0.0])  # type: ignore[attr-defined]
    store.put_vector("v2", "m", [0.6, 0.8, 0.0])  # type: ignore[attr-defined]
    store.put_vector("v3", "m", [0.0, 0.0, 1.0])  # type: ignore[attr-defined]
    hits = store.nearest([0.9, 0.1, 0.0], limit=2)  # type: ignore[attr-defined]
    assert [h[0] for h in hits] == ["v1", "v2"]
    assert hits[0][1] > hits[1][1] > 0.5
    store.close()
