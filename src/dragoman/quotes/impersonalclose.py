"""Reported speech closed or split by an impersonal cue ("Der Umsatz sei gestiegen, heißt es.",
"…, hieß es aus dem Rathaus.", "Bei der Legalisierung, heißt es dort, sehe sich die Firma als
Vorreiter."): the cue's subject is the pack's impersonal pronoun (``impersonal_pronouns``), so
no one is named next to it and the subject search read the clause's own subject as the
speaker, which left no content. The clause before the comma is the statement (the whole
sentence when the cue splits a verb-second clause, as "Das, sagt X, müsse …"; from a colon
in it, "Der Knackpunkt: …", the writer's lead-in), with no speaker. The cue's older statement
gives way unless its speaker is a source after the cue ("hieß es von der Feuerwehr"; not a
time, "hieß es am Abend").

Only when the cue stands right after a comma (not inside or after a quotation, which the
direct-quotation rules handle), and what follows it up to the sentence's end is a short phrase
with no comma ("weiter", "dort", "in der Mitteilung", "aus dem Rathaus") or, after a comma, the
finite verb going on with the split clause. "Es heißt, …" and "heißt es, dass …" (content after
the cue) stay with the reported-speech rules.
"""

from __future__ import annotations

import bisect
import re
from itertools import accumulate
from typing import TYPE_CHECKING

from dragoman.language.contentwords import content_words
from dragoman.language.functionwords import ARTICLES, inflected_adjective
from dragoman.language.speakerwords import speaker_words
from dragoman.model import Quote
from dragoman.quotes.cues import Cue, quote_record
from dragoman.quotes.impersonalsource import past_report, tail_source
from dragoman.quotes.inversion import verb_second_tail
from dragoman.quotes.relclauses import subordinator
from dragoman.quotes.reported import MIN_REPORTED_WORDS
from dragoman.quotes.speakers import MAX_SPEAKER_WORDS

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context

# A comma with spaces only, right before the cue (no quotation mark: "„…“, heißt es" is direct).
_COMMA_ONLY = re.compile(r"\s*,\s*")
# Words of the phrase after the cue before the sentence ends or a comma ("heißt es in der
# Mitteilung des Verbands"): a speaker phrase's length; longer, the cue heads a clause.
_TAIL_WORDS = MAX_SPEAKER_WORDS
# A clause mark in the phrase after the cue other than the comma ending it: not a short tail.
_TAIL_BREAK = re.compile(r"[;:\"„“”»«()]")
# A statement shorter than this with no finite of indirect speech (pack
# ``indirect_mood_finites``/``indirect_mood_ending``) is a saying or a motto, not a report
# ("Zeit ist Geld, heißt es.", "Kommt Zeit, kommt Rat, heißt es."). Set on review_quotesde's
# probes (sayings of 3-7 words) and pool A's indicative statements closed by the cue (18 and
# 30 words); a short report in the indicative ("Es ist heiß, heißt es im Wetterbericht") is lost.
_SAYING_MAX_WORDS = 8


def _impersonal(ctx: _Context, cue: Cue) -> bool:
    """``cue`` is a verb cue whose last word is the pack's impersonal pronoun ("heißt es")."""
    pronouns = ctx.lex.rules.impersonal_pronouns
    return (cue.kind == "verb" and bool(pronouns) and cue.wj - cue.wi >= 2
            and ctx.words[cue.wj - 1].key in pronouns)


def _tail_end(ctx: _Context, cue: Cue, s_end: int) -> int | None:
    """Index of the first word after the short phrase that follows ``cue``: past the sentence's
    end (the cue closes it) or the word after a comma. None when the phrase is no short one."""
    ws, text = ctx.words, ctx.text
    k = cue.wj
    limit = min(len(ws), cue.wj + _TAIL_WORDS + 1)
    while k < limit and ws[k].start < s_end:
        gap = text[ws[k - 1].end:ws[k].start]
        if _TAIL_BREAK.search(gap) or ":" in ws[k].text:  # (a score: "hieß es 2:1")
            return None
        if "," in gap:
            return k if k > cue.wj or gap.strip() == "," else None
        k += 1
    if k < len(ws) and ws[k].start < s_end:
        return None  # a long phrase: the cue heads a clause of its own
    return k


def _infinitive_closes(ctx: _Context, cue: Cue, k: int) -> bool:
    """The phrase after the cue ends in an infinitive ("Wenn es regnet, heißt es abwarten": "it
    is time to wait", no one speaks): a lower-case last word with the pack's infinitive ending
    that is no function word."""
    if k == cue.wj:
        return False
    last = ctx.words[k - 1]
    lex = ctx.lex
    return (last.text[:1].islower() and last.key not in lex.stops and last.key not in lex.adverbs
            and last.key.endswith(speaker_words(lex.rules.code).infinitive_endings or ("\0",)))


def opens_statement(ctx: _Context, first: int) -> bool:
    """The sentence's first word may open a main clause: not a subordinator, a complementizer
    or a relative ("Wenn …, heißt es", "Wer zu spät kommt, heißt es im Volksmund, den …")."""
    key, lex = ctx.words[first].key, ctx.lex
    return not (subordinator(key, lex) or key in lex.complementizers
                or (key in lex.relatives and key not in ARTICLES)
                or key in content_words(lex.rules.code).interrogatives)


def _has_verb(ctx: _Context, first: int, last: int) -> bool:
    """A lower-case word other than a function word past the first of ``first``..``last``: in a
    pack that capitalises nouns, the clause's verb ("Ganz im Gegenteil, heißt es": none)."""
    lex = ctx.lex
    if not lex.rules.capitalised_nouns:
        return True
    return any(w.text[:1].islower() and w.key not in lex.stops and w.key not in ARTICLES
               and w.key not in lex.adverbs for w in ctx.words[first + 1:last])


def _indirect_mood(ctx: _Context, spans: tuple[range, ...]) -> bool:
    """A finite of indirect speech in the words of ``spans`` past the first: a listed one
    ("sei", "hätten") or a lower-case word with the Konjunktiv I ending that is no function
    word, right after a capitalised word or a pronoun, as a verb-second finite stands after its
    subject ("Die Reform gehe", "man prüfe"; not "haben kurze Beine"), or first after a
    splitting cue ("Die Reform, heißt es dort, gehe …")."""
    ws, lex = ctx.words, ctx.lex
    sw = speaker_words(lex.rules.code)
    for n in (n for span in spans for n in span):
        w = ws[n]
        if w.text in sw.indirect_mood_finites:
            return True
        if (sw.indirect_mood_ending and n > spans[0].start and w.text[:1].islower()
                and w.text.endswith(sw.indirect_mood_ending) and w.key not in lex.stops
                and w.key not in ARTICLES and w.key not in lex.adverbs
                and (ws[n - 1].text[:1].isupper() or ws[n - 1].key in lex.pronouns
                     or (len(spans) > 1 and n == spans[1].start))):
            return True
    return False


def _time_speaker(ctx: _Context, q: Quote) -> bool:
    """``q``'s speaker after the cue is a time ("…, hieß es am Abend": "Abend"): a time word of
    the pack (``noun_classes.time_words``, "am", "ab", "seit") stands before it, past articles."""
    if q.speaker_start is None:
        return False
    ws = ctx.words
    i = ctx.word_at(q.speaker_start) - 1
    while i >= 0 and (ws[i].key in ARTICLES or inflected_adjective(ws[i].text)):
        i -= 1  # ("am späten Abend")
    nouns = ctx.lex.rules.noun_classes
    return i >= 0 and (ws[i].key in nouns.time_words or ws[i].key in nouns.months)


def _statement(ctx: _Context, cue: Cue) -> tuple[int, int] | None:
    """The span an impersonal ``cue`` after a comma reports, as the module says, or None."""
    text, ws = ctx.text, ctx.words
    if cue.used or cue.wi == 0 or not _impersonal(ctx, cue):
        return None
    if not _COMMA_ONLY.fullmatch(text, ws[cue.wi - 1].end, cue.start) or ctx.inside_quotation(
            cue.start, cue.end):
        return None
    s_start, s_end = ctx.sentence(cue.start)
    k = _tail_end(ctx, cue, s_end)
    if k is None:
        return None
    closes = k >= len(ws) or ws[k].start >= s_end
    if closes and _infinitive_closes(ctx, cue, k):
        return None
    if not closes and (ws[k].key in ARTICLES or not verb_second_tail(ws[k], ctx.lex)):
        return None  # "…, heißt es, die Firma habe …": content after the cue
    first = ctx.word_at(s_start)
    said = cue.wi - first + (0 if closes else ctx.word_at(s_end) - k)  # words around the cue
    if (cue.wi == first or said < MIN_REPORTED_WORDS or not opens_statement(ctx, first)
            or not _has_verb(ctx, first, cue.wi if closes else ctx.word_at(s_end))):
        return None
    rest = range(cue.wi, cue.wi) if closes else range(k, ctx.word_at(s_end))
    around = (range(first, cue.wi), rest)
    if said < _SAYING_MAX_WORDS and not _indirect_mood(ctx, around) and not past_report(ctx, cue, k):
        return None  # a saying or a motto ("Aller Anfang ist schwer, heißt es.")
    end = ws[cue.wi - 1].end if closes else s_end
    end = end - 1 if text[end - 1:end] in ".!?" else end
    colon = text.rfind(":", ws[first].start, ws[cue.wi - 1].start)
    if closes and colon >= 0:  # "Der Knackpunkt: Spotify behalte …": the writer's lead-in
        after = ctx.word_at(colon)
        if cue.wi - after < MIN_REPORTED_WORDS or not _has_verb(ctx, after, cue.wi):
            return None
        return ws[after].start, end
    return ws[first].start, end


def impersonal_statements(ctx: _Context, cues: list[Cue], found: list[Quote]) -> list[Quote]:
    """``found`` with the statements of impersonal cues after a comma, as the module says: the
    cue's own reported statement (its speaker read off the clause before it, or a time after
    it) gives way; one naming a source after the cue ("hieß es von der Feuerwehr") stays."""
    if not ctx.lex.rules.impersonal_pronouns:
        return found
    spans = {cue.start: span for cue in cues if (span := _statement(ctx, cue)) is not None}
    if not spans:
        return found
    by_cue = {c.start: c for c in cues if c.start in spans}
    own = dict(spans)  # (the cue's own statement may come in two parts around the cue)
    kept: list[Quote] = []
    for q in found:
        at = -1 if q.direct or q.cue_start is None else q.cue_start
        span = own.get(at)
        if span is None:
            kept.append(q)
        elif q.start == span[0] and q.speaker_start is not None and (
                q.speaker_start > by_cue[at].end and not _time_speaker(ctx, q)):
            spans.pop(at, None)  # a source after the cue: the statement is right
            kept.append(q)
    taken = sorted((q.start, q.end) for q in kept)
    starts = [a for a, _ in taken]
    reach = list(accumulate((b for _, b in taken), max))  # the furthest end so far
    out: list[Quote] = []
    for at in sorted(spans):
        start, end = spans[at]
        i = bisect.bisect_left(starts, end)
        if (i and reach[i - 1] > start) or (out and out[-1].end > start) or (
                ctx.inside_quotation(start, start + 1)):
            continue  # a quotation or a statement already holds some of it
        cue = by_cue[at]
        k = _tail_end(ctx, cue, ctx.sentence(cue.start)[1])
        out.append(quote_record(ctx.text, start, end, False, cue,
                                tail_source(ctx, cue, k) if k is not None else None))
    return sorted([*kept, *out], key=lambda q: q.start) if out else kept


__all__ = ["impersonal_statements", "opens_statement"]
