"""Lines that enumerate names in running text ("Present were Anna Berger, Tomas Lind and
Ines Vogt.") look like Title Case headlines to ``linkdoc.title_case_line``: nearly every
long word is capitalised. A headline is no sentence: it carries no final full stop and
rarely a run of commas, so a line closed by a full stop whose commas join several items may
be a sentence listing names, and NER's names there may found entities (issue 14: a page
naming 1,000 people in one sentence gave none).

Tag, menu, topic and credit lines have the same shape ("Tags: Politics, Berlin, Elections.",
"Home, News, Sport, Weather.", "Photos: Reuters, AP, Getty Images.") and NER types their
capitalised common words as names ("Elections" ORG, "Tennis" PER), so the shape alone is not
enough. A line is taken for running text only when it reads as a sentence in one of two ways:

- a list of names: most items between its commas are two to four words, written capitalised
  like a person's name; one of them opens with a common given name (``given_name_keys``:
  "Apple Podcasts, Google Podcasts" or "Harlan Motors, Pike Brewing" have that shape too,
  and NER types them PER as readily); and words in lower case outside the items lead into
  or out of the list ("Present were", "Zu den Gästen zählten", "... attended the meeting";
  a label before a colon does not: "Filed under: Football, Premier League, Transfers.");
- a list of phrases: lower-case words are frequent enough for each item to be a phrase of
  running text ("der Evangelischen Kirche in Bayern, der Evangelischen Kirche im Rheinland").
"""

from __future__ import annotations

import re
from functools import lru_cache

from dragoman.entities.kb import token_key
from dragoman.entities.nameclass import given_name_keys

# Commas a line needs to be an enumeration: "A, B and C" has one, so two make a list of at
# least three items besides the opening words (a headline may join two: "Merkel, Macron
# Meet"). Checked on the 222 development-pool pages: of their 198 Title Case lines, 3 have
# two such commas and a final full stop, each a German running sentence, none a headline.
LIST_MIN_COMMAS = 2
# Words of an item written like a person's name ("Anna Berger", "Bischof Felix Gmür"); one
# word is a tag or a menu entry ("Politics", "Sport"), which NER types as a name.
NAME_ITEM_WORDS = (2, 4)
# Lower-case words per item from which the items are phrases of running text. The three
# Title Case lines of the 222 development-pool pages this rule keeps (German sentences: a
# synod's guests with their offices, the churches of a cooperation, an interview's guest)
# have 2.3, 3.0 and 4.7; 115 lines of tags, menus, links and credits written for review
# (en/de/fr) have at most 1.3.
PHRASE_LOWER_PER_ITEM = 2
# What may close such a line: a sentence's end (not "?" or "!", which headlines use).
_LIST_END = frozenset(".;")
_CLOSERS = " \t\"'”’»)"
_WORD = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*")


def _lower_words(text: str) -> int:
    return sum(w[0].islower() for w in _WORD.findall(text))


def _name_like(item: str) -> bool:
    words = _WORD.findall(item)
    return (NAME_ITEM_WORDS[0] <= len(words) <= NAME_ITEM_WORDS[1]
            and words[0][0].isupper() and words[-1][0].isupper())


def _opening(first: str) -> tuple[list[str], list[str]]:
    """The words leading into the list and the first item (the capitalised words closing
    the opening segment): "Present were", "Anna Berger". Words before a colon are a label
    ("Filed under:", "Mehr zum Thema:"), not a sentence leading in."""
    words = _WORD.findall(first.rpartition(":")[2])
    run = len(words)
    while run > 0 and words[run - 1][0].isupper():
        run -= 1
    return words[:run], words[run:]


def _item_openers(first: list[str], middle: list[str], last: str) -> list[str]:
    """The first word of each name: of the first item, of the middle ones, and of each run
    of capitalised words in the last ("Jasper Nakamura and Greta Holm")."""
    openers = [words[0] for words in (first, *map(_WORD.findall, middle)) if words]
    tail = _WORD.findall(last)
    runs = [w for i, w in enumerate(tail) if w[0].isupper() and (i == 0 or tail[i - 1][0].islower())]
    return openers + runs


# Lines remembered: the linker's documents ask once per line (``linkdoc.Doc``,
# ``linkdoc.TitleCaseLines``), but a text scan may ask again for the same line.
_REMEMBERED_LINES = 64


@lru_cache(maxsize=_REMEMBERED_LINES)
def enumeration_line(line: str) -> bool:
    """Whether ``line`` is a sentence enumerating items (names or phrases): closed by a full
    stop, holding at least ``LIST_MIN_COMMAS`` commas followed by a space, and reading as
    running text (module docstring), not as a line of tags, links or credits."""
    body = line.rstrip(_CLOSERS)
    if not body or body[-1] not in _LIST_END:
        return False
    items = body[:-1].split(", ")  # not "1,000"
    if len(items) <= LIST_MIN_COMMAS:
        return False
    if _lower_words(body) >= PHRASE_LOWER_PER_ITEM * len(items):
        return True
    middle = [item for item in items[1:-1] if _name_like(item)]
    if 2 * len(middle) <= len(items) - 2:
        return False
    lead, first = _opening(items[0])
    given = given_name_keys()
    if not any(token_key(word) in given for word in _item_openers(first, middle, items[-1])):
        return False
    # lower-case words lead in ("Present were Anna Berger") or, past the conjunction, out
    # ("and Ines Vogt attended the meeting")
    return any(w[0].islower() for w in lead) or _lower_words(items[-1]) >= 2
