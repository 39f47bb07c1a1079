"""A heading, menu item or button of everyday words NER took for a name (issue 14, helper
en-ent2): a line that is only "Lightning Fast", "One-Click Tuning" or "Location Details" on a
product or listings page, above a paragraph, is tagged a person; it names nothing. Read by
``lonewords.layout_word`` on the settled NER mentions with no entity.

A mention is such a phrase when all of these hold:

* NER typed it a person: the frequent-word list leaves out every word the English training
  sets write inside persons' names, so a "person" made only of its words has no person's
  word; bands, products and firms are often named with everyday words ("Foo Fighters",
  "Android Studio"), so a phrase typed otherwise is left alone (headings typed ORG or MISC,
  "Ultimate Flexibility", "Improved Health Outcomes", stay too);
* it has ``PHRASE_WORDS_MIN`` words or more, each capitalised (a headline's small word
  between: "Up to Date") and none an acronym, every word (every part of a hyphenated one:
  "One-Click") among the shipped frequent words of English
  (``frequentwords``; the list holds names too, so this is no evidence alone), none a given
  name, no title or role word (a role is written alone on a line above a person's name);
* the knowledge base (gazetteer towns too) knows neither the phrase nor one of its words
  ("Apple Music", "Meta Platforms"), and no head word makes it an organisation or a place
  (``nameclass.head_type``: "Oakland Zoo", "Community Foundation");
* each writing of it in the article stands on a heading line: a line of at most
  ``HEADING_WORDS_MAX`` words, no digit (a version, a score or a date: "Windows Server
  2019"), no mark closing a sentence or a clause at its end, every word capitalised or a
  headline's small word ("Up to Date", "Fast, Powerful and Easy"), every word a frequent one,
  nothing before it but bullets and opening quotes (a dash signs a contribution: "— Pearl
  Hart"). A name the article also writes in its running text ("Touch Bar" as a heading and
  "add apps to Touch Bar for instant access") stays everywhere;
* each such line opens a section: the next line with other words is running text (a sentence
  closed by its mark, or ``PARAGRAPH_MIN_WORDS`` words or more: "Travel Mode", then "Extend
  battery life while away from a power source."). A list written one name a line is no such
  section: an award's category ("Rising Star") and a band among its nominees ("Foo Fighters",
  which NER typed a person: the entity audit's dev pages lost it without this rule) are each
  followed by another name, so both are left alone;
* the page holds another such heading line, or this one twice (``HEADING_LINES_MIN``): a
  name alone above the paragraph about it ("Twin Peaks", then "The series returned …") is
  no feature list's heading;
* no word of it is written capitalised inside a sentence of the article's running text, off
  the start of its line or sentence ("Android Studio", typed a person, on a line of tools
  beside "from any Android device"; "Travel Mode" beside "in Coherence Mode"): that word is
  a name's.

One word alone on a line is left alone: lists of names are written one a line (an award's
nominees, a festival's bands, a firm's sponsors) and the knowledge base knows few of them.
The frequent words are the article's language's, read from the list that language ships
(``frequentwords``: ``models/<language>-frequent.txt.gz``); a language without one has no
such headings read, so another language needs only its file."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache

from dragoman.entities.frequentwords import frequent_words
from dragoman.entities.kb import token_key
from dragoman.entities.linkdoc import PARAGRAPH_MIN_WORDS, word_hits
from dragoman.entities.nameclass import given_name_keys, head_type, title_keys
from dragoman.entities.packwords import every_pack
from dragoman.model import Mention

KbType = Callable[[str, bool], str | None]  # (name, gazetteer towns too) -> KB type, or None

# Fewest words of a heading phrase (one word alone: the module docstring). Set by hand.
PHRASE_WORDS_MIN = 2
# Most words on a heading line. Set by hand from the pool-A headings (two to four words:
# "Retina Display Support", "Fast, Powerful and Easy") with room for a longer menu item.
HEADING_WORDS_MAX = 6
# Most characters of a heading line: ``HEADING_WORDS_MAX`` long words with marks between (a
# bound that spares reading the words of a long line).
HEADING_CHARS_MAX = 24 * HEADING_WORDS_MAX
# Fewest heading lines of everyday words on the page (this one included, or the same twice):
# a product or listings page has several ("Easy Set-Up", "Lightning Fast", "Touch Bar"; pool
# A's "Location Details" written twice); one line alone above a paragraph is as often the
# name the paragraph is about ("Twin Peaks", then "The series returned…"). Set by hand on the
# review's probes (rev-en-ent) and pool A's three pages of this class.
HEADING_LINES_MIN = 2
# A word of letters, with inner hyphens or apostrophes ("One-Click", "Don't").
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Marks a heading line may hold besides its words: bullets, quotes, list commas, "&", "!",
# trademark signs; no dash (it signs a contribution: "— Pearl Hart"), no bracket.
_HEADING_MARKS = " \t,&!*®™\"“”‘’'•·>#"
# What ends a sentence: a word after it is capitalised for that (quotes and brackets too).
_SENTENCE_END = (".", "!", "?", ":", "—", "–", "(", "[", "\"", "“", "‘")
# What closes a sentence or a clause at a line's end: running text, no heading.
_CLAUSE_END = (".", ",", ";", ":", "?", "…")


@lru_cache(maxsize=1)
def _small_words() -> frozenset[str]:
    return every_pack(lambda words: words.headline_small_words)


def heading_phrase(text: str, m: Mention, kb_type: KbType, language: str | None) -> bool:
    """Whether ``m`` is a heading, menu item or button of everyday words of ``language``
    (module docstring); never in a language that ships no frequent-word list."""
    if m.label != "PER" or not language:
        return False
    frequent = frequent_words(language)
    if not frequent or not _on_heading_line(text, m.start, frequent):
        return False
    return _headed_page(text, language) and _everyday_heading(text, m.text, language, kb_type)


@lru_cache(maxsize=128)
def _everyday_heading(text: str, phrase: str, language: str, kb_type: KbType) -> bool:
    """The checks of ``heading_phrase`` that hold for every writing of ``phrase`` in ``text``
    alike: made once per name of an article, not once per mention."""
    frequent = frequent_words(language)
    words = _WORD.findall(phrase)
    if (len(words) < PHRASE_WORDS_MIN or not (_capitalised(words[0]) and _capitalised(words[-1]))
            or not all(_capitalised(w) or w in _small_words() for w in words)):
        return False
    if not all(_frequent(w, frequent) for w in words):
        return False
    keys = [token_key(w) for w in words]
    if any(k in given_name_keys() or k in title_keys() for k in keys):
        return False
    if head_type(phrase) is not None or kb_type(phrase, True) is not None:
        return False
    if any(kb_type(w, True) is not None for w in words):
        return False
    if not all(_on_heading_line(text, at, frequent) and _opens_section(text, at)
               for at in word_hits(text, phrase)):
        return False
    return not any(_named_inside(text, w, frequent) for w in words if w not in _small_words())


@lru_cache(maxsize=4)
def _page_lines(text: str) -> tuple[list[int], list[str], list[int]]:
    """Each line's start, its text stripped, and the index of the next line that is neither
    empty nor the same text again (-1: none); one pass, once per article."""
    starts = [0, *(found.end() for found in re.finditer("\n", text))]
    lines = [text[a : b - 1].strip() for a, b in zip(starts, [*starts[1:], len(text) + 1], strict=True)]
    following = [-1] * len(lines)
    nonempty = -1
    for n in range(len(lines) - 1, -1, -1):
        if nonempty >= 0:
            following[n] = following[nonempty] if lines[nonempty] == lines[n] else nonempty
        if lines[n]:
            nonempty = n
    return starts, lines, following


def _line_at(text: str, at: int) -> tuple[int, list[str], list[int]]:
    starts, lines, following = _page_lines(text)
    return bisect_right(starts, at) - 1, lines, following


def _opens_section(text: str, at: int) -> bool:
    """Whether the next line after the one holding ``at`` that is neither empty nor the same
    line again is running text (module docstring)."""
    n, lines, following = _line_at(text, at)
    if following[n] < 0:
        return False
    line = lines[following[n]]
    return line.endswith((".", "!", "?")) or len(_WORD.findall(line)) >= PARAGRAPH_MIN_WORDS


def _named_inside(text: str, word: str, frequent: frozenset[str]) -> bool:
    """Whether ``text`` writes ``word`` (capitalised as given) inside a sentence of its running
    text: not first on its line or after a sentence's end, not on a heading line."""
    starts = _page_lines(text)[0]
    for at in word_hits(text, word):
        before = text[starts[bisect_right(starts, at) - 1] : at].rstrip(_HEADING_MARKS)
        if not before or before.endswith(_SENTENCE_END):
            continue
        if not _on_heading_line(text, at, frequent):
            return True
    return False


def _capitalised(word: str) -> bool:
    """A capital first, not an acronym ("NHS", "OS")."""
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def _frequent(word: str, frequent: frozenset[str]) -> bool:
    """Whether each part of ``word`` is frequent, or it is a headline's small word written in
    lower case (the list leaves out words of persons' names, "the" of "The Rock" too)."""
    if word in _small_words():
        return True
    return all(part in frequent for part in word.casefold().replace("’", "'").split("-"))


def _on_heading_line(text: str, at: int, frequent: frozenset[str]) -> bool:
    """Whether the phrase at ``at`` stands on a heading line (module docstring)."""
    n, lines, _ = _line_at(text, at)
    return _heading_line(lines[n], frequent)


def _heading_line(line: str, frequent: frozenset[str]) -> bool:
    if len(line) > HEADING_CHARS_MAX or any(c.isdigit() for c in line) or line.endswith(_CLAUSE_END):
        return False
    return _heading_words(line, frequent)


@lru_cache(maxsize=4)
def _headed_page(text: str, language: str) -> bool:
    """Whether ``text`` holds ``HEADING_LINES_MIN`` heading lines of ``PHRASE_WORDS_MIN``
    everyday words or more (module docstring): one pass over its lines, once per article."""
    frequent = frequent_words(language)
    found = 0
    for line in _page_lines(text)[1]:
        if len(_WORD.findall(line)) >= PHRASE_WORDS_MIN and _heading_line(line, frequent):
            found += 1
            if found >= HEADING_LINES_MIN:
                return True
    return False


def _heading_words(part: str, frequent: frozenset[str] | None = None) -> bool:
    """Whether ``part`` is a few words, each capitalised or a headline's small word, each
    frequent when ``frequent`` is given, with nothing else but spaces, commas, "&" and "!"."""
    words = _WORD.findall(part)
    if not words or len(words) > HEADING_WORDS_MAX:
        return False
    if _WORD.sub("", part).strip(_HEADING_MARKS):
        return False  # other marks: running text or markup
    if frequent is not None and not all(_frequent(w, frequent) for w in words):
        return False
    return all(_capitalised(w) or w in _small_words() for w in words)
