"""Quoted spans that are no one's speech, and findings that are no person's statement.

- A reference line: a line that opens "Surname, Given:" (or "Surname, G. (Hrsg.):", "G.
  Quaas:", an entry number or a bullet before it) right before a quotation mark and holds a year or a
  word of a bibliography ("Verlag", "pp."): "Roth, Anna: „Stille Reserven“? Berlin 2019."
  Its uncued quoted spans are titles, not words of "Anna"; a cued one is speech ("Kyiv,
  Ukraine: “…,” the general said in 2023").
- A title after a work noun: a quotation that opens right after a noun of a work (the pack's
  ``work_kinds`` and ``CiteWords.work_nouns``, with capitalised words or ``title_links``
  between: "her essay for Art News, “Why …?”", "im Roman „Die Wand“") and is shaped like a
  title. In a language that does not capitalise its nouns a title has all its long words
  capitalised (or is at most ``SHORT_TITLE_WORDS`` words); in one that does, it has at most
  ``SHORT_TITLE_WORDS`` words and follows the noun with no comma or colon; in either it ends
  in no full stop. "wrote in his book: “The state must …”" is a quotation from the book and stays.
- A title with no cue: in a language that does not capitalise its nouns, a direct quotation
  whose cue is empty and whose long words are all capitalised, at least
  ``UNCUED_TITLE_LONG_WORDS`` of them ("my takeaway from “Making Her Mark: A History of
  Women Artists …”"). A sentence that someone said is not written in title case.
- A term being defined: a quotation of at most ``TERM_MAX_WORDS`` words followed by one of
  the pack's ``meaning_verbs`` with no comma between ("“Bruderhahn” bedeutet, dass …", "“net
  zero” means …"; "“I am ready,” means more from him" is an utterance).
- A finding: a quotation whose cue has a research noun (``research_nouns``) right before it
  or, after a determiner, right after it ("despite empirical research suggesting that …",
  "Studien zeigen, dass …", "…, suggests a new study") but a speaker that is not that noun's
  phrase (a person named earlier in the sentence) is the research's: the speaker becomes the
  noun phrase, with no entity, when the noun heads its phrase (not "said the data scientist
  Ann Lee"). A researcher who speaks ("Lee said the study shows …") keeps
  the quotation, whose cue has no research noun beside it.
- A pull quote or a repeated phrase: words of a cued quotation set again in a paragraph of
  their own, or quoted again with no cue (``quotes/pullquotes.py``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from dragoman.language.citewords import CiteWords, cite_words
from dragoman.language.contentwords import content_words
from dragoman.language.normalize import normalize_for_match
from dragoman.language.segment import LineIndex
from dragoman.model import Quote
from dragoman.quotes.lexicon import Word, words
from dragoman.quotes.marks import QuotedSpan
from dragoman.quotes.pullquotes import repeated_quotes

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context

# Longest line read as a bibliography entry (an entry of several authors and a subtitle runs
# to about 250 characters; a paragraph of prose is longer). Set by hand.
REFERENCE_LINE_MAX_CHARS = 400
# Words of a title short enough to be one whatever its case ("Heimat", "Die Wand", "Living
# History"); set by hand from book and film titles.
SHORT_TITLE_WORDS = 6
# Most words of a title after a work noun (subtitles included: "Making Her Mark: A History of
# Women Artists in Europe"); set by hand.
WORK_TITLE_MAX_WORDS = 14
# Most words between a work noun and its title ("essay for Art News", "Roman von Daniel
# Kehlmann").
WORK_NOUN_REACH = 4
# Words of at least this many letters are capitalised in a title ("a", "of", "to" need not be).
TITLE_LONG_LETTERS = 4
# Fewest long words of an uncued title-case quotation: two ("Big Deal") may be a cheer.
UNCUED_TITLE_LONG_WORDS = 4
# Most words of a quoted term being defined ("net zero", "Mit Bruderhahnaufzucht").
TERM_MAX_WORDS = 4
# Most lower-case words read back from a research noun for its phrase ("empirical research").
RESEARCH_MODIFIERS = 2
# Most words from a cue to a research noun after it ("suggests a new study", "zeigt die
# jüngste Studie").
RESEARCH_AFTER_WORDS = 3

_NAME = r"[^\W\d_][\w'’-]*"
_REFERENCE_OPENING = re.compile(
    rf"\s*(?:[-–•*]\s*|\[?\d{{1,3}}[.)\]]\s*)?({_NAME}),\s+((?:[^\W\d_][\w'’-]*\.?\s*){{1,3}})"
    rf"(?:/[^:\n]{{1,80}}?)?(?:\((?:Hrsg|Hg|Eds?|eds?)\.?\)\s*)?(?:\(\d{{4}}[a-z]?\)\s*)?[:.]?\s*$")
# "G. Quaas:", "A. B. Roth/K. Lenz (Hrsg.):": initials before the surname, an author's name as
# reference lists abbreviate it.
_INITIALS_OPENING = re.compile(
    rf"\s*(?:[-–•*]\s*|\[?\d{{1,3}}[.)\]]\s*)?((?:[^\W\d_]\.\s*(?:-\s*[^\W\d_]\.\s*)?){{1,3}}{_NAME})"
    rf"(?:\s*(?:/|,|;|&|und|and)\s*(?:[^\W\d_]\.\s*){{1,3}}{_NAME}){{0,3}}"
    rf"\s*(?:\((?:Hrsg|Hg|Eds?|eds?)\.?\)\s*)?(?:\(\d{{4}}[a-z]?\)\s*)?:\s*$")
# A quoted stretch of a line (mark to mark): a year said inside it dates no reference.
_QUOTED = re.compile(r"[\"„“«»‚‘‹›][^\n\"„“”«»]*[\"“”«»‘’‹›]")
_YEAR = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b")
_LONG_WORD = re.compile(rf"[^\W\d_][\w'’-]{{{TITLE_LONG_LETTERS - 1},}}")
_SENTENCE_BREAK = re.compile(r"[.!]\s+\S")


def screen_citations(ctx: _Context, quotes: list[Quote], spans: list[QuotedSpan]) -> list[Quote]:
    """``quotes`` without the quoted spans that are no one's speech, and with findings given
    to their research (see the module's docstring)."""
    cw = cite_words(ctx.lex.rules.code)
    if not quotes or cw == CiteWords():
        return repeated_quotes(ctx.text, quotes)  # pull quotes, in any language
    text = ctx.text
    by_end = {q.end: q for q in spans}
    lines = LineIndex(text)  # once: a page may be one line of thousands of quotations
    out: list[Quote] = []
    for quote in quotes:
        span = by_end.get(quote.end) if quote.direct else None
        if span is not None and _no_speech(ctx, span, quote, cw, lines):
            continue
        if quote.cue_start is not None and quote.speaker_text:
            research = _research_phrase(ctx, quote, cw)
            if research is not None:
                start, end = research
                quote = replace(quote, speaker_text=text[start:end], speaker_start=start,
                                speaker_end=end, speaker_id=None, speaker_name=None)
        out.append(quote)
    return repeated_quotes(text, out)


def _no_speech(ctx: _Context, q: QuotedSpan, quote: Quote, cw: CiteWords, lines: LineIndex) -> bool:
    text = ctx.text
    # a cued quotation is speech even on a line shaped like a reference: "Kyiv, Ukraine:
    # “…,” the general said in 2023", "Jones, Sarah: “…,” she told reporters"
    return ((not quote.cue and reference_line(text, q.open_at, ctx.lex.rules.weekdays, cw, lines))
            or _after_work_noun(ctx, q, cw)
            or (not quote.cue and not ctx.lex.rules.capitalised_nouns
                and title_case(text[q.start:q.end], UNCUED_TITLE_LONG_WORDS))
            or _defined_term(text, q, cw))


def reference_line(text: str, at: int, weekdays: tuple[str, ...], cw: CiteWords,
                   lines: LineIndex | None = None) -> bool:
    """The line holding ``at`` opens with "Surname, Given:" right before a quotation mark
    (the first one of the line) and holds a year or a reference word. ``lines``: the text's
    line index, shared by the quotations of one page."""
    lo, hi = (lines or LineIndex(text)).line_of(at, at)
    if hi - lo > REFERENCE_LINE_MAX_CHARS:
        return False
    first_mark = lo + next((i for i, c in enumerate(text[lo:hi]) if c in _OPENERS), hi - lo)
    if first_mark > at:
        return False
    m = _REFERENCE_OPENING.fullmatch(text, lo, first_mark)
    if m is None:
        initials = _INITIALS_OPENING.fullmatch(text, lo, first_mark)
        return initials is not None and initials.group(1).split(".")[-1].strip()[:1].isupper() and (
            _reference_marks(_QUOTED.sub(" ", text[lo:hi]), cw))  # not "F. Nolte: „… 2019 …“"
    names = [m.group(1), *m.group(2).split()]
    if not all(w[:1].isupper() for w in names):
        return False  # "Merkel, sichtlich bewegt: „…“", "Smith, however: “…”"
    if {normalize_for_match(w.strip(".")) for w in names[1:]} & {normalize_for_match(d) for d in weekdays}:
        return False  # "Hamburg, Montag: „…“": a dateline
    return _reference_marks(text[lo:hi], cw)


def _reference_marks(line: str, cw: CiteWords) -> bool:
    """A year or a word of a bibliography in ``line``."""
    return bool(_YEAR.search(line)) or any(w.key in cw.reference_words for w in words(line))


_OPENERS = frozenset("\"'«»‹›“”„‟‘‚")


def title_case(inner: str, min_long: int) -> bool:
    """At least ``min_long`` words of ``TITLE_LONG_LETTERS``+ letters, all capitalised, not
    all in capitals, in at most ``WORK_TITLE_MAX_WORDS`` words with no sentence break."""
    body = inner.strip().rstrip(",.")
    if _SENTENCE_BREAK.search(body) or len(body.split()) > WORK_TITLE_MAX_WORDS:
        return False
    long = _LONG_WORD.findall(body)
    return (len(long) >= min_long and all(w[:1].isupper() for w in long)
            and not all(w.isupper() for w in long))


def _after_work_noun(ctx: _Context, q: QuotedSpan, cw: CiteWords) -> bool:
    text = ctx.text
    rules = ctx.lex.rules
    i = q.open_at
    while i > 0 and text[i - 1] in " \u00a0":
        i -= 1
    comma = i > 0 and text[i - 1] == ","
    if comma:
        if rules.capitalised_nouns:
            return False  # German sets no title off by a comma: "im Buch, „…“" quotes it
        i -= 1
    if i == 0 or not text[i - 1].isalnum():
        return False
    inner = text[q.start:q.end]
    n = len(inner.split())
    if "\n" in inner or n > WORK_TITLE_MAX_WORDS or _SENTENCE_BREAK.search(inner.strip()):
        return False
    if not next((c for c in inner if c.isalpha()), "").isupper():
        return False  # "her film “is about loss”": the writer quotes the speaker's words
    if inner.rstrip()[-1:] in ".!":
        return False  # a title ends in no full stop: "with the paper, “No, We Will Not Resign.”"
    if rules.capitalised_nouns:
        if n > SHORT_TITLE_WORDS:
            return False
    elif not title_case(inner, 1):
        return False  # "told the paper, “We are done.”"
    nouns = cw.work_nouns | {normalize_for_match(w) for w in rules.work_kinds}
    back = words(text, max(0, i - 120), i)[-WORK_NOUN_REACH - 3:]
    for k in range(len(back) - 1, -1, -1):
        w = back[k]
        if w.key in nouns:
            # "sagte er der Sendung „…“": the programme is addressed, the quotation said
            return not any(v.key in ctx.lex.verbs for v in back[max(0, k - 3):k])
        if not (w.text[:1].isupper() or w.key in cw.title_links) or len(back) - k > WORK_NOUN_REACH:
            return False
    return False


def _defined_term(text: str, q: QuotedSpan, cw: CiteWords) -> bool:
    if not cw.meaning_verbs or len(text[q.start:q.end].split()) > TERM_MAX_WORDS:
        return False
    after = [w.key for w in words(text, q.close_at + 1, min(len(text), q.close_at + 40))]
    # a comma sets off an utterance, not a term: "“I am ready,” means more from him"
    if text[q.start:q.end].rstrip()[-1:] in ",.!?" or re.match(
            r"[\"'»«“”‘’]?\s*[^\W\d_]", text[q.close_at + 1:q.close_at + 4]) is None:
        return False
    return any(tuple(after[:len(p)]) == p for p in cw.meaning_verbs)


def _research_phrase(ctx: _Context, quote: Quote, cw: CiteWords) -> tuple[int, int] | None:
    """Offsets of the research noun phrase that is the cue's subject when the speaker is not
    it; None when there is none or the speaker already is it."""
    if quote.cue_start is None or quote.cue_end is None:
        return None
    text, ws = ctx.text, ctx.words
    wi = ctx.word_at(quote.cue_start)
    noun: int | None = None
    before = quote.start >= quote.cue_end  # "research suggesting that …"
    if (before and wi > 0 and ws[wi - 1].key in cw.research_nouns
            and not text[ws[wi - 1].end:quote.cue_start].strip()):
        noun = wi - 1  # "research suggesting", "Studien zeigen"
        start = noun
        stops = content_words(ctx.lex.rules.code).prepositions | content_words(
            ctx.lex.rules.code).clause_links
        while (noun - start < RESEARCH_MODIFIERS and start > 0 and ws[start - 1].text[:1].islower()
               and ws[start - 1].key not in stops
               and not text[ws[start - 1].end:ws[start].start].strip()):
            start -= 1  # "empirical research", not "despite research"
    elif quote.end <= quote.cue_start:  # "“…”, suggests a new study": the content before
        k = ctx.word_at(quote.cue_end)
        after = ws[k:k + RESEARCH_AFTER_WORDS]
        if not after or after[0].key not in cw.finding_determiners or _gap(text, quote.cue_end, after):
            return None
        noun = next((k + j for j, w in enumerate(after) if w.key in cw.research_nouns), None)
        if noun is None or ctx.inside_quotation(ws[noun].start, ws[noun].end):
            return None
        if not _research_head(ctx, noun, cw):
            return None  # "said the data scientist Ann Lee", "says a study co-author, Mark Li"
        start = k  # "suggests a new study", "zeigt eine Umfrage"
    else:
        return None
    lo, hi = ws[start].start, ws[noun].end
    if quote.speaker_start is not None and quote.speaker_end is not None and (
            quote.speaker_start < hi and lo < quote.speaker_end):
        return None  # the speaker is the research already
    if ws[noun].key in normalize_for_match(quote.speaker_text or ""):
        return None
    return lo, hi


def _research_head(ctx: _Context, noun: int, cw: CiteWords) -> bool:
    """The research noun heads its phrase: a punctuation mark, the text's end, a capitalised
    word, a preposition or a determiner follows it ("a new study from Leeds", "eine Studie der
    Universität"), not a lower-case noun it modifies ("the data scientist", "a poll worker")."""
    text, ws = ctx.text, ctx.words
    if noun + 1 >= len(ws) or text[ws[noun].end:ws[noun + 1].start].strip():
        return True
    nxt = ws[noun + 1]
    return (not nxt.text[:1].islower() or nxt.key in cw.finding_determiners
            or nxt.key in content_words(ctx.lex.rules.code).prepositions)


def _gap(text: str, end: int, after: list[Word]) -> bool:
    """Punctuation between the cue and the words after it (", a study of …" is another clause)."""
    return any(c in ",;:.!?()—–\"“”„«»" for c in text[end:after[-1].end])
