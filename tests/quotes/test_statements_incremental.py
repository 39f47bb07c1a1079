"""Regrouping statements from the earliest new quotation gives the whole-archive grouping."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

import numpy as np

from dragoman.quotes.grouping import STATEMENT_WINDOW_DAYS, StatementQuote, group_statements
from dragoman.statements import update_statements


class _Embedder:
    """Texts of one theme point the same way (cosine ~0.8), other themes elsewhere."""

    name, version, dim = "themes", "1", 16

    def __init__(self) -> None:
        self.calls = 0

    def embed(self, texts: Sequence[str], langs: Sequence[str | None] | None = None) -> np.ndarray:
        self.calls += len(texts)
        rows = []
        for text in texts:
            theme = np.random.default_rng(int(text.split()[0])).standard_normal(self.dim)
            noise = np.random.default_rng(int(hashlib.sha1(text.encode()).hexdigest()[:8], 16))
            v = theme / np.linalg.norm(theme) + 0.5 * noise.standard_normal(self.dim) / 4
            rows.append(v / np.linalg.norm(v))
        return np.asarray(rows, dtype=np.float32)


class _Store:
    """Quotation rows and their statements in memory, with the incremental queries."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []
        self.grouped: dict[tuple[str, int, int], str] = {}
        self.whole = 0  # whole regroupings

    def _sorted(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return sorted(rows, key=lambda r: (r["published"] is None, r["published"] or "",
                                           r["article_id"], r["start"]))

    def statement_sources(self) -> list[dict[str, Any]]:
        return self._sorted([dict(r) for r in self.rows])

    def replace_statements(self, rows: Any) -> None:
        self.whole += 1
        self.grouped = {(a, s, e): sid for a, s, e, sid in rows}

    def ungrouped_statement_day(self) -> str | None:
        new = [r for r in self._sorted(self.rows) if self._key(r) not in self.grouped]
        return None if not new else (new[0]["published"] or "")

    def statement_sources_since(self, day: str | None) -> list[dict[str, Any]]:
        undated = {r["speaker_id"] for r in self.rows if r["published"] is None}
        keep = [r for r in self.rows if r["published"] is None or r["speaker_id"] in undated
                or (day is not None and r["published"] >= day)]
        return [{**r, "statement_id": self.grouped.get(self._key(r))} for r in self._sorted(keep)]

    def put_statements(self, keys: Any, rows: Any) -> None:
        for key in keys:
            self.grouped.pop(tuple(key), None)
        self.grouped.update({(a, s, e): sid for a, s, e, sid in rows})

    @staticmethod
    def _key(row: dict[str, Any]) -> tuple[str, int, int]:
        return (row["article_id"], row["start"], row["end"])


class _FullOnly(_Store):
    statement_sources_since = None  # type: ignore[assignment]


def _article(rng: random.Random, n: int, day: date | None) -> list[dict[str, Any]]:
    rows = []
    for k in range(rng.randint(1, 3)):
        cue = 100 if k < 2 and rng.random() < 0.3 else None  # two parts sharing one cue
        rows.append({"article_id": f"a{n:04d}", "start": 10 * k, "end": 10 * k + 8,
                     "cue_start": cue, "speaker_id": f"p{rng.randrange(4)}",
                     "text": f"{rng.randrange(5)} words {rng.randrange(3)}", "language": "en",
                     "published": day.isoformat() if day else None})
    return rows


def _stream(seed: int, shuffled: bool) -> list[list[dict[str, Any]]]:
    rng = random.Random(seed)
    start = date(2024, 1, 1)
    articles = [_article(rng, n, None if rng.random() < 0.08 else
                         start + timedelta(days=n // 3)) for n in range(150)]
    if shuffled:  # late arrivals: some articles come in weeks after their date
        late = articles[40:90]
        rng.shuffle(late)
        articles[40:90] = late
    return [[r for a in articles[i:i + 12] for r in a] for i in range(0, len(articles), 12)]


def _run(store: _Store, batches: list[list[dict[str, Any]]]) -> None:
    embedder = _Embedder()
    for batch in batches:
        store.rows += batch
        update_statements(store, embedder)  # type: ignore[arg-type]


def test_incremental_regrouping_equals_the_whole_archive_grouping() -> None:
    for seed, shuffled in ((1, False), (2, True), (3, True)):
        batches = _stream(seed, shuffled)
        incremental, full = _Store(), _FullOnly()
        _run(incremental, batches)
        _run(full, batches)
        assert len(full.grouped) == len(full.rows)
        assert incremental.grouped == full.grouped
        assert incremental.whole == 0 and full.whole == len(batches)
        assert len(set(full.grouped.values())) < len(full.rows)  # some statements were joined


def test_incremental_regrouping_embeds_a_window_not_the_archive() -> None:
    rng = random.Random(7)
    store, embedder = _Store(), _Embedder()
    for n in range(300):  # in date order, one article a day, none undated
        store.rows += _article(rng, n, date(2024, 1, 1) + timedelta(days=n))
        update_statements(store, embedder)  # type: ignore[arg-type]
    calls = embedder.calls
    store.rows += _article(rng, 300, date(2024, 1, 1) + timedelta(days=300))
    update_statements(store, embedder)  # type: ignore[arg-type]
    # the new quotations and the first reports of the last window's statements only
    assert 0 < embedder.calls - calls <= 3 * (STATEMENT_WINDOW_DAYS + 2)


def _reference(quotes: list[StatementQuote], vectors: np.ndarray) -> list[list[int]]:
    """The grouping as first written: every statement of the speaker checked each time."""
    from dragoman.quotes.grouping import STATEMENT_SIMILARITY, _day, _order

    groups: list[list[int]] = []
    by_speaker: dict[str, list[int]] = {}
    for i in sorted(range(len(quotes)), key=lambda i: _order(quotes[i])):
        q, best, best_sim = quotes[i], -1, STATEMENT_SIMILARITY
        for g in by_speaker.get(q.speaker_id, []):
            first = quotes[groups[g][0]]
            d0, d1 = _day(first.published), _day(q.published)
            if first.article_id == q.article_id or (
                    d0 and d1 and abs((d1 - d0).days) > STATEMENT_WINDOW_DAYS):
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


def test_window_pruned_grouping_matches_the_reference() -> None:
    rng = random.Random(11)
    rows = [r for n in range(400) for r in _article(
        rng, n, None if rng.random() < 0.1 else date(2024, 1, 1) + timedelta(days=rng.randrange(90)))]
    quotes = [StatementQuote(r["article_id"], r["start"], r["end"], r["speaker_id"], r["text"],
                             "en", r["published"]) for r in rows]
    vectors = _Embedder().embed([q.text for q in quotes])
    assert group_statements(quotes, vectors) == _reference(quotes, vectors)
