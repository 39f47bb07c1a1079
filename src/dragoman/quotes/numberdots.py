"""Dates inside a clause, which neither end it nor name its speaker:

- A dot inside a date written in digits ("am 3.5.", "am 03.05.2023", "31.08.23") or after a
  day or an ordinal number before a month name or a lower-case word ("am 3. Mai", "vom 12.
  Juni", "bis 1. Januar", "am 3.5. mitteilte") ends no phrase: a sentence opens on neither,
  so a cue's subject read back across it ("Wie die Stadt am 3. Mai mitteilte") stays in its
  clause. A number before a capitalised word that is no month ("stieg auf 12. Die Polizei …")
  keeps its dot as a possible sentence end; so do decimals and versions ("3.5", "Version
  3.0", "iOS 13.1.3"), which the phrase readers were not written to cross. Month names are
  every language pack's.
- A date closing the words before a cue ("Wie die Stadt am 3. Mai mitteilte", "im Mai",
  "Ende Mai") is an adverbial of time, not the subject: where nouns are capitalised (the
  pack's ``noun_classes``, German) the month would otherwise be read as the name nearest the
  verb. Only a date opened by a time word or a number is one ("Wie Sebastian Mai sagte":
  a name).
Written from the grammar with original sentences (``tests/quotes/test_german_followup_*.py``),
not read off any evaluation set."""

from __future__ import annotations

import re

from dragoman.language.rules import all_rules
from dragoman.language.speakerwords import folded
from dragoman.quotes.lexicon import Lexicon, Word, day_keys
from dragoman.quotes.mentions import Mentions

# Most digits of a day or an ordinal written with a dot ("3.", "12."); a longer number before a
# dot is a year or an amount, which may close a sentence ("im Jahr 2023. Die …").
ORDINAL_DIGITS = 2
_MONTHS = frozenset(m.casefold() for rules in all_rules() for m in rules.months)
_NUMBER_BEFORE = re.compile(r"(?<!\w)(\d+)$")
# A day and a month, and a year of two or four digits: "3.5.", "03.05.2023", "31.08.23".
_DATE = re.compile(r"(?<![\w.])\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})?(?![\w.])")
# Characters either side of a dot that a date holding it may reach.
_DATE_REACH = 8
# Characters a person mention may reach back before the words read for a speaker.
_NAME_REACH = 60
_WORD_AFTER = re.compile(r"[ \t\u00a0]*([^\W\d_][\w-]*)")


def number_dot(text: str, at: int) -> bool:
    """``text[at]`` is a dot inside a number or after a day or ordinal number (the module)."""
    if text[at:at + 1] != "." or not text[at - 1:at].isdigit():
        return False
    if text[at + 1:at + 2].isdigit():
        return any(m.start() < at < m.end() - 1 for m in _DATE.finditer(
            text, max(0, at - _DATE_REACH), at + _DATE_REACH))
    number = _NUMBER_BEFORE.search(text, max(0, at - ORDINAL_DIGITS - 1), at)
    if number is None or len(number.group(1)) > ORDINAL_DIGITS:
        return False
    word = _WORD_AFTER.match(text, at + 1)
    return word is not None and (word.group(1).islower() or word.group(1).casefold() in _MONTHS)


def joined_by_numbers(text: str, start: int, end: int, marks: re.Pattern[str]) -> bool:
    """No mark of ``marks`` in ``text[start:end]`` but dots of numbers (``number_dot``)."""
    return all(m.group() == "." and number_dot(text, m.start())
               for m in marks.finditer(text, start, end))


def _date_word(w: Word, lex: Lexicon, months: frozenset[str]) -> bool:
    return w.key.isdigit() or w.key in months or (
        w.key in lex.rules.noun_classes.time_words or w.key in day_keys(lex))


def before_date(chunk: list[Word], lex: Lexicon, mentions: Mentions | None = None) -> list[Word]:
    """``chunk`` without the date closing it (the module's second point); the whole of it
    when no date closes it or nothing would be left. A word of a person mention is no date
    ("Wie Frank Freitag sagte")."""
    months = folded(lex.rules.noun_classes.months)
    if not months or not chunk:
        return chunk
    people = [] if mentions is None else [  # (a mention may open before the chunk)
        (m.start, m.end) for m in mentions.within(max(0, chunk[0].start - _NAME_REACH),
                                                  chunk[-1].end) if m.label == "PER"]
    k = len(chunk)
    while k > 1 and _date_word(chunk[k - 1], lex, months) and not any(
            a <= chunk[k - 1].start < b for a, b in people):
        k -= 1
    if k == len(chunk) or chunk[k].key in months or all(w.key.isdigit() for w in chunk[k:]):
        return chunk  # (a month alone may be a name, "Sebastian Mai"; a number, "Bündnis 90")
    return chunk[:k]


__all__ = ["ORDINAL_DIGITS", "before_date", "joined_by_numbers", "number_dot"]
