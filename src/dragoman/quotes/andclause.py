"""The subject of a cue coordinated with the clause before it by "and" ("Sharpton backed Obama
and said …"): the clause's opening noun phrase."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dragoman.quotes.lexicon import Word
from dragoman.quotes.speakers import (
    DETERMINERS,
    SKIP_BEFORE_VERB,
    Speaker,
    chunk_before,
    phrase_speaker,
)

if TYPE_CHECKING:
    from dragoman.quotes.cues import Cue
    from dragoman.quotes.detect import _Context

# Longest clause (words) before "and said" whose opening noun phrase is taken as the
# speaker ("Ortiz was joined on stage by the governor and joked"); 10, 16 and 24 compared on
# PolNeAR train (16 and 24 tie, 10 is lower).
COORDINATED_CLAUSE_WORDS = 16


def and_clause_subject(ctx: _Context, cue: Cue, floor: int) -> Speaker | None:
    """"Sharpton backed Obama and said": the clause's subject, its opening noun phrase
    (a pronoun, or capitalised words with their determiners, titles and role words)."""
    lex = ctx.lex
    before = chunk_before(ctx.text, ctx.words, cue.wi, floor, COORDINATED_CLAUSE_WORDS + 1)
    verb_words = [w for w in before if w.key not in SKIP_BEFORE_VERB]
    if (not verb_words or verb_words[-1].key != "and"
            or len(before) > COORDINATED_CLAUSE_WORDS):  # the clause may start further back
        return None
    if before[0].key in lex.pronouns:
        return phrase_speaker(ctx.text, before[:1], lex, ctx.mentions, before_verb=True)
    head: list[Word] = []
    for w in before[:-1]:
        if not (w.text[:1].isupper() or w.key in DETERMINERS or w.key in lex.roles):
            break
        head.append(w)
    if not head:
        return None
    return phrase_speaker(ctx.text, head, lex, ctx.mentions, before_verb=True)


__all__ = ["COORDINATED_CLAUSE_WORDS", "and_clause_subject"]
