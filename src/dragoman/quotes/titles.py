"""Quoted titles next to a speech cue: "In his 2002 book, “Make Your Kid a Millionaire,” Mr. Lee
suggested …", "said in her memoir, “Living History.”".

A short quotation whose long words are all capitalised is the name of a work (a book, a film,
a slogan on a banner), not the words of the cue's speaker; the cue keeps its own content.
"""

from __future__ import annotations

import re

from dragoman.quotes.complements import DETERMINERS
from dragoman.quotes.lexicon import Lexicon, words
from dragoman.quotes.marks import QuotedSpan

# Most words of a quoted title (titles of books, films and shows in PolNeAR train run to 2-7).
TITLE_MAX_WORDS = 8
# Words shorter than this ("a", "of", "to") are left lower case in a title; a longer word in
# lower case ("not", "new", "eye") makes the quotation a sentence.
TITLE_LONG_WORD = 3
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
_INNER_PUNCT = re.compile(r"[,.;:!?]")


def title_shaped(text: str, q: QuotedSpan) -> bool:
    """At least two long words, all capitalised, in a quotation of at most ``TITLE_MAX_WORDS``
    words with no punctuation inside (a comma or full stop may close it): "Doomed to Succeed",
    "Raise Your Child to Be Rich", not "Absolutely,", "It's not new in Ohio," or "What a Big
    Night!". A quotation in capitals throughout ("WE WILL WIN") is shouted, not a title."""
    end = q.end - 1 if q.end > q.start and text[q.end - 1] in ",." else q.end
    if _INNER_PUNCT.search(text, q.start, end):
        return False
    ws = _WORDS.findall(text, q.start, end)
    long = [w for w in ws if len(w) >= TITLE_LONG_WORD]
    if len(long) < 2 or len(ws) > TITLE_MAX_WORDS or not ws[0][:1].isupper():
        return False
    return all(w[:1].isupper() for w in long) and not all(w.isupper() for w in long)


# Most words of a capitalised quotation that modifies the noun right after it ("“Parasite”
# director Bong Joon Ho said", "the “Mrs Maisel” actress"): a title's usual length in
# PolNeAR train is one to three words.
MODIFIER_MAX_WORDS = 3
# Characters read back from an opening mark for the word before it (a cue: "said").
PREVIOUS_WORD_CHARS = 24
_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w'’-]*)")


def short_capitalised(text: str, q: QuotedSpan) -> bool:
    """At most ``MODIFIER_MAX_WORDS`` words, no punctuation inside, the first word and every
    long word capitalised: shaped like a title ("Parasite", "Le Petit Prince", "Non")."""
    ws = _WORDS.findall(text, q.start, q.end)
    return bool(ws) and len(ws) <= MODIFIER_MAX_WORDS and not _INNER_PUNCT.search(
        text, q.start, q.end) and all(w[:1].isupper() for w in ws
                                      if len(w) >= TITLE_LONG_WORD or w is ws[0])


def _short_lower(text: str, q: QuotedSpan) -> bool:
    """At most ``MODIFIER_MAX_WORDS`` words, no punctuation inside or closing it, the first
    one in lower case: an epithet ("whinger", "so-called expert"), not a sentence."""
    ws = _WORDS.findall(text, q.start, q.end)
    return bool(ws) and len(ws) <= MODIFIER_MAX_WORDS and ws[0][:1].islower() and not (
        _INNER_PUNCT.search(text, q.start, q.end))


def _after_cue(text: str, q: QuotedSpan, lex: Lexicon) -> bool:
    """A speech verb that takes no object right before the opening mark ("said “absolutely
    not” Friday"; not "blasted “whinger” Prince Harry")."""
    before = words(text, max(0, q.start - PREVIOUS_WORD_CHARS), max(0, q.start - 1))[-1:]
    key = lex.strip_clitic(before[0].key, lex.verbs) if before else ""
    return key in lex.verbs and key not in lex.object_verbs


def modifies_noun(text: str, q: QuotedSpan, lex: Lexicon) -> bool:
    """A short lower-case quotation right before a capitalised word ("“whinger” Prince Harry"),
    or a short capitalised quotation right before a lower-case word that is no cue, pronoun
    or auxiliary ("“Parasite” director X said"): a title naming a work, not a statement (not
    "« Non » répond-il", "« Jamais » a-t-il martelé", "“Enough” he told the crowd", whose
    next words are the cue and its subject)."""
    nxt = _NEXT_WORD.match(text, q.end + 1)
    if nxt and nxt.group(1)[:1].isupper() and _short_lower(text, q) and not _after_cue(text, q, lex):
        return True  # "has blasted “whinger” Prince Harry": a label on the name after it
    if not short_capitalised(text, q):
        return False  # "“We’re extremely happy” about": a phrase, not a title
    if not nxt or not nxt.group(1).islower():
        return False
    first = words(text, nxt.start(1), nxt.end(1))[:1]  # "répond-il" -> "repond"
    key = first[0].key if first else nxt.group(1)
    return not (lex.strip_clitic(key, lex.verbs) in lex.verbs or key in lex.pronouns
                or key in lex.auxiliaries)


# A comma at most, then spaces on the same line, between a closing mark and a byline ("“…,” by
# Ann Lee"); a new paragraph opening with "By Thursday …" is none.
# Most words of the publication that owns a byline after "the" ("by The Wall Street Journal's
# Ann Lee"): a newspaper's name, not a fitted value.
_BYLINE_OWNER_WORDS = 4
_BYLINE_GAP = re.compile(r",?[ \t\xa0]+")


def bylined(text: str, q: QuotedSpan, prefixes: tuple[str, ...],
            calendar: frozenset[str] = frozenset()) -> bool:
    """A quotation followed by a byline: one of the language's ``byline_prefixes`` and a
    name, two capitalised words or an owner's ("“A job of balancing history,” by the Journal's
    Ann Lee", "according to “Doomed to Succeed” by Dennis Ross"): the title of a work and its
    author, no statement. Not after a quotation closed by a full stop, question or
    exclamation mark (a title ends on a comma or nothing: "“We are done.” By Friday, …"), nor
    before a month or weekday of ``calendar`` ("“…” by Thursday, aides said")."""
    end = q.close_at + (2 if text[q.close_at:q.close_at + 2] in ("''", "``") else 1)
    gap = _BYLINE_GAP.match(text, end)
    if gap is None or text[q.start:q.end].rstrip()[-1:] in (".", "?", "!", "…"):
        return False
    rest = text[gap.end():gap.end() + 60]
    for p in prefixes:
        if not rest.casefold().startswith(p + " "):
            continue
        name = rest[len(p) + 1:].split()
        if len(name) > 1 and name[0].casefold() in DETERMINERS:  # "by the Journal's Ann Lee",
            # not "by the United States": a passive's agent, no byline
            return any(w.endswith(("'s", "’s")) for w in name[1:_BYLINE_OWNER_WORDS + 1])
        if len(name) > 1 and name[0].casefold() not in calendar and all(
                w[:1].isupper() for w in name[:2]) and name[0][-1:].isalpha():
            return True  # "by Dennis Ross", not "by April, Lee said", "by Friday morning"
    return False
