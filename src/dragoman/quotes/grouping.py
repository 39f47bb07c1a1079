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


def group_statements(quotes: list[StatementQuote], vectors: np.ndarray) -> list[list[int]]:
    """Indexes of ``quotes`` grouped into statements, each group first report first.

    ``vectors`` are unit-length embeddings, one row per quotation. Quotations are taken in
    date order; each joins the statement whose first report it is most similar to (same
    speaker, within the window, cosine >= STATEMENT_SIMILARITY), else starts a new one.
    """
    order = sorted(range(len(quotes)), key=lambda i: _order(quotes[i]))
    groups: list[list[int]] = []
    by_speaker: dict[str, list[int]] = {}  # speaker -> indexes into groups
    for i in order:
        q = quotes[i]
        best, best_sim = -1, STATEMENT_SIMILARITY
        for g in by_speaker.get(q.speaker_id, []):
            first = quotes[groups[g][0]]
            if first.article_id == q.article_id:
                continue  # one article reports a statement once (its parts share a cue)
            d0, d1 = _day(first.published), _day(q.published)
            if d0 and d1 and abs((d1 - d0).days) > STATEMENT_WINDOW_DAYS:
                continue
            sim = float(vectors[i] @ vectors[groups[g][0]])
            if sim >= best_sim:
                best, best_sim = g, sim
        if best < 0:
            by_speaker.setdefault(q.speaker_id, []).append(len(groups))
            groups.append([i])
        else:
            groups[best].append(i)
    return groups
