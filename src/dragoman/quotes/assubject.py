"""The speaker of a speech verb closing a German "as" clause when no other rule found one:
"Wie Coindesk am 31.08.23 berichtete, …", "Wie die beiden Fachleute auf einer Pressekonferenz
berichteten, …", "…, wie Readly auf meine Anfrage erklärt."

On a page where the entities stage found people, only mentions may name a speaker in a
language that capitalises its nouns (``speakers._mentions_only``): a capitalised noun next to
a cue is more often a noun than a name ("Viele Tauben sterben …", "…, sagte Präzision").
The subject of a "wie" clause closed by a speech verb is no such guess: the grammar makes
it the one who speaks, and the clause bounds it (``germanas.as_subject``: an article and its
adjectives, capitalised words and genitive attributes, up to the first preposition, adverb
or time word). So that subject speaks, mention or not. Narrow on purpose: a speech
verb cue (not a participle, a marker or a split verb), an "as" word opening its clause and a
capitalised noun phrase right after it (no pronoun, no fragment without a subject: "Wie
bereits berichtet", "Wie Anfang März bekannt wurde"; a passive, "Wie dem Sender bestätigt
wurde", is no cue at all). Read off pool A (4 statements on 3 German pages: an outlet, a news
app, "die beiden Fachleute"); English and French are untouched (``capitalised_nouns``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dragoman.quotes.ascontent import content_as_clause
from dragoman.quotes.cues import valid_speaker
from dragoman.quotes.germanas import as_clause, as_subject
from dragoman.quotes.mentions import Speaker

if TYPE_CHECKING:
    from dragoman.quotes.cues import Cue
    from dragoman.quotes.detect import _Context


def as_clause_speaker(ctx: _Context, cue: Cue) -> Speaker | None:
    """The subject of the "as" clause the verb cue ``cue`` closes (the module's doc), or None;
    one no mention names is marked a common source (``cue.common_source``: the grammar, not a
    mention, says it speaks), as a marker's "laut Experten" is."""
    text, lex = ctx.text, ctx.lex
    if cue.kind != "verb" or not lex.rules.capitalised_nouns or cue.inner is not None or (
            content_as_clause(ctx, cue)):
        return None  # (nor an indirect question: "fragen sich, wie die Stadt antwortete")
    clause = as_clause(text, cue.start, lex)
    if not clause:
        return None
    people = [(m.start, m.end) for m in ctx.mentions.within(clause[0].start, cue.start)
              if m.label == "PER"]
    found = as_subject(text, clause, lex, people)
    if not found:
        return None
    sp = Speaker(found[0].start, found[-1].end, text[found[0].start:found[-1].end])
    cue.common_source = not valid_speaker(sp, lex, ctx.mentions)
    return sp


__all__ = ["as_clause_speaker"]
