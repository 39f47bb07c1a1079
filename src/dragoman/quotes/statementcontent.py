"""Reported content that is no statement of the speaker's: a reported question or request
("asked how the bus will cross", "wondered whether the glacier moved"), a cue inside a question
("Did the governor say that taxes would rise?"), "according to" in a
question ("So what does the science say, according to the WHO?") and "according to" as a
manner phrase ("according to your taste"), an impersonal cue before an infinitive ("Für X
heißt es jetzt, Verantwortung zu übernehmen": "it is time to"), a German "wie" clause that is
an indirect question or has an object of its own ("fragen sich, wie die Stadt antwortete":
``ascontent``). Precision first: such a cue yields no reported quotation. The words are the
pack's (``language.contentwords``); a request with an infinitive ("asked Congress to act")
is a speech act (``speechacts``) and stays."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dragoman.language.contentwords import content_words
from dragoman.language.speakerwords import speaker_words
from dragoman.quotes.ascontent import content_as_clause
from dragoman.quotes.clauseshape import noun_not_cue, relative_marker, relative_that
from dragoman.quotes.cues import Cue
from dragoman.quotes.mentions import Speaker
from dragoman.quotes.speakers import MAX_SPEAKER_WORDS
from dragoman.quotes.speechacts import speech_act

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context

# Characters read back from a sentence's end for its question mark (closing quotes, spaces).
_QUESTION_TAIL = 8
_CLOSERS = " \n\"”’»)"
# Most words (adverbs) between a passive auxiliary and a question cue ("was once asked").
PASSIVE_GAP_WORDS = 1


def not_statement(ctx: _Context, cue: Cue, spans: list[tuple[int, int]]) -> bool:
    """The cue's reported content ``spans`` states nothing: see the module."""
    cw, ws = content_words(ctx.lex.rules.code), ctx.words
    if relative_marker(ctx, cw, cue) or noun_not_cue(ctx, cw, cue) or any(
            relative_that(ctx, cw, cue, a) for a, _ in spans[:1]):
        return True  # "which according to X", "read out notes", "an interview that published"
    if cue.kind == "marker":
        # "Pour some water according to your taste"; "So what …, according to X?" (a verb's
        # question may echo a statement: "Sie sagen, die Fähre sei sicher?")
        return (cue.wj < len(ws) and ws[cue.wj].key in cw.manner_possessives) or any(
            _question(ctx, a) for a, _ in spans)
    if _aside_in_open_phrase(ctx, cue):
        return True  # "owed his election to, as an aide put it, a makeover"
    if content_as_clause(ctx, cue):
        return True  # "Die Leute fragen sich, wie die Stadt darauf antwortete."
    k = cue.speaker_after_end or cue.wj
    if spans and _impersonal_infinitive(ctx, cue, k, spans[0][0]):
        return True
    if _question(ctx, cue.start):
        return True  # "Did the governor say that taxes would rise?"
    return _question_cue(ctx, cue) and not _passive(ctx, cue) and speech_act(
        ctx, cue, k, ctx.sentence(cue.start)[1]) is None


def _aside_in_open_phrase(ctx: _Context, cue: Cue) -> bool:
    """The cue ends an as-clause set off by commas right after a preposition (the pack's
    ``content_blockers``) that leaves its
    phrase open ("owed his election to, as an aide put it, a makeover", "enabling people to,
    as Ann Lee put it, improve their luck"): the aside credits a phrase of the writer's
    sentence, whose words no span of it reports; not an aside after a noun ("The bridge, as
    the mayor put it, will …") or at the sentence's start ("As the mayor put it, …")."""
    ws, text, lex = ctx.words, ctx.text, ctx.lex
    if not lex.as_words:
        return False
    for n in range(cue.wi - 1, max(0, cue.wi - MAX_SPEAKER_WORDS - 1), -1):
        if text[ws[n].end:ws[n + 1].start].strip():
            return False  # punctuation before the as-word: no as-clause
        if ws[n].key in lex.as_words:
            return n > 0 and text[ws[n - 1].end:ws[n].start].strip() == "," and (
                _preposition(ctx, ws[n - 1].key)) and ws[n - 1].text.islower()
    return False


def _preposition(ctx: _Context, key: str) -> bool:
    """A preposition of the pack's ``content_blockers``: not a conjunction, relative,
    complementizer, question word or condition ("whether"), which open a clause of their own
    ("and, as X said, the tolls will fall")."""
    lex = ctx.lex
    return key in lex.content_blockers and key not in lex.sentence_conjunctions and (
        key not in lex.relatives) and key not in lex.complementizers and (
        key not in content_words(lex.rules.code).interrogatives) and (
        key not in speaker_words(lex.rules.code).condition_openers)


def unasked(ctx: _Context, cue: Cue, speaker: Speaker | None) -> Speaker | None:
    """The speaker of the cue's content: none for a passive question cue ("Ronald Reagan was
    once asked how the Cold War would end": its subject was asked, the asker is unnamed; the
    question stays, as PolNeAR annotates it)."""
    return None if cue.kind != "marker" and _question_cue(ctx, cue) and _passive(ctx, cue) else speaker


def _impersonal_infinitive(ctx: _Context, cue: Cue, k: int, start: int) -> bool:
    """An impersonal cue followed, before its content, by an infinitive closing its phrase
    ("Für Roth heißt es jetzt Verantwortung zu übernehmen, auch …": "it is time to")."""
    ws, lex = ctx.words, ctx.lex
    markers = content_words(lex.rules.code).infinitive_markers
    if not markers or not any(w.key in lex.rules.impersonal_pronouns for w in ws[cue.wi:k]):
        return False
    stop = ctx.word_at(start)
    return any(ws[n].key in markers and ws[n + 1].text.islower() and (
        n + 2 >= stop or ctx.text[ws[n + 1].end:ws[n + 2].start].strip())
        for n in range(k, stop - 1))


def _question_cue(ctx: _Context, cue: Cue) -> bool:
    cues = content_words(ctx.lex.rules.code).question_cues
    return any(ctx.words[n].key in cues for n in range(cue.wi, cue.wj))


def _passive(ctx: _Context, cue: Cue) -> bool:
    """A passive auxiliary right before the cue, or before one adverb ("was once asked")."""
    ws, text = ctx.words, ctx.text
    for n in range(cue.wi - 1, max(-1, cue.wi - 1 - PASSIVE_GAP_WORDS - 1), -1):
        if text[ws[n].end:ws[n + 1].start].strip():
            return False  # punctuation: another clause
        if ws[n].key in ctx.lex.passives:
            return True
        if not ws[n].text.islower():
            return False
    return False


def _question(ctx: _Context, at: int) -> bool:
    """The sentence holding ``at`` is a question: it ends in a question mark and opens, past
    its conjunctions ("So what does …"), with a question word or an auxiliary. Not a
    rhetorical one that opens like a statement ("Clean water saves lives, according to X?"),
    nor one a colon opens inside the content ("every firm should ask itself: What is …?")."""
    lex, ws = ctx.lex, ctx.words
    start, end = ctx.sentence(at)
    if not ctx.text[max(0, end - _QUESTION_TAIL):end].rstrip(_CLOSERS).endswith("?") or (
            ":" in ctx.text[at:end]):
        return False
    n = ctx.word_at(start)
    while n < len(ws) and ws[n].start < end and ws[n].key in lex.sentence_conjunctions:
        n += 1
    return n < len(ws) and ws[n].start < end and (
        ws[n].key in content_words(lex.rules.code).interrogatives or ws[n].key in lex.auxiliaries)
