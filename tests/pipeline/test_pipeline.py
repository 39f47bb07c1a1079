"""The stage contract: iterator in, iterator out; failures isolated; timings per stage."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator

import pytest

from dragoman.errors import InputError
from dragoman.model import Article, Failure, RawPage, Record
from dragoman.pipeline import Pipeline, map_stage
from dragoman.pipeline.standard import ingest_stages


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


class _Slow:
    name = "slow"
    needs: frozenset[str] = frozenset()
    adds: frozenset[str] = frozenset({"slow"})

    def __call__(self, records: Iterable[Record]) -> Iterator[Record]:
        for r in records:
            time.sleep(0.02)
            yield r


class _Fast:
    name = "fast"
    needs = frozenset({"slow"})
    adds: frozenset[str] = frozenset()

    def __call__(self, records: Iterable[Record]) -> Iterator[Record]:
        yield from records


def test_stage_time_excludes_upstream_time() -> None:
    pipe = Pipeline([_Slow(), _Fast()])
    out = list(pipe.run([_article(str(i)) for i in range(5)]))
    assert len(out) == 5
    slow, fast = pipe.stats
    assert slow.seconds >= 0.09
    assert fast.seconds < 0.05  # the downstream stage is not charged for upstream sleeps
    assert slow.records_out == fast.records_out == 5


def test_check_reports_missing_inputs() -> None:
    Pipeline([_Slow(), _Fast()]).check()
    with pytest.raises(ValueError, match="'fast' needs \\['slow'\\]"):
        Pipeline([_Fast(), _Slow()]).check()
    Pipeline(ingest_stages()).check()


def test_pipeline_is_lazy() -> None:
    pulled: list[int] = []

    def source() -> Iterator[Record]:
        for i in range(1000):
            pulled.append(i)
            yield _article(str(i))

    it = Pipeline([map_stage("upper", _upper)]).run(source())
    next(it)
    assert len(pulled) == 1
