"""The unquoted words that open a sentence before its quotation, when the cue comes after it.

"With thousands of counting systems, “there is no single point of failure,” he said": the
statement is the whole clause before the cue, and, as at least half of it lies inside the
quotation marks, it stays a direct quotation (the definition of a mixed quotation in
``reported.MIXED_QUOTED_SHARE``). A lead-in that would make the quotation less than half of
the statement is left out: the quotation alone is the speaker's words.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from dragoman.model import Quote
from dragoman.quotes.complements import DETERMINERS
from dragoman.quotes.cues import Cue
from dragoman.quotes.lexicon import _WORD, words
from dragoman.quotes.marks import QuotedSpan
from dragoman.quotes.reported import MIXED_QUOTED_SHARE
from dragoman.quotes.sentences import past_dateline

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context


# The quotation's last character closes a statement or a clause ("“No,” she said").
_CLOSING_PUNCT = ",.;:!?…"
# What ends a clause that goes on after a quotation: punctuation, a quotation mark, a line end.
_CLAUSE_STOP = re.compile(r"[,.;:!?…“”\"«»\n]|''")
# Characters after a closing mark read for the word that goes on with the clause.
_AFTER_CHARS = 40
# Most words of a quotation that the clause goes on after to be a word the writer quotes
# ("“paramours” in the filing") rather than a statement of the cue's speaker; a shape bound
# (one word), not a fitted value.
SCARE_QUOTE_WORDS = 1


def _mark_width(text: str, at: int) -> int:
    """Width of the closing mark at ``at``: two for a typewriter double mark (``''``)."""
    return 2 if text[at:at + 2] in ("''", "``") else 1


def lead_in(ctx: _Context, q: QuotedSpan, floor: int, cue: Cue | None,
            cue_starts: list[int], cues: list[Cue]) -> int:
    """Where the statement of ``q`` starts: the first word of its sentence (from ``floor``) when
    the cue follows the quotation, no cue stands before it and the quotation, marks included,
    is still at least half of it; otherwise the quotation's own start."""
    text = ctx.text
    if cue is None or cue.start < q.end or floor > q.open_at:
        return q.start
    floor = past_dateline(text, floor, q.open_at + 1)  # "PARIS (AFP) - « … »": no lead-in
    first = _WORD.search(text, floor, q.open_at)
    if first is None:
        return q.start
    before = cues[bisect.bisect_left(cue_starts, floor):bisect.bisect_left(cue_starts, q.open_at)]
    if any(c.kind != "marker" for c in before):
        return q.start  # "said that if it fails, “…”": reported content that a quotation ends
    close = q.close_at
    quoted = close + _mark_width(text, close) - q.open_at  # ``open_at``: the mark's first character
    size = close + _mark_width(text, close) - first.start()
    return first.start() if quoted >= MIXED_QUOTED_SHARE * size else q.start


def resumes_after(text: str, q: QuotedSpan, prev: Quote | None, cue: Cue) -> bool:
    """``q`` goes on with the statement ``prev`` after its own cue, in a new sentence
    ("“They would be wrong,” Ann Lee, a spokeswoman, said in Fresno, Calif. “The reality
    is …”"): the cue between them is ``prev``'s, set after it, and a full stop ends the
    sentence before the opening mark (which a sentence splitter may have missed after an
    abbreviation)."""
    if prev is None or not prev.direct or prev.cue_start != cue.start or cue.start < prev.end:
        return False
    k = q.open_at - 1
    while k > cue.end and text[k].isspace():
        k -= 1
    return text[k] == "."


def runs_into_clause(ctx: _Context, q: QuotedSpan, cue: Cue) -> bool:
    """The quotation opens a clause that goes on past its closing mark to a comma before the
    cue ("»Vorerst« werde man nichts schließen, sagt X", "“For now” the firm waits, says X"):
    a phrase the writer quotes inside the statement, not the statement: no punctuation in or
    right after the quotation's end, a lower-case word after it, and less than
    ``MIXED_QUOTED_SHARE`` of the clause quoted (more is a mixed direct quotation, as in
    ``lead_in``: "“We are glad” about it, said X")."""
    text = ctx.text
    if cue.start < q.end or text[q.end - 1:q.end] in _CLOSING_PUNCT:
        return False
    end = q.close_at + _mark_width(text, q.close_at)
    after = _WORD.search(text, end, cue.start)
    comma = text.rfind(",", end, cue.start)
    if after is None or text[end:after.start()].strip() or not after.group()[:1].islower() or (
            comma < after.end()):
        return False
    sent_end = ctx.sentence(cue.start)[1]
    if any(end < a < sent_end for a, _ in ctx.quoted):
        return False  # "“If …” by X, Ann Lee said, “we would …”": one statement, split
    return end - q.open_at < MIXED_QUOTED_SHARE * (comma - q.open_at)


def trails_into_clause(ctx: _Context, q: QuotedSpan, cue: Cue) -> bool:
    """A quoted phrase right after its cue that the writer's clause goes on after ("said “fake
    news” was to blame"): words the writer quotes within reported content, when the quotation
    is no clause of its own (``_quotes_clause``: not "said “we will appeal” …"), the word after
    its closing mark goes on with the phrase rather than opening an adjunct of the cue
    (``_opens_adjunct``: not "promised “a new era” in a speech", "said “no” when asked"), and
    it is less than ``MIXED_QUOTED_SHARE`` of the clause up to the next punctuation (more is a
    mixed direct quotation, as in ``lead_in``)."""
    text = ctx.text
    if cue.start > q.open_at or text[q.end - 1:q.end] in _CLOSING_PUNCT:
        return False
    end = q.close_at + _mark_width(text, q.close_at)
    after = _WORD.search(text, end, min(len(text), end + _AFTER_CHARS))
    if after is None or text[end:after.start()].strip() or not after.group()[:1].islower():
        return False
    # the writer's words go on with the quoted clause ("said “there could be” a line that …"),
    # the quotation is one word ("said “no” to the offer"), or a that-clause holds it all
    goes_on = after.group().casefold() in DETERMINERS or scare_quote(text, q) or any(
        w.key in ctx.lex.complementizers for w in words(text, cue.end, q.open_at))
    if not goes_on and (_quotes_clause(ctx, q) or _opens_adjunct(ctx, after.start())):
        return False
    stop = _CLAUSE_STOP.search(text, after.start())
    clause_end = stop.start() if stop else len(text)
    return end - q.open_at < MIXED_QUOTED_SHARE * (clause_end - q.open_at)


def _quotes_clause(ctx: _Context, q: QuotedSpan) -> bool:
    """The quoted words hold a clause of their own: a subject pronoun or an auxiliary among
    them ("we got outplayed", "inflation has peaked", "I am sorry"), as a speaker's full
    statement has; a phrase ("fake news", "a new era of transparency") holds neither."""
    lex = ctx.lex
    return any(w.key in lex.clause_subjects or w.key in lex.auxiliaries
               for w in words(ctx.text, q.start, q.end))


def _opens_adjunct(ctx: _Context, at: int) -> bool:
    """The word starting at ``at`` opens a phrase of the speech verb or a second clause, not a
    continuation of the quoted phrase: a preposition or a subordinator ("in an interview",
    "after the vote", "as supporters cheered", "when asked"), or a conjunction before a verb
    ("and praised …"; not "“budget reforms” and the collection of taxes would …"); not a word
    that goes on with a noun phrase: a link ("“fevered dreams” of a convention"), a relative
    or a question word ("“bigots” who oppose …")."""
    lex, rules = ctx.lex, ctx.lex.rules
    ws = words(ctx.text, at, min(len(ctx.text), at + _AFTER_CHARS))[:2]
    key = ws[0].key
    if key in lex.sentence_conjunctions:
        return len(ws) > 1 and ws[1].key not in DETERMINERS
    nominal = {w.casefold() for w in (*rules.speaker_group_links, *rules.relative_pronouns,
                                       *rules.clause_openers, *rules.borrowed_term_words)}
    return (key in lex.content_blockers and key not in nominal) or key in {
        w.casefold() for w in (*rules.subordinators, *rules.governing_prepositions,
                               *rules.clause_prepositions, *rules.as_clause_words)}


def handed_over(text: str, held: list[tuple[Quote, QuotedSpan]],
                found: list[Quote]) -> list[Quote]:
    """The reported statements ``found``, with each quoted phrase in ``held`` that no statement
    covers with both its marks kept as a direct quotation: a phrase is reported content's only
    when a statement holds all of it ("said “fake news” was to blame"), one that opens right
    inside its opening mark taking that mark in; it is never dropped (but for a one-word
    ``scare_quote``), nor left in a statement that starts or ends between its marks ("we are
    done” on Tuesday")."""
    out = list(found)
    for record, q in held:
        covering = [r for r in found if r.start < q.close_at and q.open_at < r.end]
        out = [r for r in out if r not in covering]
        whole = [replace(r, start=q.open_at, text=text[q.open_at:r.end]) if r.start == q.start
                 else r for r in covering if q.start >= r.start and q.close_at < r.end]
        out.extend(whole or ([] if scare_quote(text, q) else [record]))
    return out


def scare_quote(text: str, q: QuotedSpan) -> bool:
    """At most ``SCARE_QUOTE_WORDS`` words inside the marks: a word the writer quotes
    ("alleged “paramours” in the filing", "said “no” to the offer"), no statement to keep."""
    return len(words(text, q.start, q.end)) <= SCARE_QUOTE_WORDS
