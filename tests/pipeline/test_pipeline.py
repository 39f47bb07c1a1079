"""The stage contract: iterator in, iterator out; failures isolated; timings per stage."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest

from dragoman.errors import InputError
from dragoman.model import Article, Failure, RawPage, Record
from dragoman.pipeline import Pipeline, PipelineError, map_stage, runner
from dragoman.pipeline.standard import ARTICLE_FIELDS, PAGE_FIELDS, analysis_stages, ingest_stages


def _article(text: str) -> Article:
    return Article(id=text, source=f"src-{text}", text=text)


def _upper(article: RawPage | Article) -> Article:
    assert isinstance(article, Article)
    if article.text == "bad":
        raise InputError(article.source, "cannot shout")
    if article.text == "bug":
        raise ZeroDivisionError("oops")
    article.text = article.text.upper()
    return article


def test_failures_are_isolated_and_named() -> None:
    pipe = Pipeline([map_stage("upper", _upper)])
    out = list(pipe.run([_article("a"), _article("bad"), _article("bug"), _article("b")]))
    assert [r.text for r in out if isinstance(r, Article)] == ["A", "B"]
    failures = [r for r in out if isinstance(r, Failure)]
    assert [(f.source, f.stage) for f in failures] == [("src-bad", "upper"), ("src-bug", "upper")]
    assert failures[0].reason == "cannot shout"
    assert "ZeroDivisionError" in failures[1].reason
    assert pipe.stats[0].records_out == 2 and pipe.stats[0].failures == 2


def test_non_isolated_stage_raises() -> None:
    pipe = Pipeline([map_stage("upper", _upper, isolate=False)])
    with pytest.raises(ZeroDivisionError):
        list(pipe.run([_article("bug")]))


def test_failures_and_other_types_pass_through_untouched() -> None:
    seen: list[str] = []

    def record(a: RawPage | Article) -> Article:
        assert isinstance(a, Article)
        seen.append(a.text)
        return a

    upstream = Failure("x", "broken", "read")
    out = list(Pipeline([map_stage("rec", record)]).run([upstream, RawPage("p", "c")]))
    assert out[0] is upstream and isinstance(out[1], RawPage) and seen == []


class _FakeClock:
    """The runner's ``time`` module: a clock only the slow stage moves."""

    def __init__(self) -> None:
        self.now = 0.0

    def perf_counter(self) -> float:
        return self.now


_CLOCK = _FakeClock()


class _Slow:
    name = "slow"
    needs: frozenset[str] = frozenset()
    adds: frozenset[str] = frozenset({"slow"})

    def __call__(self, records: Iterable[Record]) -> Iterator[Record]:
        for r in records:
            _CLOCK.now += 0.02  # 20 ms of work per record, on the fake clock
            yield r


class _Fast:
    name = "fast"
    needs = frozenset({"slow"})
    adds: frozenset[str] = frozenset()

    def __call__(self, records: Iterable[Record]) -> Iterator[Record]:
        yield from records


def test_stage_time_excludes_upstream_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner, "time", _CLOCK)
    pipe = Pipeline([_Slow(), _Fast()])
    out = list(pipe.run([_article(str(i)) for i in range(5)]))
    assert len(out) == 5
    slow, fast = pipe.stats
    assert slow.seconds == pytest.approx(5 * 0.02)  # its own work, on the fake clock
    assert fast.seconds == pytest.approx(0.0)  # not charged for the upstream stage's work
    assert slow.records_out == fast.records_out == 5


def test_check_reports_missing_inputs() -> None:
    Pipeline([_Slow(), _Fast()]).check()
    pipe = Pipeline([_Fast()], given=frozenset({"slow"}))
    pipe.check({"slow"})
    with pytest.raises(PipelineError, match=r"stage 'fast' needs 'slow'.*\(given: \[\]\)"):
        pipe.check()
    Pipeline(ingest_stages()).check()


def test_a_pipeline_is_checked_when_built() -> None:
    """Stages in the wrong order never run: building the pipeline names the stage and the
    field it lacks, before any record is pulled."""
    pulled: list[Record] = []

    def source() -> Iterator[Record]:
        pulled.append(_article("x"))
        yield pulled[-1]

    with pytest.raises(PipelineError, match=r"stage 'fast' needs 'slow', which neither the input"):
        list(Pipeline([_Fast(), _Slow()]).run(source()))
    assert pulled == []
    # The analysis stages need what extraction adds: built alone they say so, unless the
    # input is declared to carry it (Articles extracted elsewhere).
    with pytest.raises(PipelineError, match="stage 'language' needs 'text'"):
        Pipeline(analysis_stages())
    archive_stages = [s for s in analysis_stages() if s.name != "language"]
    with pytest.raises(PipelineError, match="stage 'entities' needs 'language', 'sentences'"):
        Pipeline(archive_stages, given=ARTICLE_FIELDS)
    Pipeline(archive_stages, given=PAGE_FIELDS)
    Pipeline([_Fast()], given=frozenset({"slow"}))


def test_pipeline_is_lazy() -> None:
    pulled: list[int] = []

    def source() -> Iterator[Record]:
        for i in range(1000):
            pulled.append(i)
            yield _article(str(i))

    it = Pipeline([map_stage("upper", _upper)]).run(source())
    next(it)
    assert len(pulled) == 1
