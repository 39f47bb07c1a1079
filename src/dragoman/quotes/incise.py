"""A speech verb set into a quotation by commas, its subject after it (French "incise"):
"« Pour moi, poursuit-il, c'est une réelle satisfaction »", "« On nous a menti, dit-elle.
Personne n'est venu »", "« Le texte, explique Claire Jouvet, est prêt »". No cue stands
outside such a quotation; the incise names its speaker (a pronoun is resolved from the opening
mark, as a pronoun right before the quotation would be)."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from dragoman.quotes.attach import resolve
from dragoman.quotes.cues import Cue

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context
    from dragoman.quotes.marks import QuotedSpan

# Most words of the quotation before its incise: the press sets it after the first phrase
# ("« Pour moi, poursuit-il, … »", "« Les rendez-vous sont pris jusqu'en juin, explique-t-elle.
# … »"). Read off the French dev pages of eval/data/quotes/real and original passages written
# for issue 16 (first phrases of 2-9 words); a bound, not a fitted value.
INCISE_WORDS = 14
# What ends an incise: a comma going on with the quotation, or the end of its sentence.
_INCISE_END = re.compile(r"\s*[,.!?;…]")


def incise_cue(ctx: _Context, q: QuotedSpan, cues: list[Cue], cue_starts: list[int]) -> Cue | None:
    """The incise cue of ``q`` with its speaker resolved, or None. The cue is a verb inside
    the quotation within its first INCISE_WORDS words, right after a comma, with its subject
    after it (an inverted pronoun or a phrase naming someone), and a comma or a sentence end
    right after that subject."""
    text, ws, lex = ctx.text, ctx.words, ctx.lex
    first = ctx.word_at(q.open_at + 1)
    for cue in cues[bisect.bisect_left(cue_starts, q.open_at + 1):
                    bisect.bisect_left(cue_starts, q.close_at)]:
        if cue.wi - first > INCISE_WORDS:
            return None
        sub = cue.subject
        end = max(sub.end, cue.end) if sub is not None else cue.end  # "a-t-elle précisé"
        if (cue.kind != "verb" or sub is None or sub.start < cue.start or cue.wi == 0
                or text[ws[cue.wi - 1].end:cue.start].strip() != ","
                or end >= q.close_at or not _INCISE_END.match(text, end)):
            continue
        key = sub.text.casefold()
        if key in lex.rules.clause_subjects and key not in lex.person_pronouns:
            return None  # "« …, dit-on, … »", "« …, disons-nous, … »": no one named
        cue.speaker = resolve(ctx, sub, q.open_at)
        cue.explicit = key not in lex.pronouns
        return cue
    return None
