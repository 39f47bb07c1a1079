"""The subject of a cue set off from it by an appositive: "Jens Stoltenberg, NATO's secretary
general, said", "the mayor, Lena Ortiz, said", "Ann Lee, the editor of the Courier, The Daily
Post, said", "Ann Lee, who backs Tom Ray, said", "Ann Lee, exasperated, famously replied"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dragoman.quotes.lexicon import Word
from dragoman.quotes.modifiers import possessive
from dragoman.quotes.speakers import (
    _PAREN_TAG,
    DETERMINERS,
    PAREN_TAG_CHARS,
    SKIP_BEFORE_VERB,
    Speaker,
    chunk_before,
    phrase_speaker,
)

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context

_WORD_CHAR = re.compile(r"\w")
# Most words of an appositive between a name and its cue, or between a name and a second
# appositive (the span the single-appositive rule always read).
APPOSITIVE_WORDS = 12
# An appositive that names no one: an age ("Ann Lee, 54, a nurse, said") or a US party and
# state tag ("Tom Ray, R-Ohio, said", "Ann Lee, D-N.Y., said").
_TAG = re.compile(r"\d{1,3}|[RDI]-[A-Z][A-Za-z.]{0,10}")
# Most words of a state or country after a city and a comma ("Duluth, Minn.", "Santa Fe, New
# Mexico"): the longest US state and common country names.
_STATE_WORDS = 3
# A US state as news agencies abbreviate it ("Minn.", "Okla.", "N.Y."), with its full stop.
_STATE_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2}")


# Most words of a tag as the word pattern splits it ("R-S.C.": "R-S", "C").
_TAG_WORDS = 3


def _before_tag(text: str, ws: list[Word], k: int) -> int:
    """The last word before an age or party tag ending with ws[k] and set off by a comma
    ("Ann Lee, R-S.C.": "Lee"); ``k`` itself when no such tag ends there."""
    for m in range(k, max(0, k - _TAG_WORDS), -1):
        if "," in text[ws[m - 1].end:ws[m].start]:
            return m - 1 if _TAG.fullmatch(text[ws[m].start:ws[k].end].rstrip(".")) else k
    return k


def _opening_person(ctx: _Context, k: int, floor: int) -> Speaker | None:
    """The person named at the start of the clause when the phrase ending with ws[k] is a
    first appositive after that name ("Ann Lee, the editor of the Courier, The Daily Post,
    said"): the name."""
    text, ws = ctx.text, ctx.words
    j = _phrase_start(text, ws, k, floor)
    if j == 0 or ws[j - 1].start < floor or k - j > APPOSITIVE_WORDS:
        return None
    head = chunk_before(text, ws, j, floor, end=ws[j - 1].end)
    if not head or _WORD_CHAR.search(text, floor, head[0].start) or head[0].key in ctx.lex.stops:
        return None  # the name must open the clause ("Of Carson, Ann Lee, a donor, said")
    people = [m for m in ctx.mentions.within(head[0].start, head[-1].end) if m.label == "PER"]
    if not people or people[0].start != head[0].start or people[0].end != head[-1].end:
        return None
    return ctx.mentions.speaker(people[0])


def _phrase_start(text: str, ws: list[Word], k: int, floor: int) -> int:
    """The first word of the phrase ending with ws[k]: back to a comma or to ``floor``, and
    no further than one word past ``APPOSITIVE_WORDS`` (a longer phrase is no appositive
    either way, and a page with no comma is not read back for every cue)."""
    last = k - APPOSITIVE_WORDS - 1
    while k > 0 and k > last and ws[k - 1].start >= floor and (
            "," not in text[ws[k - 1].end:ws[k].start]):
        k -= 1
    return k


def _after_link(ctx: _Context, appos: list[Word], at: int) -> bool:
    """A stop word stands right before the name at ``at`` in the appositive: the name is
    someone else ("Tom Ray, a friend of Lena Ortiz, said", "Ann Lee, who backs Tom Ray,")."""
    before = [w for w in appos if w.end <= at and not w.text[:1].isupper()]  # "under Mr. X"
    return bool(before) and before[-1].key in ctx.lex.stops


def before_adverbs(ws: list[Word], wi: int) -> int:
    """The index of the first of the manner adverbs and auxiliaries right before ws[wi]
    ("famously said", "had said")."""
    while wi > 0 and ws[wi - 1].key in SKIP_BEFORE_VERB and ws[wi - 1].text[:1].islower():
        wi -= 1
    return wi


def _relative_opening(ctx: _Context, floor: int, at: int) -> Speaker | None:
    """The person named at the start of the clause when a relative clause set off by a comma
    ("Ann Lee, whose firm, Datawell, sells maps, said") holds the phrase ending at ``at``:
    its own commas cut it into phrases that are no appositives of the cue."""
    text, ws = ctx.text, ctx.words
    k = ctx.word_at(at) - 1
    last = k - APPOSITIVE_WORDS
    while k > 0 and k > last and ws[k].start >= floor:
        if ws[k].key in ctx.lex.relatives and text[ws[k - 1].end:ws[k].start].strip() == ",":
            head = chunk_before(text, ws, k, floor, end=ws[k - 1].end)
            if not head or _WORD_CHAR.search(text, floor, head[0].start):
                return None  # the name must open the clause
            people = [m for m in ctx.mentions.within(head[0].start, head[-1].end)
                      if m.label == "PER" and m.end == head[-1].end]  # "Mr. Ann Lee"
            return ctx.mentions.speaker(people[0]) if people else None
        k -= 1
    return None


def _state_after_city(ctx: _Context, first: int, wi: int) -> bool:
    """The phrase ws[first:wi] is a place right after a place and a comma ("Duluth, Minn.",
    "Austin, Texas"): the second half of one place name, not an appositive of its own."""
    if first < 1 or wi - first > _STATE_WORDS:
        return False
    ws = ctx.words
    places = [m for m in ctx.mentions.within(ws[first - 1].start, ws[wi - 1].end)
              if m.label == "LOC"]
    state = any(m.start == ws[first].start for m in places) or bool(
        _STATE_ABBREVIATION.fullmatch(ctx.text, ws[first].start, ws[wi - 1].end + 1))
    return state and any(m.end == ws[first - 1].end for m in places)


def _subject_before_place(ctx: _Context, start: int, state: int) -> Speaker | None:
    """"“It was loud,” a woman in Austin, Texas, said": the phrase ws[start:state] right after
    the quotation's closing mark is the clause's own subject, no appositive; its noun phrase
    before the place ("a woman", "truckers near Fargo, N.D."), never the place or a name
    said before."""
    text, ws, lex = ctx.text, ctx.words, ctx.lex
    head = next((n for n in range(start + 1, state) if ws[n].text[:1].islower() and (
        ws[n].key in lex.stops or ws[n + 1].text[:1].isupper())), state)  # "in", "near"
    noun = ws[start:head]
    found = phrase_speaker(text, noun, lex, ctx.mentions, before_verb=True)
    last = noun[-1]
    if found is None and last.key not in lex.stops and last.text.isalpha() and (
            last.text.islower()):  # a noun no role list holds ("truckers")
        return Speaker(noun[0].start, last.end, text[noun[0].start:last.end])
    return found


def _named_subject(ctx: _Context, subject: list[Word]) -> Speaker | None:
    """The person named by the subject phrase before the appositive, its mention ending on the
    phrase's last word ("Dr. Ann Lee" of "Dr. Ann Lee, a dermatologist and the founder Skinly,
    tells"): the appositive describes that person, so a name inside it (a firm the tagger took
    for a person) is not the speaker; None when the subject names no person ("the mayor, Lena
    Ortiz, said")."""
    last, lex = subject[-1], ctx.lex
    people = [m for m in ctx.mentions.within(subject[0].start, last.end)
              if m.label == "PER" and m.end == last.end and not possessive(ctx.text, m)]
    if not people or any(  # "One pastor supporting Mr. Cruz, Dan Lee of …, said": an object
            w.text[:1].islower() and w.key not in DETERMINERS
            and lex.strip_clitic(w.key, lex.roles) not in lex.roles
            for w in subject if w.end <= people[-1].start):
        return None
    return ctx.mentions.speaker(people[-1])


def appositive_subject(ctx: _Context, floor: int, wi: int) -> Speaker | None:
    """"Jens Stoltenberg, NATO's secretary general, said": the phrase before the appositive
    (``wi``: the cue's first word, or the first adverb before it)."""
    text, ws = ctx.text, ctx.words
    appos = chunk_before(text, ws, wi, floor)
    if appos:
        return None
    first = _phrase_start(text, ws, wi - 1, floor)  # first word of the appositive
    if _state_after_city(ctx, first, wi):  # "Ann Lee, a nurse in Austin, Texas, said"
        whole = _phrase_start(text, ws, first - 1, floor)
        if whole > 0 and ws[whole - 1].start >= floor and "," in text[ws[whole - 1].end:
                                                                   ws[whole].start]:
            if text[ws[whole - 1].end:ws[whole].start].strip() != ",":
                return _subject_before_place(ctx, whole, first)  # a closing mark, no comma
            first = whole  # (not "… after a woman in Austin, Texas, told him": no appositive)
    k = first - 1  # last word of the subject
    tag = _PAREN_TAG.search(text, max(floor, ws[first].start - PAREN_TAG_CHARS),
                            ws[first].start) if k >= 0 else None
    while tag and k >= 0 and ws[k].end > tag.start():  # "Rep. Ann Lee (D-N.Y.), chairman …,"
        k -= 1
    k = _before_tag(text, ws, k)  # "Ann Lee, 54, a nurse, said", "Tom Ray, R-Fla., a senator,"
    if k < 0 or ws[k].start < floor or wi - k > APPOSITIVE_WORDS:
        return None
    if text.count(")", ws[k].end, ws[wi].start) > text.count("(", ws[k].end, ws[wi].start):
        return None  # "(like Ann Lee, who …), has said": the name sits in a closed parenthesis
    subject = [*chunk_before(text, ws, k, floor), ws[k]]
    relative = _relative_opening(ctx, floor, subject[0].start)
    if relative is not None:  # "Ann Lee, whose firm, Datawell, sells maps, said"
        return relative
    if _TAG.fullmatch(text, ws[first].start, ws[wi - 1].end):  # "Ann Lee, R-Ohio, said"
        return phrase_speaker(text, subject, ctx.lex, ctx.mentions, before_verb=True)
    # "Ann Lee, the editor of the Courier, The Daily Post, said"; "“…,” Dr. Ann Lee, a
    # dermatologist and the founder Skinly, tells": the name before the appositive
    opening = _opening_person(ctx, k, floor) or _named_subject(ctx, subject)
    if opening is not None:
        return opening
    appos = ws[first:wi]
    if appos and appos[0].key in ctx.lex.relatives:  # "Ann Lee, who backs Tom Ray, said"
        return phrase_speaker(text, subject, ctx.lex, ctx.mentions, before_verb=True)
    people = [m for m in ctx.mentions.within(appos[0].start, appos[-1].end) if m.label == "PER"
              and not _after_link(ctx, appos, m.start) and not possessive(text, m)]
    if people:  # "the mayor, Lena Ortiz, said": the name in the appositive
        return ctx.mentions.speaker(people[0])
    if appos and all(w.text[:1].isupper() for w in appos) and any(
            ctx.lex.strip_clitic(w.key, ctx.lex.roles) in ctx.lex.roles for w in subject):
        return Speaker(appos[0].start, appos[-1].end, text[appos[0].start:appos[-1].end])
    return phrase_speaker(text, subject, ctx.lex, ctx.mentions, before_verb=True)
