"""The path of a statement: group the archive's quotations into statements.

Reads the quotations with a linked speaker (``store.statement_sources``), joins the parts
of one quotation that share a cue (“A,” he said, “B.”), embeds them with the archive's
embedder (the multilingual USE encoder by default), groups them with
``dragoman.quotes.grouping.group_statements`` and stores the grouping. Run after ingest, or
lazily when a statement view finds the grouping stale.

Grouping is greedy in date order, so the quotations before the earliest new one keep their
statements whatever comes later. A store that can read the quotations from a day on
(``statement_sources_since``, see ``IncrementalStatementStore``) is regrouped from the
earliest new quotation only: the new ones and the later ones are regrouped against the
first reports of the statements still open (``STATEMENT_WINDOW_DAYS``), which embeds and
reads a number of quotations bounded by the window, not by the archive, and gives the
grouping a run over the whole archive would give. Otherwise (or when a quotation lost its
speaker) the whole grouping is recomputed. A caller that regroups often (an ``Archive``
across ingests, ``watch`` polls) passes a ``cache`` of embeddings so only quotations new to
it are embedded; a regrouping from a day on keeps in it only the quotations it read.
Only quotations that can be compared are embedded: those of a speaker quoted in at least
two articles of the regrouped ones (``_compared``); most speakers are quoted once.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any, Protocol

import numpy as np

from dragoman.quotes.grouping import (
    STATEMENT_WINDOW_DAYS,
    StatementQuote,
    _day,
    _order,
    group_statements,
    statement_id,
)
from dragoman.stories.embed import Embedder


class StatementStore(Protocol):
    def statement_sources(self) -> list[dict[str, Any]]: ...
    def replace_statements(self, rows: Any) -> None: ...


class IncrementalStatementStore(StatementStore, Protocol):
    """What a store offers for regrouping from the earliest new quotation on."""

    def ungrouped_statement_day(self) -> str | None:
        """``published`` of the earliest quotation with a linked speaker and no statement
        (``""`` when it is undated), None when every such quotation has one."""

    def statement_sources_since(self, day: str | None) -> list[dict[str, Any]]:
        """``statement_sources`` rows, each with its ``statement_id`` (None when not grouped),
        of the quotations published on or after ``day`` (None: no dated ones), the undated
        ones and every quotation of a speaker who has an undated one; in date order."""

    def put_statements(self, keys: Sequence[tuple[str, int, int]],
                       rows: Sequence[tuple[str, int, int, str]]) -> None:
        """Replace the statements of the quotations ``keys`` (article id, start, end) by
        ``rows`` (article id, start, end, statement id), in one transaction."""


# An embedding cache: (language, text) of a quotation -> its unit vector.
VectorCache = dict[tuple[str, str], np.ndarray]
_Parts = dict[tuple[str, Any], list[dict[str, Any]]]


def _compared(quotes: list[StatementQuote]) -> list[bool]:
    """Whether ``group_statements`` may compare each quotation with another: only quotations
    of one speaker in different articles are compared, so a speaker quoted in one article
    only (most of them) needs no embedding."""
    articles: dict[str, set[str]] = {}
    for q in quotes:
        articles.setdefault(q.speaker_id, set()).add(q.article_id)
    return [len(articles[q.speaker_id]) > 1 for q in quotes]


def _vectors(quotes: list[StatementQuote], embedder: Embedder, cache: VectorCache) -> np.ndarray:
    """Unit embeddings of the quotations that may be compared (``_compared``); zero rows,
    never read by the grouping, for the others."""
    keys = [(q.language, q.text) if compared else None
            for q, compared in zip(quotes, _compared(quotes), strict=True)]
    new = list(dict.fromkeys(k for k in keys if k is not None and k not in cache))
    if new:
        rows = embedder.embed([text for _, text in new], [lang for lang, _ in new])
        # a copy per row: a view would keep the whole batch alive in the cache
        cache.update(zip(new, (np.array(r) for r in rows), strict=True))
    found = [cache[k] for k in keys if k is not None]
    out = np.zeros((len(keys), found[0].shape[0] if found else 1), dtype=np.float32)
    for i, key in enumerate(keys):
        if key is not None:
            out[i] = cache[key]
    return out


def _parts(rows: list[dict[str, Any]]) -> _Parts:
    """Rows of one quotation (its parts share a cue), by quotation."""
    parts: _Parts = {}
    for row in rows:
        key = (row["article_id"], row["cue_start"] if row["cue_start"] is not None
               else (row["start"], row["end"]))
        parts.setdefault(key, []).append(row)
    return parts


def _quote(rows: list[dict[str, Any]]) -> StatementQuote:
    return StatementQuote(rows[0]["article_id"], rows[0]["start"], rows[0]["end"],
                          rows[0]["speaker_id"], " ".join(r["text"] for r in rows),
                          rows[0]["language"] or "und", rows[0]["published"])


def update_statements(store: StatementStore, embedder: Embedder,
                      cache: VectorCache | None = None) -> int:
    """Regroup the quotations with a linked speaker; returns the number of statements that
    the regrouped quotations belong to (all of them on a whole regrouping)."""
    cache = {} if cache is None else cache
    if callable(getattr(store, "statement_sources_since", None)):
        regrouped = _regroup_since(store, embedder, cache)  # type: ignore[arg-type]
        if regrouped is not None:
            return regrouped
    members = list(_parts(store.statement_sources()).values())
    quotes = [_quote(rows) for rows in members]
    if not quotes:
        store.replace_statements([])
        return 0
    groups = group_statements(quotes, _vectors(quotes, embedder, cache))
    out: list[tuple[str, int, int, str]] = []
    for group in groups:
        sid = statement_id(quotes[group[0]])
        out += [(r["article_id"], r["start"], r["end"], sid) for i in group for r in members[i]]
    store.replace_statements(out)
    return len(groups)


def _regroup_since(store: IncrementalStatementStore, embedder: Embedder,
                   cache: VectorCache) -> int | None:
    """Regroup from the earliest quotation without a statement on (module doc); None when
    the whole grouping must be recomputed."""
    start = store.ungrouped_statement_day()
    if start is None:
        return None  # nothing new: the grouping is stale for another reason
    day = _day(start) if start else None
    if start and day is None:
        return None  # a date that does not parse: no window to bound the regrouping
    since = (day - timedelta(days=STATEMENT_WINDOW_DAYS)).isoformat() if day else None
    members = list(_parts(store.statement_sources_since(since)).values())
    quotes = [_quote(rows) for rows in members]
    grouped = [rows[0].get("statement_id") if all(r.get("statement_id") for r in rows) else None
               for rows in members]
    new = [_order(q) for q, sid in zip(quotes, grouped, strict=True) if sid is None]
    if not new:
        return None
    cut = min(new)
    later = [i for i, q in enumerate(quotes) if _order(q) >= cut]
    speakers = {quotes[i].speaker_id for i in later}
    # Before the cut: first reports of statements that later quotations may still join
    # (those of other speakers are never compared, so never embedded).
    seeds = [i for i, q in enumerate(quotes) if _order(q) < cut and q.speaker_id in speakers
             and grouped[i] == statement_id(q)]
    run = [quotes[i] for i in seeds + later]
    groups = group_statements(run, _vectors(run, embedder, cache), earlier=len(seeds))
    used = {(q.language, q.text) for q in run}
    for key in [k for k in cache if k not in used]:  # keep the window's, not the archive's
        del cache[key]
    out: list[tuple[str, int, int, str]] = []
    touched = 0
    for group in groups:
        sid = statement_id(run[group[0]])
        rows = [r for i in group if i >= len(seeds) for r in members[later[i - len(seeds)]]]
        touched += bool(rows)
        out += [(r["article_id"], r["start"], r["end"], sid) for r in rows]
    keys = [(r["article_id"], r["start"], r["end"]) for i in later for r in members[i]]
    store.put_statements(keys, out)
    return touched
