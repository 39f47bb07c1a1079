"""Which earlier speakers and subjects a speaker pronoun may reach at all (precision first: a
pronoun left unresolved is better than one given to the wrong person).

- A pronoun cue inside a quotation ("„Meine Mutter war skeptisch. Sie meint, …“") belongs to
  the quoted speaker's own story: only a candidate inside the same quotation is its referent,
  never a speaker of the article outside it.
- A capitalised polite pronoun inside a sentence ("dass das, was Sie sagen, eintritt") addresses
  someone: it refers to no one before its sentence (the vocative "Herr Brenner, Sie sagen" is
  in it).
- A question paragraph of an interview ("What was he like as a boss?") between a candidate and
  the pronoun opens a new topic: the answer's "he" is not someone named before the question.
- "they" refers back only within the speaker memory: a group named pages earlier is not what
  a generic "They say" means.
"""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from dragoman.language.speakerwords import speaker_words
from dragoman.quotes.lexicon import Lexicon, words
from dragoman.quotes.mentions import Speaker

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context

# Longest paragraph read as an interviewer's question (a line ending in "?"); longer ones are
# prose that happens to end on a question. Set on pool A's interview pages (questions 40-250).
QUESTION_PARAGRAPH_CHARS = 300
# Fewest words of a question that opens a topic of its own ("How?", "Why not?" go on).
QUESTION_WORDS = 4
# Fewest such questions in a text that make it an interview (pool A's interviews hold 5-35; a
# report's question headings, one or two, are followed by the reporter's own "she said").
INTERVIEW_QUESTIONS = 3
# What opens a paragraph that quotes someone rather than answering in the interviewee's words.
_QUOTE_OPENERS = ("\"", "'", "“", "”", "„", "‚", "‘", "’", "«", "»", "‹", "›")
# What ends right before a sentence's first word: a sentence end or a colon, then spaces and
# quotation marks ("mit denselben.» Sie betonte"), or the text's start.
_OPENS = re.compile(r"(?:^|[.!?:\n])[\s\"'“”„‚‘’«»]*$")
# A paragraph: text between line breaks.
_PARAGRAPH = re.compile(r"[^\n]+")


@cache
def _polite(code: str | None) -> frozenset[str]:
    return frozenset(speaker_words(code).polite_pronouns)


def enclosing_quotation(ctx: _Context, pos: int) -> tuple[int, int] | None:
    """The innermost quoted span holding ``pos`` strictly inside it, if any."""
    if not ctx.inside_quotation(pos, pos + 1):
        return None
    inside = [(a, b) for a, b in ctx.quoted if a < pos < b]
    return max(inside) if inside else None


@lru_cache(maxsize=4)
def _questions(text: str, pronouns: frozenset[str]) -> tuple[int, tuple[tuple[int, int], ...]]:
    """How many paragraphs of ``text`` are short questions of their own topic, and the spans
    of those an unquoted answer follows (an interviewee's own words, not a reporter's
    "“…,” she said")."""
    count, spans = 0, []
    paragraphs = list(_PARAGRAPH.finditer(text))
    for m, after in zip(paragraphs, [*paragraphs[1:], None], strict=True):
        line = m.group().strip()
        if not line.endswith("?") or len(line) > QUESTION_PARAGRAPH_CHARS:
            continue
        found = words(line)
        if len(found) >= QUESTION_WORDS and not any(w.key in pronouns for w in found):
            count += 1
            if after is not None and not after.group().lstrip().startswith(_QUOTE_OPENERS):
                spans.append((m.start(), m.end()))
    return count, tuple(spans)


def question_between(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A whole paragraph between ``start`` and ``end`` is an interview's question of its own
    topic: of ``QUESTION_WORDS`` words or more, no subject pronoun ("How would he discipline
    you?" and "How?" go on about the person the answers before named), an unquoted answer
    after it, in a text of ``INTERVIEW_QUESTIONS`` such questions or more (a news report's
    lone "What happens next?" heading is no interview), the pronoun's paragraph no quotation."""
    count, spans = _questions(text, lex.pronouns)
    if count < INTERVIEW_QUESTIONS:
        return False
    i = bisect.bisect_right(spans, (start, len(text)))
    if i >= len(spans) or spans[i][1] >= end:
        return False
    # "“…,” she said" opening its paragraph: the reporter's attribution, not an answer's "he"
    return not text[text.rfind("\n", spans[i][1], end) + 1:end].lstrip().startswith(_QUOTE_OPENERS)


def in_scope(ctx: _Context, sp: Speaker | None, pos: int,
             candidates: list[tuple[int, Speaker]], group: bool) -> list[tuple[int, Speaker]]:
    """The ``candidates`` (position, speaker) the pronoun ``sp`` at ``pos`` may refer to;
    ``group``: ``sp`` is a group pronoun ("they")."""
    if sp is None:
        return candidates
    if sp.text in _polite(ctx.lex.rules.code) and not _OPENS.search(
            ctx.text, max(0, sp.start - 12), sp.start):
        opening = ctx.sentence(pos)[0]  # only the one addressed in it: "Herr Brenner, Sie sagen"
        return [c for c in candidates if c[0] >= opening]
    quoted = enclosing_quotation(ctx, pos)
    if quoted is not None:
        candidates = [c for c in candidates if c[0] > quoted[0]]
    if group:
        from dragoman.quotes.speakers import SPEAKER_MEMORY_CHARS  # speakers imports persons

        candidates = [c for c in candidates if pos - c[0] <= SPEAKER_MEMORY_CHARS]
    return [c for c in candidates if not question_between(ctx.text, c[1].end, pos, ctx.lex)]


def quotation_floor(ctx: _Context, pos: int) -> int:
    """Where a pronoun at ``pos`` may look back to: the opening of the quotation holding it,
    else the text's start."""
    quoted = enclosing_quotation(ctx, pos)
    return quoted[0] if quoted is not None else 0


__all__ = ["INTERVIEW_QUESTIONS", "QUESTION_PARAGRAPH_CHARS", "QUESTION_WORDS", "enclosing_quotation",
           "in_scope", "question_between", "quotation_floor"]
