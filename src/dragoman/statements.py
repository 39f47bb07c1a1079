"""The path of a statement: group the archive's quotations into statements.

Reads every quotation with a linked speaker (``store.statement_sources``), joins the parts
of one quotation that share a cue (“A,” he said, “B.”), embeds them with the archive's
embedder (the multilingual USE encoder by default), groups them with
``dragoman.quotes.grouping.group_statements`` and stores the grouping
(``store.replace_statements``). Run after ingest, or lazily when a statement view finds the
grouping stale. The whole grouping is recomputed each time (simple and deterministic; its
cost grows with the number of quotations with a linked speaker); a caller that regroups
often (an ``Archive`` across ingests, ``watch`` polls) passes a ``cache`` of embeddings so
only quotations new to it are embedded.
"""

from __future__ import annotations

from typing import Any, Protocol

import numpy as np

from dragoman.quotes.grouping import StatementQuote, group_statements, statement_id
from dragoman.stories.embed import Embedder


class StatementStore(Protocol):
    def statement_sources(self) -> list[dict[str, Any]]: ...
    def replace_statements(self, rows: Any) -> None: ...


# An embedding cache: (language, text) of a quotation -> its unit vector.
VectorCache = dict[tuple[str, str], np.ndarray]


def _vectors(quotes: list[StatementQuote], embedder: Embedder, cache: VectorCache) -> np.ndarray:
    keys = [(q.language, q.text) for q in quotes]
    new = list(dict.fromkeys(k for k in keys if k not in cache))
    if new:
        rows = embedder.embed([text for _, text in new], [lang for lang, _ in new])
        cache.update(zip(new, rows, strict=True))
    return np.stack([cache[k] for k in keys])


def update_statements(store: StatementStore, embedder: Embedder,
                      cache: VectorCache | None = None) -> int:
    """Regroup every quotation with a linked speaker; returns the number of statements."""
    parts: dict[tuple[str, Any], list[dict[str, Any]]] = {}
    for row in store.statement_sources():
        key = (row["article_id"], row["cue_start"] if row["cue_start"] is not None
               else (row["start"], row["end"]))
        parts.setdefault(key, []).append(row)
    quotes = [StatementQuote(rows[0]["article_id"], rows[0]["start"], rows[0]["end"],
                             rows[0]["speaker_id"], " ".join(r["text"] for r in rows),
                             rows[0]["language"] or "und", rows[0]["published"])
              for rows in parts.values()]
    if not quotes:
        store.replace_statements([])
        return 0
    vectors = _vectors(quotes, embedder, {} if cache is None else cache)
    out: list[tuple[str, int, int, str]] = []
    groups = group_statements(quotes, vectors)
    members = list(parts.values())
    for group in groups:
        sid = statement_id(quotes[group[0]])
        out += [(r["article_id"], r["start"], r["end"], sid) for i in group for r in members[i]]
    store.replace_statements(out)
    return len(groups)
