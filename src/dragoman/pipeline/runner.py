"""Run a list of stages over a stream of records, timing and counting each stage."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from dragoman.model import Article, Failure, Record
from dragoman.pipeline import budget
from dragoman.pipeline.stage import Stage


@dataclass(slots=True)
class StageStats:
    name: str
    seconds: float = 0.0  # time spent inside this stage only (upstream excluded)
    records_out: int = 0
    failures: int = 0


@dataclass(slots=True)
class _Clock:
    """Time spent pulling from upstream, so each stage's own time can be isolated."""

    upstream_seconds: float = 0.0


def _pull(source: Iterable[Record], clock: _Clock) -> Iterator[Record]:
    it = iter(source)
    while True:
        t0 = time.perf_counter()
        try:
            record = next(it)
        except StopIteration:
            clock.upstream_seconds += time.perf_counter() - t0
            return
        clock.upstream_seconds += time.perf_counter() - t0
        yield record


def _timed(stage: Stage, source: Iterable[Record], stats: StageStats) -> Iterator[Record]:
    clock = _Clock()
    it = iter(stage(_pull(source, clock)))
    while True:
        t0 = time.perf_counter()
        before = clock.upstream_seconds
        try:
            record = next(it)
        except StopIteration:
            stats.seconds += (time.perf_counter() - t0) - (clock.upstream_seconds - before)
            return
        stats.seconds += (time.perf_counter() - t0) - (clock.upstream_seconds - before)
        if isinstance(record, Failure):
            if record.stage == stage.name:
                stats.failures += 1
        else:
            stats.records_out += 1
        yield record


def _entering(records: Iterable[Record]) -> Iterator[Record]:
    for record in records:
        budget.forget()  # the page before has left every stage: its clock is done
        yield record


class PipelineError(ValueError):
    """The stages of a pipeline do not fit together: one needs a field nothing gives it."""


@dataclass(slots=True)
class Pipeline:
    """A pipeline is a plain list of stages; running it is lazy.

    ``given``: the Article fields the input records already carry (nothing for RawPages;
    ``standard.ARTICLE_FIELDS`` or ``PAGE_FIELDS`` for Articles extracted elsewhere). The
    stages' ``needs`` and ``adds`` are checked against it once, when the pipeline is built:
    a stage that needs a field neither the input nor an earlier stage gives raises
    PipelineError naming the stage and the field.
    """

    stages: Sequence[Stage]
    given: frozenset[str] = frozenset()
    stats: list[StageStats] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.check(self.given)

    def check(self, available: Iterable[str] = ()) -> None:
        """Raise PipelineError when a stage needs a field that neither ``available`` nor
        an earlier stage adds."""
        given = sorted(set(available))
        have = set(given)
        for stage in self.stages:
            missing = set(stage.needs) - have
            if missing:
                fields = ", ".join(repr(f) for f in sorted(missing))
                raise PipelineError(
                    f"stage {stage.name!r} needs {fields}, which neither the input "
                    f"(given: {given}) nor an earlier stage adds"
                )
            have |= set(stage.adds)

    def run(self, records: Iterable[Record]) -> Iterator[Record]:
        """Records one at a time through every stage (checked when the pipeline was built);
        each page's analysis stages share one wall-clock budget (``pipeline.budget``)."""
        self.stats = [StageStats(s.name) for s in self.stages]
        stream: Iterable[Record] = _entering(records)
        for stage, stats in zip(self.stages, self.stats, strict=True):
            stream = _timed(stage, stream, stats)
        yield from stream

    def articles(self, records: Iterable[Record]) -> Iterator[Article]:
        """Run and keep only the articles (failures are dropped)."""
        for record in self.run(records):
            if isinstance(record, Article):
                yield record
