"""Cross-script context kept by the archive (``Store.entity_context``, read on demand): a name learned in
one ingest run meets its spelling in another script in a later run, on a reopened archive,
as it would have in one run. Original sentences; NER replaced by the names given by hand
(``_recognize``), so the test reads only the linker and the store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dragoman import Archive
from dragoman.entities import stage
from dragoman.entities.crossscript import ARTICLES_MAX, CrossScript
from dragoman.entities.memory import Memory
from dragoman.model import Article, EntityType, Mention, RawPage
from dragoman.settings import Settings
from tests.store.conftest import pg_schema

# An English report about an invented sculptor, Dara Kolbs, naming a town and a curator.
EN = ("Dara Kolbs opened her show in Korvanden on Friday, and the curator Ilsabet Crandwick "
      "praised it. The gallery said the show would stay open until the end of the month, "
      "and that visitors had come from across the region to see the new work.")
# Its Arabic translation: "Kolbs" written كولز, too short a skeleton to be matched alone.
AR = ("افتتحت دارا كولز معرضها في كورفاندن يوم الجمعة، وأشادت به القيمة إلسابيت كراندويك. "
      "وقال المعرض إن العرض سيبقى مفتوحا حتى نهاية الشهر، وإن الزوار جاؤوا من أنحاء المنطقة "
      "لمشاهدة الأعمال الجديدة.")
NAMES: dict[str, list[tuple[str, EntityType]]] = {
    "en": [("Dara Kolbs", "PER"), ("Korvanden", "LOC"), ("Ilsabet Crandwick", "PER")],
    "ar": [("دارا كولز", "PER"), ("كورفاندن", "LOC"), ("إلسابيت كراندويك", "PER")],
}


def _by_hand(article: Article, backend: str | None, models_dir: str | None = None
             ) -> tuple[list[Mention], bool]:
    """The names of ``NAMES`` found in the text, as NER would give them."""
    out = []
    for language_names in NAMES.values():
        for name, label in language_names:
            start = article.text.find(name)
            if start >= 0:
                out.append(Mention(start, start + len(name), name, label))
    return out, False


@pytest.fixture(params=["sqlite", "postgres"])
def location(request: pytest.FixtureRequest, tmp_path: Path,
             monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setattr(stage, "_recognize", _by_hand)
    if request.param == "sqlite":
        yield str(tmp_path / "a.db")
    else:
        with pg_schema() as url:
            yield url


def _ingest(location: str, *texts: str) -> None:
    with Archive(location, settings=Settings(stories=False)) as archive:
        report = archive.ingest([RawPage(f"p{i}.txt", t, kind="text") for i, t in enumerate(texts)])
        assert report.ok and len(report.added) == len(texts)


def _links(location: str) -> dict[str, str]:
    with Archive(location, settings=Settings(stories=False)) as archive:
        return {m.text: m.entity_id for a in archive.store.iter_articles()
                for m in a.mentions if m.entity_id}


def test_a_later_run_on_a_reopened_archive_attaches_the_arabic_spelling(location: str) -> None:
    _ingest(location, EN)
    _ingest(location, AR)  # another run, another Archive object: the context comes from the store
    links = _links(location)
    assert links["Dara Kolbs"].startswith("x-")
    assert links["إلسابيت كراندويك"] == links["Ilsabet Crandwick"]  # long skeleton: context-free
    assert links["دارا كولز"] == links["Dara Kolbs"]  # short key: only with the stored context


def test_without_the_stored_context_the_later_run_founds_a_new_entity(
        location: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The control: with the store's context read as empty, the Arabic name is not attached
    (what every later run did before the context was stored)."""
    _ingest(location, EN)
    with monkeypatch.context() as patch:
        patch.setattr(Archive, "ingest_records", _without_context(Archive.ingest_records))
        _ingest(location, AR)
    links = _links(location)
    assert links["دارا كولز"] != links["Dara Kolbs"]


def _without_context(ingest_records):  # type: ignore[no-untyped-def]
    def run(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.store.entity_context = lambda entity_id, per_entity, upto: []
        return ingest_records(self, *args, **kwargs)
    return run


def test_two_runs_link_as_one_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stage, "_recognize", _by_hand)
    one, two = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    _ingest(one, EN, AR)
    _ingest(two, EN)
    _ingest(two, AR)
    assert _links(one) == _links(two)


def _cross_of(articles: list[list[str]]) -> CrossScript:
    memory = Memory([(i, "PER", i, f"Name {i[2:]}", "en") for a in articles for i in a if i.startswith("x-")])
    for ids in articles:
        memory.cross.seen_together(ids)
    return memory.cross


def test_a_learned_entity_takes_context_from_its_first_articles_only() -> None:
    """The cap the store's query applies too: articles past an entity's ARTICLES_MAX-th add
    nothing to its context, so that the stored articles and one long run agree."""
    articles = [["x-kolbs", "Q1"]] * ARTICLES_MAX + [["x-kolbs", "Q2"]]
    cross = _cross_of(articles)
    assert cross.context("x-kolbs") == {"Q1"}


def test_stored_context_is_read_on_demand_once_and_before_this_process() -> None:
    """A learned entity's stored articles are read when its context is first wanted (not at
    load), once, and counted before the articles this process links."""
    calls: list[str] = []

    def stored(entity_id: str, per_entity: int) -> list[list[str]]:
        calls.append(entity_id)
        return [["Q1", entity_id]] * (per_entity - 1) if entity_id == "x-kolbs" else []

    memory = Memory([("x-kolbs", "PER", "Kolbs", "Dara Kolbs", "en"),
                     ("x-other", "PER", "Other", "Ilsa Other", "en")], stored)
    assert calls == []  # nothing read at load
    memory.cross.seen_together(["x-kolbs", "Q2"])  # its ARTICLES_MAX-th article: counted
    memory.cross.seen_together(["x-kolbs", "Q3"])  # past the cap: not
    assert calls == []  # this process's articles wait for the stored ones
    assert memory.cross.context("x-kolbs") == {"Q1", "Q2"}
    assert memory.cross.context("x-other") == set()
    memory.cross.seen_together(["x-other", "Q4"])  # read already: counted at once
    assert memory.cross.context("x-other") == {"Q4"}
    assert calls == ["x-kolbs", "x-other"]


def test_the_store_gives_the_first_articles_of_one_entity(location: str) -> None:
    _ingest(location, EN, AR)
    with Archive(location, settings=Settings(stories=False)) as archive:
        ids = [sorted({m.entity_id for m in a.mentions if m.entity_id})
               for a in archive.store.iter_articles()]
        kolbs = _links(location)["Dara Kolbs"]
        last = archive.store.memory_mark()[1]
        assert archive.store.entity_context(kolbs, ARTICLES_MAX, last) == ids  # in ingest order
        assert archive.store.entity_context(kolbs, 1, last) == ids[:1]
        assert archive.store.entity_context(kolbs, ARTICLES_MAX, last - 1) == ids[:1]  # up to
        assert archive.store.entity_context("x-nobody", ARTICLES_MAX, last) == []


def test_one_archive_keeps_its_memory_between_ingests_until_another_writes(location: str) -> None:
    """``dragoman watch`` and the server ingest page by page through one Archive: it keeps the
    linker's Memory (no reload per page) while the store changed by its own ingests alone."""
    with Archive(location, settings=Settings(stories=False)) as archive:
        archive.ingest([RawPage("en.txt", EN, kind="text")])
        kept = archive._memory
        archive.ingest([RawPage("ar.txt", AR, kind="text")])
        assert archive._memory is kept
        with Archive(location, settings=Settings(stories=False)) as other:  # another writer
            other.ingest([RawPage("more.txt", EN.replace("Friday", "Monday"), kind="text")])
        archive.ingest([RawPage("again.txt", AR.replace("الجمعة", "الاثنين"), kind="text")])
        assert archive._memory is not kept  # reloaded from the store
    links = _links(location)
    assert links["دارا كولز"] == links["Dara Kolbs"]


def test_a_correction_elsewhere_makes_the_kept_memory_reload(location: str) -> None:
    """An analyst's correction (through the server's other Archive objects) changes stored
    links and names: the next ingest loads them instead of keeping its Memory."""
    with Archive(location, settings=Settings(stories=False)) as archive:
        archive.ingest([RawPage("en.txt", EN, kind="text")])
        kept = archive._memory
        kolbs = _links(location)["Dara Kolbs"]
        with Archive(location, settings=Settings(stories=False)) as analyst:
            analyst.correct("rename", kolbs, name="Dara Kolbs (sculptor)")
        archive.ingest([RawPage("ar.txt", AR, kind="text")])
        assert archive._memory is not kept
