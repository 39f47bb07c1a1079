"""An "according to" that means "in keeping with", not "as said by": "the team worked according
to the rules", "everything went according to plan", "the vote was held according to the law".
Written mid-clause (no comma or sentence start before the marker) and followed, within
``NORM_REACH`` words, by a lower-case norm or plan noun of the pack (``ContentWords.norm_nouns``;
"according to Islamic law", "according to FIFA rules"; not "the Marshall Plan"),
the marker states nothing: no source, no statement. Set off by a comma or opening the sentence
("According to the schedule, the train leaves at noon"; "…, according to the rules committee"),
it is still read as a source."""

from __future__ import annotations

from collections.abc import Callable

from dragoman.language.contentwords import content_words
from dragoman.quotes.lexicon import Lexicon, Word

# Lower-case words read after the marker for the norm noun: a determiner and one or two
# modifiers ("the academic standards", "the new safety rules"); set by hand.
NORM_REACH = 4


def norm_marker(ws: list[Word], i: int, n: int, lex: Lexicon,
                joined: Callable[[int, int], bool]) -> bool:
    """Whether the marker of ``n`` words at ``ws[i]`` is a mid-clause "in keeping with" one
    (``joined(a, b)``: no punctuation between ``ws[a]`` and ``ws[b]``)."""
    words = content_words(lex.rules.code)
    if not words.norm_nouns or i == 0 or not joined(i - 1, i):
        return False
    for j in range(i + n, min(len(ws), i + n + NORM_REACH)):
        if not joined(j - 1, j):
            return False  # a clause break
        if ws[j].key in words.norm_nouns and ws[j].text[:1].islower():
            return _phrase_ends(ws, j, words.prepositions, joined)
    return False  # no norm noun, or one written as a name ("according to the Marshall Plan")


def _phrase_ends(ws: list[Word], j: int, prepositions: frozenset[str],
                 joined: Callable[[int, int], bool]) -> bool:
    """The noun phrase ends at ``ws[j]``: punctuation, the text's end, a capitalised word or a
    preposition follows, not another noun ("according to the rules committee")."""
    k = j + 1
    return (k >= len(ws) or not joined(j, k) or not ws[k].text[:1].islower()
            or ws[k].key in prepositions)
