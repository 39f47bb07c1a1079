"""Reported content whose shape shows no statement of the cue's subject.

- A relative "that": the content opens right after "that" with an auxiliary or a past verb
  followed by a function word, so "that" is the subject of a relative clause ("disclosed in
  an interview that published around noon …"), not a complementizer.
  A past form before a noun is an adjective and stays ("said that armed men entered"); so
  does "that" right after the cue, a demonstrative subject ("said that was wrong").
- A noun, not a verb: a present speech verb that is also a plural noun ("notes", "claims")
  right after a preposition, a particle or a determiner ("read out notes the lecturer had
  left", "the claims").
- "according to" right after a relative pronoun ("a ruling, which according to X will not
  be the last word", "…, bei dem laut X der Plan entstanden sei, …") attributes the relative
  clause, not the clause the marker's content is taken from.

The words are the pack's (``language.contentwords``) and the lexicon's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dragoman.language.contentwords import ContentWords
from dragoman.language.speakerwords import speaker_words
from dragoman.quotes.cues import Cue
from dragoman.quotes.lexicon import day_keys
from dragoman.quotes.speakers import DETERMINERS

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context


def relative_that(ctx: _Context, cw: ContentWords, cue: Cue, start: int) -> bool:
    """The content at ``start`` follows "that" and opens with a verb: see the module. Not
    "that" right after the cue, the subject of its content ("said that was not her view"),
    nor after a day or a function word ("said on Monday that was …")."""
    ws, lex = ctx.words, ctx.lex
    n = ctx.word_at(start)
    if n <= (cue.speaker_after_end or cue.wj) + 1 or n >= len(ws) or ws[n].start != start or (
            ws[n - 1].key not in lex.complementizers):
        return False
    first, noun = ws[n], ws[n - 2]
    if not first.text.islower() or ctx.text[ws[n - 1].end:first.start].strip():
        return False
    if noun.key in lex.stops or noun.key in day_keys(lex):
        return False  # "said on Monday that was …": "that" opens the content after a phrase
    if first.key in lex.auxiliaries:  # "an interview that was published …"
        return n + 1 < len(ws) and bool(cw.past_endings) and ws[n + 1].key.endswith(cw.past_endings)
    if not cw.past_endings or not first.key.endswith(cw.past_endings) or n + 1 >= len(ws) or (
            ctx.text[first.end:ws[n + 1].start].strip()):
        return False
    nxt = ws[n + 1].key
    return (nxt in lex.stops or nxt in DETERMINERS or nxt in cw.prepositions
            or nxt.endswith(lex.rules.adverb_endings))


def noun_not_cue(ctx: _Context, cw: ContentWords, cue: Cue) -> bool:
    """The cue word is a plural noun after a preposition, particle or determiner."""
    ws, lex = ctx.words, ctx.lex
    if cue.kind != "verb" or cue.wi == 0 or not cw.noun_cue_endings or not (
            ws[cue.wi].key.endswith(cw.noun_cue_endings)):
        return False
    before = ws[cue.wi - 1]
    if ctx.text[before.end:ws[cue.wi].start].strip() or not before.text.islower():
        return False
    rules = lex.rules
    return (before.key in DETERMINERS or before.key in rules.naming_particles
            or before.key in rules.governing_prepositions or before.key in cw.prepositions)


def relative_marker(ctx: _Context, cw: ContentWords, cue: Cue) -> bool:
    """"which according to X": the marker opens inside a relative clause; where relative
    pronouns are also articles (German), one set off by a comma, after a preposition or not
    (``speakerwords.relative_prepositions``): "…, bei dem laut X der Plan entstanden sei, …"."""
    ws = ctx.words
    if cue.kind != "marker" or cue.wi == 0:
        return False
    before = ws[cue.wi - 1]
    if ctx.text[before.end:ws[cue.wi].start].strip():
        return False
    return before.key in cw.relative_pronouns or _comma_relative(ctx, cue.wi - 1)


def _comma_relative(ctx: _Context, n: int) -> bool:
    """ws[n] is a relative pronoun of the pack's ``comma_relatives`` opening a clause after a
    comma, alone or after a preposition ("…, die", "…, von denen")."""
    ws, lex = ctx.words, ctx.lex
    sw = speaker_words(lex.rules.code)
    if not sw.relative_prepositions or (ws[n].key not in lex.rules.comma_relatives
                                        and ws[n].key not in sw.relative_extra):
        return False  # (a pack that lists these: German)
    if n >= 1 and ws[n - 1].key in sw.relative_prepositions and not ctx.text[
            ws[n - 1].end:ws[n].start].strip():
        n -= 1
    return n >= 1 and ctx.text[ws[n - 1].end:ws[n].start].strip() == ","

