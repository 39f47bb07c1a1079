"""Names that modify a speaker phrase and do not speak themselves.

* A nationality adjective before a common noun ("the Russian dictator continued", "The Israeli
  military said"): the speaker is the whole noun phrase, which then resolves like any role
  (to the person the article named with it) or stays the unnamed institution. Nationality
  words come from the knowledge base's demonyms (``entities.wordclass.nationality``), the
  same source that links them to their countries.
* A possessed thing as the subject ("Kim’s victories suggest a tough race"): no statement.
* A possessive inside an appositive or relative clause ("Eric Segall, …, who served in George
  H. W. Bush's Justice Department, told me"): the possessor modifies a noun; it is not a
  second person who could be the subject.
"""

from __future__ import annotations

import re

from dragoman.entities.wordclass import nationality
from dragoman.model import Mention
from dragoman.quotes.lexicon import Lexicon, Word, words
from dragoman.quotes.speakers import DETERMINERS, Speaker

# Most lowercase words after a nationality adjective taken as its noun ("military",
# "foreign ministry").
DEMONYM_NOUN_WORDS = 2
# A possessive right after a mention ("Bush’s", a bare mark after a final s, z or x: "Jones’
# statement"), or after one more capitalised word when the mention was cut short at initials
# ("George H. W." + "Bush’s").
_POSSESSIVE = re.compile(r"(?:['’]s?\b|(?<=[sSzZxX])['’](?=\s)|\s+[A-Z][\w-]*['’]s\b)")
# A capitalised possessive word ("Kim’s", "Democrats’").
_OWNER = re.compile(r"^[^\W\d_].*['’]s?$")
# Most lowercase words of a possessed thing before a cue ("recent wins").
POSSESSED_WORDS = 2


def demonym_phrase(text: str, sp: Speaker, cue_start: int, lex: Lexicon) -> Speaker:
    """``sp`` is a bare nationality word followed by a common noun: the noun phrase (with its
    determiner) instead; else ``sp`` unchanged."""
    if nationality(sp.text) is None:
        return sp
    stop = cue_start if sp.end <= cue_start else len(text)
    nouns: list[Word] = []
    for w in words(text, sp.end, min(stop, sp.end + 60)):
        gap = text[(nouns[-1].end if nouns else sp.end):w.start]
        if gap.strip() or not w.text[:1].islower() or w.key in lex.stops:
            break
        nouns.append(w)
        if len(nouns) == DEMONYM_NOUN_WORDS:
            break
    if not nouns:
        return sp
    det = words(text, max(0, sp.start - 8), sp.start)[-1:]
    start = det[0].start if det and det[0].key in DETERMINERS and not text[
        det[0].end:sp.start].strip() else sp.start
    end = nouns[-1].end
    return Speaker(start, end, text[start:end])


def possessive(text: str, m: Mention) -> bool:
    """The mention is a possessor ("Bush’s Justice Department", "Jones’ statement"), not a
    subject."""
    return bool(_POSSESSIVE.match(text, m.end))


def possessed_subject(text: str, ws: list[Word], wi: int, lex: Lexicon) -> bool:
    """The cue at word ``wi`` has a possessed thing as its subject ("Kim’s victories
    suggest", "Ortiz’s recent wins signal"): up to ``POSSESSED_WORDS`` lowercase words,
    none a role, pronoun or stop word, between a capitalised possessive and the cue. Such a
    subject makes no statement; a role ("Kim’s spokesman said") still speaks."""
    k = wi - 1
    while k >= 0 and wi - k <= POSSESSED_WORDS and ws[k].text[:1].islower() and (
            ws[k].key not in lex.roles and ws[k].key not in lex.pronouns
            and ws[k].key not in lex.stops and not text[ws[k].end:ws[k + 1].start].strip()):
        k -= 1
    return 0 <= k < wi - 1 and ws[k].text[:1].isupper() and bool(_OWNER.search(ws[k].text)) and (
        not text[ws[k].end:ws[k + 1].start].strip())
