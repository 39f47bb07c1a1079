"""Keyword queries for the full-text indexes (SQLite FTS5, PostgreSQL ``tsvector``) and the
snippet shown for a match. Both indexes hold normalized text (``normalize_for_match``), and
queries are normalized the same way, so Arabic letter variants and diacritics match."""

from __future__ import annotations

import re

from dragoman.language.normalize import normalize_for_match

# Characters of context shown around a search match.
SNIPPET_CHARS = 220
TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


def fts_query(query: str) -> str:
    """A safe FTS5 query: every normalized word must match (prefix match with a trailing *)."""
    terms = []
    for raw in query.split():
        prefix = raw.endswith("*")
        for token in TOKEN.findall(normalize_for_match(raw)):
            terms.append(f'"{token}"' + ("*" if prefix else ""))
    return " ".join(terms)


def ts_query(query: str) -> str:
    """A safe ``to_tsquery`` string: every normalized word must match; ``word*`` is a prefix."""
    terms = []
    for raw in query.split():
        prefix = raw.endswith("*")
        for token in TOKEN.findall(normalize_for_match(raw)):
            terms.append(token + (":*" if prefix else ""))
    return " & ".join(terms)


def snippet(text: str, query: str) -> str:
    """Context around the first paragraph matching the query, in the original (display) form."""
    tokens = TOKEN.findall(normalize_for_match(query))
    for para in text.split("\n\n"):
        normal = normalize_for_match(para)
        if any(t in normal for t in tokens):
            return para if len(para) <= SNIPPET_CHARS else para[:SNIPPET_CHARS].rstrip() + "…"
    return text[:SNIPPET_CHARS]
