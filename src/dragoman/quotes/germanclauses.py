"""Reported statements whose span is no clause the cue reports, for languages that capitalise
every noun (German), checked with ``nounsources`` after the speaker is found:

- The cue opens a colon ("…, sagten sie nur: «Wissen wir nicht.»") and the span before it ends
  in a clause of a subordinator ("als wir fragten"): what the cue reports follows the colon; the
  clause before it is a circumstance, not its content (unlike "Es fehle an X, sagt Y: „…“").
- The span is a relative clause right behind the cue ("hat eine Duldung erklärt, die auf …
  gründet", "zur Ware erklärt, die froh sein kann"): it describes the cue's object; a reported
  clause behind a comma opens with its subject or "dass". A relative pronoun is told from a
  demonstrative subject ("…, sagte er, das sei falsch") by the word after it: a preposition or
  a lower-case word no finite verb ends like (``finite_endings``).
- A belief or a meaning, not a statement: a cue of ``belief_verbs`` with a zu-infinitive span
  ("meint, die Wähler zu erreichen": believes) or a "mit" phrase in its sentence ("Mit dem
  Wort meinte er die Bausteine": means).
- An "according to" marker standing after the span behind a colon, a sentence end or a
  relative pronoun ("… berappen müssen: Laut Berechnungen der Kommission würde …", "das Auto,
  das laut X sicher kommt"): the marker belongs to the next clause, not to the span.
- An infinitive cue after a modal or "lässt" with an impersonal subject and no speaker ("Man
  kann das ganz ohne Ironie sagen: …", "lässt sich sagen"): the writer's own voice.
- A closing marker whose source names the gist of what is said ("…, so das Ziel der
  Initiative": ``gist_nouns``), checked with the speaker the marker found.
- A source that is a figure or a poll, not someone who speaks ("laut Umfragen", "laut den
  offiziellen Arbeitslosenzahlen"), with no owner behind it ("laut Zahlen der Polizei" names
  the police; a month or a weekday after "vom" owns nothing: "laut einer Umfrage vom Juli"):
  the statement stays, without a speaker. (Documents stay speakers, as the dev passages
  annotate them: "laut der Mitteilung", "Dem Jahresbericht zufolge"; their genitive owner
  speaks instead, ``sources.owner`` with the pack's ``document_sources``.)
- A span ending in a colon, an indirect question with a question determiner, a marker
  behind a comma inside the next clause: ``germanreported``.
- A cue in a subordinate clause before the span that reports nothing, a span of indirect
  questions before its cue: ``germansubclause``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dragoman.language.normalize import normalize_for_match
from dragoman.language.speakerwords import SpeakerWords, has_head, speaker_words
from dragoman.model import Quote
from dragoman.quotes.appendedphrase import appended_phrase
from dragoman.quotes.complements import ARTICLES
from dragoman.quotes.germanreported import list_intro, marker_in_next_clause, question_opening
from dragoman.quotes.germansubclause import fronted_question, subordinate_cue
from dragoman.quotes.groups import QUANTIFIERS
from dragoman.quotes.lexicon import Lexicon, words
from dragoman.quotes.verbfinal import verb_final_cue

# Characters read after a cue for the colon it may open ("sagten sie nur:").
_COLON_REACH = 40
# Words between a cue and the colon it opens (subject, adverbs).
_COLON_WORDS = 4
# Words of the span's last clause that may stand before its subordinator ("immer wenn").
_SUBORDINATOR_REACH = 2
# Characters read back from a cue for its sentence.
_SENTENCE_REACH = 160
_SENTENCE_END = re.compile(r"[.!?\n]")
_CLAUSE_BREAK = re.compile(r"[,.;:!?\"„“”»«()\n]")
# Characters read back from an infinitive cue for its subject ("Man kann das … sagen").
_SUBJECT_REACH = 80
# Characters read after a document noun for its owner ("der Übersicht | des Ministeriums").
_OWNER_REACH = 40


def _colon_after_cue(text: str, q: Quote, lex: Lexicon) -> bool:
    if q.cue_end is None or q.cue_start is None or q.cue_start < q.end:
        return False
    after = text[q.cue_end:q.cue_end + _COLON_REACH]
    colon = after.find(":")
    if colon < 0 or re.search(r"[.!?\n,;\"„“”»«]", after[:colon]) or len(
            words(after[:colon])) > _COLON_WORDS:
        return False
    lead = words(text, q.start, q.end)[:_SUBORDINATOR_REACH]  # the span opens the clause
    return any(w.key in lex.rules.subordinators for w in lead)  # ("immer wenn", "und als")


def _relative_span(text: str, q: Quote, lex: Lexicon, sw: SpeakerWords) -> bool:
    if q.cue_end is None or q.cue_end > q.start or text[q.cue_end:q.start].strip() != ",":
        return False
    cue = words(q.cue or "")
    if not cue or cue[-1].text.endswith(sw.preterite_endings):
        return False  # "sagte, die am Montag vorgestellten Zahlen …": content, not a relative
    first = words(text, q.start, min(q.end, q.start + 60))[:2]
    if len(first) < 2 or first[0].text not in lex.rules.comma_relatives:
        return False
    second = first[1]
    if not second.text[:1].islower() or second.key in QUANTIFIERS or (
            second.text in lex.rules.noun_cues):
        return False  # "die vier Männer", "die beiden" open a subject
    span = words(text, q.start, q.end)
    if any(w.text in sw.subjunctive_finites for w in span[1:-1]):
        return False  # "das vor Jahren beschlossene Gesetz sei …": a finite verb inside
    prepositions = {*lex.rules.governing_prepositions, *lex.rules.topic_prepositions}
    return second.text in prepositions or not second.text.endswith(sw.finite_endings)


def _sentence_before(text: str, at: int) -> str:
    before = text[max(0, at - _SENTENCE_REACH):at]
    return before[max((m.end() for m in _SENTENCE_END.finditer(before)), default=0):]


def _belief(text: str, q: Quote, sw: SpeakerWords) -> bool:
    cue = words(q.cue or "")
    if not cue or cue[0].text.casefold() not in sw.belief_verbs or q.cue_start is None:
        return False
    span = words(text, q.start, q.end)
    if len(span) >= 2 and span[-2].key in sw.infinitive_particles and span[-1].text.endswith(
            sw.infinitive_endings) and not any(w.text in sw.subjunctive_finites for w in span) and (
            "," not in text[q.start:q.end]):  # (not "es lohne sich, in Bildung zu investieren")
        return True
    if q.cue_end is None or q.cue_start > q.start or text[max(q.cue_end, q.speaker_end or 0):
                                                           q.start].strip() == ",":
        return False  # a clause right after the cue's subject: "Mit Blick auf X meinte er, …"
    opening = words(_sentence_before(text, q.cue_start))[:1]
    return bool(opening) and opening[0].key in sw.meaning_prepositions  # "Mit X meinte er …"


def _is_marker(q: Quote, lex: Lexicon) -> bool:
    found = words(q.cue or "")
    return bool(found) and lex.match_phrase(found, 0, lex.markers) > 0 and (
        found[0].key not in lex.closing_markers)


def _postposed(q: Quote, lex: Lexicon) -> bool:
    """``q``'s cue ends in a postposed marker ("dem Bericht zufolge")."""
    found = words(q.cue or "")
    return bool(found) and found[-1].key in lex.postposed


def _marker_after(text: str, q: Quote, lex: Lexicon) -> bool:
    if q.cue_start is None or q.cue_start < q.end or not _is_marker(q, lex):
        return False
    gap = text[q.end:q.cue_start]
    if re.search(r"[:.!?\n]", text[q.end - 1:q.cue_start]):  # (a span may keep its colon)
        return True
    relative = words(gap)[:1]  # (a free relative too: "…, was laut X nur zehn betrifft")
    return "," in gap and bool(relative) and (relative[0].text in lex.rules.comma_relatives or (
        relative[0].key in speaker_words(lex.rules.code).free_relatives))


def _impersonal(text: str, q: Quote, lex: Lexicon, sw: SpeakerWords) -> bool:
    if q.speaker_text or q.cue_start is None:
        return False
    before = text[max(0, q.cue_start - _SUBJECT_REACH):q.cue_start]
    clause = before[max((m.end() for m in _CLAUSE_BREAK.finditer(before)), default=0):]
    keys = {w.text.casefold() for w in words(clause)}
    governors = {*lex.rules.modal_verbs, *sw.infinitive_governors}
    return bool(keys & sw.impersonal_subjects) and bool(keys & governors)  # "man kann sagen"


def clause_checks(text: str, q: Quote, lex: Lexicon) -> bool:
    """``q`` (a reported statement) reports a clause its cue governs, as the module says."""
    if q.direct:
        return True
    sw = speaker_words(lex.rules.code)
    return not (_colon_after_cue(text, q, lex) or _relative_span(text, q, lex, sw)
                or _belief(text, q, sw) or _marker_after(text, q, lex)
                or _impersonal(text, q, lex, sw) or _other_verb(text, q, sw)
                or verb_final_cue(text, q, lex, sw) or appended_phrase(text, q, lex, sw)
                or _gist_source(q, lex, sw) or list_intro(text, q, sw)
                or question_opening(text, q, sw) or fronted_question(text, q, lex)
                or subordinate_cue(text, q, lex, sw)
                or marker_in_next_clause(text, q, lex, sw, _is_marker(q, lex) or _postposed(q, lex)))


def _gist_source(q: Quote, lex: Lexicon, sw: SpeakerWords) -> bool:
    """A closing marker's source that names the gist of what is said, with its owner ("…, so
    das Ziel der Initiative", "…, so die Lesart der damaligen Richter"; ``gist_nouns``): no
    one speaks, as with "so der Vorwurf"."""
    cue, found = words(q.cue or ""), words(q.speaker_text or "")
    head = next((w for w in found if w.key not in ARTICLES), None)
    return bool(cue) and cue[0].key in lex.closing_markers and head is not None and has_head(
        head.text, sw.gist_nouns)


def _other_verb(text: str, q: Quote, sw: SpeakerWords) -> bool:
    """A particle closes the cue's clause before the content and makes the cue another verb
    ("Am Montag sagte Anna Roth die Reise ab, weil …": she cancelled it)."""
    cue = words(q.cue or "")
    if len(cue) != 1 or q.cue_end is None or q.cue_end > q.start:
        return False
    between = words(text, q.cue_end, q.start)
    return bool(between) and (cue[0].key, between[-1].key) in sw.other_verb_particles


def _heads(words_: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(normalize_for_match(w) for w in words_)


def _owned(text: str, end: int, sw: SpeakerWords, lex: Lexicon) -> bool:
    """A genitive or "von" owner follows the noun ending at ``end`` (not a date: "vom Juli")."""
    after = words(text, end, end + _OWNER_REACH)[:2]
    return len(after) == 2 and after[0].key in sw.owner_links and after[1].text[:1].isupper() \
        and not re.search(r"[^\s]", text[end:after[0].start]) and not _date_word(after[1].key, lex)


def _date_word(key: str, lex: Lexicon) -> bool:
    return key in lex.rules.months or key in lex.rules.weekdays


def figure_source(text: str, q: Quote, lex: Lexicon) -> Quote:
    """``q``, without its speaker where that is a figure with no owner (the module's last
    point)."""
    if not q.speaker_text or q.speaker_start is None or q.speaker_end is None:
        return q
    sw = speaker_words(lex.rules.code)
    heads = _heads(sw.figure_heads)
    found = words(text, q.speaker_start, q.speaker_end)
    if not found or not has_head(found[-1].text, heads) or _owned(
            text, q.speaker_end, sw, lex) or any(w.text[:1].isupper() for w in found[:-1]) or (
            found[-1].text.split("-")[0].isupper()):
        return q  # ("laut einer ZDF-Umfrage": the acronym owns it)
    return replace(q, speaker_text=None, speaker_start=None, speaker_end=None, speaker_id=None,
                   speaker_name=None)


__all__ = ["clause_checks", "figure_source"]
