"""People the German tagger leaves untagged (issue 15, news pool pass).

The WikiANN-trained model has blind spots for some given names: on news it tags "Ingrid
Pohlmeier" and "Torsten Abelmann" but nothing of "Holger Krahmer" or "Holger Drechsel". A
listed given name (``ner-de.given.txt.gz``) followed by one capitalised word that is neither a
common noun, a known place, a role nor a body's word, standing alone (a lower-case word,
punctuation or the line's edge on both sides, no capitalised word either side: "die Friedrich
Ebert Stiftung" is no person), where no mention covers either word, is a person. A given name
that is itself a common noun ("Rose", "Mark") does not open one; neither does a given name
opening a sentence before a word the tagger took for no name there (left to the tagger).

A person the page names in full is then often called by the given name alone ("Wir freuen uns,
Holger bei uns zu haben", "Außerdem konnte Boris ..."): a bare use of the given name of a
person mention of the page (a listed given name opening a name of two or more words) after
that full name, with no capitalised word right before or after it ("Santa Barbara", "Baroness
David") and covered by no mention, is that person; a given name that is a month, a listed noun
or one of the pack's ``NOUN_GIVEN_NAMES`` ("August", "mit Ernst") is none.
"""

from __future__ import annotations

import re

from dragoman.entities import germanwords
from dragoman.entities.germanlexicon import common_noun, given_name, head_in, known_place
from dragoman.entities.germanpeople import listed_noun
from dragoman.entities.germanphrases import LINE_WORD_BEFORE, word_before
from dragoman.entities.germanwords import WORDS
from dragoman.entities.spanshape import CommonWords
from dragoman.language.de_nouns import NOUN_GIVEN_NAMES
from dragoman.model import Mention

# A given name, one space, a surname (capitalised letters, maybe one hyphenated part), each a
# whole word; the characters either side are checked by ``_alone``.
_NAME = r"[A-ZÄÖÜ][a-zäöüéèß]+"
_PAIR = re.compile(rf"(?<![\w-])(?=({_NAME}) ({_NAME}(?:-{_NAME})?)(?![\w-]))")  # overlapping pairs
_AFTER = re.compile(r"[ \t]*(\S+)")
_SENTENCE_END = tuple(".!?:\"„“»«")
# A score below the tagger's: these mentions are inferred, not tagged.
INFERRED_SCORE = 0.5


def covered_chars(text: str, mentions: list[Mention]) -> bytearray:
    """One byte per character of ``text``, set inside any of ``mentions`` (also read by
    ``germanacronyms``)."""
    covered = bytearray(len(text))
    for m in mentions:
        cover(covered, m.start, m.end)
    return covered


def cover(covered: bytearray, start: int, end: int) -> None:
    """Mark ``start``-``end`` covered (``covered_chars``)."""
    covered[start:end] = b"\x01" * (end - start)


def _capital_after(text: str, end: int) -> bool:
    """Whether the word after ``end`` (blanks of the same line apart) opens with a capital."""
    after = _AFTER.match(text, end)
    return after is not None and after.group(1)[:1].isupper()


def _alone(text: str, start: int, end: int, common: CommonWords | None) -> bool:
    """No capitalised word right before or after the pair (``"Friedrich Ebert Stiftung"``),
    but a sentence's first word written in lower case elsewhere ("Laut", "Für"); a sentence's
    first word is no person's here (the tagger reads openers)."""
    before = word_before(text, start, LINE_WORD_BEFORE)  # bounded look-back: linear on one long line
    if before is None or before[0][-1:] in _SENTENCE_END:
        return False  # the sentence's first word
    word = before[0]
    ahead = word_before(text, before[1], LINE_WORD_BEFORE)
    opener = (ahead is None or ahead[0][-1:] in _SENTENCE_END) and common is not None and (
        word.lower() in common.plain)  # "Laut Holger Drechsel", "Für Holger Krahmer"
    return not ((word[:1].isupper() and not opener) or _capital_after(text, end))


def _surname(word: str, common: CommonWords | None, gazetteer: frozenset[str] | None) -> bool:
    """Whether ``word`` may be a surname: no common noun, known place, role, body's word or head."""
    # a noun of the lexicon only is a surname after a given name ("Ludwig Schick": ``germanpeople``)
    return not (listed_noun(word, common) or known_place(word, gazetteer) or germanwords.role_noun(word)
                or germanwords.institution(word)
                or any(head_in(word, heads) for heads in (WORDS.org_heads, WORDS.place_heads)))


def untagged_people(text: str, mentions: list[Mention], common: CommonWords | None,
                    gazetteer: frozenset[str] | None) -> list[Mention]:
    """``mentions`` with the people of the module docstring added."""
    covered = covered_chars(text, mentions)
    added: list[Mention] = []
    for pair in _PAIR.finditer(text):
        first, last = pair.group(1), pair.group(2)
        start = pair.start()
        end = start + len(first) + 1 + len(last)
        if not given_name(first) or any(covered[start:end]) or common_noun(first, common) or not (
                _surname(last, common, gazetteer) and _alone(text, start, end, common)):
            continue
        added.append(Mention(start, end, text[start:end], "PER", None, INFERRED_SCORE))
        cover(covered, start, end)
    return mentions + added + _given_alone(text, mentions + added, common, covered)


def _given_alone(text: str, mentions: list[Mention], common: CommonWords | None,
                 covered: bytearray) -> list[Mention]:
    """Bare uses of the given names of the page's people ("Holger" after "Holger Krahmer")."""
    given: dict[str, int] = {}  # a given name -> where the first full name holding it ends
    for m in sorted(mentions, key=lambda m: m.start):
        if m.label == "PER" and len(m.text.split()) > 1:
            given.setdefault(m.text.split()[0], m.end)
    kept = (g for g in given if given_name(g) and not (
        common_noun(g, common) or germanwords.month(g) or g.lower() in NOUN_GIVEN_NAMES))
    names = sorted(kept, key=lambda g: (-len(g), g))  # longest first in the alternation
    if not names:
        return []
    found: list[Mention] = []
    uses = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, names))})(?![\w-])")
    for use in uses.finditer(text, min(given[n] for n in names)):
        use_start, use_end, name = use.start(), use.end(), use.group()
        before = word_before(text, use_start, LINE_WORD_BEFORE)
        if use_start < given[name] or any(covered[use_start:use_end]) or _capital_after(text, use_end) or (
                before is not None and before[0][:1].isupper()):
            continue  # before the full name, or part of a longer name ("Santa Barbara")
        found.append(Mention(use_start, use_end, name, "PER", None, INFERRED_SCORE))
        cover(covered, use_start, use_end)
    return found
