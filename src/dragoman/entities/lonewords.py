"""A single capitalised word that a page's layout, not a name, capitalised (issue 14): a word
opening its line and closed by an exclamation mark ("Bonus!" over a feature list, "Help!", a
joke's punch line). NER tags such a word as a person, a firm or a place; it names nothing.
A word alone on its line is not read so: a menu's "Archives" is one, but so is each name of a
list written one a line (an award's nominees: "Asake", "CMAT"), and the two look alike.

The word is dropped only where the page repeats the shape (``EXCLAIMED_LINES_MIN`` lines opened
by an exclaimed word: feature boxes, a page of jokes) and every writing of it stands so: a name the
article also writes inside its running text ("Quarvel!" as a heading and "Quarvel's new EP")
stays, as do a word the knowledge base knows ("Paris!") and a given name ("Maria!" called
out).

A phrase of two everyday words or more standing as a heading, a menu item or a button
("Lightning Fast", "Location Details") or cut out of a headline in a list of headlines ("Make
Them Giggle") is read by ``headingphrases``, an everyday word only a
sentence's start capitalised ("Already there are …") by ``openingwords``."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from dragoman.entities.headingphrases import heading_phrase, headline_fragment
from dragoman.entities.kb import token_key
from dragoman.entities.nameclass import given_name_keys
from dragoman.entities.openingwords import opening_word
from dragoman.model import Mention

KbType = Callable[[str, bool], str | None]  # (name, gazetteer towns too) -> KB type, or None

# One word of letters, with inner apostrophes or hyphens ("Cowboom", "Re-Pete").
_ONE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# What may stand before the word on its line: spaces, bullets and opening quotes; not a dash,
# which signs a contribution with its author's name ("— Amara").
_LINE_LEAD = " \t\"“‘'*•·>#"
# A word as the article's writings of it are counted: a whole run of word characters,
# apostrophes and hyphens ("Dino-snore"), less a possessive ending.
_RUN = re.compile(r"[\w'’-]+")
_POSSESSIVE = ("'s", "’s")
# A word opening its line (after ``_LINE_LEAD``) and closed by "!".
_EXCLAIMED = re.compile(r"^[" + re.escape(_LINE_LEAD) + r"]*([\w'’-]+)!", re.MULTILINE)
# Fewest lines of the article opened by an exclaimed word: a layout repeats its shape (pool
# A: "Bonus!" over two feature boxes, a page of sixteen punch lines); one exclaimed word
# alone is as often a name called out or a brand's ("Kettering!", "Yahoo!"). Set by hand on
# pool A's two pages of the class and the review's probes (rev-en-ent).
EXCLAIMED_LINES_MIN = 2


def layout_word(text: str, m: Mention, kb_type: KbType, language: str | None) -> bool:
    """Whether ``m`` is one capitalised word the page's layout capitalised, or a heading phrase
    of everyday words of ``language`` (``headingphrases``; module docstring)."""
    if heading_phrase(text, m, kb_type, language) or opening_word(text, m, kb_type, language):
        return True
    if headline_fragment(text, m, kb_type, language):
        return True
    word = m.text
    if not _ONE_WORD.fullmatch(word) or not word[:1].isupper():
        return False
    if token_key(word) in given_name_keys() or kb_type(word, True) is not None:
        return False
    if not _stands_alone(text, m.start, m.end):
        return False
    written, exclaimed = _writings(text)
    return sum(exclaimed.values()) >= EXCLAIMED_LINES_MIN and exclaimed[word] == written[word]


@lru_cache(maxsize=4)
def _writings(text: str) -> tuple[Counter[str], Counter[str]]:
    """How often ``text`` writes each word (a whole run of letters, digits, apostrophes and
    hyphens), and how often it writes it opening a line closed by "!": one pass, once per
    article."""
    written: Counter[str] = Counter()
    for found in _RUN.finditer(text):
        run = found.group()
        written[run] += 1
        if run.endswith(_POSSESSIVE):
            written[run[:-2]] += 1  # "Quarvel's" writes "Quarvel"
    exclaimed = Counter(found.group(1) for found in _EXCLAIMED.finditer(text))
    return written, exclaimed


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` opens its line and is closed by "!"."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip(_LINE_LEAD) and text.startswith("!", end)
