"""A quotation whose sentence opens with the view of a person named there ("Pour
l'économiste Fabien Gros, « la croissance restera molle »", "Pour Sylvain Ricard, président
de la fédération, « … »", "Pour la directrice, Claire Jouvet, la situation est intenable :
« … »"): no cue stands before or after it, the person after the pack's ``opinion_openers``
speaks. Only a person mention counts ("Pour Noël, « … »", "Pour la mairie, …" name no one
quoted), and the quotation must follow that phrase's comma at once or close a clause ending
on a colon, so a phrase quoted inside the writer's clause ("Pour X, il s'agit d'une « faute »")
is none. The quotation must close its sentence (a title the sentence goes on about is no view:
"Pour Marie Dupont, « Le Petit Prince » reste …"), and the person must end its phrase and
follow no link word or preposition ("Pour le procès de Bernard Tapie, …", "Pour succéder à
Jeanne Roux, …", "Pour son album, Laurent Voulzy a choisi …": the person is no one's view).
(Review of fr_quotes, original probes.)"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dragoman.language.contentwords import content_words
from dragoman.language.normalize import normalize_for_match
from dragoman.quotes.attach import resolve
from dragoman.quotes.lexicon import words
from dragoman.quotes.speakers import Speaker

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context
    from dragoman.quotes.marks import QuotedSpan

# Most words between the opener and the opening mark: the person, one appositive and a short
# clause before a colon ("Pour la directrice de l'école, Claire Jouvet, la situation est
# intenable : « … »", 13 words). A bound set by hand on original passages written for
# issue 16, not a fitted value.
OPINION_LEAD_WORDS = 24
# Phrases set off by commas read for the person: the opener's own and an appositive after it.
OPINION_PHRASES = 2
# What may follow the closing mark of a quotation that closes its sentence: the rest of a
# doubled mark, then a full stop, a line end or the text end.
_CLOSES = re.compile(r"[»”\"'’]?[^\S\n]*(?:[.!?…]|\n|$)")
_SENTENCE_END = (".", "!", "?", "…")


def opinion_speaker(ctx: _Context, q: QuotedSpan, floor: int) -> Speaker | None:
    """The person of an opinion opener heading the sentence of ``q`` (see the module), resolved
    and remembered as a speaker; None when there is none."""
    openers = content_words(ctx.lex.rules.code).opinion_openers
    text = ctx.text
    if not openers or floor > q.open_at:
        return None
    lead = words(text, floor, q.open_at)
    if (len(lead) < 2 or len(lead) > OPINION_LEAD_WORDS or lead[0].key not in openers
            or not lead[0].text[:1].isupper()):
        return None
    pieces = text[lead[0].end:q.open_at].split(",")
    if len(pieces) < 2 or ":" in "".join(pieces[:-1]) or (
            pieces[-1].strip() and not pieces[-1].rstrip().endswith(":")):
        return None  # the mark right after a comma, or a clause closed by a colon before it
    if not (text[q.start:q.end].rstrip().endswith(_SENTENCE_END) or _CLOSES.match(text, q.end + 1)):
        return None  # "Pour Marie Dupont, « Le Petit Prince » reste …": the sentence goes on
    links = ctx.lex.content_blockers | frozenset(
        normalize_for_match(w) for w in ctx.lex.rules.speaker_group_links)
    at = lead[0].end
    for piece in pieces[:min(OPINION_PHRASES, len(pieces) - 1)]:
        people = [m for m in ctx.mentions.within(at, at + len(piece)) if m.label == "PER"]
        if people:
            before = words(text, at, people[0].start)
            if text[people[0].end:at + len(piece)].strip() or (before and before[-1].key in links):
                return None  # "Pour le procès de Bernard Tapie", "…, Laurent Voulzy a choisi"
            return resolve(ctx, ctx.mentions.speaker(people[0]), q.open_at)
        at += len(piece) + 1
    return None


__all__ = ["OPINION_LEAD_WORDS", "opinion_speaker"]
