"""Titles of works: a name the article writes only inside short quotations is a title.

Songs, albums, films and books are named in quotation marks ("SZA, “Kill Bill”", «Le Mépris»,
„Tatort“); NER reads their capitalised words as people, organisations or places. A name none
of whose occurrences in the text stands outside such a *title quotation* is a work: it founds
no entity, and a mention of it linked to a learned entity is unlinked and typed MISC. A name
the knowledge base knows keeps its link (a band or a person quoted alone, "“Prada”" the
company), as does one the text also writes outside quotation marks; a one-word form that took
the entity of a full name of the article ("Boy" of “Boy’s a Liar” beside "Burna Boy") is a
word of the title there and is unlinked too. Where a language's press puts organisations'
names in quotation marks (``LanguageRules.quoted_organisations``: Russian «Газпром», Arabic
حركة «فتح»), no quotation is a title; a title must be capitalised, so a caseless script has
none either.

A title quotation is short, on one line, and holds a title rather than words of speech: the
quoted text is the name itself, or every quoted word of 4+ letters is capitalised (English
title case: “Boys a Liar”, “Dance the Night Away”). Speech quoted in full (“Greedy people
will pay,” she said) is neither. A quoted name of a unit or group ("specialist “Tornado”
officers") is taken for a title too: a known cost.

Lists of nominees, charts and track lists also write a title without quotation marks after its
makers, one *credit line* each ("Tate McRae, Greedy", "Blur, The Ballad of Darren"): a short
line of capitalised comma-separated items with no sentence punctuation at its end, the last
one holding no digit (results: "Harlow Town 2, Brackwell 1"). Where at least
``CREDIT_LINES_MIN`` such lines stand together (only blank lines between them) right under a
heading that names works (a noun of ``LanguageRules.work_kinds``: "Album of the Year", "Top
tracks"), the last item of each is a title position like a title quotation
(``credit_titles``), unless NER tags more last items than first ones as people: such a list
puts the title first ("Espresso, Sabrina Carpenter"; "Anora, Sean Baker"). Lines of the same
shape under any other heading name people, places and affiliations ("Finance, Ann Lee" under
"The new cabinet", "Arsenal, Bukayo Saka" under "Player of the Year nominees", "Ann Lee, Acme
Labs" under "Speakers") and are left alone. The cost: a list of works under a heading that
does not say so ("This week's top five") keeps its titles as names.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
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
# How a one-word form took the entity of an article's full name ("Boy" -> "Burna Boy"): inside
# a longer title it is a word of the title, no form of that name.
_SHORT_FORM_REASONS = frozenset({"referent", "article-surname"})
# Fewest credit lines standing together for their last items to be titles: one "Paris, France"
# or "Smith, Jones" line is no list. Set by hand (a nominee list holds five lines or more).
CREDIT_LINES_MIN = 3
# Most words of a credit line ("Rudimental, Charlotte Plank and Vibe Chemistry, Dancing is
# Healing": 10) and of one of its items; longer lines are running text.
CREDIT_LINE_MAX_WORDS = 14
CREDIT_ITEM_MAX_WORDS = 7
# A credit line ends without these (sentences, headings that introduce something).
_SENTENCE_END = ".!?:;…"
# Longest heading read for a noun of works (characters): a heading is short; bounds the work
# on a text without line breaks.
CREDIT_HEADING_MAX_CHARS = 120
_HEADING_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def quote_pairs() -> dict[str, frozenset[str]]:
    """Opening mark -> its closing marks, from every language pack (an article's language may
    be mis-declared) plus the reversed German guillemets and low-9 pairs."""
    pairs: dict[str, set[str]] = {}
    # CMS pages mix curly opening and straight closing marks (‘Very Different,')
    extra = (("»", "«"), ("„", "”"), ("‚", "‘"), ("‘", "’"), ("“", "”"), ("‘", "'"), ("“", '"'))
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


def credit_titles(text: str, language: str | None = None,
                  people: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """``(start, end)`` of the last item of each credit line of a list of at least
    ``CREDIT_LINES_MIN`` under a heading that names works (see the module docstring); a quoted
    last item is a title quotation (``title_quotes``), no credit title. ``people``: spans NER
    tagged as people, in text order; a list where more last items than first ones hold one
    is written title first ("Espresso, Sabrina Carpenter") and gives no titles."""
    works = _work_words(language)
    if not works:
        return []
    out: list[tuple[int, int]] = []
    run: list[tuple[tuple[int, int], tuple[int, int]]] = []  # (first item, last item)
    heading = ""  # the last line above the run that is no credit line
    starts = [a for a, _ in people]
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            items = _credit_items(line)
            if items is None:
                _close(run, heading, works, people, starts, out)
                run, heading = [], line
            else:
                run.append(((start + items[0][0], start + items[0][1]),
                            (start + items[1][0], start + items[1][1])))
        start = end + 1
    _close(run, heading, works, people, starts, out)
    return out


def _close(run: list[tuple[tuple[int, int], tuple[int, int]]], heading: str,
           works: frozenset[str], people: Sequence[tuple[int, int]], starts: list[int],
           out: list[tuple[int, int]]) -> None:
    """Keep the titles of a finished run of credit lines when it is long enough, its heading
    names works and NER does not read its last items as people more often than its first."""
    if len(run) < CREDIT_LINES_MIN or not any(
            w.casefold() in works for w in _HEADING_WORD.findall(heading[:CREDIT_HEADING_MAX_CHARS])):
        return
    makers = sum(_holds(first, people, starts) for first, _ in run)
    if sum(_holds(last, people, starts) for _, last in run) <= makers:
        out.extend(last for _, last in run)


def _holds(item: tuple[int, int], people: Sequence[tuple[int, int]], starts: list[int]) -> bool:
    """Whether a span of ``people`` lies inside ``item``."""
    i = bisect_left(starts, item[0])
    return i < len(people) and people[i][1] <= item[1]


@lru_cache(maxsize=64)
def _work_words(language: str | None) -> frozenset[str]:
    rules = rules_for(language)
    return frozenset(w.casefold() for w in rules.work_kinds) if rules else frozenset()


def _credit_items(line: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Offsets in ``line`` of its first and last items when it is a credit line, else None."""
    body = line.rstrip()
    if "," not in body or body[-1:] in _SENTENCE_END or len(body.split()) > CREDIT_LINE_MAX_WORDS:
        return None
    items = body.split(",")
    if any(not item.strip() or len(item.split()) > CREDIT_ITEM_MAX_WORDS for item in items):
        return None
    if not all(item.strip()[0].isupper() or item.strip()[0].isdigit() for item in items[:-1]):
        return None
    last = items[-1].strip()
    # a quoted one is no capital; a number is a score ("Harlow Town 2"), no title's
    if not last[0].isupper() or not _title_like(last) or any(c.isdigit() for c in last):
        return None
    first = len(body) - len(body.lstrip())
    begin = body.rindex(last)
    return (first, first + len(items[0].strip())), (begin, begin + len(last))


def title_positions(text: str, language: str | None = None,
                    mentions: Iterable[Mention] = ()) -> list[tuple[int, int]]:
    """Title quotations and credit-line titles (``mentions``: NER's, whose people
    ``credit_titles`` reads), in text order (they never overlap: a credit title holds no
    quotation mark at its start)."""
    quotes = title_quotes(text, language)
    people = sorted((m.start, m.end) for m in mentions if m.label == "PER")
    credits = credit_titles(text, language, people)
    if not credits:
        return quotes
    return sorted(quotes + [c for c in credits if not any(a < c[1] and c[0] < b for a, b in quotes)])


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
    return all(w[:1].isupper() for w in _CAPITALISED_WORD.findall(inner) if not w[:1].isdigit())


def only_in_title_quotes(text: str, name: str, quotes: list[tuple[int, int]],
                         seen: dict[str, bool] | None = None) -> bool:
    """Whether ``name`` occurs in ``text`` and every occurrence lies in a title quotation.
    ``seen``: verdicts already given for this text, by name (asked once per mention: a title
    listed a thousand times would be read a thousand times over)."""
    if not quotes or not name.strip():
        return False
    if seen is not None and name in seen:
        return seen[name]
    found = False
    for start in word_hits(text, name):
        # in text order, none inside another (``title_quotes``)
        i = bisect_right(quotes, start, key=_start) - 1
        if i < 0 or start + len(name) > quotes[i][1]:
            found = False
            break
        found = True
    if seen is not None:
        seen[name] = found
    return found


def _start(span: tuple[int, int]) -> int:
    return span[0]


def _in_longer(m: Mention, quotes: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether a mention lies inside a longer title position (a word of the title)."""
    i = bisect_right(starts, m.start) - 1
    return i >= 0 and m.end <= quotes[i][1] and quotes[i][1] - quotes[i][0] > m.end - m.start


def unlink_works(text: str, mentions: Iterable[Mention], known: Mapping[str, object],
                 quotes: list[tuple[int, int]]) -> None:
    """Mentions of titles of works (see the module docstring) lose a learned entity and
    become MISC; a knowledge-base link (``known``: entity id -> entity) stays."""
    if not quotes:
        return
    verdict: dict[str, bool] = {}
    starts = [a for a, _ in quotes]
    for m in mentions:
        if m.entity_id in known or m.label == "MISC":
            continue
        if m.reason in _SHORT_FORM_REASONS and " " not in m.text and _in_longer(m, quotes, starts):
            m.entity_id, m.label, m.reason = None, "MISC", ""  # "Boy" of “Boy’s a Liar”
            continue
        key = name_key(m.text)
        if key not in verdict:
            verdict[key] = only_in_title_quotes(text, m.text, quotes)
        if verdict[key]:
            m.entity_id, m.label, m.reason = None, "MISC", ""
