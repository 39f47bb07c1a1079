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

A fragment of a title-case headline in a list of headlines (issue 14, helper en_headings;
``headline_fragment``): related-story lists write one headline a line ("9 Pickle Jokes to Make
Them Giggle", "Underwear Jokes That Are Mostly Clean"), and NER cuts a few everyday words out
of one and types them anyhow ("Make Them Giggle" PER, "Pickle Jokes" ORG). A mention of any
type is such a fragment when it passes the word checks above (everyday words, no given name,
title, head word or KB name) and every writing of it is a strict part of a headline line: after
a list's count, ``HEADLINE_WORDS_MIN`` to ``HEADLINE_WORDS_MAX`` words, each a capitalised word
that is frequent or written in lower case elsewhere in the article, an acronym, or a short word
in lower case; no other digit, no comma (a name and its band), no clause mark at its end but
"?"; no word off the fragment that the knowledge base knows ("Access Microsoft Office for
Windows and Internet Explorer"); the page holds ``HEADLINE_LINES_MIN`` such lines; and no word
of it is written capitalised in a sentence of the running text (title-case lines are no
running text here). A name that fills its line is never read so (a list of names).

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
from dragoman.entities.packwords import every_pack, name_articles
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
# Fewest and most words of a title-case headline line ("9 Pickle Jokes to Make Them Giggle",
# "How Major Hospitals are Already Using AI"). Set by hand on pool A's lists of related
# headlines (five to eight words); three words are as often a name with its role.
HEADLINE_WORDS_MIN = 4
HEADLINE_WORDS_MAX = 12
HEADLINE_CHARS_MAX = 24 * HEADLINE_WORDS_MAX
# Fewest headline lines on the page: a list of related headlines holds several; one alone is
# the article's own title, whose names its running text writes. Set by hand (pool A's lists
# hold four to eight).
HEADLINE_LINES_MIN = 2
# Most letters of a lower-case word inside a title-case headline ("to", "a", "are").
HEADLINE_LOWER_MAX = 3
# A list's count opening a headline line ("9 Pickle Jokes …", "12. What Did …").
_COUNT = re.compile(r"^\d{1,3}[.)]?[ \t]+")
# A word of letters, with inner hyphens or apostrophes ("One-Click", "Don't").
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Marks a heading line may hold besides its words: bullets, quotes, list commas, "&", "!",
# trademark signs; no dash (it signs a contribution: "— Pearl Hart"), no bracket.
_HEADING_MARKS = " \t,&!*®™\"“”‘’'•·>#"
# Marks a headline line may hold besides its words: the heading marks less the comma, and "?".
_HEADLINE_MARKS = _HEADING_MARKS.replace(",", "") + "?"
# What ends a sentence: a word after it is capitalised for that (quotes and brackets too).
_SENTENCE_END = (".", "!", "?", ":", "—", "–", "(", "[", "\"", "“", "‘")
# What closes a sentence or a clause at a line's end: running text, no heading.
_CLAUSE_END = (".", ",", ";", ":", "?", "…")
# What closes a sentence or clause at a headline's end: a headline may ask ("?").
_HEADLINE_END = tuple(mark for mark in _CLAUSE_END if mark != "?")


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
    if not _everyday_words(phrase, language, kb_type):
        return False
    if not all(_on_heading_line(text, at, frequent) and _opens_section(text, at)
               for at in word_hits(text, phrase)):
        return False
    return not _named_in_text(text, phrase, frequent)


def headline_fragment(text: str, m: Mention, kb_type: KbType, language: str | None) -> bool:
    """Whether ``m``, of any type, is a few everyday words of ``language`` cut out of a title-case
    headline in a list of headlines (module docstring: "9 Pickle Jokes to Make Them Giggle")."""
    if not language or not frequent_words(language) or not _headline_part(text, m.start, m.text, language):
        return False
    if not _everyday_words(m.text, language, kb_type) or not _headline_page(text, language):
        return False
    return _fragment_everywhere(text, m.text, language, kb_type)


@lru_cache(maxsize=128)
def _fragment_everywhere(text: str, phrase: str, language: str, kb_type: KbType) -> bool:
    """Every writing of ``phrase`` is part of a headline line naming nothing the knowledge base
    knows, and no word of it is written capitalised in a sentence of the running text: made
    once per name of an article."""
    hits = tuple(word_hits(text, phrase))
    if not all(_headline_part(text, at, phrase, language) for at in hits):
        return False
    if any(_subject_place(text, at) for at in hits):
        return False
    if any(_names_known(text, at, phrase, kb_type) for at in hits):
        return False
    return not _named_in_text(text, phrase, frequent_words(language), headlines=True)


def _subject_place(text: str, at: int) -> bool:
    """Whether ``at`` opens its headline line with no list count before it, or follows a name
    article ("the"): the place of a headline's subject, where names stand ("World Cup Tickets
    Go on Sale", "Fans Flock to the Lake District"; review of en_headings), not a list's counted
    things ("9 Pickle Jokes") nor the words a headline ends on ("… to Make Them Giggle")."""
    n = bisect_right(_page_lines(text)[0], at) - 1
    before = text[_page_lines(text)[0][n] : at].strip()
    if not before:
        return True
    words = _WORD.findall(before)
    return bool(words) and words[-1].casefold() in name_articles()


def _names_known(text: str, at: int, phrase: str, kb_type: KbType) -> bool:
    """Whether the line of ``phrase`` at ``at`` holds, off the phrase, a capitalised word the
    knowledge base knows ("Access Microsoft Office for Windows and Internet Explorer"): a line
    naming products or people, whose other capitalised words are as likely names."""
    n, lines, _ = _line_at(text, at)
    rest = lines[n].replace(phrase, " ")
    return any(kb_type(w, False) is not None for w in _WORD.findall(rest) if w[:1].isupper())


def _headline_part(text: str, at: int, phrase: str, language: str) -> bool:
    """Whether ``phrase`` at ``at`` stands on a headline line holding other words too."""
    n, lines, _ = _line_at(text, at)
    words = _headline_words(lines[n], frequent_words(language), _lower_words(text))
    return words > len(_WORD.findall(phrase))


@lru_cache(maxsize=4096)
def _headline_words(line: str, frequent: frozenset[str] | None, lower: frozenset[str] = frozenset()) -> int:
    """How many words ``line`` holds when it is a title-case headline of everyday words (0 when
    not): after a list's count ("9 "), ``HEADLINE_WORDS_MIN`` to ``HEADLINE_WORDS_MAX`` words,
    each a capitalised word that is frequent or that the article writes in lower case too
    (``lower``: the list leaves out "day", "river", "will" as words of persons' names), an
    acronym or a short word in lower case (a name on the line, "Microsoft", makes it no such
    line), no other digit, nothing but heading
    marks between (no comma: "Pepper Keenan, Corrosion of Conformity" is a name and its band),
    no mark closing a sentence or clause but "?" or "!" at its end. With no ``frequent``, any
    title-case line ("Ho-Ho-Holiday Jokes That Will Crack Them Up") is read so."""
    if len(line) > HEADLINE_CHARS_MAX:
        return 0
    line = _COUNT.sub("", line, count=1)
    if any(c.isdigit() for c in line) or line.endswith(_HEADLINE_END):
        return 0
    words = _WORD.findall(line)
    if not HEADLINE_WORDS_MIN <= len(words) <= HEADLINE_WORDS_MAX:
        return 0
    if _WORD.sub("", line).strip(_HEADLINE_MARKS):
        return 0
    if not all(_headline_word(w, frequent, lower) for w in words):
        return 0
    return len(words)


def _headline_word(word: str, frequent: frozenset[str] | None, lower: frozenset[str]) -> bool:
    """A word of an everyday headline: an acronym ("AI"), a capitalised frequent word, or a
    short word in lower case, which title case leaves so ("to", "a", "are")."""
    if len(word) > 1 and word.isupper():
        return True
    if word[:1].isupper():
        return frequent is None or _frequent(word, frequent) or word.casefold() in lower
    return len(word) <= HEADLINE_LOWER_MAX or word in _small_words()


@lru_cache(maxsize=4)
def _lower_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case: one pass, once per article."""
    return frozenset(w for w in _WORD.findall(text) if w.islower())


@lru_cache(maxsize=4)
def _headline_page(text: str, language: str) -> bool:
    """Whether ``text`` holds ``HEADLINE_LINES_MIN`` title-case headline lines or more: one pass
    over its lines, once per article."""
    found = 0
    for line in _page_lines(text)[1]:
        if _headline_words(line, frequent_words(language), _lower_words(text)):
            found += 1
            if found >= HEADLINE_LINES_MIN:
                return True
    return False


def _named_in_text(text: str, phrase: str, frequent: frozenset[str], headlines: bool = False) -> bool:
    """Whether a word of ``phrase`` (no headline's small word) is written capitalised inside a
    sentence of the article's running text (``_named_inside``; with ``headlines``, not on a
    title-case headline line either)."""
    return any(_named_inside(text, w, frequent, headlines) for w in _WORD.findall(phrase)
               if w not in _small_words())


@lru_cache(maxsize=256)
def _everyday_words(phrase: str, language: str, kb_type: KbType) -> bool:
    """Whether ``phrase`` is ``PHRASE_WORDS_MIN`` capitalised everyday words of ``language`` or
    more (a headline's small word between), none a given name, title or head word, neither the
    phrase nor a word of it known to the knowledge base (module docstring)."""
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
    return not any(kb_type(w, True) is not None for w in words)


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


def _named_inside(text: str, word: str, frequent: frozenset[str], headlines: bool = False) -> bool:
    """Whether ``text`` writes ``word`` (capitalised as given) inside a sentence of its running
    text: not first on its line or after a sentence's end, not on a heading line (nor, with
    ``headlines``, on a title-case headline line)."""
    starts, lines, _ = _page_lines(text)
    for at in word_hits(text, word):
        n = bisect_right(starts, at) - 1
        before = text[starts[n] : at].rstrip(_HEADING_MARKS)
        if not before or before.endswith(_SENTENCE_END):
            continue
        if not _on_heading_line(text, at, frequent) and not (headlines and _headline_words(lines[n], None)):
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
