"""The storage contract, run against every backend: SQLite and PostgreSQL.

The PostgreSQL cases use a fresh schema per test (``conftest.pg_schema``) and skip
with a message when no server answers.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dragoman.archive import Archive
from dragoman.errors import NotFound
from dragoman.model import Article, Block, Entity, Mention, Quote
from dragoman.settings import Settings
from dragoman.store import open_store
from tests.store.conftest import pg_schema

BACKENDS = ["sqlite", "postgres"]


@pytest.fixture
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty archive location for the requested backend."""
    if request.param == "sqlite":
        yield str(tmp_path / "archive.db")
        return
    with pg_schema() as url:
        yield url


def _article(aid: str, text: str = "The secretary general said allies will defend every inch.",
             **kw: object) -> Article:
    return Article(id=aid, source="test", text=text, title=kw.pop("title", "A title"),  # type: ignore[arg-type]
                   language=kw.pop("language", "en"), **kw)  # type: ignore[arg-type]


pytestmark = pytest.mark.parametrize("location", BACKENDS, indirect=True)


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
    from tests.support import make_articles, make_near_duplicates, write_warc

    pages = make_articles(4, seed=31)
    write_warc(pages + make_near_duplicates(pages, 2, seed=32), tmp_path / "x.warc")
    # storage is tested here, not the story stage
    with Archive(location, settings=Settings(stories=False)) as archive:
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


# -- queries beyond the core interface: entities, quotations, browsing, stories --------------
_EN = "Mara Lindqvist said: “Tolvik will rebuild the dam.” She visited Tolvik."
_AR = "قالت مارا ليندكفيست: «سنعيد بناء السد». وزارت إلهام سعيد المدينة."
_FR = "Selon un porte-parole, la digue de Tolvik tiendra."


def _fill(store: object) -> None:
    """Three articles (en, ar, fr undated) sharing entities and quotations."""
    en = _article("q1", _EN, title="Dam to be rebuilt", published="2024-05-10T09:00:00",
                  site="a.example")
    en.entities = [Entity("e1", "Mara Lindqvist", "PER", {"en": "Mara Lindqvist"},
                          ["Mara Lindqvist"]), Entity("e2", "Tolvik", "LOC", {}, ["Tolvik"])]
    en.mentions = [Mention(0, 14, "Mara Lindqvist", "PER", "e1"),
                   Mention(22, 28, "Tolvik", "LOC", "e2"), Mention(64, 70, "Tolvik", "LOC", "e2")]
    en.quotes = [Quote(21, 50, _EN[21:50], True, "said", 15, 19, "Mara Lindqvist", 0, 14,
                       speaker_id="e1", speaker_name="Mara Lindqvist")]
    ar = _article("q2", _AR, title="إعادة بناء السد", language="ar",
                  published="2024-05-12T10:00:00", site="b.example")
    ar.entities = [Entity("e1", "Mara Lindqvist", "PER", {"ar": "مارا ليندكفيست"},
                          ["مارا ليندكفيست"]),
                   Entity("e3", "Ilham Said", "PER", {"ar": "إلهام سعيد"}, ["إلهام سعيد"])]
    ar.mentions = [Mention(5, 19, "مارا ليندكفيست", "PER", "e1"),
                   Mention(41, 51, "إلهام سعيد", "PER", "e3")]
    ar.quotes = [Quote(21, 37, _AR[21:37], True, "قالت", 0, 4, "مارا ليندكفيست", 5, 19,
                       speaker_id="e1", speaker_name="Mara Lindqvist")]
    fr = _article("q3", _FR, title="La digue tiendra", language="fr")
    fr.entities = [Entity("e2", "Tolvik", "LOC", {"fr": "Tolvik"}, ["Tolvik"])]
    fr.mentions = [Mention(32, 38, "Tolvik", "LOC", "e2")]
    fr.quotes = [Quote(22, 49, _FR[22:49], False, "selon", 0, 5, "un porte-parole", 6, 21)]
    for art in (en, ar, fr):
        assert store.put_article(art)  # type: ignore[attr-defined]


def test_entity_queries_across_languages(location: str) -> None:
    store = open_store(location)
    _fill(store)
    assert {(r[0], r[3], r[4]) for r in store.entity_aliases("e1")} == {
        ("e1", "Mara Lindqvist", "en"), ("e1", "مارا ليندكفيست", "ar")}
    assert store.find_entity_ids("مارا ليندكفيست") == ["e1"]
    assert store.find_entity_ids("الهام سعيد") == ["e3"]  # hamza folded
    assert store.find_entity_ids("e2") == ["e2"] and store.find_entity_ids("nobody") == []
    assert [(a["id"], a["mentions"]) for a in store.entity_articles("e2")] == [("q1", 2), ("q3", 1)]
    counts = store.entity_counts()
    assert [(r["id"], r["articles"], r["mentions"]) for r in counts] == [
        ("e2", 2, 3), ("e1", 2, 2), ("e3", 1, 1)]
    assert [r["id"] for r in store.entity_counts("PER")] == ["e1", "e3"]
    store.close()


def test_find_quotes_by_speaker_language_and_date(location: str) -> None:
    store = open_store(location)
    _fill(store)

    def ids(**kw: Any) -> list[str]:
        return [h.article_id for h in store.find_quotes(**kw)]

    assert ids() == ["q1", "q2", "q3"]  # oldest first, undated last
    assert ids(speaker="e1") == ids(speaker="ليندكفيست") == ids(speaker="lindqvist") == ["q1", "q2"]
    assert ids(speaker="Porte-Parole") == ["q3"]  # unlinked speaker, by its raw text
    assert ids(speaker="e1", lang="ar") == ["q2"]
    assert ids(since="2024-05-11") == ["q2"]
    hit = store.find_quotes(lang="fr")[0]
    assert hit.quote.direct is False and hit.quote.speaker_text == "un porte-parole"
    assert (hit.language, hit.published, hit.title) == ("fr", None, "La digue tiendra")
    assert len(store.find_quotes(limit=1)) == 1
    store.close()


def test_browse_listings_and_filters(location: str) -> None:
    store: object = open_store(location)
    _fill(store)
    s: object = store

    def listed(**kw: str) -> tuple[list[str], int]:
        rows, total = s.list_articles(**kw)  # type: ignore[attr-defined]
        return [r["id"] for r in rows], total

    assert listed(language="en") == (["q1"], 1)
    assert listed(since="2024-05-11") == (["q2"], 1)
    assert listed(until="2024-05-10") == (["q1"], 1)  # the whole day
    assert listed(entity="e2") == (["q3", "q1"], 2)  # undated by ingestion time, newest first
    assert s.list_articles(limit=1, offset=1)[0][0]["id"] == "q2"  # type: ignore[attr-defined]
    assert s.latest_day() == "2024-05-12"  # type: ignore[attr-defined]
    rows, total = s.list_entities(name="LINDQ")  # type: ignore[attr-defined]
    assert (total, rows[0]["id"], rows[0]["names"]) == (1, "e1", {"en": "Mara Lindqvist",
                                                                  "ar": "مارا ليندكفيست"})
    assert [r["id"] for r in s.list_entities(type="LOC")[0]] == ["e2"]  # type: ignore[attr-defined]
    assert s.entity_timeline("e1") == [  # type: ignore[attr-defined]
        {"day": "2024-05-10", "language": "en", "mentions": 1},
        {"day": "2024-05-12", "language": "ar", "mentions": 1}]
    assert [r["day"] for r in s.quote_timeline("e1")] == ["2024-05-10", "2024-05-12"]  # type: ignore[attr-defined]
    assert {(r["text"], r["language"]) for r in s.entity_mention_forms("e1")} == {  # type: ignore[attr-defined]
        ("Mara Lindqvist", "en"), ("مارا ليندكفيست", "ar")}
    assert [(r["id"], r["shared"]) for r in s.related_entities("e1")] == [  # type: ignore[attr-defined]
        ("e3", 1), ("e2", 1)]  # Ilham Said, Tolvik: by name
    quotes, total = s.list_quotes(speaker="e1")  # type: ignore[attr-defined]
    assert total == 2 and [q["article_id"] for q in quotes] == ["q2", "q1"]
    assert quotes[0]["direct"] is True and quotes[0]["speaker"] == "Mara Lindqvist"
    s.place_articles([("q1", "s1", "l1"), ("q2", "s1", "l1"), ("q3", "s2", "l1")])  # type: ignore[attr-defined]
    stories, total = s.list_stories()  # type: ignore[attr-defined]
    assert total == 2 and [(r["id"], r["articles"], r["languages"]) for r in stories] == [
        ("s1", 2, ["ar", "en"]), ("s2", 1, ["fr"])]
    assert stories[0]["titles"] == {"en": "Dam to be rebuilt", "ar": "إعادة بناء السد"}
    assert [r["id"] for r in s.list_stories(language="fr")[0]] == ["s2"]  # type: ignore[attr-defined]
    assert s.list_stories(since="2024-05-11")[1] == 1  # type: ignore[attr-defined]
    lines, total = s.list_storylines()  # type: ignore[attr-defined]
    assert total == 1 and (lines[0]["stories"], lines[0]["articles"]) == (2, 3)
    store.close()  # type: ignore[attr-defined]


def _group(kind: str, gid: str, day: str, langs: list[str]) -> dict[str, object]:
    import numpy as np

    return {"kind": kind, "id": gid, "titles": {langs[0]: f"Title {gid}"}, "first_seen": day,
            "last_seen": day, "count": 2, "duplicates": 0, "languages": langs,
            "top_entities": ["e1"], "storyline_id": "l1" if kind == "story" else None,
            "entity_counts": {"e1": 2}, "place_counts": {}, "members": 1,
            "total": np.array([1.0, 0.5], dtype=np.float32)}


def test_passage_vectors_roundtrip_as_float16(location: str) -> None:
    import numpy as np

    store = open_store(location)
    _fill(store)
    s: Any = store
    matrix = np.array([[0.6, 0.8, 0.0], [0.0, 0.1, 0.995]], dtype=np.float32)
    s.put_passage_vectors([("q1", "b", "1", matrix)])
    got = s.get_passage_vectors(["q1", "q2"], "b", "1")
    assert sorted(got) == ["q1"] and got["q1"].shape == (2, 3)
    assert np.allclose(got["q1"], matrix, atol=1e-3)
    assert s.get_passage_vectors(["q1"], "b", "2") == {}  # another space is not returned
    s.put_passage_vectors([("q1", "b", "2", matrix[:1])])  # replaced, not duplicated
    assert s.get_passage_vectors(["q1"], "b", "2")["q1"].shape == (1, 3)
    store.close()


def test_vectors_stories_and_storylines(location: str) -> None:
    import numpy as np

    store = open_store(location)
    _fill(store)
    s: object = store
    s.put_vectors([("q1", "b", "1", np.array([1, 0, 0], dtype=np.float32)),  # type: ignore[attr-defined]
                   ("q2", "b", "1", np.array([0, 1, 0], dtype=np.float32))])
    got = s.get_vectors(["q1", "q2", "q3"], "b", "1")  # type: ignore[attr-defined]
    assert sorted(got) == ["q1", "q2"] and got["q2"].tolist() == [0.0, 1.0, 0.0]
    assert s.get_vectors(["q1"], "b", "2") == {}  # type: ignore[attr-defined]
    assert [r[0] for r in s.iter_vectors("b", "1", lang="ar")] == ["q2"]  # type: ignore[attr-defined]
    assert s.unclustered_article_ids() == ["q1", "q2", "q3"]  # type: ignore[attr-defined]
    s.save_clustering([("q1", "sa", "l1"), ("q2", "sb", "l1")],  # type: ignore[attr-defined]
                      [_group("story", "sa", "2024-05-10", ["en"]),
                       _group("story", "sb", "2024-05-12", ["ar"]),
                       _group("storyline", "l1", "2024-05-12", ["ar", "en"])],
                      "b", {"en": (np.array([1.0, 0.0], dtype=np.float32), 1)})
    assert s.story_of("q2") == "sb" and s.unclustered_article_ids() == ["q3"]  # type: ignore[attr-defined]
    s.put_groups([_group("story", "sa", "2024-05-13", ["en", "fr"])], "b")  # type: ignore[attr-defined]
    # A replaced story is re-numbered, as SQLite's INSERT OR REPLACE does, on both backends.
    assert [g["id"] for g in s.active_groups("story", None)] == ["sb", "sa"]  # type: ignore[attr-defined]
    assert [g["id"] for g in s.active_groups("story", "2024-05-13")] == ["sa"]  # type: ignore[attr-defined]
    story = s.get_group("story", "sa")  # type: ignore[attr-defined]
    assert story is not None and story["titles"] == {"en": "Title sa"}
    assert story["total"].tolist() == [1.0, 0.5] and story["entity_counts"] == {"e1": 2}
    assert s.get_group("storyline", "l")["id"] == "l1"  # type: ignore[attr-defined]  # by prefix
    assert [g["id"] for g in s.story_list(lang="ar")] == ["sb"]  # type: ignore[attr-defined]
    assert s.stories_clock() == "2024-05-13"  # type: ignore[attr-defined]
    assert [r["id"] for r in store.list_articles(storyline="l1", sort="oldest")[0]] == ["q1", "q2"]
    assert s.vector_means("b")["en"][1] == 1  # type: ignore[attr-defined]
    s.clear_stories()  # type: ignore[attr-defined]
    assert s.active_groups("story", None) == [] and s.vector_means("b") == {}  # type: ignore[attr-defined]
    assert len(s.unclustered_article_ids()) == 3  # type: ignore[attr-defined]
    store.close()
