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
  Only a question that addresses someone ("you", "Sie", the pack's ``second_person_words``)
  does, unless the text holds several: an explainer's question headings ("Who pays for the
  rail link?") ask about things, and its "She said …" after one goes on with the person
  named before.
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
# Fewest questions addressing someone ("you", "Sie") that make every question of the text an
# interviewer's; with fewer, only those that address someone are (question-style explainers
# ask about things: pool A's hold 0-2, its interviews 3-23).
ADDRESSED_QUESTIONS = 3
# How far into its paragraph a pronoun opening it may stand from the point it is resolved at
# ("She told reporters on Monday that …"); set by hand, past it the paragraph is an answer.
NARRATION_LEAD_CHARS = 200
# What opens a paragraph that quotes someone rather than answering in the interviewee's words.
_QUOTE_OPENERS = ("\"", "'", "“", "”", "„", "‚", "‘", "’", "«", "»", "‹", "›")
# What ends right before a sentence's first word: a sentence end or a colon, then spaces and
# quotation marks ("mit denselben.» Sie betonte"), or the text's start.
_OPENS = re.compile(r"(?:^|[.!?:\n])[\s\"'“”„‚‘’«»]*$")
# A paragraph: text between line breaks.
_PARAGRAPH = re.compile(r"[^\n]+")
# A sentence end inside a paragraph.
_SENTENCE_END = re.compile(r"[.!?…]\s")
# A word of a question, split at apostrophes and hyphens ("pensez-vous", "t'as").
_TOKEN = re.compile(r"[^\W\d_]+")


@cache
def _polite(code: str | None) -> frozenset[str]:
    return frozenset(speaker_words(code).polite_pronouns)


@cache
def _address(code: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The pack's second-person words: (lowercase ones, read in any case; capitalised polite
    ones, read as written)."""
    found = speaker_words(code).second_person_words
    return (frozenset(w for w in found if w.islower()),
            frozenset(w for w in found if not w.islower()))


def _addressed(line: str, code: str | None) -> set[int]:
    """Offsets in the question ``line`` of its words that address someone: a lowercase
    second-person word anywhere, a polite one past the first word ("Haben Sie …?"; a first
    "Sie" may be "she" or "they")."""
    plain, polite = _address(code)
    found = list(_TOKEN.finditer(line))
    return {m.start() for i, m in enumerate(found)
            if m.group().lower() in plain or (i > 0 and m.group() in polite)}


def enclosing_quotation(ctx: _Context, pos: int) -> tuple[int, int] | None:
    """The innermost quoted span holding ``pos`` strictly inside it, if any."""
    if not ctx.inside_quotation(pos, pos + 1):
        return None
    inside = [(a, b) for a, b in ctx.quoted if a < pos < b]
    return max(inside) if inside else None


@lru_cache(maxsize=4)
def _questions(text: str, pronouns: frozenset[str], code: str | None
               ) -> tuple[int, tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """How many paragraphs of ``text`` are short questions of their own topic; the spans of
    those an unquoted answer follows (an interviewee's own words, not a reporter's "“…,” she
    said"); and of these, in a text of fewer than ``ADDRESSED_QUESTIONS`` questions addressing
    someone, those that address someone (else all)."""
    count, spans = 0, []
    paragraphs = list(_PARAGRAPH.finditer(text))
    for m, after in zip(paragraphs, [*paragraphs[1:], None], strict=True):
        line = m.group().strip()
        if not line.endswith("?") or len(line) > QUESTION_PARAGRAPH_CHARS:
            continue
        found, address = words(line), _addressed(line, code)
        # a polite "Sie" addresses the interviewee; it is no subject pronoun of the topic
        subject = any(w.key in pronouns and w.start not in address for w in found)
        if len(found) >= QUESTION_WORDS and not subject:
            count += 1
            if after is not None and not after.group().lstrip().startswith(_QUOTE_OPENERS):
                spans.append((m.start(), m.end(), bool(address)))
    every = tuple((a, b) for a, b, _ in spans)
    if sum(s[2] for s in spans) >= ADDRESSED_QUESTIONS:
        return count, every, every
    return count, every, tuple((a, b) for a, b, you in spans if you)


def question_between(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A whole paragraph between ``start`` and ``end`` is an interview's question of its own
    topic: of ``QUESTION_WORDS`` words or more, no subject pronoun ("How would he discipline
    you?" and "How?" go on about the person the answers before named), an unquoted answer
    after it, in a text of ``INTERVIEW_QUESTIONS`` such questions or more (a news report's
    lone "What happens next?" heading is no interview), the pronoun's paragraph no quotation.
    Where the pronoun opens its paragraph, the question must also address someone ("What did
    you build?", "Was haben Sie gebaut?") unless the text holds ``ADDRESSED_QUESTIONS`` such:
    after an explainer's heading ("Who pays for it?") "She said …" goes on with the person
    named before, while an answer's "Awful. She said …" speaks of someone in the answer."""
    count, every, addressed = _questions(text, lex.pronouns, lex.rules.code)
    if count < INTERVIEW_QUESTIONS:
        return False
    i = bisect.bisect_right(every, (start, len(text)))
    if i >= len(every) or every[i][1] >= end:
        return False
    head = text[text.rfind("\n", every[i][1], end) + 1:end].lstrip()
    # "“…,” she said" opening its paragraph: the reporter's attribution, not an answer's "he"
    if head.startswith(_QUOTE_OPENERS):
        return False
    # the pronoun opens its paragraph's first sentence ("She said"), not an answer's ("Awful.
    # She said", "She fell. She said")
    lead = words(head[:NARRATION_LEAD_CHARS])
    if len(head) > NARRATION_LEAD_CHARS or _SENTENCE_END.search(head) or (
            lead and lead[0].key not in lex.pronouns):
        return True
    j = bisect.bisect_right(addressed, (start, len(text)))
    return j < len(addressed) and addressed[j][1] < end


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


__all__ = ["ADDRESSED_QUESTIONS", "INTERVIEW_QUESTIONS", "NARRATION_LEAD_CHARS", "QUESTION_PARAGRAPH_CHARS",
           "QUESTION_WORDS", "enclosing_quotation", "in_scope", "question_between", "quotation_floor"]
