"""Keyword queries for the full-text indexes (SQLite FTS5, PostgreSQL ``tsvector``) and the
snippet shown for a match. Both indexes hold normalized text (``normalize_for_match``), and
queries are normalized the same way, so Arabic letter variants and diacritics match."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dragoman.language.normalize import normalize_for_match

# Characters of context shown around a search match.
SNIPPET_CHARS = 220
TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


def _terms(query: str) -> Iterator[tuple[str, bool]]:
    """(normalized word, prefix match) for each word of ``query`` (``word*``: a prefix)."""
    for raw in query.split():
        prefix = raw.endswith("*")
        for token in TOKEN.findall(normalize_for_match(raw)):
            yield token, prefix


def fts_query(query: str) -> str:
    """A safe FTS5 query: every normalized word must match (prefix match with a trailing *)."""
    return " ".join(f'"{token}"' + ("*" if prefix else "") for token, prefix in _terms(query))


def ts_query(query: str) -> str:
    """A safe ``to_tsquery`` string: every normalized word must match; ``word*`` is a prefix."""
    return " & ".join(token + (":*" if prefix else "") for token, prefix in _terms(query))


def snippet(text: str, query: str) -> str:
    """Context around the first paragraph matching the query, in the original (display) form."""
    tokens = TOKEN.findall(normalize_for_match(query))
    for para in text.split("\n\n"):
        normal = normalize_for_match(para)
        if any(t in normal for t in tokens):
            return para if len(para) <= SNIPPET_CHARS else para[:SNIPPET_CHARS].rstrip() + "…"
    return text[:SNIPPET_CHARS]
