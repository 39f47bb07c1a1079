"""Text before an "according to X" marker that ends on a conjunction ("… because, according
to X, he would have to …", "… sind ungenau und laut X anonymisiert") is no statement of its
own: the marker stands inside the clause the conjunction opens."""

from __future__ import annotations

from dragoman.language.contentwords import content_words
from dragoman.quotes.lexicon import Lexicon, words

# Characters read back from the marker for the last word before it (a comma, spaces and the
# longest conjunction of the packs fit).
LINK_LOOKBACK = 24


def ends_on_link(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """The last word of ``text[start:end]`` is one of the pack's ``clause_links``."""
    last = words(text, max(start, end - LINK_LOOKBACK), end)[-1:]
    return bool(last) and last[0].key in content_words(lex.rules.code).clause_links


def marker_parts(text: str, lex: Lexicon, bounds: tuple[int, int, int], after: int | None,
                 tail: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The content around a mid-sentence marker: the sentence up to it ("…, according to X.")
    and ``tail``, what follows its source (``after``); up to a conjunction, only the tail, or
    with no tail the whole sentence (``bounds``: sentence start, marker start, sentence end)."""
    s_start, marker, s_end = bounds
    if ends_on_link(text, s_start, marker, lex):  # "… because, according to X, …"
        return tail if after is not None else [(s_start, s_end)]
    return [(s_start, marker), *tail]
