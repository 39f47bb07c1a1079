"""A subject whose appositive or relative clause runs up to its verb ("Carlos Ruiz, el
geólogo de la universidad, que midió 20,5 grados explica que …"): the person the sentence opens
with, not the last words of the clause ("5 grados")."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from dragoman.model import Mention
from dragoman.quotes.lexicon import Word
from dragoman.quotes.modifiers import possessive
from dragoman.quotes.speakers import DETERMINERS, Speaker

if TYPE_CHECKING:
    from dragoman.quotes.cues import Cue
    from dragoman.quotes.detect import _Context

# Most characters between the person opening the sentence and the cue.
RELATIVE_SUBJECT_CHARS = 250
# What may stand before the person opening the sentence: spaces and quotation marks.
_LEAD = re.compile(r"[ \n\t\"“”«»]*(?:[A-Z][a-z]{1,4}\.\s+)?")  # (and "Rep. ", "Dr. ")
# The comma after the person, with a short bracketed tag before it ("Ann Lee (D-Ore.),").
_TAG_COMMA = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?,")


def relative_subject(ctx: _Context, cue: Cue, sent_start: int) -> Speaker | None:
    """The person mention opening the sentence, followed by a comma, when a relative clause
    (", que …", ", quien …": the pack's complementizers and relative pronouns after a comma)
    stands between it and the cue and no other person is named there."""
    lex = ctx.lex
    first = _opening_person(ctx, sent_start, cue.start)
    comma = _TAG_COMMA.match(ctx.text, first.end) if first is not None else None
    if first is None or comma is None or cue.start - first.end > RELATIVE_SUBJECT_CHARS:
        return None
    # (only the mentions from the first person on: a cue late in a long sentence reads a
    # bounded window, not the whole sentence again)
    people = [m for m in ctx.mentions.within(first.start, cue.start) if m.label == "PER"]
    words = ctx.words[ctx.word_at(first.end):cue.wi]
    if _closed_appositive(ctx, ctx.words[ctx.word_at(comma.end()):cue.wi], cue):
        return ctx.mentions.speaker(first)
    relative = any((w.key in lex.complementizers or w.key in lex.relatives)
                   and "," in ctx.text[words[n - 1].end:w.start]
                   for n, w in enumerate(words) if n)
    if relative and any(m.text != first.text and not possessive(ctx.text, m)
                        for m in people[1:]):
        return None
    return ctx.mentions.speaker(first) if relative else None


def _closed_appositive(ctx: _Context, words: list[Word], cue: Cue) -> bool:
    """"Dana Moss, director of the Center for Rural Studies at Lakeview College, said …",
    "Ann Lee, a nurse who moved here in May, said …": one appositive (a role, a determiner,
    an age or a relative pronoun opening it, no comma inside but after an age) between the
    person opening the sentence and the comma before the cue. Other people may be named in
    it ("who ran against Ann Lee"): the appositive holds no clause of its own."""
    text, lex = ctx.text, ctx.lex
    if not words or not re.compile(r"\s*,\s*$").match(text, words[-1].end, cue.start):
        return False
    head = words[0]
    if not (head.key in DETERMINERS or head.key in lex.roles or head.key in lex.relatives
            or head.key.isdigit()):
        return False
    commas = [n for n in range(1, len(words)) if "," in text[words[n - 1].end:words[n].start]]
    if commas and not (commas == [1] and head.key.isdigit()):  # "Ann Lee, 49, a nurse, said"
        return False
    return not any(w.key in lex.verbs for w in words)  # no cue of its own ("who said")


def _opening_person(ctx: _Context, sent_start: int, end: int) -> Mention | None:
    """The first person mention of the sentence (ending by ``end``) when only spaces and
    quotation marks stand before it; found among the few mentions that start there."""
    opening = _LEAD.match(ctx.text, sent_start, end)
    stop = opening.end() if opening else sent_start
    items = ctx.mentions.items
    i = bisect.bisect_left(ctx.mentions.starts, sent_start)
    while i < len(items) and items[i].start <= stop and items[i].start < end:
        if items[i].label == "PER" and items[i].end <= end:
            return items[i]
        i += 1
    return None


# Most words of a determiner-led appositive between a person's comma and the relative pronoun
# ("Ann Lee, a nurse who said", "Ann Lee, the city's new treasurer who"): a longer phrase is
# a clause of its own. Set by hand on original probes (PolNeAR train holds no such clause).
APPOSITIVE_WORDS = 4


def _past_appositive(ctx: _Context, before: list[Word]) -> list[Word]:
    """``before`` from its relative pronoun on when a short appositive opens it ("a reporter
    who said" after "Ann Lee,"): the appositive describes the person named before it, so the
    relative clause is that person's. Only lowercase words after a determiner, no comma, and no
    preposition: "the father of twins who said" is the twins' clause, not the father's."""
    lex = ctx.lex
    n = next((k for k, w in enumerate(before[:APPOSITIVE_WORDS + 1]) if w.key in lex.relatives), 0)
    if n < 2 or before[0].key not in DETERMINERS or not all(
            w.text.islower() for w in before[:n]) or "," in ctx.text[before[0].start:before[n].start]:
        return before
    if any(w.key in lex.content_blockers for w in before[1:n]):
        return before
    return before[n:]


# A comma or a dash between a person and the relative pronoun after it ("Ann Lee, who", "Ann
# Lee – who").
_SET_OFF = re.compile(r"\s*(?:,|[—–]|--)\s*$")


def relative_antecedent(ctx: _Context, cue: Cue, before: list[Word]) -> Speaker | None:
    """"… met the banker Tom Ray, who boasted that …": the person named right before the
    relative pronoun that opens the cue's clause (``before``: the words up to the cue, set off
    from what precedes them), wherever the sentence starts; past a short appositive ("told Jim
    Miles, a reporter who said": Miles's clause, not the teller's)."""
    lex = ctx.lex
    opening = before[0].start if before else 0  # (the appositive's, when one opens ``before``)
    before = _past_appositive(ctx, before)
    if not before or before[0].key not in lex.relatives or any(
            w.key not in lex.auxiliaries and not w.key.endswith(lex.rules.adverb_endings)
            for w in before[1:]):
        return None
    person = ctx.mentions.last_person_before(opening)
    sep = _SET_OFF.fullmatch(ctx.text, person.end, opening) if person else None
    if person is None or sep is None:
        return None
    dash = sep.group().strip()
    if dash != "," and dash in ctx.text[ctx.sentence(person.start)[0]:person.start]:
        return None  # "candidates — like Ann Lee — who say": the dash closes an aside
    return ctx.mentions.speaker(person)
