"""A quotation followed, with or without a comma, by one verb and a person named with a role
or title before the name, ending the sentence: "„…“ weiß Turnierdirektor Karl Vogt.",
"„…“, meint Bundestrainerin Dr. Eva Kern." Whatever the verb (sports and feature writing
use "weiß", "findet", "glaubt" so), the clause attributes the quotation, as
``unlisted.inverted_unlisted_speaker`` reads it for a bare name ("« … » critique X.").

Between the verb and the name only articles, honorifics and nouns naming people stand
(``frontedperson.person_noun``: roles, "Außenseiter"), not a body ("„…“ zeigt die Polizei
Karl Vogt"); after the name the sentence ends or a comma follows, so the name is no object
("„…“ lobte Trainer Karl Vogt die Mannschaft" is left to the other rules)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dragoman.model import Mention
from dragoman.quotes.complements import DETERMINERS
from dragoman.quotes.cues import Cue
from dragoman.quotes.frontedperson import person_noun, title_keys
from dragoman.quotes.lexicon import words
from dragoman.quotes.marks import QuotedSpan
from dragoman.quotes.mentions import Speaker
from dragoman.quotes.titles import short_capitalised
from dragoman.quotes.trailingcue import unlisted_attribution

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context

# Characters read after the closing mark: a verb, a role phrase ("Turnierdirektor",
# "die frühere Bundestrainerin Dr.") and a full name.
CLAUSE_CHARS = 120
# Most words between the verb and the name (article, adjective-free role, title, title).
MAX_ROLE_WORDS = 4
_GAP = re.compile(r"\s*,?\s*")
_END = re.compile(r"\s*(?:[.!?,;]|$)")


def inverted_attribution(ctx: _Context, q: QuotedSpan,
                         goes_on: bool) -> tuple[Speaker | None, Cue | None]:
    """``trailingcue.unlisted_attribution``, else the person named with a role after one verb
    right after ``q`` (``role_named_speaker``), no cue."""
    sp, cue = unlisted_attribution(ctx, q, goes_on)
    if sp is not None:
        return sp, cue
    return role_named_speaker(ctx, q), None


def role_named_speaker(ctx: _Context, q: QuotedSpan) -> Speaker | None:
    """The person of "„…“ weiß Turnierdirektor Karl Vogt.": after the closing mark an
    optional comma, one lower-case verb, role words and a PER mention ending the sentence."""
    text, lex = ctx.text, ctx.lex
    if not lex.adverbs or not lex.rules.capitalised_nouns:
        return None  # the languages whose cues take an inverted subject, nouns capitalised
    ws = words(text, q.close_at + 1, min(len(text), q.close_at + 1 + CLAUSE_CHARS))
    if len(ws) < 3 or not _GAP.fullmatch(text, q.close_at + 1, ws[0].start):
        return None
    if "," not in text[q.close_at + 1:ws[0].start] and short_capitalised(text, q):
        return None  # "„Tatort“ zeigt Kommissar X": a title, the subject
    verb = ws[0]
    if (not verb.text.islower() or verb.key in lex.stops or verb.key in lex.pronouns
            or verb.key in lex.roles or not verb.key.isalpha()):
        return None
    titles = title_keys((*lex.rules.honorifics, *lex.rules.abbreviations))
    k, roles = 1, 0
    while k < len(ws) and k <= MAX_ROLE_WORDS and _mention_at(ctx, ws[k].start) is None:
        w = ws[k]
        if w.key in DETERMINERS or w.key in titles:
            k += 1
        elif person_noun(w, lex):
            k, roles = k + 1, roles + 1
        else:
            return None
    if roles == 0 or k >= len(ws) or re.search(r"[^\w\s.-]", text[verb.end:ws[k].start]):
        return None  # a bare name is inverted_unlisted_speaker's; no punctuation between
    found = _mention_at(ctx, ws[k].start)
    if found is None or found.label != "PER":
        return None
    if not _END.match(text, found.end):
        return None  # "„…“ lobte Trainer Karl Vogt die Mannschaft": an object
    return ctx.mentions.speaker(found)


def _mention_at(ctx: _Context, pos: int) -> Mention | None:
    """The mention starting at ``pos``, if any."""
    found = ctx.mentions.within(pos, pos + CLAUSE_CHARS)
    return found[0] if found and found[0].start == pos else None
