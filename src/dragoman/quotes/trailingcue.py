"""The cue after a quotation that its own sentence holds, when nothing before the quotation
introduces it.

- A quotation that a few unquoted words open ("Voters “want a fighter,” he said."): the cue
  after the closing comma is the quotation's own, not a continuation of an earlier
  statement (``lead_in`` then decides whether the opening words join the statement).
- A quotation attributed by a speaker and a verb no cue list holds ("“No,” Ann Lee
  retorted."): the verb is recorded as the cue, so a quotation that goes on after it
  ("“No,” Ann Lee retorted. “Never.”") is the same statement.
- ``closes_statement``: the cue clause after a quotation only says who spoke ("… .” Ann Lee
  said on Monday."); a cue that introduces content of its own ("… .” She added: “…”",
  "That is why, she added, the town …") belongs to what follows it, not to the quotation.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from dragoman.quotes.complements import DETERMINERS
from dragoman.quotes.cues import Cue
from dragoman.quotes.invertedverb import inverted_verb_attribution
from dragoman.quotes.leadin import lead_in
from dragoman.quotes.lexicon import words
from dragoman.quotes.marks import QuotedSpan
from dragoman.quotes.reported import MIXED_QUOTED_SHARE
from dragoman.quotes.speakers import MANNER_ADVERBS, Speaker
from dragoman.quotes.unlisted import inverted_unlisted_speaker, unlisted_cue_speaker

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context

# Fewest quoted words for a quotation that words open to take the cue after it as its own
# ("Voters “want a fighter,” he said"); one or two ("was “long overdue,”") are a quoted
# adjective or label in reported speech, unless they hold an auxiliary ("“is strong,”").
# A bound from the shape, not a fitted value.
OWN_CUE_MIN_WORDS = 3
_TAIL_CHARS = 200  # characters read after a cue for the end of its clause
_OPENING = "“\"«‘'"  # marks that open a quotation going on after the cue clause (", “…")
_TAIL_STOP = re.compile(r"[,.;:!?“\"«\n]|''")
# Most characters between a speaker phrase and the verb after it ("Ann Lee quickly retorted"):
# a manner adverb at most, as the unlisted-cue rule reads the clause.
_VERB_GAP_CHARS = 40


def own_trailing_cue(ctx: _Context, q: QuotedSpan, comma_cue: Cue | None, cues: list[Cue],
                     cue_starts: list[int], floor: int) -> Cue | None:
    """``comma_cue`` when it attributes ``q`` although words open ``q``'s clause: a verb cue
    whose speaker stands after the closing mark (“…,” he said / said Ann Lee), with no cue
    in the clause before the quotation (else the quotation is a phrase of that cue's reported
    content: "said that voters “want a fighter,” adding …"), and the quotation at least half
    of its clause's words and at least ``OWN_CUE_MIN_WORDS`` words long (or holding an
    auxiliary), so that ``lead_in`` takes the opening words into the statement (a shorter one,
    "The bill was “heartbreaking,” she said", is a phrase in reported speech, which the
    reported-speech rules read)."""
    if comma_cue is None or comma_cue.kind != "verb" or comma_cue.used:
        return None
    subject = comma_cue.subject
    if subject is None or subject.start < q.close_at or not closes_statement(ctx, q, comma_cue):
        return None
    if any(w.key in ctx.lex.content_blockers
           for w in words(ctx.text, q.close_at + 1, min(subject.start, comma_cue.start))):
        return None  # "A parody titled “…,” which Tom Ray wrote, sold well": a relative clause
    before = cues[bisect.bisect_left(cue_starts, floor):bisect.bisect_left(cue_starts, q.open_at)]
    if any(c.kind != "marker" for c in before):
        return None
    quoted = words(ctx.text, q.start, q.end)
    opening = len(words(ctx.text, floor, q.open_at))
    short = len(quoted) < OWN_CUE_MIN_WORDS and not any(
        w.key in ctx.lex.auxiliaries for w in quoted)  # "The economy “is strong,”" is speech
    if short or len(quoted) < MIXED_QUOTED_SHARE * (len(quoted) + opening):
        return None  # "The move was “long overdue,” she said": a phrase in reported speech
    return comma_cue if lead_in(ctx, q, floor, comma_cue, cue_starts, cues) < q.start else None


def unlisted_verb_cue(ctx: _Context, q: QuotedSpan, sp: Speaker) -> Cue | None:
    """The verb right after the speaker phrase ``sp`` that follows ``q`` ("Ann Lee
    retorted"), as a cue of the quotation; None when no lower-case word follows the phrase."""
    ws = words(ctx.text, sp.end, min(len(ctx.text), sp.end + _VERB_GAP_CHARS))
    verb = next((w for w in ws if w.key not in MANNER_ADVERBS), None)
    if verb is None or not verb.text[:1].islower() or verb.start < q.close_at:
        return None
    wi = ctx.word_at(verb.start)
    return Cue(wi=wi, wj=wi + 1, start=verb.start, end=verb.end, kind="verb", speaker=sp,
               used=True, explicit=True, subject=sp)


def unlisted_attribution(ctx: _Context, q: QuotedSpan,
                         goes_on: bool) -> tuple[Speaker | None, Cue | None]:
    """The speaker of a clause after ``q`` whose verb no cue list holds, with that verb as the
    cue: "“…,” Ann Lee fumed." when ``q`` ends on a comma, question or exclamation mark
    (``goes_on``); else the speaker after an unlisted verb ("« … » critique X."), no cue."""
    sp = unlisted_cue_speaker(ctx, q) if goes_on else None
    if sp is not None:
        return sp, unlisted_verb_cue(ctx, q, sp)
    if goes_on and (inverted := inverted_verb_attribution(ctx, q))[0] is not None:
        return inverted  # "“…,” reads a Monday editorial in …", "“…,” remembered Tom Ray"
    return inverted_unlisted_speaker(ctx, q), None


def closes_statement(ctx: _Context, q: QuotedSpan, cue: Cue) -> bool:
    """The cue clause after ``q`` says only who spoke and ends the statement's sentence, or the
    statement goes on after it (", “…", ", and …"): not "“…,” Ann Lee wrote, the firm is …"
    nor "“…,” said the firm would …", whose content follows the cue. Whether the cue has
    content of its own is read off what follows it (``_states_content``), not its length: a
    time or channel phrase, a participle or an absolute phrase after it ("said in a letter to
    staff obtained by …", "said, speaking to reporters", "said, her voice breaking") still
    attributes ``q``."""
    text, lex = ctx.text, ctx.lex
    subject = cue.subject
    if subject is not None and subject.start >= cue.end:  # "“…,” said Ann Lee, a lawyer"
        if words(text, q.close_at + 1, cue.start):
            return False  # "“…” and recalled the freeze": the cue of another clause
        nxt = words(text, subject.end, min(len(text), subject.end + _VERB_GAP_CHARS))[:1]
        return not (nxt and text[subject.end:nxt[0].start].isspace()
                    and (nxt[0].key in lex.auxiliaries or nxt[0].key in lex.complementizers))
    if subject is not None and words(text, q.close_at + 1, subject.start) and (
            text[:subject.start].rstrip().endswith(",")):
        return False  # "… .” That's why, he added, the studios …": a parenthetical cue
    stop = _TAIL_STOP.search(text, cue.end, min(len(text), cue.end + _TAIL_CHARS))
    if stop is None or _states_content(ctx, cue.end, stop.start()):
        return False  # "He told reporters the banks would …", "Ray added that …"
    obj = words(text, cue.end, stop.start())[:1]
    if obj and obj[0].key in DETERMINERS and ctx.words[cue.wi].key not in lex.addressee_verbs:
        return False  # "She noted a planned rally …": an object of its own (not "told the crowd")
    if stop.group() != ",":
        return stop.group() in ".!?\n"  # not "She added: “…”"
    limit = min(len(text), stop.end() + _TAIL_CHARS)
    first = words(text, stop.end(), limit)[:1]
    if text[stop.end():limit].lstrip()[:1] in _OPENING or (
            first and first[0].key in lex.sentence_conjunctions):
        return True
    stop2 = _TAIL_STOP.search(text, first[0].end if first else stop.end(), limit)
    if stop2 and stop2.group() in _OPENING:
        return False  # "Perhaps, he said, this “small town …”": the cue's own quotation
    later = words(text, stop2.end(), limit)[:1] if stop2 and stop2.group() == "," else []
    if later and later[0].key in lex.complementizers:
        return False  # "She added, citing the payouts, that …", "He said, twice, that …"
    if first and _participle(ctx, first[0].key):  # ", adding that …", ", speaking to …"
        return True
    return not _states_content(ctx, stop.end(), stop2.start() if stop2 else limit)


def _participle(ctx: _Context, key: str) -> bool:
    """``key`` is a participle opening a phrase ("adding", "speaking", "citing")."""
    return key.endswith(tuple(ctx.lex.rules.participle_endings)) or key in ctx.lex.participles


def _states_content(ctx: _Context, start: int, end: int) -> bool:
    """The words from ``start`` to ``end`` state content of a cue's own: a complementizer
    ("that"; not one right before an auxiliary, a relative pronoun) or an auxiliary ("the
    banks would", "it was"), before any subordinator or relative pronoun (what follows "said
    as she was leaving" is the writer's adjunct); a pronoun object alone is none ("said it
    twice")."""
    lex, rules = ctx.lex, ctx.lex.rules
    adjunct = {w.casefold() for w in (*rules.subordinators, *rules.clause_prepositions,
                                      *rules.as_clause_words, *rules.relative_pronouns)}
    ws = words(ctx.text, start, end)
    for i, w in enumerate(ws):
        if w.key in adjunct:
            return False
        if w.key in lex.complementizers:  # not a relative "a memo that was sent"
            return not (i + 1 < len(ws) and ws[i + 1].key in lex.auxiliaries)
        if w.key in lex.auxiliaries:
            return True
    return False
