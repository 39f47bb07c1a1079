"""Control characters: dropped from every stored text field, escaped in terminal output.

A page can carry characters that act instead of showing: bidi formatting controls
(U+202E RIGHT-TO-LEFT OVERRIDE reverses the text after it, so a title can display
as something else than it says) and C0/C1 controls (ESC starts terminal sequences
such as ``ESC ] 0 ; … BEL``, which retitles the user's terminal; CSI U+009B too).

* ``clean_article`` is called once where extraction finishes an Article
  (``dragoman.extract.extract_page``): title, site, authors and URL lose every such
  character (line breaks and tabs become spaces); the body keeps its newlines and
  tabs, loses the rest, and its blocks are re-indexed so every offset stays exact.
* ``clean_source`` drops them from a page before it is parsed (lxml refuses strings
  holding C0 controls: "All strings must be XML compatible"); the final pass remains
  for characters written as HTML references (``&#x202E;``).
* ``escape_controls`` makes any left (older archives, failure messages, file names)
  visible as ``\\uXXXX`` in CLI output; inside a JSON string that is the same character.

Zero-width joiners and non-joiners (U+200C/U+200D) are letters' business in Persian,
Urdu and Hindi and are kept. The soft hyphen (U+00AD) is dropped with the controls: it only
says where a line may break, shows nothing inside a line, and splits a word for every later
step ("Ita\u00adli\u00adens" would match no name, no search word).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from dragoman.model import Article, Block

# Bidi formatting characters: ALM, LRM, RLM, embeddings and overrides (LRE RLE PDF LRO RLO),
# isolates (LRI RLI FSI PDI).
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# C0 controls, DEL and C1 controls, and the byte-order mark (invisible inside text).
OTHER_CONTROLS = "".join(map(chr, [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0), 0xFEFF]))
# Invisible line-break hints inside words: the soft hyphen.
BREAK_HINTS = "\u00ad"
# Characters that end a line; kept in a body (\n, \t), spaces in a one-line field.
_LINE_SPACES = "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029"

_UNSAFE = re.compile(f"[{re.escape(BIDI_CONTROLS + OTHER_CONTROLS + BREAK_HINTS)}\u2028\u2029]")
# In a body: dropped (offsets shift), or made a space (offsets kept).
_BODY_DROP = re.compile(
    f"[{re.escape(BIDI_CONTROLS + BREAK_HINTS)}\x00-\x08\x0e-\x1b\x7f\x80-\x84\x86-\x9f\ufeff\r]"
)
_BODY_SPACE = str.maketrans({c: " " for c in "\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029"})
# What a body may not keep: the unsafe characters less the newlines and tabs every body has.
_BODY_KEEPS = "\t\n"
_BODY_UNSAFE = re.compile(
    "[" + re.escape("".join(c for c in BIDI_CONTROLS + OTHER_CONTROLS + BREAK_HINTS if c not in _BODY_KEEPS))
    + "\u2028\u2029]"
)
# In a page before parsing: C0 except tab, newline and carriage return; DEL; C1; bidi.
_SOURCE_DROP = re.compile(f"[{re.escape(BIDI_CONTROLS)}\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]")
_LINE = str.maketrans({**{c: " " for c in _LINE_SPACES},
                       **{c: None for c in BIDI_CONTROLS + OTHER_CONTROLS + BREAK_HINTS
                          if c not in _LINE_SPACES}})


def clean_line(text: str) -> str:
    """A one-line field (title, site, author, URL) without control characters."""
    if not _UNSAFE.search(text):
        return text
    return " ".join(text.translate(_LINE).split())


def clean_body(text: str, blocks: list[Block]) -> tuple[str, list[Block]]:
    """The body without control characters (newlines and tabs kept) and its blocks,
    offsets moved to the cleaned text."""
    if not _BODY_UNSAFE.search(text):
        return text, blocks
    dropped = [m.start() for m in _BODY_DROP.finditer(text)]
    cleaned = _BODY_DROP.sub("", text).translate(_BODY_SPACE)

    def moved(pos: int) -> int:
        return pos - bisect_left(dropped, pos)

    return cleaned, [Block(moved(b.start), moved(b.end), b.kind) for b in blocks]


def clean_article(article: Article) -> Article:
    """``article`` with control characters dropped from every stored text field."""
    text, blocks = clean_body(article.text, article.blocks)
    authors = [a for a in (clean_line(a) for a in article.authors) if a]
    return replace(
        article,
        text=text,
        blocks=blocks,
        title=clean_line(article.title) or None if article.title is not None else None,
        site=clean_line(article.site) or None if article.site is not None else None,
        url=clean_line(article.url) or None if article.url is not None else None,
        authors=authors,
    )


def clean_source(content: str) -> str:
    """A page's text or markup without controls that no page shows (before parsing)."""
    return _SOURCE_DROP.sub("", content)


def escape_controls(text: str) -> str:
    """Control and bidi characters as visible ``\\uXXXX``; newlines and tabs kept."""
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(lambda m: m.group() if m.group() in "\n\t" else f"\\u{ord(m.group()):04x}", text)
