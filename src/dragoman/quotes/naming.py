"""Quoted names and labels: "X called Trump a “bully”", "described it as “unfit”".

A short quoted phrase after a naming verb (the language's ``naming_verbs``) in the same
clause is the subject's own words, a direct quotation (PolNeAR's definition), provided the
verb has a subject that can speak next to it. A reduced relative ("a film called “Z”") has
no such subject; a passive one ("was called “X”") and a phrasal verb ("called for") are no
statement. Quoted phrases going on after the first one ("a “liar,” a “bully” and …") share
its verb.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from dragoman.language.normalize import normalize_for_match
from dragoman.model import Quote
from dragoman.quotes.attach import attach_speaker, resolve
from dragoman.quotes.cues import Cue, valid_speaker
from dragoman.quotes.lexicon import Lexicon, Word, words
from dragoman.quotes.marks import QuotedSpan
from dragoman.quotes.speakers import DETERMINERS, Speaker
from dragoman.quotes.subjects import opening_word

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context

# Most words between a naming verb and the opening mark ("called Friday's decision a “…”",
# "likened the rules to “…”"): read off PolNeAR dev-tune's naming quotations (1-3 words).
NAMING_GAP_WORDS = 4
# Most words between two quoted labels of one naming verb ("a “liar,” who is “amoral,”").
CHAIN_GAP_WORDS = 3
# Fewest words quoted after one naming verb (all its labels together) for a direct quotation:
# PolNeAR annotates a one- or two-word label ("called him a “liar”") mostly as reported speech
# or not at all. Compared on PolNeAR train (1, 2, 3 and 6 words; 3 gives the best direct F1,
# 6 the best precision).
NAMING_MIN_WORDS = 3
_CLAUSE_END = re.compile(r"[.!?;:()\[\]\n—–]")
# "what X calls “…”" (X at most this many words; the pack's ``borrowed_term_words``): a term
# named, which PolNeAR train and dev-tune leave unannotated.
_WHAT_WINDOW = 4


@lru_cache(maxsize=32)
def _verbs(items: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalize_for_match(x) for x in items)


def naming_cue(ctx: _Context, q: QuotedSpan, prev: tuple[Cue, int] | None) -> Cue | None:
    """The naming verb whose label ``q`` is, with a speaker, or None. ``prev``: the naming cue
    of the previous quotation and that quotation's end (a list of labels goes on)."""
    text, ws, lex = ctx.text, ctx.words, ctx.lex
    verbs = _verbs(lex.rules.naming_verbs)
    if not verbs or ctx.inside_quotation(q.start, q.end):
        return None  # a label inside a quotation is the quoted speaker's
    if prev is not None:
        cue, end = prev
        between = text[end:q.open_at]
        if len(ctx.words[ctx.word_at(end):ctx.word_at(q.open_at)]) <= CHAIN_GAP_WORDS and (
                not _CLAUSE_END.search(between)):
            return cue
    sent_start = ctx.sentence(q.open_at)[0]
    oi = ctx.word_at(q.open_at)
    for k in range(oi - 1, max(ctx.word_at(sent_start), oi - 1 - NAMING_GAP_WORDS) - 1, -1):
        if _CLAUSE_END.search(text, ws[k].end, q.open_at) or "," in text[ws[k].end:q.open_at]:
            return None
        if ws[k].key in verbs:
            return _speaking(ctx, k, oi)
    return None


def _speaking(ctx: _Context, k: int, oi: int) -> Cue | None:
    ws, lex = ctx.words, ctx.lex
    if k + 1 < oi and ws[k + 1].key in _verbs(lex.rules.naming_particles):
        return None  # "called for", "called on": another verb
    borrowed = _verbs(lex.rules.borrowed_term_words)
    if any(w.key in borrowed for w in ws[max(0, k - _WHAT_WINDOW):k]):
        return None  # "what critics call “X”": a term the writer borrows, not a statement
    if k and (ws[k - 1].key in lex.passives or ws[k - 1].key in DETERMINERS
              or ws[k - 1].key in lex.blockers):
        return None  # "was called “X”", "the calls", "refused to call it “X”"
    kind = "participle" if ws[k].key.endswith(lex.rules.participle_endings) else "verb"
    cue = Cue(k, k + 1, ws[k].start, ws[k].end, kind)
    if kind == "participle":  # "Trump went after Bush, calling him “…”": the main clause's
        sent_start = ctx.sentence(cue.start)[0]  # subject, or nobody
        own = [sp for at, sp in ctx.subjects_before(cue.start) if at >= sent_start]
        fi = opening_word(ctx, sent_start)
        first = ws[min(fi, k)]
        if not own and fi < k and first.key in lex.person_pronouns:
            # "She ended by describing it as “…”": the person the pronoun refers to
            own = [sp] if (sp := resolve(ctx, Speaker(first.start, first.end, first.text),
                                         first.start)) is not None else []
        if not own:
            return None
        cue.speaker = cue.subject = own[-1]
        cue.explicit = True
        return cue
    saved = list(ctx.history)
    attach_speaker(ctx, cue)
    if cue.speaker is None or not valid_speaker(cue.subject or cue.speaker, lex, ctx.mentions) or (
            kind == "verb" and not _next_to(ctx, cue)):  # "a bakery called “Z”": no subject
        ctx.history[:] = saved  # no statement: its phrase speaks for nobody later on
        return None
    return cue


def _next_to(ctx: _Context, cue: Cue) -> bool:
    """The verb's subject ends right before it, or only auxiliaries, adverbs and a relative
    pronoun come between ("Cruz has repeatedly called", "Cruz, who called"), or an appositive
    set off by commas ("Ann Lee, a lawyer who sued the city, called"), or the subject's first
    verb phrase and a conjunction ("The senator took the stage and called")."""
    if cue.subject is None:
        return False
    lex = ctx.lex
    between = ctx.words[ctx.word_at(cue.subject.end):cue.wi]
    k = len(between)
    while k and _verb_modifier(lex, between[k - 1]):
        k -= 1
    if all(w.key in lex.stops for w in between[:k]):
        return True
    text = ctx.text
    end = between[k].start if k < len(between) else cue.start
    if text[cue.subject.end:between[0].start].strip() == "," and (
            text[between[k - 1].end:end].strip() == ","):
        return not _CLAUSE_END.search(text, cue.subject.end, end)  # "Ann Lee, a lawyer, called"
    return (between[k - 1].key in lex.sentence_conjunctions and not any(
        w.key in lex.sentence_conjunctions for w in between[:k - 1])
        and not re.search(r"(?<![\w'’-])[a-z]", text[ctx.sentence(cue.start)[0]:cue.subject.start])
        and not re.search(r"[,;:.!?]", text[cue.subject.end:end]))  # "Ann Lee spoke and called"


def _verb_modifier(lex: Lexicon, w: Word) -> bool:
    """An auxiliary, relative pronoun or adverb between a subject and its verb."""
    return (w.key in lex.auxiliaries or w.key in lex.relatives
            or w.key.endswith(lex.rules.adverb_endings))


def drop_short_labels(quotes: list[Quote], naming_starts: set[int]) -> list[Quote]:
    """Quotations of a naming verb whose labels total fewer than ``NAMING_MIN_WORDS`` words
    are dropped ("called it “absurd”"): a word or two quoted is hardly a statement."""
    total: dict[int, int] = {}
    for q in quotes:
        if q.cue_start in naming_starts:
            total[q.cue_start] = total.get(q.cue_start, 0) + len(words(q.text))
    return [q for q in quotes if total.get(q.cue_start or -1, NAMING_MIN_WORDS) >= NAMING_MIN_WORDS]


class Labels:
    """The naming verbs of an article's quotations, read in order: the last one (a list of
    labels goes on) and the cues used."""

    def __init__(self) -> None:
        self.last: tuple[Cue, int] | None = None  # the naming verb of the last quotation
        self.starts: set[int] = set()

    def cue(self, ctx: _Context, q: QuotedSpan) -> Cue | None:
        """The naming verb whose label ``q`` is (``naming_cue``), remembered."""
        named = naming_cue(ctx, q, self.last)
        if named is None:
            self.last = None
            return None
        self.last = (named, q.end)
        self.starts.add(named.start)
        return named

    def finish(self, quotes: list[Quote]) -> list[Quote]:
        """``quotes`` without short labels (``drop_short_labels``)."""
        return drop_short_labels(quotes, self.starts)
