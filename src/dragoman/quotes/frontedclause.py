"""Reported content inside a fronted subordinate clause (issue 16): "When the mayor announced
she was leaving, we ran a profile of her", "After the coach said the team was tired, the club
cancelled the match", "Back then, when he said he would run, we wrote …". The cue stands in a
clause opened by a subordinator (the pack's ``subordinators`` and ``clause_prepositions``) at
its sentence's start or after a clause mark, so the statement ends where that clause
does, at the first comma after the cue: the main clause after it is the writer's, not the
speaker's. Not when a comma stands between the subordinator and the cue ("When asked, the
mayor said …": the cue is the main clause's) or between the cue and its content ("As the
authors explain, research shows …": the content is the main clause), nor for content before
the cue. A comma of the content that does not close its clause is passed over: one inside
brackets or a quotation, one between a day and its year ("May 5, 2019"), one between a place
and its state ("Bunkerville, Nev.", "Dayton, Ohio,"), one before an auxiliary ("…, was over")
and one opening an aside that an auxiliary follows ("the treaty, signed in 1998, was void";
"the self-styled Patriot Front, or PF, had marched").
"""

from __future__ import annotations

import re
from dataclasses import replace

from dragoman.model import Quote
from dragoman.quotes.lexicon import Lexicon, words

# Words read after a comma for a list conjunction ("beautiful, calm and clean").
LIST_WORDS = 3
# Characters read back from a cue for its sentence's start.
SENTENCE_REACH = 240
_SENTENCE_ENDS = ".!?\n"
_CLAUSE_MARKS = ",;:–—()"
_QUOTE_MARKS = "\"“”«»„"
# A comma that ends a clause: a space after it (not "1,300"), maybe past the quotation mark it
# closes.
_CLAUSE_COMMA = re.compile(r",[\"”’'»]*\s")
# A comma between a day and its year ("May 5, 2019"); not one before a main clause that opens
# with a number ("…, 27 percent said").
_YEAR_AFTER = re.compile(r"\s*\d{4}\b")
# After a comma that follows a capitalised word: a capitalised abbreviation ("Nev.", "D.C.") or
# one or two capitalised words closed by a comma ("Dayton, Ohio,"): a place's state.
_STATE_AFTER = re.compile(r"\s*(?:[A-Z][\w.]*\.(?!\w)|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,)")
# A capitalised word right before a comma ("Dayton," "Inc.,").
_NAME_BEFORE = re.compile(r"[A-Z][\w.'’-]*$")
# Characters read before a comma for the name it follows.
_NAME_REACH = 40


def _sentence_lead(text: str, cue_start: int) -> str:
    """The text from the cue's sentence start to the cue; empty with no start in reach."""
    lo = max(0, cue_start - SENTENCE_REACH)
    before = text[lo:cue_start]
    cut = max(before.rfind(ch) for ch in _SENTENCE_ENDS)
    if cut < 0 and lo > 0:
        return ""
    return before[cut + 1:]


def _fronted(text: str, cue_start: int, lex: Lexicon) -> bool:
    """The cue's clause (from its sentence's start or the last clause mark before the cue)
    opens, past conjunctions, with a subordinator, and no quotation mark stands in it."""
    lead = _sentence_lead(text, cue_start)
    clause = lead[max(lead.rfind(ch) for ch in _CLAUSE_MARKS) + 1:]
    if any(ch in clause for ch in _QUOTE_MARKS):
        return False
    found = words(clause)
    n = 0
    while n < len(found) and found[n].key in lex.sentence_conjunctions:
        n += 1
    rules = lex.rules
    # a word between the subordinator and the cue: its subject ("as saying", "when asked"
    # name none: the cue is a participle of the main clause's)
    return n + 1 < len(found) and (
        found[n].key in rules.subordinators or found[n].key in rules.clause_prepositions)


def _list_comma(text: str, at: int, end: int, lex: Lexicon) -> bool:
    """The comma at ``at`` parts items of a list ("beautiful, calm and clean"): a list
    conjunction among the next ``LIST_WORDS`` words, no punctuation before it."""
    for n, w in enumerate(words(text, at + 1, min(end, at + 1 + 16 * LIST_WORDS))):
        if n == LIST_WORDS or any(ch in _CLAUSE_MARKS for ch in text[at + 1:w.start]):
            return False
        if w.key in lex.rules.list_conjunctions:
            return True
    return False


def _auxiliary_after(text: str, at: int, end: int, lex: Lexicon) -> bool:
    """The word right after the comma at ``at`` is an auxiliary: the clause's predicate goes on
    ("the standoff in Bunkerville, Nev., was over")."""
    nxt = words(text, at + 1, min(end, at + 1 + 24))[:1]
    return bool(nxt) and (nxt[0].key in lex.auxiliaries or nxt[0].key in lex.passives) and (
        not text[at + 1:nxt[0].start].strip())


def _marks(text: str, start: int, end: int) -> tuple[int, int]:
    """Brackets opened less closed, and quotation marks, in ``text[start:end]``."""
    depth = sum(text.count(ch, start, end) for ch in "([") - sum(
        text.count(ch, start, end) for ch in ")]")
    return depth, sum(text.count(ch, start, end) for ch in _QUOTE_MARKS) + text.count("''", start, end)


def _clause_end(text: str, q: Quote, lex: Lexicon) -> int:
    """Where the content's clause ends: at its first comma that closes it (see the module), or
    after the quotation mark that follows such a comma (“as \"Medicare for all,\" Clinton …”);
    -1 if none."""
    commas = [(m.start(), m.end()) for m in _CLAUSE_COMMA.finditer(text, q.start, q.end)]
    depth, marks, seen = 0, 0, q.start  # counted up to ``seen``: linear in the content
    for i, (at, after) in enumerate(commas):
        closing = text[at + 1:after].rstrip()  # a quotation mark closed by this comma
        more = _marks(text, seen, at + 1 + len(closing))
        depth, marks, seen = depth + more[0], marks + more[1], at + 1 + len(closing)
        # inside brackets or a quotation: "the drug (which costs $1,200 a dose, or more)",
        # "in ''the highest, hardest glass ceiling''"
        if depth > 0 or marks % 2 or _list_comma(text, at, q.end, lex) or (
                _auxiliary_after(text, at, q.end, lex)):
            continue
        if (text[at - 1:at].isdigit() and _YEAR_AFTER.match(text, at + 1)) or (
                _STATE_AFTER.match(text, at + 1) and _NAME_BEFORE.search(
                    text, max(q.start, at - _NAME_REACH), at)):
            continue  # "March 3, 2019", "Bunkerville, Nev.", "Dayton, Ohio,"
        if i + 1 < len(commas) and _auxiliary_after(text, commas[i + 1][0], q.end, lex):
            continue  # an aside the predicate follows: "the treaty, signed in 1998, was void"
        return at + 1 + len(closing) if closing else at
    return -1


def trim_fronted(text: str, q: Quote, lex: Lexicon) -> Quote:
    """``q`` cut at the end of the fronted clause its cue stands in (see the module)."""
    if q.direct or q.cue_start is None or q.cue_end is None or q.start < q.cue_end or (
            "," in text[q.cue_end:q.start]):
        return q  # "As the authors explain, research shows …": the main clause is the content
    if not _fronted(text, q.cue_start, lex):
        return q
    comma = _clause_end(text, q, lex)
    if comma < 0 or not text[q.start:comma].strip():
        return q
    end = comma
    while end > q.start and text[end - 1].isspace():
        end -= 1
    return replace(q, end=end, text=text[q.start:end])


__all__ = ["trim_fronted"]
