"""Reported statements whose cue closes a clause it does not head as a report, for languages
that put the verb of a subordinate or passive clause last (German, ``capitalised_nouns``);
checked by ``germanclauses.clause_checks`` after the speaker is found:

- A passive or stative participle: a form of "werden" or "sein" (``passive_helpers``) in the
  cue's own clause and the cue last in it, shaped as a participle (``participle_endings``;
  not "würde ich sagen, …"): "Die Werte werden durch eine Studie erneut bestätigt.", "In
  Bayern ist ein erster Fall bestätigt, ebenso in Hessen.": nobody states anything; with
  "dass" right after the cue ("wurde von den Ingenieuren mitgeteilt, dass …") the passive
  agent's statement stays.
- The span right before its cue with no punctuation between them, a subject in between and
  the cue closing the clause ("…, von denen er sich eine gute Rendite verspricht.", "…
  Ergebnisse, die der Verband erneut bestätigt."): the span is part of the cue's own clause; a
  main clause reporting what stands before it sets it off ("…, sagt X").
- A cue in a relative clause: the clause opens, after a comma, with a relative pronoun (after
  a preposition: "von denen"; "was" after a pronoun heading it: "das, was Sie sagen") and ends
  on the cue ("…, dass das, was Sie sagen, auch eintritt, dass …"): the cue describes a noun
  and reports nothing; only content right after its comma stays ("Experten, die sagen, die
  Lage sei ernst": the experts' statement).
Words come from ``language.speakerwords``; written from the grammar with original sentences
(``tests/quotes/test_dequotes_verbfinal.py``), not read off any evaluation set.
"""

from __future__ import annotations

import re

from dragoman.language.speakerwords import SpeakerWords, folded, speaker_words
from dragoman.model import Quote
from dragoman.quotes.appendedphrase import verb_in
from dragoman.quotes.lexicon import Lexicon, Word, words

# Characters read back from a cue for its own clause.
_CLAUSE_REACH = 200
_CLAUSE_END = re.compile(r"[.!?;:\n\"„“”»«()\[\]–—]")
_VERB_FINAL = re.compile(r"\s*(?:[.,;:!?)\]–—]|$)")
_PUNCTUATION = re.compile(r"[^\w\s'’-]")


def _own_clause(text: str, cue_start: int) -> tuple[int, str]:
    """Where the cue's clause opens (after the last comma or clause end before the cue) and
    the character before it ("," or "" for a sentence start)."""
    low = max(0, cue_start - _CLAUSE_REACH)
    before = text[low:cue_start]
    end = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    comma = before.rfind(",")
    if comma >= end:
        return low + comma + 1, ","
    return low + end, ""


def _verb_cue(q: Quote, lex: Lexicon) -> bool:
    found = words(q.cue or "")
    return bool(found) and q.cue_start is not None and q.cue_end is not None and not (
        lex.match_phrase(found, 0, lex.markers) or found[0].key in lex.closing_markers)


def _verb_final(text: str, q: Quote) -> bool:
    return q.cue_end is not None and _VERB_FINAL.match(text, q.cue_end) is not None


def _dass_after(text: str, q: Quote, lex: Lexicon) -> bool:
    """The content follows the cue's comma, opened by a complementizer ("…, dass …")."""
    assert q.cue_end is not None
    if q.start < q.cue_end:
        return False
    lead = words(text, q.cue_end, q.start)
    return len(lead) == 1 and lead[0].key in lex.complementizers


def _passive(text: str, q: Quote, lex: Lexicon, sw: SpeakerWords) -> bool:
    assert q.cue_start is not None
    cue = words(q.cue or "")
    if not cue or not cue[-1].text.endswith(sw.participle_endings):
        return False  # an infinitive: "würde ich sagen, …", "wird er erklären"
    start, _ = _own_clause(text, q.cue_start)
    clause = words(text, start, q.cue_start)
    helper = next((n for n in range(len(clause) - 1, -1, -1)
                   if clause[n].key in folded(sw.passive_helpers)), None)
    if helper is None or any(w.key in sw.coordinators for w in clause[helper:]):
        return False  # ("Er ist Arzt und sagt, …": a second verb of its own)
    return not (_dass_after(text, q, lex) or _clause_after(text, q, lex, sw))


def _clause_after(text: str, q: Quote, lex: Lexicon, sw: SpeakerWords) -> bool:
    """The content follows right after the cue's comma and holds a verb: a reported clause
    ("Aus dem Ministerium wird berichtet, die Verhandlungen seien …"), not a phrase added to
    the participle ("ist ein Fall bestätigt, ebenso in Hessen")."""
    assert q.cue_end is not None
    if q.start < q.cue_end or text[q.cue_end:q.start].strip() != ",":
        return False
    found = words(text, q.start, q.end)
    verb = verb_in(found, lex, sw)  # (not a verb first: "wird das gesagt, ist es …", the
    return verb is not None and verb > 0 and not _finite(found[0], lex, sw)  # main clause)


def _finite(w: Word, lex: Lexicon, sw: SpeakerWords) -> bool:
    return w.key in folded((*lex.rules.auxiliaries, *lex.rules.modal_verbs,
                            *sw.passive_helpers))


def _glued_before(text: str, q: Quote) -> bool:
    assert q.cue_start is not None
    if q.end > q.cue_start:
        return False
    gap = text[q.end:q.cue_start]
    return bool(words(gap)) and not _PUNCTUATION.search(gap)


def _relative_opening(clause: list[Word], before: list[Word], sw: SpeakerWords,
                      lex: Lexicon) -> bool:
    """The clause opens with a relative pronoun, after a preposition ("von denen"), or with
    "was" after a pronoun that heads it ("das, was")."""
    n = 1 if clause and clause[0].key in folded(sw.relative_prepositions) else 0
    if len(clause) < n + 2:  # a pronoun and a subject at least before the cue
        return False
    first = clause[n].key
    if first in sw.free_relatives:
        return n == 0 and bool(before) and before[-1].key in sw.free_relative_heads
    return first in lex.rules.comma_relatives or first in sw.relative_extra


def _verb_second(clause: list[Word], lex: Lexicon, sw: SpeakerWords) -> bool:
    """A finite auxiliary or modal stands after the clause's first word and before its last
    (the cue's verb): a main clause with the verb second ("…, das hat die Bank mitgeteilt",
    "…, die Polizei hat das bestätigt"), not a relative clause, whose finite verb comes last
    ("…, das die Bank mitgeteilt hat")."""
    return any(_finite(w, lex, sw) for w in clause[1:-1])


def _relative_cue(text: str, q: Quote, lex: Lexicon, sw: SpeakerWords) -> bool:
    assert q.cue_start is not None and q.cue_end is not None
    start, mark = _own_clause(text, q.cue_start)
    if mark != "," or not _relative_opening(words(text, start, q.cue_start),
                                            words(text, max(0, start - 40), start - 1), sw, lex):
        return False
    if _verb_second(words(text, start, q.cue_end), lex, sw):
        return False
    right_after = q.start >= q.cue_end and not words(text, q.cue_end, q.start) and (
        text[q.cue_end:q.start].strip() == ",")
    return not (right_after or _dass_after(text, q, lex))


def cue_clause_aside(aside: list[Word], lex: Lexicon, subject_before: bool) -> bool:
    """``aside`` (the words after the last comma before a cue's subject) opens the cue's
    own clause, set off from the content before it: ", wie die Stadt mitteilte", ", and as X
    said"; with the subject before the cue, also a free relative or a closing "so" ("…, was
    auch der Verband bestätigt", "…, so hat es die Stadt bestätigt"), where the cue closes a
    clause the span would otherwise run into (the content ends at the comma); not when a
    preposition governs the "subject" (then it is none)."""
    first = aside[0].key
    if first in lex.as_words or (len(aside) > 1 and first in lex.sentence_conjunctions
                                 and aside[1].key in lex.as_words):
        return True
    sw = speaker_words(lex.rules.code)
    if not subject_before or not (first in sw.free_relatives or first in lex.closing_markers):
        return False
    last = aside[-1].key  # the subject's own article, not a preposition ("…, was eine für
    return last not in folded((*lex.rules.governing_prepositions,  # Burgunder typische
                               *lex.rules.topic_prepositions, *sw.relative_prepositions))


def verb_final_cue(text: str, q: Quote, lex: Lexicon, sw: SpeakerWords) -> bool:
    """``q`` (reported) has a cue that closes a clause it does not head as a report: see the
    module."""
    if q.direct or not _verb_cue(q, lex) or not _verb_final(text, q):
        return False
    return _passive(text, q, lex, sw) or _glued_before(text, q) or _relative_cue(
        text, q, lex, sw)


__all__ = ["cue_clause_aside", "verb_final_cue"]
