"""Find text inside quotation marks, in every common style, with bounded length.

A mark is an opener when it stands before a word (after a space, a bracket, a
dash, a colon or the start of a line) and a closer when it stands after a word
and before something that is not a letter. That single test tells a quotation
from an apostrophe (``don't``, ``Stoltenberg’s``) and from an inch sign
(``5'11"``, ``12" pizza``: a digit before a straight mark makes it neither).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dragoman.quotes.digitclose import digit_closes

# Longest quotation accepted, in characters; longer spans are treated as an
# unbalanced mark. Measured on PolNeAR train: 99.99% of its 7,389 quoted spans are
# shorter (the longest, 1,519).
MAX_QUOTE_CHARS = 1500
# Most paragraphs one quotation may run over (the "no closing mark, next paragraph
# reopens" convention).
MAX_QUOTE_PARAGRAPHS = 6
# Most marks examined in one text while looking for closers. An opener that never closes reads
# every mark of the next MAX_QUOTE_CHARS, so a text of nothing but unclosed marks costs marks ×
# window (200,000 "«": minutes). The 468 real pages of the seventeenth session's pools need at
# most 110; past the limit the rest of the text gives no quotation, with a warning.
MAX_MARK_STEPS = 1_000_000
# Warnings about single ignored marks kept per text; the others are counted in one line.
MAX_MARK_WARNINGS = 20

# (openers, closers) per family; a family's closer never closes another family's opener.
_FAMILIES: tuple[tuple[str, str], ...] = (
    ("“„”‟", "”“"),
    ("«", "»"),
    ("‹", "›"),
    ('"', '"'),
    ("‘‚'", "’'‘"),  # English ‘…’, German ‚…‘
    ("»", "«"),  # German »…«: the guillemets point inwards
    ("›", "‹"),
)
_STRAIGHT_FAMILY = next(i for i, (opens, _) in enumerate(_FAMILIES) if '"' in opens)
_ALL_MARKS = "".join(sorted({c for o, c in _FAMILIES for c in o + c}))
_MARK = re.compile("[" + re.escape(_ALL_MARKS) + "]")
_OPEN_BEFORE = set(" \t\n([{—–-:/") | set(_ALL_MARKS)
_STRAIGHT = "\"'"
# Marks that only ever open or close; French sets them off with (no-break) spaces.
_DIRECTIONAL_OPEN = "«‹"
_DIRECTIONAL_CLOSE = "»›"
# A double mark with a space before it still closes after these (not after a full stop:
# `Ely, Nev. ". . . we need` opens a quotation); see ``_spaced_closer``.
_SPACED_CLOSERS = "\"”"
_SPACED_CLOSE_AFTER = ",'’?!"
# A double mark typed with no space before the next word still closes after the punctuation
# that ends quoted speech when a capital follows (`…so long,”Maria Lopez said`); after a
# letter (`“Black Lives”Matter`) it stays a typo inside a word. See ``_glued_closer``.
_GLUED_CLOSERS = "\"”"
_GLUED_CLOSE_AFTER = ",.?!"
# Markup a faulty extraction left in a page's text: an HTML tag (an element of HTML's own list,
# so that a placeholder such as "<your name>" in a quoted line stays words), an attribute, a
# character escape or reference, or a bare address. Such a "quotation" is code, nobody's words.
_HTML_ELEMENTS = ("a|abbr|article|aside|b|blockquote|body|br|button|code|div|em|figcaption|figure|"
                  "footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|label|li|link|main|meta|"
                  "nav|noscript|ol|option|p|path|picture|pre|script|section|select|small|source|span|"
                  "strong|style|sub|sup|svg|table|tbody|td|textarea|th|thead|title|tr|u|ul|video")
_CODE = re.compile(rf"</?(?:{_HTML_ELEMENTS})(?:[\s/][^<>]{{0,200}})?>|\b[\w-]+=[\"']|\\x[0-9A-Fa-f]{{2}}"
                   r"|&#\d+;|&[a-z]{2,6};|^\S*://\S*$|^\s*/?>", re.IGNORECASE)


@dataclass(slots=True)
class QuotedSpan:
    """Text between an opening and a closing mark: ``start``/``end`` exclude the marks."""

    start: int
    end: int
    family: int
    paragraphs: int = 1
    open_width: int = 1  # 2 for a typewriter double mark (``''quoted''``)

    @property
    def open_at(self) -> int:
        """Where the opening mark starts (its first character when it is doubled)."""
        return self.start - self.open_width

    @property
    def close_at(self) -> int:
        return self.end


def _family_of(mark: str, opener: bool) -> int:
    for i, (opens, closes) in enumerate(_FAMILIES):
        if mark in (opens if opener else closes):
            return i
    return -1


def _is_opener(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in _DIRECTIONAL_OPEN:
        return True
    if after.isspace():
        return False
    if text[i] in _STRAIGHT and before.isdigit():
        return False
    return before in _OPEN_BEFORE or before.isspace()


def _is_closer(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in _DIRECTIONAL_CLOSE:
        return True
    if before.isspace():  # the cheap test first: most such marks open a quotation
        return i >= 2 and text[i - 2] in _SPACED_CLOSE_AFTER and _spaced_closer(text, i, after)
    if text[i] in _STRAIGHT and before.isdigit():
        return False  # 5'11", 12" pizza
    return not after.isalnum() or _glued_closer(text, i, before, after)


def _glued_closer(text: str, i: int, before: str, after: str) -> bool:
    """A closing double mark glued to the next word (`wait so long,”Maria Lopez said`,
    `our plan,"Tom Becker said`): punctuation that ends speech before it, a capital after it."""
    return text[i] in _GLUED_CLOSERS and before in _GLUED_CLOSE_AFTER and after.isupper()


def _spaced_closer(text: str, i: int, after: str) -> bool:
    """A closing double mark typed after a space, behind a comma or a nested closing mark
    (`like, 'Oh, this matters,' " Ann Lee said`, `doing this, " she said`): no word follows it,
    so it opens nothing."""
    return (text[i] in _SPACED_CLOSERS and text[i - 1] == " "
            and (after.isspace() or after in ".,;:)"))


def _continues(text: str, newline_at: int, family: int) -> int | None:
    """Where a quotation resumes when the next paragraph reopens it (multi-paragraph style)."""
    j = newline_at
    while j < len(text) and text[j].isspace():
        j += 1
    if j < len(text) and text[j] in _FAMILIES[family][0] and _is_opener(text, j):
        return j
    return None


# Curly and straight double marks closing each other ("Oz has a huge bully pulpit,” …), as
# pages typed in two editors mix them (PolNeAR train: 4 % of the missed quotations).
_MIXED = {0: 3, 3: 0}
_DOUBLED = re.compile(r"''|``")


def _fold_doubled(text: str) -> str:
    """Typewriter double marks (``''quoted''``, ```quoted''``) as one straight double mark, offsets
    kept: the mark stands next to the word and the other character becomes a space."""
    if "''" not in text and "``" not in text:
        return text
    out = list(text)
    for m in _DOUBLED.finditer(text):
        i = m.start()
        after = text[i + 2] if i + 2 < len(text) else " "
        if m.group() == "``" or (after.isalnum() and not text[i - 1:i].isalnum()):
            out[i], out[i + 1] = " ", '"'  # opens before the word
        elif text[i - 1:i] and (not text[i - 1].isspace() or text[i - 2:i - 1] == ","):
            out[i], out[i + 1] = '"', " "  # closes after it (or after a comma and a space)
    return "".join(out)


def _closes(text: str, m: int, family: int, nested: bool) -> bool:
    """The mark at ``m`` closes a quotation of ``family`` (or of its mixed partner, unless a
    quotation of that partner opened inside it)."""
    closes = _family_of(text[m], opener=False)
    mixed = _MIXED.get(family) == closes and not nested
    return (closes == family or mixed) and _is_closer(text, m)


def _opens_mixed(text: str, m: int, family: int) -> bool:
    return _MIXED.get(family) == _family_of(text[m], opener=True) and _is_opener(text, m)


def _before_spaces(text: str, floor: int, end: int) -> int:
    """``end`` moved back over the spaces before it, not below ``floor`` (no copy of the text
    before it, as ``rstrip`` would make for every quotation)."""
    while end > floor and text[end - 1].isspace():
        end -= 1
    return end


def find_quoted(text: str) -> tuple[list[QuotedSpan], list[str]]:
    """Outermost quoted spans, in order, and warnings about marks that were ignored."""
    spans, warnings, _ = paired_marks(text)
    return spans, warnings


def paired_marks(text: str) -> tuple[list[QuotedSpan], list[str], int]:
    """``find_quoted``'s spans and warnings, and how many marks it examined (bounded by
    ``MAX_MARK_STEPS``)."""
    raw, text = text, _fold_doubled(text)
    spans: list[QuotedSpan] = []
    warnings: list[str] = []
    marks = [m.start() for m in _MARK.finditer(text)]
    k = steps = unclosed = 0
    while k < len(marks):
        if steps > MAX_MARK_STEPS:
            warnings.append(f"quotes: stopped pairing quotation marks at character {marks[k]}: over "
                            f"{MAX_MARK_STEPS} marks examined; no quotation after it")
            break
        i = marks[k]
        family = _family_of(text[i], opener=True)
        if family < 0 or not _is_opener(text, i):
            k += 1
            continue
        end, paragraphs, examined = _closer(text, marks, k, family)
        steps += examined
        if end is None:
            if text[i] not in _STRAIGHT or _family_of(text[i], False) != family:
                unclosed += 1
                if unclosed <= MAX_MARK_WARNINGS:
                    warnings.append(f"quotes: unclosed or over-long quotation at {i} ignored "
                                    f"(limit {MAX_QUOTE_CHARS} chars, {MAX_QUOTE_PARAGRAPHS} paragraphs)")
            k += 1
            continue
        if end > i + 1 and not _CODE.search(raw[i + 1:end]):
            doubled = raw[i - 1:i + 1] in ("''", "``")
            spans.append(QuotedSpan(i + 1, end, family, paragraphs, 2 if doubled else 1))
        while k < len(marks) and marks[k] <= end:
            k += 1
    if unclosed > MAX_MARK_WARNINGS:
        warnings.append(f"quotes: {unclosed - MAX_MARK_WARNINGS} more unclosed or over-long "
                        "quotations ignored")
    return spans, warnings, steps


def _closer(text: str, marks: list[int], k: int, family: int) -> tuple[int | None, int, int]:
    """Where the quotation opened by ``marks[k]`` ends (None: it never closes within the
    limits), over how many paragraphs, and how many marks were examined."""
    i = marks[k]
    end, paragraphs, j = None, 1, k + 1
    nested = False
    while j < len(marks):
        m = marks[j]
        para_break = text.find("\n", marks[j - 1] + 1, m)
        if para_break >= 0:
            resume = _continues(text, para_break, family)
            if resume is None and paragraphs > 1:
                # every paragraph reopened the quotation and the next one does not: it
                # ends with its last paragraph (the closing mark left out, a heading next)
                end = _before_spaces(text, i + 1, para_break)
                break
            if resume is None or resume > m:
                break
            paragraphs += 1
            if paragraphs > MAX_QUOTE_PARAGRAPHS:
                break
            if resume == m:  # the reopening mark itself
                j += 1
                continue
        if m - i > MAX_QUOTE_CHARS:
            break
        if _closes(text, m, family, nested) or (
                family == _STRAIGHT_FAMILY and digit_closes(text, marks, j, i + MAX_QUOTE_CHARS)):
            end = m  # ("Destiny 2" lassen sich …: a title ending in a number)
            break
        # “…” inside "…": the straight mark closes the outer one
        nested = nested or _opens_mixed(text, m, family)
        j += 1
    return end, paragraphs, j - k
