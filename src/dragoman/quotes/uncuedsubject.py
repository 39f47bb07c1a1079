"""How far back a quotation with no cue at all may look for its speaker when that speaker is
only a sentence subject, not someone quoted before: "Im Finale führt Anna Roth das Feld an.
… Das Augenmerk gilt Eva Kern. Die Nummer zwei trainiert hier. „…“" gives the quotation to
no one rather than to Anna Roth.

A subject of the sentence right before the quotation's own sentence (or of its own) may be
the speaker; a subject further back is a guess across sentences, and where another person is
named in a sentence between the subject's and the quotation (not inside a quotation), the
guess is dropped, unless the sentence right before opens with a pronoun ("Sie setzt
sich … ein."), which carries its person on. A speaker an earlier cue
introduced (``ctx.history``, ``ctx.cues_done``) keeps the floor as before ("„A“, sagte X.
… „B“"), a person named in the subject's own sentence ("Woods, der Spielern wie Elder …") or inside a
quotation is no other person between."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from dragoman.quotes.mentions import Speaker

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context


def _same(a: Speaker, b: Speaker) -> bool:
    if a.entity_id is not None and a.entity_id == b.entity_id:
        return True
    return a.start == b.start or (a.name or a.text) == (b.name or b.text)


def distant_subject(ctx: _Context, sp: Speaker | None, pos: int) -> bool:
    """``sp``, the fallback speaker of a cue-less quotation opening at ``pos``, is only the
    subject of a sentence before the one right before the quotation's sentence (no earlier
    cue named it), and another person is named between that subject and the quotation."""
    if sp is None or any(_same(h[1], sp) for h in ctx.history if h[0] < pos) or any(
            c.speaker is not None and _same(c.speaker, sp) for c in ctx.cues_done
            if c.start < pos):
        return False  # an earlier cue's speaker ("„…“, erklärte er"): the floor is theirs
    at = [c[0] for c in ctx.subjects_before(pos) if _same(c[1], sp)]
    i = bisect.bisect_right(ctx.sent_starts, pos) - 1  # the quotation's own sentence
    if not at or i < 1 or at[-1] >= ctx.sents[i - 1][0]:
        return False  # its own sentence or the one right before it
    first = ctx.words[ctx.word_at(ctx.sents[i - 1][0]):][:1]
    if first and first[0].key in ctx.lex.pronouns:
        return False  # "Sie setzt sich … ein. „…“": the sentence before goes on about someone
    return any(m.label == "PER" and m.text not in (sp.text, sp.name or "")
               and (m.entity_id is None or m.entity_id != sp.entity_id)
               and m.text not in sp.text and not _quoted(ctx, m.start, m.end)
               for m in ctx.mentions.within(ctx.sentence(at[-1])[1], pos))


def _quoted(ctx: _Context, start: int, end: int) -> bool:
    """A quoted span holds ``start``..``end`` (its first word included: „Lee Elder kam …“)."""
    i = bisect.bisect_right(ctx.quoted, (start, len(ctx.text))) - 1
    return i >= 0 and ctx.quoted[i][0] <= start and end <= ctx.quoted[i][1]
