"""One article as the linker sees it (``linking.Linker``): its tokens, name keys and
mentions, and what is computed once per article (its words, its Title Case lines) rather
than once per mention."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from dragoman.entities.arabicquantifiers import quantified_phrase
from dragoman.entities.arabicword import doubtful_definite, everyday_name, settlement_before
from dragoman.entities.headline import headline_refuses, leading_headline_end
from dragoman.entities.kb import name_key
from dragoman.entities.listlines import enumeration_line
from dragoman.entities.transliterate import name_script
from dragoman.language.rules import all_rules, script_of_language
from dragoman.language.scripts import ARABIC, LATIN
from dragoman.language.segment import LineIndex
from dragoman.model import Mention

# A line of at least this many Latin words of 4+ letters, this share of them capitalised,
# is a Title Case headline; NER spans there found no new entity (known ones still link).
# Calibrated on NTREX-128 English headlines (docs.tsv), e.g. "Perrier Bottle", "SNL Appearance".
TITLE_CASE_MIN_WORDS = 4
TITLE_CASE_SHARE = 0.8
# Tokens after which a capitalised word starts a sentence rather than continues a name.
SENTENCE_END = frozenset({".", "!", "?", ":", ";", '"', "“", "”", "«", "»", "(", ")", "—", "-", "–"})
# Most vowels of a word in capitals read as an acronym ("CNBC", "USC"), and the length up to
# which any word in capitals is one ("AAP"); otherwise it is a word or name in capitals
# ("RAYE", "NEVER"; "UCLA" is lost). Read off the one-word names in capitals of the
# DEV-eligible real pages (see ``placecheck``): CNBC, USC, GMT, FBI, AAP, GOP, UCLA, RAYE.
ACRONYM_MAX_VOWELS = 1
ACRONYM_SHORT = 3
_VOWELS = frozenset("AEIOUY")
# Words of a line from which its first word opens a paragraph rather than a list item or a
# heading; set by hand (a sentence of running text), not tuned.
PARAGRAPH_MIN_WORDS = 8
_OPENERS = frozenset(" \t\"'“‘«(¿¡")
_SENTENCE_FINAL = frozenset(".!?…:;")
# A sentence's end inside a line: a mark after a word ending in lower case that is no
# abbreviation of a language pack ("Haus. Sie", not "U.S. Senator" or "Dr. Phil").
_SENTENCE_INSIDE = re.compile(r"(\w+)[.!?]\s+\S")
_TITLE_WORD = re.compile(r"\b[A-Za-zÀ-ÖØ-öø-ÿ]{4,}\b")
_WORD = re.compile(r"\w+")


@dataclass(slots=True)
class Doc:
    """One article being linked: its tokens, keys and mentions."""

    text: str
    language: str | None
    date: str | None
    ner: bool  # whether NER ran on the text
    # NER learned from Wikipedia fragments (see ner.fragment_trained): its one-word names
    # found no new entities.
    fragment_names: bool = False
    spans: list[tuple[int, int]] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    breaks: list[bool] = field(default_factory=list)  # a line break before token i
    mentions: list[Mention] = field(default_factory=list)
    derived: set[int] = field(default_factory=set)  # id() of title and context mentions
    occupied: bytearray = field(default_factory=bytearray)  # 1 where a mention lies
    # Computed once per article (each was a pass over the whole text per mention).
    words: frozenset[str] | None = None  # every \w+ run of the text
    title_lines: TitleCaseLines | None = None  # the Title Case status of each line
    headline_end: int | None = None  # ``headline.leading_headline_end``, once computed
    # Keys of one-word names a title, honorific or speech verb vouches for (``referents``).
    cued: set[str] = field(default_factory=set)
    # Spans inside short quotations holding a title (``works.title_quotes``).
    quotes: list[tuple[int, int]] = field(default_factory=list)
    title_only: dict[str, bool] = field(default_factory=dict)  # name -> only inside ``quotes``
    initial_only: dict[str, bool] = field(default_factory=dict)  # word -> ``only_sentence_initial``
    # Word key -> keys of the full person names holding it, among the first ``people_seen``
    # mentions (``coordsides``).
    person_words: dict[str, set[str]] = field(default_factory=dict)
    people_seen: int = 0

    def covered(self, start: int, end: int) -> bool:
        return any(self.occupied[start:end])

    def has_word(self, word: str) -> bool:
        if self.words is None:
            self.words = frozenset(_WORD.findall(self.text))
        return word in self.words

    def in_title_case_line(self, mention: Mention) -> bool:
        if self.headline_end is None:
            self.headline_end = leading_headline_end(self.text, self.language)
        if mention.start < self.headline_end and headline_refuses(
                mention.text, mention.start, self.text, self.has_word):
            return True  # a headline glued to the first sentence ("Killer Pig Mauls ...")
        if self.title_lines is None:
            self.title_lines = TitleCaseLines(self.text, script_of_language(self.language) == LATIN)
        return self.title_lines.holds(mention.start, mention.end)

    def only_sentence_initial(self, word: str) -> bool:
        """Whether every occurrence of ``word`` in the text opens a sentence (``sentence_initial``);
        read once per word (``corroborated`` asks it of each unlinked mention)."""
        if word not in self.initial_only:
            starts = list(word_hits(self.text, word))
            self.initial_only[word] = bool(starts) and all(sentence_initial(self.text, s) for s in starts)
        return self.initial_only[word]

    def add(self, mention: Mention, derived: bool = False) -> None:
        self.mentions.append(mention)
        self.occupied[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
        if derived:
            self.derived.add(id(mention))


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what ``\w`` matches


def word_hits(text: str, word: str) -> Iterator[int]:
    r"""Starts of ``word`` in ``text`` not inside a longer word (as ``(?<!\w)word(?!\w)``).
    ``str.find`` rather than a regular expression: a pattern opening with a look-behind is
    tried at every character, and this runs once per name of an article."""
    if not word:
        return
    i = text.find(word)
    while i >= 0:
        end = i + len(word)
        if (i == 0 or not _word_char(text[i - 1])) and (end == len(text) or not _word_char(text[end])):
            yield i
        i = text.find(word, i + 1)


def sentence_initial(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence (quotes and brackets before it
    skipped): after a sentence's end, or at the start of a line of running text (at least
    ``PARAGRAPH_MIN_WORDS`` words); short lines are list items and headings, which open with
    names ("Tyla", "Rema" in a list of singers)."""
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    if i < 0 or text[i] == "\n":  # a line start: a paragraph's first sentence, or a list item
        end = text.find("\n", start)
        return len(_WORD.findall(text, start, end if end >= 0 else len(text))) >= PARAGRAPH_MIN_WORDS
    return text[i] in _SENTENCE_FINAL


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(a for rules in all_rules() for a in rules.abbreviations)


def _two_sentences(line: str) -> bool:
    return any(m.group(1)[-1].islower() and m.group(1) not in _abbreviations()
               for m in _SENTENCE_INSIDE.finditer(line))


def title_case_line(line: str, running: bool = False) -> bool:
    """Whether a Latin-script line is written in Title Case (a headline: "Perrier Bottle
    Sparks Row"), where capitals say nothing about names. ``running``: the article is in a
    Latin-script language, so a line holding two sentences is running text, not a headline
    (German capitalises every noun: "Seit Juli leitet Anna Berger das Haus.")."""
    words = _TITLE_WORD.findall(line)
    if len(words) < TITLE_CASE_MIN_WORDS or (running and _two_sentences(line.rstrip())):
        return False  # a line of two sentences is running text (German capitalises nouns)
    if enumeration_line(line):
        return False  # a sentence listing names ("Present were A B, C D and E F.")
    return bool(sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words))


def common_in_text(doc: Doc, name: str) -> bool:
    """A one-word Latin name the same text also writes in lower case ("Within", "Street"
    at a sentence start, "within", "street" elsewhere): an everyday word, not a name."""
    if " " in name or not name[:1].isupper() or not name.isalpha() or not name.isascii():
        return False
    # ``\bword\b`` matches exactly where a whole \w+ run of the text is ``word``.
    return doc.has_word(name.lower())


def corroborated(doc: Doc, name: str, mention: Mention | None = None) -> bool:
    """Whether a name NER tagged may found a new entity on NER's word alone. A one-word
    Latin name written in capitals needs the shape of an acronym ("CNBC", not "RAYE"), and
    one the text writes only at sentence starts ("Ultimately", "Overall") needs more than
    NER: a title, honorific or speech verb with it somewhere in the article (``doc.cued``).
    An Arabic person's or place's name (``mention``'s label) of everyday words only
    ("الكنائس", "بيانه"), or of one word with the article NER is not sure of (unless a title
    vouches for it), founds none (``arabicword``), unless a settlement word introduces the
    place ("مدينة القصير"); organisations are often named by everyday
    words ("الحشد الشعبي", "النهضة"). A name in Latin letters in an article of another script
    founds none either: a translation leaves titles, codes and handles in Latin ("فيلم
    "Ghost Town""); a real name left so is known already (KB, the source article), and it may
    still name that one. Other names of several words, and names in other scripts, are left as
    they were."""
    if name_script(name) == ARABIC:
        if quantified_phrase(name):
            return False  # "كلتا الكنيستين", both churches (arabicquantifiers)
        if mention is None or mention.label == "ORG" or (
                mention.label == "LOC" and settlement_before(doc.text, mention.start)):
            return True  # "مدينة القصير": the town of Qusayr
        score = 1.0 if mention.role else mention.score
        return not (everyday_name(name, mention.label == "PER") or doubtful_definite(name, score))
    if name_script(name) == LATIN and script_of_language(doc.language) not in (None, LATIN):
        return False  # left in Latin letters by an Arabic text: a title or a code ("Ghost Town")
    if len(name.split()) != 1 or name_script(name) != LATIN or name_key(name) in doc.cued:
        return True
    if name.isupper() or acronym_shape(name):
        return acronym_shape(name)
    return not doc.only_sentence_initial(name)


def acronym_shape(name: str) -> bool:
    """An acronym or brand by its letters: capitals with at most ``ACRONYM_MAX_VOWELS``
    vowels or at most ``ACRONYM_SHORT`` letters ("CNBC", "USC", "AAP"; not "RAYE", a word in
    capitals), or a capital inside the word after a lower-case letter ("AfD", "YouTube")."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return len(letters) <= ACRONYM_SHORT or sum(c in _VOWELS for c in letters) <= ACRONYM_MAX_VOWELS
    return any(a.islower() and b.isupper() for a, b in pairwise(name))


def mention_fields(m: Mention) -> tuple[int, int, str, str, str | None, float]:
    """What dataclass equality compares, hashable."""
    return (m.start, m.end, m.text, m.label, m.entity_id, m.score)


# -- Title Case lines, each judged once per text -------------------------------------------------
# The linker's documents (``Doc.in_title_case_line``), ``casephrases`` and
# ``referentvote.referent_head`` ask which lines are Title Case. ``referent_head`` asks for every
# form of a name that ties for its head: one line of tags holding 1,500 forms of five words cost
# 1,500 readings of the whole line (6 s for 54,000 characters). The line around a span is found by
# bisecting the offsets of the text's line breaks, read once.
Span = tuple[int, int]


class TitleCaseLines:
    """The Title Case status of the lines of ``text`` (``running``: as ``title_case_line``)."""

    def __init__(self, text: str, running: bool) -> None:
        self.text = text
        self.running = running
        self._lines = LineIndex(text)
        self._known: dict[Span, bool] = {}

    def line_of(self, start: int, end: int) -> Span:
        """The line around ``start``-``end`` (``LineIndex.line_of``)."""
        return self._lines.line_of(start, end)

    def holds(self, start: int, end: int) -> bool:
        """Whether the line around the span ``start``-``end`` is written in Title Case."""
        line = self.line_of(start, end)
        if line not in self._known:
            self._known[line] = title_case_line(self.text[line[0] : line[1]], running=self.running)
        return self._known[line]


# One article at a time: ``referent_head`` is asked once per referent of the article being read.
@lru_cache(maxsize=1)
def article_lines(text: str, running: bool) -> TitleCaseLines:
    """The lines of ``text``, shared by every question about the same text (an equal text
    gives the same answers, so reusing its lines is never wrong)."""
    return TitleCaseLines(text, running)
