"""Who holds the floor after a statement: the speakers a later pronoun ("“…,” he added") or a
cue-less quotation may go on with (``ctx.history``), beyond the statement's own speaker.

- A speech cue inside another cue's reported clause ("He said her family asked for privacy",
  "Ms. Hale says she knew little about Ortiz before he announced his bid"): its speaker is
  someone the outer speaker talks about. A later "he added" goes on with the outer speaker,
  so the inner one is not remembered (its own statement keeps it).
- A question put to a named person ("A reporter asked Ortiz how she felt. She replied: …",
  "Hannity asked Trump how high it would be. “…,” he said"): the one asked answers, so the
  person asked is remembered right after the asker and a pronoun goes on with them, when the
  answer comes next (a quotation or a pronoun opens the next sentence). A request ("asked Ortiz
  to resign"), a question reported in a statement ("X said he asked Ortiz whether"), a question
  the sentence goes past (", but Ortiz walked away") or one followed by something else ("Ortiz
  did not answer.") is left alone.

Read off PolNeAR train (pronouns after such sentences given to the inner subject or to the
asker) and checked on pool A's English pages."""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import TYPE_CHECKING

from dragoman.language.askwords import ask_words
from dragoman.language.speakerwords import folded
from dragoman.quotes.frontedperson import title_keys
from dragoman.quotes.gender import gender_of
from dragoman.quotes.lexicon import words
from dragoman.quotes.mentions import Speaker
from dragoman.quotes.speakers import SPEAKER_MEMORY_CHARS

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context

# Longest stretch between the outer cue and the inner speaker read as one reported clause; set
# by hand above the leads of PolNeAR train's nested cues (1-160 characters): past it the
# sentence has likely moved on to a clause of its own.
REPORTED_CLAUSE_CHARS = 250
# Marks that end a reported clause or open a quotation between the two cues.
_CLAUSE_BREAKS = re.compile(r"[;:\"“”„«»()\[\]]")
# A quotation opening right after a cue word ("boasted, “…”"): a direct statement of its own.
_QUOTING = re.compile(r"[,:]?\s*[\"“„«]")
# Most characters between an asking verb and the name of the person asked (a space, a line
# break): the name is the verb's object.
ASKED_GAP_CHARS = 2
# Most words of the name of the person asked ("Bernie Sanders", "Gilda Cobb Hunter", "Mr. Leon
# Farr").
ASKED_NAME_WORDS = 3
# What opens an answer right after the question's sentence: a quotation ("“Not tonight,” he
# said"), else a personal pronoun is looked for ("He replied: …").
_ANSWER_QUOTE = re.compile(r"[\s.?!]*[\"“„«‘]")
_ANSWER_WORD = re.compile(r"[\s.?!]*([^\W\d_]+)")
_AFTER_COMMA = re.compile(r",\s*([^\W\d_]+)")
# Longest question (from its opener to the sentence's end) read as put to the person named;
# set by hand above PolNeAR train's "asked X whether/how/…" sentences (26, 27-287 characters
# from the opener to the sentence end): a longer sentence has gone on past the question.
QUESTION_CHARS = 300


@cache
def _asking(code: str | None) -> tuple[frozenset[str], frozenset[str]]:
    found = ask_words(code)
    return folded(found.verbs), folded(found.question_openers)


def floor_entries(ctx: _Context, pos: int, sp: Speaker) -> list[tuple[int, Speaker]]:
    """What to remember for the statement whose cue is at ``pos`` and speaker ``sp``: nothing
    for a cue nested in a reported clause, else ``sp`` at ``pos``, and the person asked after
    it when the cue puts a question to one."""
    if nested_speaker(ctx, pos, sp):
        return []
    asked = asked_person(ctx, pos)
    return [(pos, sp)] if asked is None else [(pos, sp), (asked.start, asked)]


def nested_speaker(ctx: _Context, pos: int, sp: Speaker) -> bool:
    """``sp``, the subject before the cue at ``pos``, stands in the reported clause of the
    latest earlier cue of the same sentence whose own subject comes before it (``X said``): no
    clause break (``_CLAUSE_BREAKS``, a comma before a clause conjunction, a conjunction right
    before ``sp``: "X said A, and Y told B" and "X said A and Y said B" are two statements; a
    comma with no complementizer before it: "While X pledged to help, Y insisted"; a word
    between the last comma and ``sp``: "X said that A, a claim Y denied" is the writer's), and
    the inner cue opens no quotation of its own."""
    if sp.end > pos or pos - sp.end > REPORTED_CLAUSE_CHARS:
        return False  # (a role resolved to a person named far before: no subject of the cue)
    k = ctx.word_at(pos)
    if k < len(ctx.words) and _QUOTING.match(ctx.text, ctx.words[k].end):
        return False  # "When X noted that …, Y boasted, “…”": Y is quoted, Y has the floor
    between = ctx.text[sp.end:pos]
    if "," in between or any(w.key in ctx.lex.relatives for w in words(between)):
        return False  # "X told Y, who … said", "portraying Y as a man who will say": a relative
    i = bisect.bisect_left(ctx.cues_done, sp.start, key=lambda c: c.start)
    outer = ctx.cues_done[i - 1] if i else None
    if outer is None or outer.kind != "verb" or outer.speaker is None or outer.end > sp.start:
        return False
    subject = outer.subject or outer.speaker
    if subject.start >= outer.start or outer.start < ctx.sentence(pos)[0]:
        return False  # "“…,” said X, who told …": no reported clause of X's before sp
    gap = ctx.text[outer.end:sp.start]
    if len(gap) > REPORTED_CLAUSE_CHARS or _CLAUSE_BREAKS.search(gap):
        return False
    conj, found = ctx.lex.sentence_conjunctions, words(gap)
    if found and found[-1].key in conj:
        return False
    comma = gap.find(",")  # "While X pledged to work with both parties, Y insisted": a comma
    if comma >= 0 and not any(w.key in ctx.lex.complementizers for w in words(gap[:comma])):
        return False  # closes X's clause unless a "that" opened a reported one before it
    if comma >= 0 and words(gap[gap.rfind(",") + 1:]):
        return False  # "X said that A, a claim Y denied", ", which Y denied", ", though Y argued"
    return not any(w.key in conj and gap[:w.start].rstrip().endswith(",") for w in found)


def asked_person(ctx: _Context, pos: int) -> Speaker | None:
    """The person a question is put to by the asking verb at ``pos``: a name right after the
    verb (up to ``ASKED_NAME_WORDS`` capitalised words, an honorific's period allowed), a
    question opener (``question_openers``: "whether", "how", "about") right after it. The name
    is a person mention, or one the article tagged a person before (its last word), or a known
    first name with a family name, or one with an honorific ("Mr. Farr"): "asked Congress
    whether" puts the question to no one who answers. Only a question put now, answered next
    (``_answered_next``)."""
    verbs, openers = _asking(ctx.lex.rules.code)
    i = ctx.word_at(pos)
    if not verbs or i >= len(ctx.words) or ctx.words[i].start != pos or ctx.words[i].key not in verbs:
        return None
    after = ctx.words[i + 1:i + 2 + ASKED_NAME_WORDS]
    n = next((k for k, w in enumerate(after) if w.key in openers), 0)
    name = after[:n]
    titles = title_keys((*ctx.lex.rules.honorifics, *ctx.lex.rules.abbreviations))
    if not name or name[0].start - ctx.words[i].end > ASKED_GAP_CHARS or not all(
            w.text[:1].isupper() for w in name) or not all(
            _name_gap(ctx.text[a.end:w.start], a.key in titles)
            for a, w in zip(name, [*name[1:], after[n]], strict=True)):
        return None
    if not _answered_next(ctx, pos, after[n].start):
        return None
    titled = len(name) > 1 and name[0].key in title_keys(ctx.lex.rules.honorifics)
    start, end = name[1 if titled else 0].start, name[-1].end  # "Mr. Farr": the name, "Farr"
    found = [m for m in ctx.mentions.within(start, end) if m.start == start and m.end == end]
    if found:
        return ctx.mentions.speaker(found[0]) if found[0].label == "PER" else None
    sp = Speaker(start, end, ctx.text[start:end])
    return sp if titled or _known_person(ctx, sp, pos) else None


def _name_gap(gap: str, after_title: bool) -> bool:
    """Only space between two words of a name, or a period and space after a title ("Mr.")."""
    return gap.isspace() or (after_title and gap[:1] == "." and gap[1:].isspace())


def _answered_next(ctx: _Context, pos: int, opener: int) -> bool:
    """The question at ``pos`` is put now and answered right after it: no earlier cue of its
    sentence reports it ("X said he asked Y whether"), no comma before a conjunction takes the
    sentence on past it (", but Y walked away"), and a quotation or a personal pronoun opens
    the next sentence (not "Y did not answer.")."""
    start, end = ctx.sentence(pos)
    i = bisect.bisect_left(ctx.cues_done, pos, key=lambda c: c.start)
    if (i and ctx.cues_done[i - 1].start >= start) or end - opener > QUESTION_CHARS:
        return False
    conj = ctx.lex.sentence_conjunctions
    if any(m.group(1).casefold() in conj for m in _AFTER_COMMA.finditer(ctx.text, opener, end)):
        return False
    if _ANSWER_QUOTE.match(ctx.text, end):
        return True
    first = _ANSWER_WORD.match(ctx.text, end)
    return first is not None and first.group(1).casefold() in ctx.lex.person_pronouns


def _known_person(ctx: _Context, sp: Speaker, pos: int) -> bool:
    """A person mention within ``SPEAKER_MEMORY_CHARS`` before ``pos`` ends on ``sp``'s last
    word ("Bernie Sanders" … "asked Sanders"), or ``sp`` is a known first name with a family
    name ("Ted Cruz")."""
    last = sp.text.split()[-1]
    if any(m.label == "PER" and m.text.split()[-1] == last
           for m in ctx.mentions.within(max(0, pos - SPEAKER_MEMORY_CHARS), pos)):
        return True
    return gender_of(sp.text) is not None


__all__ = ["ASKED_GAP_CHARS", "ASKED_NAME_WORDS", "QUESTION_CHARS", "REPORTED_CLAUSE_CHARS",
           "asked_person", "floor_entries", "nested_speaker"]
