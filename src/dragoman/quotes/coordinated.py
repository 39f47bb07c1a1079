"""The subject of a cue in a verb phrase coordinated with the sentence's first one when the
clause between them is long or its subject a pronoun ("She thanked the volunteers, praised
the staff and said …", "The Senate Democrats, angry about the delay, blocked the vote and
said …"): the attached speaker of such a cue is only the latest one."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dragoman.quotes.attach import resolve
from dragoman.quotes.cues import SPEAKER_LABELS
from dragoman.quotes.speakers import DETERMINERS, SKIP_BEFORE_VERB, Speaker
from dragoman.quotes.subjects import opening_word

if TYPE_CHECKING:
    from dragoman.quotes.cues import Cue
    from dragoman.quotes.detect import _Context

# Most words from the sentence's first word to the cue: one sentence of news prose with two
# or three coordinated verb phrases; compared on PolNeAR train (24, 40, 60).
COORDINATED_SENTENCE_WORDS = 40
# Most words of a role phrase opening the sentence ("Her campaign", "The state's largest union").
ROLE_PHRASE_WORDS = 4
# Punctuation that ends the verb phrase of the sentence's subject before the cue: a clause
# of its own ("…; she said"), a quotation ("…,” he said"), a colon or brackets.
_BREAK = re.compile(r"[;:()\"“”«»]")


def coordinated_subject(ctx: _Context, cue: Cue, s_start: int) -> Speaker | None:
    """The sentence's opening subject (a speaker pronoun, or a speaking mention followed by
    its verb or an appositive) when the cue follows a conjunction ("… and said"), resolved."""
    text, ws, lex = ctx.text, ctx.words, ctx.lex
    k = cue.wi - 1
    while k > 0 and (ws[k].key in SKIP_BEFORE_VERB or ws[k].key.endswith(lex.rules.adverb_endings)):
        k -= 1
    if k <= 0 or ws[k].key not in lex.sentence_conjunctions or text[ws[k].end:cue.start].strip(" ,"):
        return None
    first = opening_word(ctx, s_start)
    if first >= k or cue.wi - first > COORDINATED_SENTENCE_WORDS or _BREAK.search(
            text, ws[first].start, cue.start):
        return None
    head = ws[first]
    if head.key in lex.rules.speaker_pronouns and ws[first + 1].text[:1].islower():
        return resolve(ctx, Speaker(head.start, head.end, head.text), cue.start)
    m = next((m for m in ctx.mentions.within(head.start, ws[k].start)
              if m.start == head.start), None)
    if m is not None and m.label in SPEAKER_LABELS:
        sp, after = ctx.mentions.speaker(m), ctx.word_at(m.end)
    else:  # "Her campaign also announced …": a role phrase of a few words
        n = next((n for n in range(first, min(k, first + ROLE_PHRASE_WORDS))
                  if ws[n].key in lex.roles), None)
        if n is None or any(w.key in lex.stops and w.key not in DETERMINERS
                            for w in ws[first:n]):
            return None
        sp, after = Speaker(head.start, ws[n].end, text[head.start:ws[n].end]), n + 1
    if after >= k or not ((ws[after].text[:1].islower() and ws[after].key not in lex.stops
                          and ws[after].key not in lex.content_blockers)
                          or "," in text[ws[after - 1].end:ws[after].start]):
        return None  # "Clinton's plan", "Obama in 2012": no subject
    return resolve(ctx, sp, cue.start)
