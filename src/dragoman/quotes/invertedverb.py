"""A cue verb that no cue list holds, before its subject right after a quotation (English):

- a text on display speaks through "reads"/"read" ("“…,” reads a Monday editorial in The
  Harbor Gazette.", "“…,” read the sign."): the noun phrase of a document noun is the source;
- a past form before a person's name that ends the clause or opens an appositive ("“…,”
  remembered Tom Ray, her former aide."): the person speaks, unless the verb credits a work
  ("“…,” starred Ann Lee": the quotation is a title).

Only a quotation that opens its sentence: one inside it ("His line, “…,” inspired Tom Ray.")
is an appositive of the subject, and the name after the verb its object.

The language pack (``language.invertedcues``) holds the verbs, the past ending and the document
nouns; a language without one keeps its other rules."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dragoman.language.invertedcues import InvertedCueWords, document_head, inverted_cue_words
from dragoman.quotes.cues import Cue
from dragoman.quotes.lexicon import Word, words
from dragoman.quotes.marks import QuotedSpan
from dragoman.quotes.pronouns import opens_sentence
from dragoman.quotes.speakers import Speaker
from dragoman.quotes.titles import short_capitalised
from dragoman.quotes.unlisted import person_at

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context

# Characters read after the closing mark: a verb, a document phrase and its place ("in The
# Harbor Gazette"), or a person's name. Like the bounds below, written from the shape with the
# original sentences of tests/quotes/test_en_speakers2_document_sources.py, not fitted.
CLAUSE_CHARS = 140
# Most words from the determiner to the document noun ("a Wednesday front-page editorial"):
# a bound from the shape (determiner, two modifiers, the noun), not a fitted value.
MAX_DOCUMENT_WORDS = 4
# Most words after the document noun to the clause end ("in The Harbor Gazette on Monday").
MAX_TAIL_WORDS = 6
# Fewest words of a quotation attributed this way: shorter ones are titles or labels ("“Dark
# Water,” starred Ann Lee"). A bound from the shape, as ``trailingcue.OWN_CUE_MIN_WORDS``.
MIN_QUOTED_WORDS = 3
# Shortest past form read as a cue ("remembered", not "bed", "red").
MIN_PAST_CHARS = 5
_CLAUSE_END = re.compile(r"[.!?;:\n]|$")


def inverted_verb_attribution(ctx: _Context, q: QuotedSpan) -> tuple[Speaker | None, Cue | None]:
    """The source after the unlisted verb that follows ``q`` (see the module), with that verb
    as the cue; (None, None) when the clause has neither shape, or when ``q`` does not open
    its sentence: "His line, “we shall fight on,” inspired Tom Ray.": the quotation is an
    appositive of the subject, and the name after the verb its object."""
    pack = inverted_cue_words(ctx.lex.rules.code)
    text = ctx.text
    if pack is None or len(words(text, q.start, q.end)) < MIN_QUOTED_WORDS or short_capitalised(
            text, q) or not opens_sentence(text, q.open_at):
        return None, None
    ws = words(text, q.close_at + 1, min(len(text), q.close_at + 1 + CLAUSE_CHARS))
    if len(ws) < 2 or not text[q.close_at + 1:ws[0].start].isspace():
        return None, None
    verb = ws[0]
    if (not verb.text.isalpha() or not verb.text.islower() or verb.key in ctx.lex.stops
            or not text[verb.end:ws[1].start].isspace()):
        return None, None
    if verb.key in pack.display_verbs:
        sp = _document(ctx, pack, ws)
    elif (verb.key.endswith(pack.past_ending) and len(verb.key) >= MIN_PAST_CHARS
          and verb.key not in pack.credit_verbs):  # "“…,” starred Ann Lee": a title's credit
        sp = person_at(ctx, ws[1], stop_may_follow=False)
    else:
        sp = None
    if sp is None:
        return None, None
    wi = ctx.word_at(verb.start)
    return sp, Cue(wi=wi, wj=wi + 1, start=verb.start, end=verb.end, kind="verb", speaker=sp,
                   used=True, explicit=True, subject=sp)


def _document(ctx: _Context, pack: InvertedCueWords, ws: list[Word]) -> Speaker | None:
    """"a Monday editorial in The Harbor Gazette": a determiner, at most
    ``MAX_DOCUMENT_WORDS`` words to a document noun, no punctuation, then at most
    ``MAX_TAIL_WORDS`` words to the clause end."""
    text = ctx.text
    if ws[1].key not in pack.determiners:
        return None
    head = next((k for k in range(2, min(len(ws), 1 + MAX_DOCUMENT_WORDS))
                 if document_head(pack, ws[k].key)), None)
    if head is None or re.search(r"[^\w\s'’-]", text[ws[1].start:ws[head].end]):
        return None
    found = _CLAUSE_END.search(text, ws[head].end)
    end_at = found.start() if found is not None else len(text)
    tail = [w for w in ws[head + 1:] if w.start < end_at]
    if len(tail) > MAX_TAIL_WORDS or "," in text[ws[head].end:end_at] or (
            tail and tail[0].key not in pack.place_prepositions):
        return None  # "read the sign and left", "read the letter, then …": more than a source
    end = tail[-1].end if tail else ws[head].end
    return Speaker(ws[1].start, end, text[ws[1].start:end])
