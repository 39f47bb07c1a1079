"""Reported spans whose cue sits in a subordinate clause standing before them, for languages
that put the finite verb of a subordinate clause last and that of a main clause second (German,
``capitalised_nouns``); checked by ``germanclauses.clause_checks``:

- The cue closes a clause opened by a relative pronoun or a question word (not an "as" word:
  "Wie die Stadt mitteilte, …" reports), with at most its auxiliaries after it, and the span
  follows that clause's comma. The clause then describes a noun or fills the first place of
  the next clause; it reports nothing when (a) the cue is a participle after which "sein" or
  "werden" closes the clause ("für alle, die in Deutschland versichert sind, besteht …": a
  state, nobody speaks), (b) the span opens with a finite verb, the main clause's verb second
  after the subordinate clause ("Was der Arbeitgeber verspricht, kann sich unterscheiden",
  "Was die Ministerin sagte, ist falsch"), or (c) the span opens with no subject or
  complementizer and its first clause holds no verb of indirect speech, or holds no verb
  ("deren Nutzung er für zulässig erklärt hatte, sondern um die normale Version"; not "…,
  die betonte, nach ersten Erkenntnissen sei niemand verletzt"). A reported clause after
  such a cue stays ("Experten, die sagen, die Lage sei ernst").
- A span before its cue made only of clauses opened by question words ("Wie gut das klappt
  und welcher Dienst am meisten bietet, verrät die Redaktion im Test", "Wann die Brücke
  öffnet, erklärte der Sprecher"): an indirect question names a topic, not a statement. Each
  such clause ends on its verb; one with a finite verb second ("Wie erwartet seien die Preise
  gestiegen", "Wie gewohnt lieferte der Händler pünktlich", "… fiel knapp aus"), or a span
  going on with a clause of its own ("Was die Regierung plane, sei verfassungswidrig, sagte
  X") is a statement and stays.

Written from the grammar with original sentences (``tests/quotes/test_german_subclause.py``),
after a judged sample of German pool pages; no evaluation set was read.
"""

from __future__ import annotations

import re

from dragoman.language.contentwords import content_words
from dragoman.language.speakerwords import SpeakerWords, folded, speaker_words
from dragoman.model import Quote
from dragoman.quotes.appendedphrase import verb_in, verb_like_at
from dragoman.quotes.complements import ARTICLES
from dragoman.quotes.lexicon import Lexicon, Word, words

# Characters read back from a cue for the start of its own clause (one clause: a bound from
# the grammar, as ``verbfinal`` reads).
_CLAUSE_REACH = 200
_CLAUSE_END = re.compile(r"[.!?;:\n\"„“”»«()\[\]–—]")
# Most auxiliaries closing a verb-final clause after its participle ("erklärt worden war").
_HELPERS = 2
# Marks that end a span of question clauses (a dash or colon goes on with a statement).
_STATEMENT_MARKS = re.compile(r"[–—:;]")


def _finite_keys(lex: Lexicon, sw: SpeakerWords) -> frozenset[str]:
    return folded((*lex.rules.auxiliaries, *lex.rules.modal_verbs, *sw.passive_helpers,
                   *sw.subjunctive_finites))


def _clause_words(text: str, cue_start: int) -> list[Word]:
    """The words of the cue's own clause before the cue (after the last comma or clause end)."""
    low = max(0, cue_start - _CLAUSE_REACH)
    before = text[low:cue_start]
    end = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    end = max(end, before.rfind(",") + 1)
    return words(text, low + end, cue_start)


def _subordinate_opening(clause: list[Word], lex: Lexicon, sw: SpeakerWords) -> bool:
    """The clause opens with a relative pronoun (after a preposition: "von denen") or a
    question word, not an "as" word ("wie"), and has a word between it and the cue."""
    n = 1 if clause and clause[0].key in folded(sw.relative_prepositions) else 0
    if len(clause) < n + 2 or clause[n].key in lex.as_words:
        return False
    first = clause[n]
    return first.text in lex.rules.comma_relatives or first.key in sw.relative_extra or (
        n == 0 and first.key in content_words(lex.rules.code).interrogatives)


def _helpers(text: str, q: Quote, lex: Lexicon, sw: SpeakerWords) -> list[Word] | None:
    """The auxiliaries between the cue and its clause's comma ([] for none), or None when
    anything else stands there or the span does not follow that comma."""
    assert q.cue_end is not None
    gap = text[q.cue_end:q.start]
    comma = gap.find(",")
    if comma < 0 or words(gap[comma + 1:]) or re.search(r"[^\w\s]", gap[:comma]):
        return None
    found = words(gap[:comma])
    finite = _finite_keys(lex, sw)
    return found if len(found) <= _HELPERS and all(w.key in finite for w in found) else None


def subordinate_cue(text: str, q: Quote, lex: Lexicon, sw: SpeakerWords) -> bool:
    """``q``'s cue closes a subordinate clause before it that reports nothing (the module's
    first point)."""
    if q.direct or q.cue_start is None or q.cue_end is None or q.start < q.cue_end:
        return False
    cue = words(q.cue or "")
    if not cue or lex.match_phrase(cue, 0, lex.markers) or cue[0].key in lex.closing_markers:
        return False
    helpers = _helpers(text, q, lex, sw)
    if helpers is None or not _subordinate_opening(_clause_words(text, q.cue_start), lex, sw):
        return False
    if helpers and cue[-1].text.endswith(sw.participle_endings) and any(
            w.key in folded(sw.passive_helpers) for w in helpers):
        return True  # (a) "die … versichert sind"
    span = words(text, q.start, q.end)
    comma = text.find(",", q.start, q.end)
    first = words(text, q.start, comma if comma >= 0 else q.end) or span
    return not span or not _clause_opening(first, lex, sw) or verb_in(span, lex, sw) is None


def _clause_opening(span: list[Word], lex: Lexicon, sw: SpeakerWords) -> bool:
    """``span`` (the span's first clause, up to its comma) opens like a reported clause: with
    its subject (a capitalised word, a number, an article, a determiner, a pronoun) or a
    complementizer, or holds a verb of indirect speech after its first word ("heute sei …",
    "nach ersten Erkenntnissen sei …", "nur so werde …"); not with a finite verb ("kann sich
    …": the main clause) or another lower-case word and no such verb ("sondern um …", "mit
    dem Ziel …")."""
    first = span[0]
    if first.key in _finite_keys(lex, sw):
        return False
    return (not first.text[:1].islower() or first.key in ARTICLES or first.text in lex.rules.noun_cues
            or first.key in lex.pronouns or first.key in lex.complementizers
            or any(w.text in sw.subjunctive_finites for w in span[1:]))


def _question_clauses(body: str, lex: Lexicon, sw: SpeakerWords) -> list[list[Word]]:
    """``body`` cut into clauses at its commas and at coordinators that open another clause
    with a question word ("Was es kostet und wer es bezahlt")."""
    asks = content_words(lex.rules.code).interrogatives
    coordinators = folded(sw.coordinators)
    out: list[list[Word]] = []
    for part in body.split(","):
        current: list[Word] = []
        found = words(part)
        for n, w in enumerate(found):
            if w.key in coordinators and len(current) > 1 and (
                    n + 1 < len(found) and found[n + 1].key in asks):
                out.append(current)  # (not "Wann und wo …": one clause, two question words)
                current = []
            else:
                current.append(w)
        out.append(current)
    return [c for c in out if c]


def fronted_question(text: str, q: Quote, lex: Lexicon) -> bool:
    """``q`` stands before its cue and is made only of clauses opened by question words, each
    ending on its verb (the module's second point)."""
    if q.direct or q.cue_start is None or q.cue_start < q.end:
        return False
    body = text[q.start:q.end]
    if text[q.end:q.cue_start].strip(" \"”“»«'’") != "," or _STATEMENT_MARKS.search(body):
        return False
    asks = content_words(lex.rules.code).interrogatives
    sw = speaker_words(lex.rules.code)
    clauses = _question_clauses(body, lex, sw)
    if not asks or not clauses:
        return False
    finite = _finite_keys(lex, sw)
    for found in clauses:
        if len(found) < 2 or found[0].key not in asks or not found[-1].text[:1].islower():
            return False
        if any(w.key in finite for w in found[1:-2]) or _verb_before_subject(found, lex, sw):
            return False  # a main clause, its verb second: "Wie erwartet seien die Preise …"
    return True


def _verb_before_subject(found: list[Word], lex: Lexicon, sw: SpeakerWords) -> bool:
    """A clause opened by a question word reads as a main clause with its verb second: it
    ends on no word that can be a verb ("…, fiel die Entscheidung knapp aus"), or a word that
    can be a verb stands past the question phrase (its first two words) right before an
    article or a pronoun, its subject ("Wie gewohnt lieferte der Händler pünktlich", "Wie
    schon im Vorjahr stieg der Umsatz deutlich"); in an indirect question the subject comes
    first and the verb last ("Wie teuer die Sanierung wird")."""
    if not verb_like_at(found, len(found) - 1, lex, sw):
        return True
    return any(found[n].key not in lex.pronouns and verb_like_at(found, n, lex, sw) and (
        found[n + 1].key in ARTICLES or found[n + 1].key in lex.pronouns)
        for n in range(2, len(found) - 1))


__all__ = ["fronted_question", "subordinate_cue"]
