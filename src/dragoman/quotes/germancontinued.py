"""Reported speech that goes on in the sentences after a statement with no cue of its own
("Die Reform komme zu spät, sagte Ann Lee. Das Ministerium habe die Lage verkannt."): German
news writes a speaker's further claims as bare Konjunktiv sentences, each the speaker's words.

A sentence right after a statement (only the statement's own sentence tail, the cue clause,
and at most one paragraph break between them) is that statement's speaker's when:

* it holds a third person Konjunktiv I finite no indicative or Konjunktiv II shares (pack
  ``language/reportedmood``: ``finites``: "sei", "habe", "könne"), a plural Konjunktiv II
  standing in for one (``plurals``: "hätten", "müssten"), or, in a main clause, a lower-case
  word with the Konjunktiv I ending between a capitalised word and a lower-case one ("Das
  Geschäft laufe schlecht"; not a past tense, a singular Konjunktiv II ("Ein Sieg wäre
  wichtig": ``conditional_finites``), an article or ``ending_exceptions``: "Länder, die",
  "Zwei große neue Hallen", nor after such a word); never as its first word ("Sei nicht so
  eitel": an imperative), nor in a set phrase (``formulas``: "und sei es", "Gott sei Dank");
* it holds no first or second person pronoun ("Deshalb habe ich …": ``self_pronouns``)
  and names no other person (the entities stage's mentions: "Die Autorin Mia Roth sehe …");
* it holds no quotation mark, no colon (a lead-in: the colon rules' reading) and no cue of its
  own, and ends on a full stop.

Each such sentence may be followed by another (a run of at most ``_MAX_CONTINUED``). The rule
runs only when asked (``find_quotes(..., continued=True)``, the ``continued_speech`` setting):
the quotation gold's convention wants a speech cue of the statement's own.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from dragoman.language.reportedmood import ReportedMood, reported_mood
from dragoman.language.speakerwords import folded, speaker_words
from dragoman.model import Quote
from dragoman.quotes.complements import ARTICLES
from dragoman.quotes.cues import Cue
from dragoman.quotes.impersonalclose import opens_statement
from dragoman.quotes.lexicon import Lexicon, Word
from dragoman.quotes.reported import MIN_REPORTED_WORDS

if TYPE_CHECKING:
    from dragoman.language.speakerwords import SpeakerWords
    from dragoman.quotes.detect import _Context

# Most bare Konjunktiv sentences that go on with one statement: pool A's German runs after one
# statement are 1-6 sentences long (5 and 8 give the same pool A output); a bound, not a fit.
_MAX_CONTINUED = 8
# Most characters between a statement's end and the next sentence's start: the cue clause
# after the statement ("…, sagte der Linken-Vorsitzende Dietmar Bartsch im Dlf."); longer, the
# writer has gone on with something else. A cue clause's length on pool A (12-110 characters).
_GAP_CHARS = 160
# Quotation marks: a sentence holding one is the direct-quotation rules'.
_MARKS = re.compile(r"[\"„“”«»‚‘’]")
# The comma of a set phrase (``ReportedMood.formulas``: ", sei es …").
_COMMA = ","
# Most words of a closing clause that names a speaker of its own with a verb no cue list
# holds ("…, findet die SPD.", "…, merkte die FDP an.", "…, meinen Kritiker."): review probes.
_TAIL_CUE_WORDS = 4


def _listed(w: Word, rm: ReportedMood) -> bool:
    return w.text in rm.finites or w.text in rm.plurals


def _finite_at(ws: list[Word], n: int, sw: SpeakerWords, rm: ReportedMood, lex: Lexicon) -> bool:
    """``ws[n]`` is a finite of reported speech: a listed one (``finites``, ``plurals``) or a
    lower-case word with the pack's Konjunktiv I ending right after a capitalised word that is
    no article and before a lower-case word, as a verb-second finite stands between its
    subject and the rest ("Das Geschäft laufe schlecht", "Nun hoffe er"; not the adjective of
    "Die große Halle", "Mehrere kleine private Schulen", nor "die alte und die neue")."""
    w = ws[n]
    if _listed(w, rm):
        return True
    if not (sw.indirect_mood_ending and w.text[:1].islower() and n + 1 < len(ws)
            and w.text.endswith(sw.indirect_mood_ending)) or w.text.endswith(
                sw.preterite_endings) or w.key in sw.passive_helpers or w.text in rm.conditional_finites:
        return False  # (a past tense: "Dann spielte die Mannschaft", "Sie wurde …")
    before, after, exceptions = ws[n - 1], ws[n + 1], folded(rm.ending_exceptions)
    return (before.text[:1].isupper() and before.key not in ARTICLES and before.key not in exceptions
            and w.key not in lex.stops and w.key not in lex.adverbs and w.key not in ARTICLES
            and w.key not in exceptions
            and after.text[:1].islower() and after.key not in sw.coordinators)


def _in_formulas(ws: list[Word], text: str, formulas: tuple[tuple[str, ...], ...]) -> set[int]:
    """Indices of the words of ``ws`` inside one of ``formulas`` ("Gott sei Dank"), a comma
    between two words read as the token ``_COMMA``."""
    tokens: list[tuple[str, int]] = []
    for n, w in enumerate(ws):
        if n and _COMMA in text[ws[n - 1].end:w.start]:
            tokens.append((_COMMA, -1))
        tokens.append((w.text.casefold(), n))
    out: set[int] = set()
    for f in formulas:
        for i in range(len(tokens) - len(f) + 1):
            if all(tokens[i + k][0] == f[k] for k in range(len(f))):
                out.update(n for _, n in tokens[i:i + len(f)])
    return out


def _own_tail_cue(ws: list[Word], text: str, sw: SpeakerWords, rm: ReportedMood,
                  lex: Lexicon) -> bool:
    """The sentence ends on a short clause after a comma that opens on a lower-case finite
    (not a reported one: "…, wären die Schäden immens") and an article or a capitalised
    subject ("…, findet die SPD"): someone else's statement (not "…, kaum Zeitungen")."""
    last = max((n for n in range(1, len(ws)) if _COMMA in text[ws[n - 1].end:ws[n].start]),
               default=0)
    tail = ws[last:]
    if not last or len(tail) > _TAIL_CUE_WORDS or len(tail) < 2:
        return False
    verb, subject = tail[0], tail[1]
    return (verb.text[:1].islower() and verb.text.endswith(sw.finite_endings) and not _listed(verb, rm)
            and verb.key not in lex.stops and verb.key not in lex.adverbs and verb.key not in ARTICLES
            and (subject.key in ARTICLES or subject.text[:1].isupper()))


def _reports(ws: list[Word], text: str, sw: SpeakerWords, rm: ReportedMood, lex: Lexicon,
             main: bool) -> bool:
    """``ws`` (one sentence's words) hold a reported-mood finite past the first word, outside
    a set phrase, and no first or second person pronoun; the ending alone counts only when
    the sentence opens a main clause (``main``; not "Wie lange die Fahrt dauert, …")."""
    if any(w.text.casefold() in rm.self_pronouns for w in ws) or _own_tail_cue(ws, text, sw, rm, lex):
        return False
    set_phrase: set[int] | None = None
    for n in range(1, len(ws)):
        if not (_finite_at(ws, n, sw, rm, lex) if main else _listed(ws[n], rm)):
            continue
        set_phrase = _in_formulas(ws, text, rm.formulas) if set_phrase is None else set_phrase
        if n not in set_phrase:
            return True
    return False


def _next_sentence(ctx: _Context, prev: Quote) -> tuple[int, int] | None:
    """The sentence after the one ``prev`` ends in, when only ``_GAP_CHARS`` and at most one
    paragraph break lie between them."""
    i = bisect.bisect_right(ctx.sent_starts, prev.end - 1)
    if i >= len(ctx.sents):
        return None
    s, e = ctx.sents[i]
    gap = ctx.text[prev.end:s]
    if s - prev.end > _GAP_CHARS or gap.count("\n") > 2:
        return None
    return s, e


def _other_person(ctx: _Context, s: int, e: int, prev: Quote) -> bool:
    """A person other than ``prev``'s speaker is named in ``s``..``e`` ("Der Autor Jan Roth
    sieht das anders"): the sentence may be that person's view, not the speaker's words."""
    own = (prev.speaker_name or prev.speaker_text or "").casefold()
    return any(m.label == "PER" and not (m.entity_id and m.entity_id == prev.speaker_id)
               and m.text.casefold() not in own for m in ctx.mentions.within(s, e))


def _continued(ctx: _Context, sent: tuple[int, int], cue_starts: list[int],
               taken: list[tuple[int, int]], sw: SpeakerWords, rm: ReportedMood,
               prev: Quote) -> tuple[int, int] | None:
    """The span of ``sent`` when it goes on with ``prev``, as the module says."""
    s, e = sent
    text = ctx.text
    body = text[s:e].rstrip()
    if not body.endswith(".") or _MARKS.search(body) or "\n" in body or ":" in body:
        return None
    end = s + len(body) - 1
    i = bisect.bisect_left(cue_starts, s)
    if i < len(cue_starts) and cue_starts[i] < e:
        return None  # a cue of its own: the other rules read it
    j = bisect.bisect_left(taken, (e, e))
    if any(a < e and b > s for a, b in taken[max(0, j - 8):j]) or ctx.inside_quotation(
            s, s + 1) or _other_person(ctx, s, e, prev):
        return None
    ws = ctx.words[ctx.word_at(s):ctx.word_at(end)]
    if len(ws) < MIN_REPORTED_WORDS or not _reports(ws, text, sw, rm, ctx.lex,
                                                     opens_statement(ctx, ctx.word_at(s))):
        return None
    return ws[0].start, end


def continued_reports(ctx: _Context, cues: list[Cue], found: list[Quote]) -> list[Quote]:
    """``found`` with the bare Konjunktiv sentences that go on with a statement, as the module
    says, each with that statement's cue and speaker."""
    sw, rm = speaker_words(ctx.lex.rules.code), reported_mood(ctx.lex.rules.code)
    if not rm.finites or not found:
        return found
    cue_starts = sorted(c.start for c in cues)
    taken = sorted((q.start, q.end) for q in found)
    out: list[Quote] = []
    for q in found:
        if not (q.speaker_text or q.cue):
            continue
        prev = q
        for _ in range(_MAX_CONTINUED):
            sent = _next_sentence(ctx, prev)
            span = None if sent is None else _continued(ctx, sent, cue_starts, taken, sw, rm, prev)
            if span is None:
                break
            prev = replace(prev, start=span[0], end=span[1], text=ctx.text[span[0]:span[1]],
                           direct=False)
            out.append(prev)
    return sorted([*found, *out], key=lambda x: x.start) if out else found


__all__ = ["continued_reports"]
