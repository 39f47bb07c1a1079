"""Titles of works: a name the article writes only inside short quotations is a title.

Songs, albums, films and books are named in quotation marks ("SZA, “Kill Bill”", «Le Mépris»,
„Tatort“); NER reads their capitalised words as people, organisations or places. A name none
of whose occurrences in the text stands outside such a *title quotation* is a work: it founds
no entity, and a mention of it linked to a learned entity is unlinked and typed MISC. A name
the knowledge base knows keeps its link (a band or a person quoted alone, "“Prada”" the
company), as does one the text also writes outside quotation marks. Where a language's press
puts organisations' names in quotation marks (``LanguageRules.quoted_organisations``: Russian
«Газпром», Arabic حركة «فتح»), no quotation is a title; a title must be capitalised, so a
caseless script has none either.

A title quotation is short, on one line, and holds a title rather than words of speech: the
quoted text is the name itself, or every quoted word of 4+ letters is capitalised (English
title case: “Boys a Liar”, “Dance the Night Away”). Speech quoted in full (“Greedy people
will pay,” she said) is neither. A quoted name of a unit or group ("specialist “Tornado”
officers") is taken for a title too: a known cost.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from functools import lru_cache

from dragoman.entities.kb import name_key
from dragoman.entities.linkdoc import word_hits
from dragoman.language.rules import all_rules, rules_for
from dragoman.model import Mention

# Longest title quotation, in characters and in words. Set by hand from song, album and
# film titles (the music-awards pages of the audit's DEV split: at most 5 words, 24
# characters); a longer quotation is speech.
WORK_QUOTE_MAX_CHARS = 60
WORK_QUOTE_MAX_WORDS = 8
# Words of a title quotation that must be capitalised (title case): this many letters or more.
TITLE_WORD_MIN = 4
_PADDING = " \u00a0\u202f"
_TRAILING = ",.;:!?…" + _PADDING
_GUILLEMETS = "«»‹›"
_CAPITALISED_WORD = re.compile(rf"\w{{{TITLE_WORD_MIN},}}")


@lru_cache(maxsize=1)
def quote_pairs() -> dict[str, frozenset[str]]:
    """Opening mark -> its closing marks, from every language pack (an article's language may
    be mis-declared) plus the reversed German guillemets and low-9 pairs."""
    pairs: dict[str, set[str]] = {}
    extra = (("»", "«"), ("„", "”"), ("‚", "‘"), ("‘", "’"), ("“", "”"))
    for opening, closing in [*(p for rules in all_rules() for p in rules.quote_marks), *extra]:
        pairs.setdefault(opening, set()).add(closing)
    return {o: frozenset(c) for o, c in pairs.items()}


def title_quotes(text: str, language: str | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of the text inside each title quotation (marks and trailing
    punctuation excluded); none where the language's press quotes organisations' names."""
    rules = rules_for(language)
    if rules is not None and rules.quoted_organisations:
        return []
    pairs = quote_pairs()
    out: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        closers = pairs.get(text[i])
        # French sets guillemets off with (no-break) spaces: « Le Mépris »
        start = _skip_padding(text, i + 1) if text[i] in _GUILLEMETS else i + 1
        if closers is None or (i and text[i - 1].isalnum()) or start >= n or text[start].isspace():
            i += 1
            continue
        j = _closer(text, start, closers)
        if j is None:
            i += 1
            continue
        inner = text[start:j].rstrip(_TRAILING)
        if inner and _title_like(inner):
            out.append((start, start + len(inner)))
        i = j + 1
    return out


def _skip_padding(text: str, i: int) -> int:
    while i < len(text) and text[i] in _PADDING:
        i += 1
    return i


def _closer(text: str, start: int, closers: frozenset[str]) -> int | None:
    """Index of the mark closing a quotation opened before ``start`` within the length limit:
    after a non-space, before a non-letter; None past a line break or the limit."""
    end = min(len(text), start + WORK_QUOTE_MAX_CHARS + 2)
    for j in range(start, end):
        c = text[j]
        if c == "\n":
            return None
        padded = c in _GUILLEMETS or not text[j - 1].isspace()
        if c in closers and padded and not text[j + 1 : j + 2].isalnum():
            return j
    return None


def _title_like(inner: str) -> bool:
    """Short enough, and its long words capitalised (a lone word counts once it is a name)."""
    words = inner.split()
    if len(words) > WORK_QUOTE_MAX_WORDS or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() for w in _CAPITALISED_WORD.findall(inner) if not w.isdigit())


def only_in_title_quotes(text: str, name: str, quotes: list[tuple[int, int]]) -> bool:
    """Whether ``name`` occurs in ``text`` and every occurrence lies in a title quotation."""
    if not quotes or not name.strip():
        return False
    starts = [a for a, _ in quotes]  # in text order, none inside another (``title_quotes``)
    found = False
    for start in word_hits(text, name):
        i = bisect_right(starts, start) - 1
        if i < 0 or start + len(name) > quotes[i][1]:
            return False
        found = True
    return found


def unlink_works(text: str, mentions: Iterable[Mention], known: Mapping[str, object],
                 quotes: list[tuple[int, int]]) -> None:
    """Mentions of titles of works (see the module docstring) lose a learned entity and
    become MISC; a knowledge-base link (``known``: entity id -> entity) stays."""
    if not quotes:
        return
    verdict: dict[str, bool] = {}
    for m in mentions:
        if m.entity_id in known or m.label == "MISC":
            continue
        key = name_key(m.text)
        if key not in verdict:
            verdict[key] = only_in_title_quotes(text, m.text, quotes)
        if verdict[key]:
            m.entity_id, m.label, m.reason = None, "MISC", ""
