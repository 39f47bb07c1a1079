"""Where a query's words occur in an article, and the snippet that shows them.

Matching uses the folding of the search index (``normalize_for_match``: case, Latin
diacritics, Arabic letter variants, tatweel and harakat, Arabic-Indic digits), applied one
character at a time so that every match keeps its offsets in the original text: the
snippet shows the original (display) text with the matched words marked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dragoman.language.normalize import normalize_for_match

# Characters of context in a snippet.
SNIPPET_CHARS = 220
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(slots=True)
class Snippet:
    """``text`` is ``article.text[start:end]``; ``highlights`` are (start, end) offsets into
    the article text of the matched words inside the snippet."""

    text: str
    start: int
    end: int
    highlights: list[tuple[int, int]] = field(default_factory=list)


def query_terms(query: str) -> list[tuple[str, bool]]:
    """The folded words of a query and whether each is a prefix (``word*``), as the
    full-text index reads them."""
    terms = []
    for raw in query.split():
        prefix = raw.endswith("*")
        terms += [(t, prefix) for t in _TOKEN.findall(normalize_for_match(raw))]
    return terms


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """The folded text, and for each of its characters the offset it comes from."""
    out: list[str] = []
    origin: list[int] = []
    for i, char in enumerate(text):
        folded = " " if char.isspace() else normalize_for_match(char)
        out.append(folded)
        origin.extend([i] * len(folded))
    return "".join(out), origin


def match_spans(text: str, query: str, start: int = 0, end: int | None = None
                ) -> list[tuple[int, int]]:
    """Offsets in ``text`` of the words matching the query's words, within [start, end)."""
    terms = query_terms(query)
    if not terms:
        return []
    stop = len(text) if end is None else end
    folded, origin = fold_with_offsets(text[start:stop])
    spans = []
    for token in _TOKEN.finditer(folded):
        word = token.group()
        if any(word == t or (prefix and word.startswith(t)) for t, prefix in terms):
            end_at = start + origin[token.end() - 1] + 1
            # marks that fold to nothing (a final haraka, tatweel) belong to the word
            while end_at < stop and not text[end_at].isspace() and \
                    not normalize_for_match(text[end_at]):
                end_at += 1
            spans.append((start + origin[token.start()], end_at))
    return spans


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    at = 0
    for part in text.split("\n\n"):
        spans.append((at, at + len(part)))
        at += len(part) + 2
    return spans


def snippet(text: str, query: str, chars: int = SNIPPET_CHARS, near: int | None = None
            ) -> Snippet:
    """The first paragraph with a matching word (cut to ``chars`` around the first match),
    else the text around ``near`` (an offset), else the opening; matches marked."""
    for p_start, p_end in _paragraphs(text):
        spans = match_spans(text, query, p_start, p_end)
        if spans:
            first = spans[0][0]
            s = p_start if p_end - p_start <= chars else max(p_start, min(first - chars // 3,
                                                                           p_end - chars))
            e = min(p_end, s + chars)
            return Snippet(text[s:e], s, e, [sp for sp in spans if s <= sp[0] and sp[1] <= e])
    s = max(0, (near or 0) - chars // 2)
    e = min(len(text), s + chars)
    return Snippet(text[s:e], s, e, match_spans(text, query, s, e))
