"""The subject of a participle cue ("…, saying", "…, adding"): the noun phrase opening the
clause the participle hangs on, after any introductory phrase ("At a rally in Ames, Iowa, on
Sunday, Ann Lee urged …, saying", "WASHINGTON (UPI) — In response to …, the senator's aide
wrote …, adding").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from dragoman.language.contentwords import content_words
from dragoman.language.normalize import normalize_for_match
from dragoman.quotes.cues import Cue, valid_speaker
from dragoman.quotes.groups import GROUP_HEADS
from dragoman.quotes.lexicon import Lexicon, Word, words
from dragoman.quotes.speakers import (
    _ROLE_LINKS,
    DETERMINERS,
    MAX_SPEAKER_WORDS,
    Speaker,
    chunk_before,
    phrase_speaker,
)

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context

# What sets a clause or an introductory phrase off from the next one.
_SEGMENT_BREAK = re.compile(r"[,;—–]|\s-\s")
# Coordinators before a participle that goes on with the clause ("wrote to her and telling").
_AND = frozenset({"and", "or"})
# A link before the subject of an absolute participle ("…, with Ann Lee saying").
_WITH = frozenset({"with"})
# The link of a depiction before the person it shows ("footage of Ann Lee saying").
_DEPICTION = frozenset({"of"})
# Agent and source words per pack (a cache: ``_agent_words``).
_AGENTS: dict[str, frozenset[str]] = {}


def participle_subject(ctx: _Context, cue: Cue, sent_start: int) -> Speaker | None:
    """The noun phrase opening the last clause before a participle set off by a comma (a name,
    a pronoun, a determiner or role word with its noun); None when no clause opens with one,
    or in scripts without capitals and languages that capitalise every noun."""
    text, ws, lex = ctx.text, ctx.words, ctx.lex
    if not lex.rules.has_case or lex.rules.capitalised_nouns or lex.rules.subject_after_verb:
        return None
    if cue.wi == 0:
        return None
    before = ws[cue.wi - 1]
    if not _SEGMENT_BREAK.search(text, before.end, cue.start):
        if before.text[:1].isupper():  # "footage of Ann Lee saying": the name before it
            chunk = chunk_before(text, ws, cue.wi, sent_start)
            sp = phrase_speaker(text, chunk, lex, ctx.mentions, before_verb=True)
            if sp is None or not _preposition_object(ctx, sp):
                return sp
            # "X summed up the message from Michigan on Tuesday warning …": a preposition's
            # object is no subject; the clause's subject is looked for below
        if before.key in lex.stops and before.key not in _AND:
            return None  # "for saying": the clause's subject, read as before
    lo = ctx.word_at(sent_start)
    starts = [k for k in range(lo, cue.wi)
              if k == lo or _SEGMENT_BREAK.search(text, ws[k - 1].end, ws[k].start)]
    for n in range(len(starts) - 1, -1, -1):
        k = starts[n]
        if ctx.inside_quotation(ws[k].start, ws[k].end):
            continue
        phrase = _opening_phrase(ctx, ws, k, cue.wi)
        seg_end = starts[n + 1] if n + 1 < len(starts) else cue.wi
        if not phrase or _no_verb(ws[k + len(phrase):seg_end], lex):
            continue  # "…, the Communications Act of 1996, noting": an appositive, no clause
        sp = phrase_speaker(text, phrase, lex, ctx.mentions, before_verb=True)
        if sp is not None and valid_speaker(sp, lex, ctx.mentions):
            return sp
    return None


def verb_cut(sp: Speaker | None, lex: Lexicon) -> Speaker | None:
    """``sp``, a sentence's first words taken as a participle's subject, cut before the first
    lower-case verb after a name or a role noun ("The new governor summed up the mood at" ->
    "The new governor"): the clause's subject ends at its verb. Unchanged where no such verb
    follows such a word, and in languages that capitalise every noun."""
    if sp is None or sp.entity_id is not None or not lex.rules.has_case or (
            lex.rules.capitalised_nouns):
        return sp
    ends = content_words(lex.rules.code).past_endings
    ws = words(sp.text)
    for prev, w in itertools.pairwise(ws):
        verb = w.text.islower() and (w.key in lex.verbs or w.key in lex.auxiliaries or (
            bool(ends) and w.key.endswith(ends)))
        if verb and (prev.text[:1].isupper() or lex.strip_clitic(prev.key, lex.roles) in lex.roles
                     or prev.key in GROUP_HEADS) and prev.key not in DETERMINERS:
            return replace(sp, end=sp.start + prev.end, text=sp.text[:prev.end])
    return sp


def _preposition_object(ctx: _Context, sp: Speaker) -> bool:
    """A preposition other than a depiction's "of" or an absolute "with" stands right before
    ``sp`` (a determiner allowed between): "from Michigan", "on Tuesday"."""
    ws, lex = ctx.words, ctx.lex
    k = ctx.word_at(sp.start) - 1
    if k >= 0 and ws[k].key in DETERMINERS:
        k -= 1
    return k >= 0 and ws[k].key in lex.content_blockers and ws[k].key not in _DEPICTION | _WITH


def _no_verb(rest: list[Word], lex: Lexicon) -> bool:
    """The words after a segment's opening noun phrase hold no verb: only function words,
    numbers and capitalised words ("of 1996", "of the Senate")."""
    return all(w.key in lex.stops or w.key in DETERMINERS or not w.text[:1].islower()
               for w in rest)


def named_before(ctx: _Context, cue: Cue, sent_start: int) -> Speaker | None:
    """"footage of Ann Lee saying", "…, with Tom Ray telling …": a person mention right
    before a participle with no comma between is its subject, whoever speaks in the main
    clause; None when no person mention stands there ("replied on Facebook writing")."""
    text, ws, lex = ctx.text, ctx.words, ctx.lex
    if cue.wi == 0 or not lex.rules.has_case or lex.rules.capitalised_nouns:
        return None
    before = ws[cue.wi - 1]
    if _SEGMENT_BREAK.search(text, before.end, cue.start) or not before.text[:1].isupper() or (
            ws[cue.wi - 1].start < sent_start):
        return None
    chunk = chunk_before(text, ws, cue.wi, sent_start)
    sp = phrase_speaker(text, chunk, lex, ctx.mentions, before_verb=True)
    if sp is None or sp.label != "PER":
        return None
    # Only a depiction ("footage of X saying") or an absolute phrase (", with X saying") makes
    # the name the participle's subject: after a verb the name is its object ("slammed Tom
    # Ray saying"), after another preposition a place or medium ("on Facebook writing").
    k = ctx.word_at(sp.start) - 1
    if k < 0 or not (ws[k].key in _DEPICTION or (ws[k].key in _WITH and k > 0 and re.search(
            r"[,;—–]", text[ws[k - 1].end:ws[k].start]))):
        return None
    return sp


def _opening_phrase(ctx: _Context, ws: list[Word], k: int, end: int) -> list[Word]:
    """The noun phrase at ws[k]: capitalised words, determiners and role or group words, with
    nothing but spaces between them; empty when a preposition or adverb opens the segment
    ("At a rally", "Here in Ames", "Shortly after") or the phrase runs into the cue."""
    lex = ctx.lex
    first = ws[k]
    if first.key in lex.stops and first.key not in DETERMINERS and (
            first.key not in lex.pronouns):
        return []
    out: list[Word] = []
    for w in ws[k:end]:
        if out and ctx.text[out[-1].end:w.start].strip() not in ("", "."):
            break
        linked = w.key in _ROLE_LINKS and out and lex.strip_clitic(out[-1].key, lex.roles) in (
            lex.roles)
        if not (linked or w.text[:1].isupper() or w.key in DETERMINERS or w.key in GROUP_HEADS
                or lex.strip_clitic(w.key, lex.roles) in lex.roles
                or (not out and w.key in lex.person_pronouns)):  # "…, he declined, saying"
            break
        out.append(w)
        if w.key in lex.pronouns:
            break
    if not out or len(out) > MAX_SPEAKER_WORDS or k + len(out) >= end:
        return []
    return out


def agent_object(ctx: _Context, sp: Speaker) -> bool:
    """``sp`` is the object of a passive agent or a source word ("Interrogé par France Info",
    "Selon Le Parisien", "befragt von der ARD"), one determiner allowed between: a phrase
    that is never the subject of its clause, so never what the clause's pronoun refers to."""
    ws, lex = ctx.words, ctx.lex
    k = ctx.word_at(sp.start) - 1
    if k >= 0 and ws[k].key in DETERMINERS and ws[k].key not in lex.pronouns:
        k -= 1
    return k >= 0 and ws[k].key in _agent_words(lex)


def _agent_words(lex: Lexicon) -> frozenset[str]:
    """The pack's passive agents ("par", "von") and one-word source markers ("selon")."""
    found = _AGENTS.get(lex.rules.code)
    if found is None:
        found = frozenset(normalize_for_match(w) for w in lex.rules.passive_agents) | frozenset(
            normalize_for_match(m) for m in lex.rules.reported_speech_markers if " " not in m)
        _AGENTS[lex.rules.code] = found
    return found


