"""Article extraction from pages already flattened to text (site chrome still in them).

Each line is scored body-or-chrome by the calibrated line model (lines.py:
length, punctuation, menu and link tokens, repetition within the line and across
pages of the same site, position, script); a language's chrome and caption
patterns override it. The header zone before the first body line yields the
title, site, date and byline; the body runs from the first body line to the
last, keeping inline headings (Block kind "heading") and dropping chrome,
navigation strips and captions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Literal

from dragoman.extract.bylines import clean_authors
from dragoman.extract.dates import ParsedDate, find_relative_date, parse_date_line
from dragoman.extract.lines import body_probability, load_model, page_features
from dragoman.extract.pubdate import plausible
from dragoman.language.rules import all_rules
from dragoman.language.scripts import LATIN, script_of
from dragoman.model import Block

# Titles are rarely shorter or longer than this (words).
TITLE_MIN_WORDS, TITLE_MAX_WORDS = 2, 30
# A navigation line repeats its words (site and section names): share of repeated tokens.
NAV_REPEAT_SHARE = 0.25
# "HEADLINE – SITE": the site part of a title line has at most this many words.
SITE_MAX_WORDS = 5
# Confidence given to a date read from a dateline in the page header.
HEADER_DATE_CONFIDENCE = 0.9
# Confidence of a relative date ("today") resolved against a known reference date.
RELATIVE_DATE_CONFIDENCE = 0.6

# A line of running text has at least this many words, ends a sentence, and at least
# this share of its cased words start lower-case (chrome lines are short or Title Case);
# set on original examples (tests/extract/test_chrome_rules.py), not fitted.
RUNNING_TEXT_MIN_WORDS = 8
RUNNING_TEXT_LOWER_SHARE = 0.5

# Terminal punctuation, optionally followed by closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?؟…。！？:][\"'”’»)\]]*\s*$")
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*", re.UNICODE)
_TITLE_SITE = re.compile(r"^(?P<title>.+?)\s+[–—|-]\s+(?P<site>[^–—|]+?)\s*$")


@dataclass(slots=True)
class Line:
    index: int
    text: str
    words: int
    ends_sentence: bool
    repeat_share: float
    script: str
    chrome: bool
    caption: bool
    body_probability: float = 0.0  # from the calibrated line model (lines.py)


@dataclass(slots=True)
class PlainTextResult:
    text: str
    blocks: list[Block]
    title: str | None
    site: str | None
    authors: list[str]
    published: ParsedDate | None
    published_confidence: float
    modified: ParsedDate | None


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...], tuple[str, ...]]:
    rules = all_rules()
    chrome = "|".join(f"(?:{p})" for r in rules for p in r.chrome_patterns)
    caption = "|".join(f"(?:{p})" for r in rules for p in r.caption_patterns)
    bylines = tuple(sorted({p for r in rules for p in r.byline_prefixes}, key=len, reverse=True))
    updated = tuple(p for r in rules for p in r.updated_prefixes)
    flags = re.IGNORECASE
    return (
        re.compile(rf"^\s*(?:{chrome})\s*[.:!]?\s*$", flags),
        re.compile(rf"^\s*(?:{caption})\s*$", flags),
        bylines,
        updated,
    )


def reads_as_running_text(text: str) -> bool:
    """A sentence of running text: long, ends a sentence, mostly lower-case words.

    No chrome pattern may delete such a line: "Supervisor Jane Roe said on Monday the
    bridge would reopen." starts like a masthead line but is body text, while
    "© 2024 Example Media Ltd. All rights reserved." is mostly capitalised.
    """
    if not _SENTENCE_END.search(text):
        return False
    words = _WORD.findall(text)
    if len(words) < RUNNING_TEXT_MIN_WORDS:
        return False
    initials = [w[0] for w in words]
    cased = [c for c in initials if c.lower() != c.upper()]
    lower = sum(1 for c in cased if c.islower())
    return not cased or lower >= RUNNING_TEXT_LOWER_SHARE * len(cased)


def is_chrome_line(text: str) -> bool:
    """The whole line is site chrome by a language's patterns ("Read more", "إعلانات"),
    and does not read as running text. The running-text test goes first: it is the cheaper
    one on body paragraphs, where the patterns' leading ``.*`` scan the whole line."""
    return not reads_as_running_text(text) and bool(_patterns()[0].match(text))


def updated_prefixes() -> tuple[str, ...]:
    """Casefolded prefixes of a modification dateline ("Updated", "تحديث"), every language."""
    return tuple(p.casefold() for p in _patterns()[3])


def is_caption_line(text: str) -> bool:
    """The whole line is an image caption or credit by a language's patterns."""
    return bool(_patterns()[1].match(text))


def _line(index: int, text: str) -> Line:
    _, caption_re, _, _ = _patterns()
    tokens = [t.casefold() for t in _WORD.findall(text)]
    repeat = 1 - len(set(tokens)) / len(tokens) if tokens else 0.0
    return Line(
        index=index,
        text=text,
        words=len(tokens),
        ends_sentence=bool(_SENTENCE_END.search(text)),
        repeat_share=repeat,
        script=script_of(text),
        chrome=is_chrome_line(text),
        caption=bool(caption_re.match(text)),
    )


def _is_body(line: Line) -> bool:
    if line.chrome or line.caption:
        return False  # a language's chrome and caption patterns are definite
    return line.body_probability >= load_model().threshold


def _is_nav(line: Line, body_script: str) -> bool:
    """Menus and site-name strips: repeated words, or a script other than the body's."""
    if line.ends_sentence:
        return False
    if line.words >= 4 and line.repeat_share >= NAV_REPEAT_SHARE:
        return True
    # A line without letters (a numeric dateline) has no script to differ.
    return bool(body_script and line.script) and line.script != body_script and line.words >= 2


def _byline(line: Line) -> list[str] | None:
    """Author names when the line is a byline ("By A and B", "بقلم ...", "Jane Roe")."""
    _, _, prefixes, _ = _patterns()
    text = line.text.strip()
    lowered = text.casefold()
    for prefix in prefixes:
        if lowered.startswith(prefix.casefold()) and len(text) > len(prefix):
            rest = text[len(prefix) :].strip(" :،,-–—")
            if rest and not text[len(prefix)].isalpha():
                return _split_authors(rest)
    return None


def _looks_like_name(line: Line) -> bool:
    """A bare byline: 2-4 capitalised Latin words, no digits, no sentence punctuation."""
    tokens = line.text.split()
    return (
        2 <= len(tokens) <= 4
        and not line.ends_sentence
        and not line.chrome
        and all(t[:1].isupper() and t.replace("-", "").replace("'", "").isalpha() for t in tokens)
        and line.script == LATIN
    )


def _split_authors(text: str) -> list[str]:
    return clean_authors([text])


def extract_plaintext(
    page: str, reference: datetime | None = None, site_lines: frozenset[str] = frozenset()
) -> PlainTextResult:
    """Split a flattened page into header (title, site, date, byline) and clean body.

    ``site_lines``: lines seen on other pages of the same site (see lines.site_lines),
    which the line model takes as a sign of chrome.
    """
    raw_lines = [ln.strip() for ln in page.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = [_line(i, t) for i, t in enumerate(raw_lines) if t]
    for ln, feats in zip(lines, page_features([ln.text for ln in lines], site_lines), strict=True):
        ln.body_probability = body_probability(feats)
    body_idx = [k for k, ln in enumerate(lines) if _is_body(ln)]
    if not body_idx:
        return PlainTextResult("", [], None, None, [], None, 0.0, None)
    first, last = body_idx[0], body_idx[-1]
    body_script = script_of(" ".join(lines[k].text for k in body_idx))

    header = _header(lines[:first], body_script, reference)
    text, blocks = _body(lines[first : last + 1], body_script)
    published, confidence = header.published, header.confidence
    if published is None and reference is not None:
        rel = find_relative_date("\n".join(ln.text for ln in lines[: first + 1]), reference)
        if rel is not None:
            published, confidence = rel, RELATIVE_DATE_CONFIDENCE
    return PlainTextResult(text, blocks, header.title, header.site, header.authors, published, confidence,
                           header.modified)


@dataclass(slots=True)
class _Header:
    """What the lines before the first body line say about the article."""

    title: str | None = None
    site: str | None = None
    authors: list[str] = field(default_factory=list)
    published: ParsedDate | None = None
    modified: ParsedDate | None = None
    confidence: float = 0.0
    candidates: list[Line] = field(default_factory=list)  # lines that may still be the title


def _header(lines: list[Line], body_script: str, reference: datetime | None) -> _Header:
    """Title, site, dates and byline from the header zone (the lines before the body)."""
    head = _Header()
    updated = updated_prefixes()
    for ln in lines:
        if ln.chrome or ln.caption or _is_nav(ln, body_script):
            continue
        dated = parse_date_line(ln.text)
        if dated is not None:
            if not plausible(dated.iso, reference):
                continue  # a placeholder or a date after the fetch: not the publication date
            if ln.text.casefold().lstrip().startswith(updated):
                head.modified = head.modified or dated
            elif head.published is None:
                head.published, head.confidence = dated, HEADER_DATE_CONFIDENCE
            continue
        names = _byline(ln)
        if names is not None:
            head.authors = head.authors or names
            continue
        if head.title is None:  # "HEADLINE – SITE", the first header line that reads so
            m = _TITLE_SITE.match(ln.text)
            if m and len(m.group("site").split()) <= SITE_MAX_WORDS:
                head.title, head.site = m.group("title").strip(), m.group("site").strip()
                continue
        head.candidates.append(ln)
    _bare_byline_and_title(head)
    return head


def _bare_byline_and_title(head: _Header) -> None:
    """A bare name line right after the title or dateline is the byline; without a title
    yet, the longest remaining header line of title length is the title."""
    remaining: list[Line] = []
    for ln in head.candidates:
        if not head.authors and _looks_like_name(ln) and (head.title is not None or remaining):
            head.authors = clean_authors([ln.text])
        else:
            remaining.append(ln)
    if head.title is None:
        fitting = [c for c in remaining if TITLE_MIN_WORDS <= c.words <= TITLE_MAX_WORDS]
        if fitting:
            head.title = max(fitting, key=lambda c: c.words).text.strip()


def _body(lines: list[Line], body_script: str) -> tuple[str, list[Block]]:
    """The body text (paragraphs and inline headings, chrome dropped) and its blocks."""
    parts: list[str] = []
    blocks: list[Block] = []
    pos = 0
    for ln in lines:
        if ln.chrome or ln.caption:
            continue
        kind: Literal["paragraph", "heading"] = (
            "paragraph" if _is_body(ln) or ln.ends_sentence else "heading"
        )
        if kind == "heading" and _is_nav(ln, body_script):
            continue
        if parts:
            pos += 2
        parts.append(ln.text)
        blocks.append(Block(pos, pos + len(ln.text), kind))
        pos += len(ln.text)
    return "\n\n".join(parts), blocks
