"""A quotation closed on a comma and followed by a short clause, a speaker and one verb that
no cue list holds ("“…,” Ann Lee fumed.", "“…,” the senator quipped on Tuesday."): the clause
attributes the quotation, whatever its verb."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dragoman.quotes.cues import valid_speaker
from dragoman.quotes.lexicon import Lexicon, Word, words
from dragoman.quotes.marks import QuotedSpan
from dragoman.quotes.speakers import (
    DETERMINERS,
    MANNER_ADVERBS,
    MAX_SPEAKER_WORDS,
    SKIP_BEFORE_VERB,
    Speaker,
    phrase_speaker,
)
from dragoman.quotes.titles import short_capitalised

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context

# Most words after the verb before the clause ends ("fumed on Tuesday", "wrote in an email"):
# a cue clause's time or place phrase. Longer, the clause says more than who spoke.
MAX_TAIL_WORDS = 4
# The clause after the closing mark, up to the first sentence end: at most this many characters
# are read (a speaker phrase, a verb and a short tail).
CLAUSE_CHARS = 160
_CLAUSE = re.compile(r"[^.!?\n\"“”«»„]*[.!?](?:\s|$)")
_ABBREVIATED = re.compile(r"\b(?:[A-Z][a-z]{0,3}|[A-Z])\.\s*$")
# Auxiliaries: after the word read as the verb they show it was a noun of the subject ("“…!”
# Hungarian police were ordered"); the quotation's speaker is not named there.
_AUXILIARIES = SKIP_BEFORE_VERB - MANNER_ADVERBS
# Particles of phrasal cue verbs ("shot back", "chimed in", "piped up"): a closed class of
# English words that may follow the verb.
_PARTICLES = frozenset({"back", "up", "out", "off", "in", "down", "over", "away", "on"})


def unlisted_cue_speaker(ctx: _Context, q: QuotedSpan) -> Speaker | None:
    """The speaker of the clause right after the quotation ``q`` when that clause is a speaker
    phrase (a person or organisation mention, a role or a pronoun), one lower-case word that
    is no stop word (the verb), and at most ``MAX_TAIL_WORDS`` more, ending the sentence; else
    None."""
    text, lex = ctx.text, ctx.lex
    close_at, before = q.close_at, q.open_at - 1
    while before >= 0 and text[before].isspace():
        before -= 1
    if before >= 0 and text[before] == ":":
        return None  # "The question is simple: “Will it pass?” Tom Ray doubts it.": an object
    m = _CLAUSE.match(text, close_at + 1, min(len(text), close_at + 1 + CLAUSE_CHARS))
    if m is None or _ABBREVIATED.search(text, m.start(), m.end() - 1):
        return None  # no sentence end near, or one hidden by a title ("Sen."): not read on
    ws = words(text, m.start(), m.end())
    head = next((k for k, w in enumerate(ws) if w.text[:1].isupper() or w.key in lex.roles
                 or w.key in lex.pronouns), None)  # "an angry Ann Lee", "the senator", "he"
    if head is None or (head and ws[0].key not in DETERMINERS) or sum(
            w.key not in DETERMINERS for w in ws[:head]) > 1:
        return None  # "… and voters cheer", "exhorted Ann Lee": no subject opens the clause
    verb = next(
        (k for k in range(head + 1, len(ws)) if ws[k].text[:1].islower()
         and ws[k].key not in MANNER_ADVERBS and ws[k].key not in lex.roles), None)
    if (verb is None or verb == 0 or verb > MAX_SPEAKER_WORDS
            or len(ws) - verb - 1 > MAX_TAIL_WORDS):
        return None
    v = ws[verb]
    if v.key in lex.stops or v.key in lex.pronouns or not v.key.isalpha():
        return None  # "“…,” Ann Lee and others …", "… the man who …": no verb there
    if verb + 1 < len(ws) and not _goes_on(lex, ws[verb + 1]):
        return None  # "Trump supporters chanted", "Ann Lee's sign read": the word is a noun
    if text[q.end - 1] in "?!" and verb + 1 < len(ws) and (
            ws[verb + 1].key in DETERMINERS or ws[verb + 1].key in lex.naming_objects):
        return None  # "“Will it pass?” Tom Ray doubts it.": a new sentence with an object
    subject = [w for w in ws[:verb] if w.key not in MANNER_ADVERBS]
    if not subject or any(w.key.endswith(("'s", "’s")) for w in subject) or (
            subject[-1].key in lex.pronouns and subject[-1].key not in lex.person_pronouns):
        return None  # "Tom Ray's widow", "they chanted": the owner or a group, not the speaker
    if re.search(r"[,;:(]", text[m.start():v.start]):
        return None  # "“…,” Ann Lee, a lawyer, …": an appositive the cue rules read
    sp = phrase_speaker(text, subject, lex, ctx.mentions, before_verb=True)
    if sp is None or sp.end < subject[-1].end:
        return None  # "Trump supporters chanted": the name modifies the subject's head
    return sp if valid_speaker(sp, lex, ctx.mentions) else None


def _goes_on(lex: Lexicon, w: Word) -> bool:
    """``w`` may follow a cue verb: a preposition, article, object pronoun, particle, adverb,
    or a capitalised word ("fumed on Tuesday", "texted a friend", "shot back", "fumed
    Tuesday"); not a second verb ("Trump supporters chanted") nor an auxiliary."""
    key = w.key
    if key in _AUXILIARIES:
        return False
    return (key in lex.stops or key in DETERMINERS or key in lex.naming_objects
            or key in _PARTICLES or key in MANNER_ADVERBS or key.endswith("ly")
            or w.text[:1].isupper() or not key.isalpha())


# After a closing mark, in a language whose cues take their subject after them ("» critique
# X", "», analyse X dans un article"): an optional comma, one lower-case verb, and a person's
# name, which a punctuation mark or a stop word ends. Longest such name read, in characters.
MAX_NAME_CHARS = 60
_COMMA_GAP = re.compile(r"\s*,?\s*")
# What may follow the speaker's name: a punctuation mark or the text's end (read over three
# characters).
_AFTER_NAME = re.compile(r"\s*(?:[.,;:(]|$)")


def inverted_unlisted_speaker(ctx: _Context, q: QuotedSpan) -> Speaker | None:
    """The person named right after the one verb that follows the quotation ``q`` when the
    language puts an inverted subject after its cue ("« … » critique David Dufresne.", "« … »,
    analyse Ann Roy dans un article"), whatever the verb; else None."""
    text, lex = ctx.text, ctx.lex
    if not lex.adverbs:
        return None
    ws = words(text, q.close_at + 1, min(len(text), q.close_at + 1 + MAX_NAME_CHARS))
    if len(ws) < 2 or not _COMMA_GAP.fullmatch(text, q.close_at + 1, ws[0].start):
        return None
    if "," not in text[q.close_at + 1:ws[0].start] and short_capitalised(text, q):
        return None  # "« Le Petit Prince » fascine X", "„Tatort“ zeigt X": a title, the subject
    verb = ws[0]
    if (not verb.text.islower() or verb.key in lex.stops or verb.key in lex.pronouns
            or verb.key in lex.roles or not text[verb.end:ws[1].start].isspace()):
        return None
    return person_at(ctx, ws[1], stop_may_follow=True)


def person_at(ctx: _Context, first: Word, *, stop_may_follow: bool) -> Speaker | None:
    """The person mention that starts at ``first`` (at most ``MAX_NAME_CHARS`` characters
    long) when a punctuation mark or the text's end follows it, or, with ``stop_may_follow``,
    a stop word ("» critique Ann Roy dans …"); else None: "» salue Paul Roux le travail …",
    "“…,” praised Ann Lee for …": the name is an object, not the speaker."""
    text = ctx.text
    found = ctx.mentions.within(first.start, first.start + MAX_NAME_CHARS)
    if not found or found[0].start != first.start or found[0].label != "PER":
        return None
    end = found[0].end
    after = words(text, end, min(len(text), end + MAX_NAME_CHARS))[:1] if stop_may_follow else []
    if _AFTER_NAME.match(text[end:end + 3]) or (
            after and after[0].key in ctx.lex.stops and text[end:after[0].start].isspace()):
        return ctx.mentions.speaker(found[0])
    return None
