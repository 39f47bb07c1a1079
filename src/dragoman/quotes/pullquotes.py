"""Words of a quotation repeated elsewhere on the page: a pull quote set in its own paragraph
("¶ “We ran out of water.” ¶", the body going on "“…: We ran out of water,” the mayor said")
or the writer quoting a speaker's words again ("what Lee called “the price of a fair
trial”"). They are the words of the one who said them first, not a second statement: a pull
quote alone in its paragraph, with no cue, is dropped when another quotation of a named
speaker holds all its words (whoever it was given to); a repeated phrase in running text
takes that quotation's speaker. A cued quotation is left alone (its cue names who repeats the words)."""

from __future__ import annotations

import re
from dataclasses import replace

from dragoman.language.segment import LineIndex
from dragoman.model import Quote

# Fewest words of each piece (between ellipses) of a repeated quotation: shorter pieces ("we
# will", "the people") recur on a page by chance. Set by hand from pull quotes and re-quotes.
REPEAT_MIN_WORDS = 5
_ELLIPSIS = re.compile(r"\[?(?:…|\.\.\.)\]?")
_NON_WORD = re.compile(r"[\W_]+")
_WORD_CHAR = re.compile(r"[^\W_]")


def _norm(s: str) -> str:
    return " " + _NON_WORD.sub(" ", s).casefold().strip() + " "


def repeated_quotes(text: str, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` without pull quotes that repeat a named speaker's quotation, and with
    repeated phrases given to that speaker (see the module's docstring)."""
    sources = [(q, _norm(q.text)) for q in quotes if q.direct and q.cue and q.speaker_text]
    if not sources:
        return quotes
    lines = LineIndex(text)  # once: a page may be one line of thousands of quotations
    body = [s for s in sources if not _alone(lines, s[0])]  # once: each pull quote reads them all
    out: list[Quote] = []
    before: Quote | None = None
    for q in quotes:
        if not q.direct:
            out.append(q)
        elif _alone(lines, q) and not _own_cue(lines, q):
            if _source(q, body) is None:
                # (a pull quote, its cue carried over from the one before it; one that opens
                # on a whole cued quotation goes on with the same speaker's words)
                held = None if _introduced(q, before) else _held(q, body)
                out.append(q if held is None else _said_by(q, held))
        elif not q.cue and (source := _source(q, sources)) is not None:
            out.append(_said_by(q, source))
        else:
            out.append(q)
        before = q if q.direct else before
    return out


def _said_by(q: Quote, source: Quote) -> Quote:
    return replace(q, speaker_text=source.speaker_text, speaker_start=source.speaker_start,
                   speaker_end=source.speaker_end, speaker_id=source.speaker_id,
                   speaker_name=source.speaker_name)


def _introduced(q: Quote, before: Quote | None) -> bool:
    """``q`` has a speaker not carried over from the quotation before it, someone named in
    between ("Her rival laughed at the promise: ¶ “We will rebuild …? …”"): another speaker
    echoes the words (issue-16 review probes)."""
    return q.speaker_start is not None and (before is None
                                            or q.speaker_start != before.speaker_start)


def _held(q: Quote, sources: list[tuple[Quote, str]]) -> Quote | None:
    """The cued quotation of at least ``REPEAT_MIN_WORDS`` words, elsewhere on the page,
    whose words the pull quote ``q`` opens on: the writer sets the quotation again, with
    more of the same speaker's words after it ("“A fenómeno largo.” … ¶ “A fenómeno largo. Y
    además …”"). Only for a pull quote whose speaker was carried over from the quotation
    before it: in running text, the words go on in another speaker's reply."""
    mine = _norm(q.text)
    for other, words in sources:
        if other.end > q.start and q.end > other.start:
            continue
        if len(words.split()) >= REPEAT_MIN_WORDS and mine.startswith(words):
            return other
    return None


def _own_cue(lines: LineIndex, q: Quote) -> bool:
    """``q``'s cue stands in its own paragraph (not carried over from the quotation before)."""
    if not q.cue or q.cue_start is None:
        return False
    lo, hi = lines.line_of(q.start, q.end)
    return lo <= q.cue_start < hi


def _source(q: Quote, sources: list[tuple[Quote, str]]) -> Quote | None:
    """The cued quotation (not ``q``) that holds every piece of ``q``'s words, in order."""
    pieces = [_norm(p) for p in _ELLIPSIS.split(q.text)]
    pieces = [p for p in pieces if p.strip()]
    if not pieces or any(len(p.split()) < REPEAT_MIN_WORDS for p in pieces):
        return None
    for other, words in sources:
        if other.start == q.start or (other.start <= q.start and q.end <= other.end):
            continue
        at = 0
        for p in pieces:
            at = words.find(p, at)
            if at < 0:
                break
            at += len(p) - 1
        else:
            return other
    return None


def _alone(lines: LineIndex, q: Quote) -> bool:
    """``q`` fills its paragraph (its marks and a final stop aside): a pull quote."""
    lo, hi = lines.line_of(q.start, q.end)
    return (_WORD_CHAR.search(lines.text, lo, q.start) is None
            and _WORD_CHAR.search(lines.text, q.end, hi) is None)


__all__ = ["REPEAT_MIN_WORDS", "repeated_quotes"]
