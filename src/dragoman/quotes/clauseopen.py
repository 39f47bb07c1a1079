"""Whether the words after a verb that also takes an object open a clause ("denied she had
…", "claimed Clinton had helped", "reported the ferry left late"), where the clause's subject
went into the addressee of "told X" ("told reporters the budget had been cut"), and where
content running on over a second speech verb of the same speaker ends ("said the plan was
drafted by the mayor and added, “…”"). Written from the grammar with original sentences
(``tests/quotes/test_qrep_clause_openings.py``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dragoman.language.contentwords import content_words
from dragoman.quotes.clauses import addressee_cut
from dragoman.quotes.complements import ARTICLES
from dragoman.quotes.lexicon import Lexicon, Word
from dragoman.quotes.speakers import DETERMINERS
from dragoman.quotes.subjects import counts

if TYPE_CHECKING:
    from dragoman.quotes.cues import Cue
    from dragoman.quotes.detect import _Context

# Most words of a name opening a clause after a verb that takes an object ("claimed
# Hillary Clinton had …").
CLAUSE_NAME_WORDS = 3
# Most words of a common noun phrase opening such a clause ("denied the charges were true").
CLAUSE_NOUN_WORDS = 2
# Shortest regular past form read as a clause's verb ("died"; not "bed", "red").
MIN_PAST_CHARS = 4
# What follows a second speech verb sharing the subject when it opens its own statement: a
# comma, a colon or an opening quotation mark (not "that": "said its editors had reviewed it
# and concluded that …" may be the editors' verb).
_OWN_CONTENT = re.compile(r"\s*[,:“\"‘«]")
# Punctuation that ends the phrase or opens another text ("with chants of “I’m with her”").
_BREAK = re.compile(r"[,;:()\"“”‘—–]|\s-\s")
_CONTRACTION = re.compile(r"['’]")  # a contracted auxiliary glued to a pronoun ("she's")


def _past_verb(after: list[Word], k: int, lex: Lexicon) -> bool:
    """after[k] is a past form ("filled", "left") followed by its object (a determiner, a
    pronoun, a number: "left an hour late"); not the end, a preposition ("the charges filed
    against him": a reduced relative) nor a noun ("a large pledged delegate lead": a
    participle before its noun). Not an adverb ("a car parked illegally"), a measure ("a man
    stabbed three times") nor a naming verb after an indefinite subject ("a tax called the
    carbon levy"): after a participle of a reduced relative as often as after a past verb."""
    cw = content_words(lex.rules.code)
    if k + 1 >= len(after) or not after[k].text.islower():
        return False
    key = after[k].key
    regular = len(key) >= MIN_PAST_CHARS and key.endswith(cw.past_endings) and not key.endswith(
        cw.non_past_endings)
    if not (regular or key in cw.finite_pasts) or (
            key in lex.rules.naming_verbs and after[0].key in lex.rules.naming_articles):
        return False  # ("a tax called the levy"; not "Lee called the deal a sham")
    nxt = after[k + 1]
    if counts(nxt.key):  # (an irregular past before a measure is a verb: "fell 3 points")
        unit = after[k + 2].key if k + 2 < len(after) else ""
        return not regular or (unit not in cw.measure_nouns and unit not in lex.durations)
    return (nxt.key in DETERMINERS or nxt.key in ARTICLES or nxt.key in cw.negative_determiners
            or nxt.key in lex.rules.naming_object_pronouns)


def _verb_at(after: list[Word], k: int, lex: Lexicon) -> bool:
    """after[k], or the word after one adverb there ("never received"), is an auxiliary or a
    past verb."""
    if k < len(after) - 1 and (after[k].key in content_words(lex.rules.code).clause_adverbs
                               or after[k].key.endswith(lex.rules.adverb_endings)):
        k += 1
    return k < len(after) and (after[k].key in lex.auxiliaries or _past_verb(after, k, lex))


def opens_clause(text: str, after: list[Word], lex: Lexicon) -> bool:
    """Content after a verb that also takes an object: a pronoun subject ("denied she had"),
    a name or a short noun phrase followed by an auxiliary ("claimed Clinton had helped",
    "denied the charges were true") or by a past verb ("reported the ferry left late")."""
    if not after:
        return False
    first = _CONTRACTION.split(after[0].key)[0]  # "she's"
    if after[0].key in lex.clause_openers or first in lex.clause_subjects or (
            len(after) > 1 and after[0].key in lex.stops and after[1].key in lex.auxiliaries):
        return True  # "she had", "this was"
    k = 0
    while k < min(len(after), CLAUSE_NAME_WORDS) and after[k].text[:1].isupper():
        k += 1
    if 0 < k < len(after) and _verb_at(after, k, lex):
        return True
    k = 1 if after[0].key in DETERMINERS else 0
    n = 0
    while (k < len(after) and n < CLAUSE_NOUN_WORDS and after[k].key.isalpha()
           and after[k].key not in lex.auxiliaries and after[k].key not in lex.stops
           and after[k].key not in lex.content_blockers):
        k, n = k + 1, n + 1
        if k < len(after) and _verb_at(after, k, lex) and not re.search(
                r"[,;]", text[after[k - 1].end:after[k].start]):
            return True  # (after the first noun too: "the ferry left", "the old ferry left")
    return False


def phrase_then_clause(text: str, after: list[Word], lead: int, n: int, lex: Lexicon) -> bool:
    """after[n] opens a clause after a whole phrase that follows the cue ("reported on Monday
    the council had delayed …", "said after the vote Omar Haddad had …"): a determiner or a
    name at least two words after the phrase's preposition, then ``opens_clause``; not where
    the pack sets content off by a comma (its phrase then ends with one)."""
    w, links = after[n], content_words(lex.rules.code).clause_links
    if n < lead + 2 or lex.rules.comma_before_content or not (
            w.key in DETERMINERS or w.text[:1].isupper()) or after[n - 1].key in (
            lex.content_blockers) or after[n - 1].key in DETERMINERS or (
            after[n - 1].text[:1].isupper() and w.text[:1].isupper()):
        return False  # (a whole phrase, a whole name: not "transition to a democracy has",
        # "the Ku Klux Klan could")
    if any(x.key in links or x.key in lex.relatives for x in after[lead + 1:n]):
        return False  # "joked about moving if Trump is elected": a clause of its own
    end = after[min(n + CLAUSE_NAME_WORDS, len(after) - 1)].end
    return not _BREAK.search(text, after[lead].end, end) and opens_clause(text, after[n:], lex)


def addressee_clause(ctx: _Context, cue: Cue, k: int, s_end: int) -> int | None:
    """Start of the clause whose subject ran into the addressee of "told X": the words
    after the addressee open with an auxiliary ("told reporters the budget had been cut":
    addressee "reporters the budget"), or a determiner inside the addressee opens a clause
    ("told the Courier her office received …"); None otherwise."""
    ws, lex = ctx.words, ctx.lex
    if not cue.addressee or cue.kind != "verb" or k > len(ws):
        return None
    obj = ws[cue.wj:k]
    if k < len(ws) and ws[k].key in lex.auxiliaries:
        cut = addressee_cut([*obj, ws[k]], lex)
        if cut is not None and 0 < cut < len(obj):
            return obj[cut].start
    rest = ws[cue.wj:ctx.word_at(s_end)]
    return next((obj[n].start for n in range(1, len(obj)) if obj[n].key in DETERMINERS
                 and opens_clause(ctx.text, rest[n:], lex)), None)


def before_own_statement(ctx: _Context, cues: list[Cue], n: int, start: int, end: int) -> int:
    """End of the content [start, end) of cues[n] before a later speech verb that shares its
    subject, joined by a list conjunction and opening content of its own ("said the plan
    was drafted by the mayor and added, “…”"): before the conjunction. Not a verb inside a
    quotation (the quoted person's)."""
    ws, lex = ctx.words, ctx.lex
    for nxt in cues[n + 1:]:
        if nxt.start >= end:
            break
        i = nxt.wi
        if nxt.kind != "verb" or i < 1 or ws[i - 1].start <= start or (
                nxt.subject is not None and nxt.subject.start >= start):
            continue
        if ws[i - 1].key in lex.rules.list_conjunctions and _OWN_CONTENT.match(
                ctx.text, nxt.end) and not ctx.inside_quotation(nxt.start, nxt.end):
            return ws[i - 1].start
    return end
