"""Markup and encoding debris NER tags as a name (issue 14): no referent, in any language.

* **Mojibake**: UTF-8 text a page or its feed decoded with a one-byte Western or Central
  European charset writes each non-ASCII letter as two or three signs ("März" as "MĂ¤rz" or
  "MÃ¤rz"); NER cuts a "name" at the first of them ("MĂ", "TierschĂĽtzer"). The words a
  mention touches are read back: when they turn into different, valid UTF-8 text of Latin
  letters and typographic signs once encoded with such a charset, the mention is debris. Real
  letters of those charsets ("ROMÂNĂ", "Ålesund", "Ãlvaro") do not form valid UTF-8 byte
  sequences, or form letters of other scripts ("RENÉ”"), so no word list is needed. Whole
  pages of mojibake are repaired at extraction (``extract.encoding``); this catches the pages
  with a few such words, and the charsets that repair does not try.
* **Markup signs inside a span**: a name holds no table bar, bracket, brace, angle bracket,
  equals sign, hash or asterisk other than one between letters ("Google News | NewsBreak",
  "SAT [Scholastic …", "Gentoo Linux **"): such a span runs over navigation, a footnote or
  wiki markup.
* **A fragment after an apostrophe**: a span opening with an apostrophe and a lower-case
  letter right after a letter ("’s College London" of "King’s") is the tail of a word NER cut
  inside; after a space it is an elided article ("’s-Hertogenbosch", "’t Hooft").

A quotation mark left at one edge of a span with no partner inside it (“Shabka Exchange) is
cut off (``trim_quote_edges``) rather than refused."""

from __future__ import annotations

import re

from dragoman.model import Mention

# One-byte charsets a UTF-8 page is mis-decoded with (Western, Central European, Latin-1).
_LEGACY_CHARSETS = ("cp1252", "cp1250", "latin-1")
# What a repaired word may hold beyond ASCII: the letters of the languages those charsets
# serve (U+00C0-U+017F, Romanian "ș ț"), typographic dashes, quotes and ellipsis, the euro
# sign. Real words whose bytes happen to form UTF-8 decode to other scripts instead: "RENÉ’"
# to IPA "ɒ", "Strauß’" to N'Ko, "Tomáš“" to Ogham, "RŮŽENA" to Arabic, "PÓŁNOC" to Cyrillic.
_REPAIRED = re.compile(r"[\x00-\x7f\u00c0-\u017f\u0218-\u021b\u2010-\u2027\u20ac]*")
# A markup sign; an asterisk between two letters is writing ("Lehrer*innen", "E*Trade").
_MARKUP_SIGNS = re.compile(r"[|\[\]{}<>=#\\]|(?<![^\W\d_])\*|\*(?![^\W\d_])")
_APOSTROPHE_FRAGMENT = re.compile(r"['’‘][a-z]")
_QUOTE_MARKS = "“”„‟\"«»‹›‚‘"
_CLOSING_MARKS = "’‘”“»›…"
# Letters or signs read on either side of a span to close its words: no word of a name is
# longer, and it bounds the work on text with no spaces (a run of comma-joined names).
_WORD_REACH = 64
_WORD_TAIL = re.compile(r"\S*\Z")
_WORD_HEAD = re.compile(r"\S*")


def _touched_words(text: str, start: int, end: int) -> str:
    """The whitespace-delimited words of ``text`` the span ``start:end`` touches (at most
    ``_WORD_REACH`` characters beyond it on either side)."""
    left = text[max(0, start - _WORD_REACH):start]
    tail = _WORD_TAIL.search(left)
    head = _WORD_HEAD.match(text, end, min(len(text), end + _WORD_REACH))
    return (tail.group() if tail else "") + text[start:end] + (head.group() if head else "")


def _word_cut(text: str, m: Mention) -> bool:
    """Whether ``m`` opens with an apostrophe and a lower-case letter right after a letter:
    the tail of a word NER cut inside ("’s College London" of "King’s College London"); not
    a name opening with an elided article after a space ("’s-Hertogenbosch", "’t Hooft")."""
    return bool(_APOSTROPHE_FRAGMENT.match(m.text)) and text[max(0, m.start - 1):m.start].isalpha()


def mojibake(words: str) -> bool:
    """Whether ``words`` read as UTF-8 mis-decoded with a one-byte charset (module docstring)."""
    # A closing quotation mark or ellipsis glued to a word is punctuation, not a letter's
    # second byte ("CAUÃ”", "NICOARĂ…": a capital "Ã" or "Ă" closing the word).
    words = words.rstrip(_CLOSING_MARKS)
    if words.isascii():
        return False
    for charset in _LEGACY_CHARSETS:
        try:
            repaired = words.encode(charset).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if repaired != words and _REPAIRED.fullmatch(repaired):
            return True
    return False


def debris(text: str, m: Mention) -> bool:
    """Whether ``m`` (a mention of ``text``) is markup or encoding debris (module docstring)."""
    name = m.text
    if _MARKUP_SIGNS.search(name) or _word_cut(text, m) or not any(c.isalnum() for c in name):
        return True  # no letter or digit: no name, and nothing left once a quote is cut
    return not name.isascii() and mojibake(_touched_words(text, m.start, m.end))


def trim_quote_edges(m: Mention) -> None:
    """Cut a quotation mark off an edge of ``m`` when the span holds no other quotation mark
    (“Shabka Exchange); a span quoting inside ("Tim “Ripper” Owens") is left whole."""
    name = m.text
    marks = sum(name.count(q) for q in _QUOTE_MARKS)
    if marks != 1:
        return
    if name[:1] in _QUOTE_MARKS:
        stripped = name[1:].lstrip()
        m.start += len(name) - len(stripped)
        m.text = stripped
    elif name[-1:] in _QUOTE_MARKS:
        m.text = name[:-1].rstrip()
    m.end = m.start + len(m.text)
