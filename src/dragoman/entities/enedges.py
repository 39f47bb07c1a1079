"""The edges of an English name's span (issue 15, the ORG pass; applied by ``enbodies``): no
article opening an organisation's name ("The Washington Post"), no possessive that marks an
owner ("Politico’s newsletter"), no bracketed acronym run into ("National Health Service (NHS").
The annotation guidelines of eval/data/ner_news.json (and CoNLL's) give a name without article
or possessive; a firm named in the genitive ("Moody’s said", "Macy’s") keeps it. Also
``headline_line``, which the passes of ``enspans`` and ``enbodies`` ask."""

from __future__ import annotations

import re
from dataclasses import replace

from dragoman.entities.entitled import kb_types
from dragoman.entities.linkdoc import title_case_line
from dragoman.language.en_names import OBJECT_OPENERS, STANDALONE_FOLLOWERS, STANDALONE_VERBS
from dragoman.model import Mention

# A possessive closing a span: "’s" after a letter, or a bare apostrophe after "s" ("Axios’").
POSSESSIVE = re.compile(r"(?:(?<=[^\W\d_])['’][sS]|(?<=[sS])['’])$")
# The first word after a span ("newsletter" of "Politico’s newsletter").
NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w-]*)")
# The two words after a span: the second one opens a verb's object ("downgraded the").
_NEXT_TWO = re.compile(r"[ \t]+([^\W\d_][\w-]*)[ \t]+([^\W\d_][\w-]*)")
# An acronym a span ran into: "National Health Service (NHS".
_BRACKET_ACRONYM = re.compile(r"\(([A-Z]{2,6})\)")
# Longest line read as a title-case headline (``headline_line``); a headline is a line of a
# few words, and a longer one is running text (set by hand: twice a long headline, 150 chars).
HEADLINE_MAX_CHARS = 300


def name_edges(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (sorted) without an organisation's article, an owner's possessive or a
    bracket run into; sorted."""
    out: list[Mention] = []
    standing = _standing_possessives(text, mentions)
    for m in mentions:
        out.extend(_bracket_cut(text, _possessive_cut(text, _article_cut(text, m), standing)))
    return out


def cut_span(text: str, m: Mention, start: int, end: int, label: str | None = None) -> Mention:
    return replace(m, start=start, end=end, text=text[start:end],
                   label=label or m.label)  # type: ignore[arg-type]


def headline_line(text: str, start: int) -> bool:
    """Whether the line holding ``start`` is a title-case headline ('Biden "Angry" Harris
    Stays Silent'; ``linkdoc.title_case_line``), which no full stop closes (a short sentence
    may be all capitals: 'William “Bill” Turner was arrested on Monday.')."""
    line_end = text.find("\n", start)
    line_start = text.rfind("\n", 0, start) + 1
    if (line_end if line_end >= 0 else len(text)) - line_start > HEADLINE_MAX_CHARS:
        return False  # read per span: a page of one long line would be read again for each
    line = text[line_start : line_end if line_end >= 0 else len(text)].rstrip()
    return not line.endswith((".", "!", "?")) and title_case_line(line, running=True)


def _article_cut(text: str, m: Mention) -> Mention:
    """An organisation's span without an opening "The" ("The Washington Post"); not one that a
    place named with its article opens ("The Hague District Court": the knowledge base knows
    "The Hague" a place)."""
    first, _, rest = m.text.partition(" ")
    if m.label != "ORG" or first != "The" or not rest[:1].isupper() \
            or "LOC" in kb_types(f"{first} {rest.split()[0]}"):
        return m
    return cut_span(text, m, m.end - len(rest), m.end)


def _possessive_cut(text: str, m: Mention, standing: frozenset[str]) -> Mention:
    """``m`` without a closing possessive that marks an owner: one before a lower-case word
    other than those that follow a name standing alone (``STANDALONE_FOLLOWERS``: "Macy’s
    said" keeps the shop's name) or a verb (``_verb_after``); none of a name in ``standing``."""
    found = POSSESSIVE.search(m.text)
    after = NEXT_WORD.match(text, m.end)
    if found is None or found.start() == 0 or after is None or m.text in standing:
        return m
    word = after.group(1)
    if not word.islower() or word in STANDALONE_FOLLOWERS or _verb_after(text, m.end):
        return m
    return cut_span(text, m, m.start, m.start + found.start())


def _verb_after(text: str, end: int) -> bool:
    """A lower-case word after ``end`` that opens a verb's object follows: a verb ("Moody’s
    downgraded the bank"), not a possessed noun ("Meta’s lawyers appealed")."""
    found = _NEXT_TWO.match(text, end)
    return found is not None and found.group(1).islower() and found.group(2) in OBJECT_OPENERS


def _standing_possessives(text: str, mentions: list[Mention]) -> frozenset[str]:
    """Names ending in a possessive that one of their mentions shows standing alone, a verb
    after it (``STANDALONE_VERBS``, ``_verb_after``): a firm named in the genitive ("Moody’s
    said"), whose other mentions keep it too ("Moody’s analysts")."""
    out = set()
    for m in mentions:
        after = NEXT_WORD.match(text, m.end)
        if POSSESSIVE.search(m.text) and after is not None and (
                after.group(1) in STANDALONE_VERBS or _verb_after(text, m.end)):
            out.add(m.text)
    return frozenset(out)


def _bracket_cut(text: str, m: Mention) -> list[Mention]:
    """A span that ran into a bracket ("National Health Service (NHS"): the name before it,
    and the acronym in it when the bracket closes right after it, with the name's type."""
    cut = m.text.find(" (")
    if cut <= 0 or ")" in m.text[cut:]:
        return [m]
    out = [cut_span(text, m, m.start, m.start + cut)]
    found = _BRACKET_ACRONYM.match(text, m.start + cut + 1)
    if found is not None:
        out.append(cut_span(text, m, found.start(1), found.end(1)))
    return out
