"""One tiny contract: a stage takes an iterator of records and yields records.

A stage declares the Article fields it ``needs`` and the ones it ``adds`` so a
pipeline can be checked before it runs. Failures travel through every stage
untouched, so one bad input never stops the batch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from dragoman.errors import DragomanError
from dragoman.model import Article, Failure, Record
from dragoman.pipeline.budget import mark_partial, page_clock


@runtime_checkable
class Stage(Protocol):
    name: str
    needs: frozenset[str]
    adds: frozenset[str]

    def __call__(self, records: Iterable[Record]) -> Iterator[Record]: ...


def _source_of(record: Record) -> str:
    return record.source


def _skip_over_budget(article: Article, stage: str) -> bool:
    clock = page_clock(article)
    if not clock.over():
        return False
    mark_partial(article, stage, f"skipped, the page's analysis took {clock.spent():.1f} s "
                 f"(budget {clock.seconds:g} s)")
    return True


@dataclass(slots=True)
class map_stage:  # noqa: N801 - used like a decorator-built function
    """A stage that applies ``fn`` to each record of type ``accepts``.

    Records of other types pass through. A ``DragomanError`` raised by ``fn``
    becomes a ``Failure`` naming the record's source; so does any other
    exception when ``isolate`` is true (the default), so that a bug triggered by
    one odd page costs that page, not the batch.

    Articles share one wall-clock budget per page across stages (``pipeline.budget``):
    a stage reached after the page's budget is spent is skipped for it, and the article
    is marked as partially analysed.
    """

    name: str
    fn: Callable[[Any], Record | None]  # takes a record of type ``accepts``
    accepts: type = Article
    needs: frozenset[str] = field(default_factory=frozenset)
    adds: frozenset[str] = field(default_factory=frozenset)
    isolate: bool = True

    def __call__(self, records: Iterable[Record]) -> Iterator[Record]:
        for record in records:
            if not isinstance(record, self.accepts):
                yield record
                continue
            if isinstance(record, Article) and _skip_over_budget(record, self.name):
                yield record
                continue
            try:
                out = self.fn(record)
            except DragomanError as exc:
                reason = getattr(exc, "reason", None) or str(exc)
                yield Failure(_source_of(record), reason, self.name)
                continue
            except Exception as exc:
                if not self.isolate:
                    raise
                yield Failure(_source_of(record), f"{type(exc).__name__}: {exc}", self.name)
                continue
            if out is not None:
                yield out
