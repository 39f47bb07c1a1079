"""One statement, many reports: quotations of the same speaker saying the same thing.

Articles in several languages quote one statement in different words (a translation, a
paraphrase, a shorter excerpt). Quotations are grouped into one statement when they have
the same linked speaker, their meaning is close (cosine of their sentence embeddings, e.g.
the multilingual USE encoder of ``dragoman.stories.embed``) and they appeared within a few
days of the statement's first report. Pure functions: the archive side lives in
``dragoman.statements`` and ``dragoman.store.statements``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

import numpy as np

# Least cosine between a quotation and a statement's first report for both to be one
# statement. Calibrated on the dev half of eval/data/statements.jsonl (best pairwise F1
# among 0.40-0.80 in steps of 0.05); see eval/statements.py.
STATEMENT_SIMILARITY = 0.55
# Most days between a statement's first report and a later one (reports of old statements
# weeks later are usually new statements on the same theme).
STATEMENT_WINDOW_DAYS = 14


@dataclass(frozen=True, slots=True)
class StatementQuote:
    """One report of a statement: a quotation (or the parts sharing one cue) in one article."""

    article_id: str
    start: int
    end: int
    speaker_id: str
    text: str
    language: str
    published: str | None  # ISO date or datetime, as the article states it


def statement_id(first: StatementQuote) -> str:
    """A stable id: the first report's article and offsets."""
    key = f"{first.article_id}:{first.start}:{first.end}".encode()
    return "s" + hashlib.sha1(key).hexdigest()[:11]


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _order(q: StatementQuote) -> tuple[bool, str, str, int]:
    return (q.published is None, q.published or "", q.article_id, q.start)


class _Speaker:
    """One speaker's statements so far (group indexes, first-report days, in date order), and
    how many of the oldest are out of every later dated quotation's window."""

    __slots__ = ("days", "expired", "groups")

    def __init__(self) -> None:
        self.groups: list[int] = []
        self.days: list[date | None] = []
        self.expired = 0

    def candidates(self, day: date | None) -> range:
        """Positions of the statements a quotation of ``day`` may join. Quotations come in date
        order, so a statement out of one dated quotation's window is out of every later one's;
        an undated quotation (they come last) may join any."""
        if day is None:
            return range(len(self.groups))
        while self.expired < len(self.groups):
            first = self.days[self.expired]
            if first is None or (day - first).days <= STATEMENT_WINDOW_DAYS:
                break
            self.expired += 1
        return range(self.expired, len(self.groups))


def group_statements(quotes: list[StatementQuote], vectors: np.ndarray,
                     earlier: int = 0) -> list[list[int]]:
    """Indexes of ``quotes`` grouped into statements, each group first report first.

    ``vectors`` are unit-length embeddings, one row per quotation. Quotations are taken in
    date order; each joins the statement whose first report it is most similar to (same
    speaker, within the window, cosine >= STATEMENT_SIMILARITY), else starts a new one.
    The first ``earlier`` quotations are the first reports of statements grouped before
    (each starts its own group); every other one must come after all of them in date order
    (``_order``): the groups are then those a run over the whole archive would make.
    """
    order = sorted(range(earlier), key=lambda i: _order(quotes[i]))
    order += sorted(range(earlier, len(quotes)), key=lambda i: _order(quotes[i]))
    groups: list[list[int]] = []
    by_speaker: dict[str, _Speaker] = {}
    for i in order:
        q = quotes[i]
        speaker = by_speaker.get(q.speaker_id)
        if speaker is None:
            speaker = by_speaker[q.speaker_id] = _Speaker()
        d1 = _day(q.published)
        best, best_sim = -1, STATEMENT_SIMILARITY
        for k in speaker.candidates(d1) if i >= earlier else ():
            g = speaker.groups[k]
            first = groups[g][0]
            if quotes[first].article_id == q.article_id:
                continue  # one article reports a statement once (its parts share a cue)
            d0 = speaker.days[k]
            if d0 and d1 and abs((d1 - d0).days) > STATEMENT_WINDOW_DAYS:
                continue
            sim = float(vectors[i] @ vectors[first])
            if sim >= best_sim:
                best, best_sim = g, sim
        if best < 0:
            speaker.groups.append(len(groups))
            speaker.days.append(d1)
            groups.append([i])
        else:
            groups[best].append(i)
    return groups
