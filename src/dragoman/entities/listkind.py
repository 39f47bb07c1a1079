"""The kind a list's heading gives the names listed under it (issue 14).

Pages list names one per line under a heading that says what they are: "International Artist
of the Year", then "Asake", "Burna Boy", "CMAT"; "Bands", then "Blur", "Jungle". NER types such
a bare line without a sentence around it, often wrongly (a stage name ORG, a band PER). A
mention that is the whole of its line (a suffix after a dash, "– WINNER", aside) reads the
lines above it, blank ones skipped, up to ``LIST_WALK_MAX``, to its list's heading:

* a *heading* names its items' kind in the plural ("Artists", "Bands", "Venues": a kind noun of
  the language, ``LanguageRules.list_kinds``, with a plural ending) or is the name of an award
  (``nonames.award_line``: "Best New Artist", "Group of the Year"), which gives the kind of the
  kind noun it holds, or none ("Producer of the Year" is no listed kind: the reading stops);
* other lines are *item lines* while they are short (at most ``LIST_LINE_MAX_WORDS`` words, no
  comma, no sentence punctuation at the end) and end as names do, with a capitalised word or a
  number ("Blink 182"; "Edited by" is no item); any other line ends the list.

The kind found is counted in the referent's type vote (``referentvote.LIST_KIND_WEIGHT``), unless
the knowledge base types the name otherwise or the kind is no person's and the name opens with
a given name (lists mix kinds: "Artists", then "London"; "Bands", then "Jack White"). A kind
noun ending an item's name ("The Last Dinner Party", "Dave Matthews Band") makes no heading,
being singular and no award. Known cost: a heading neither plural nor an award ("Global Icon")
is read as an item, so a heading further up may reach past it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dragoman.entities.nonames import award_line
from dragoman.language.rules import rules_for

# Most words of an item line, and most lines read up to the heading. Set by hand (a nominee
# list runs to ten names, each on a line with a blank line between).
LIST_LINE_MAX_WORDS = 6
LIST_WALK_MAX = 24
# Longest line of a list (characters): a longer one is running text; bounds the work per
# mention on texts of few line breaks.
LINE_MAX_CHARS = 120
_SUFFIX = re.compile(r"\s+[–—-]\s.*$")
_SENTENCE_END = ".!?:;…"
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=64)
def _kinds(language: str | None) -> tuple[dict[str, str], dict[str, str]]:
    """(singular kind noun -> kind, plural kind noun -> kind), casefolded."""
    rules = rules_for(language)
    singular = {w.casefold(): k for w, k in rules.list_kinds} if rules else {}
    plural: dict[str, str] = {}
    for word, kind in singular.items():
        for form in (word + "s", word + "es", word[:-1] + "ies" if word.endswith("y") else ""):
            if form:
                plural[form] = kind
    return singular, plural


def list_kind(text: str, start: int, end: int, language: str | None) -> str | None:
    """The kind ("PER", "ORG", "LOC") the heading of the list holding the mention at
    ``text[start:end]`` names, or None (see the module docstring)."""
    if not _kinds(language)[0]:
        return None
    first = text.rfind("\n", max(start - LINE_MAX_CHARS, 0), start) + 1
    last = text.find("\n", end, end + LINE_MAX_CHARS)
    if (not first and start > LINE_MAX_CHARS) or (last < 0 and len(text) - end > LINE_MAX_CHARS):
        return None  # a long line: running text, no list
    if _SUFFIX.sub("", text[first : len(text) if last < 0 else last]).strip() != text[start:end]:
        return None
    return _line_kinds(text, language).get(first)


@lru_cache(maxsize=4)  # asked per listed mention of one text
def _line_kinds(text: str, language: str | None) -> dict[int, str]:
    """Start of each line -> the kind its list's heading names, read in one pass down the text
    (a line reads at most ``LIST_WALK_MAX`` lines up to its heading)."""
    singular, plural = _kinds(language)
    out: dict[int, str] = {}
    kind: str | None = None  # that of the list open above
    heading = 0  # its heading's line number
    pos = 0
    for n, line in enumerate(text.split("\n")):
        if kind is not None and n - heading <= LIST_WALK_MAX:
            out[pos] = kind
        pos += len(line) + 1
        above = line.strip()
        if not above:
            continue
        words = [w.casefold() for w in _WORD.findall(above)]
        found = next((plural[w] for w in words if w in plural), None)
        if len(line) >= LINE_MAX_CHARS:  # running text ends a list
            kind = None
        elif found is not None or award_line(above, language):
            # an award without a kind noun ("Producer of the Year") closes the list above
            kind, heading = found or next((singular[w] for w in words if w in singular), None), n
        elif (len(words) > LIST_LINE_MAX_WORDS or "," in above or above[-1] in _SENTENCE_END
                or not _name_end(above)):
            kind = None
    return out


def _name_end(line: str) -> bool:
    """Whether a line's last word is capitalised or a number, as a name's is."""
    words = _WORD.findall(line)
    return bool(words) and (words[-1][0].isupper() or words[-1].isdigit())
