"""Reported spans an analyst reads as no statement, for languages that capitalise every noun
(German), checked by ``germanclauses.clause_checks`` after the speaker is found:

- A span ending in a colon ("In Bussen gelten laut der Stadt diese Regeln:", "erscheinen laut X
  diese drei Geräte:"): it announces a list or a quotation that follows in the
  next lines; what is said is not in the span. A span going on past its colon ("… erscheinen:
  A, B und C") stays, and so does a complete clause weighing what follows, with no noun
  before its colon and no number or announcing word (``list_announcers``) in it ("die Bilanz
  sei gut:").
- A span opening with a question determiner behind the comma after the cue and its phrases
  ("erläuterte, welche Straßen zuerst geräumt werden", ``question_determiners``): an indirect
  question names a topic, not a statement; not one going on past a comma ("sagte, welche
  Partei auch gewinne, die Schulden blieben hoch": a concession before the content); other
  question words are handled where the content is found (``clauses.question_start``). Not
  after a cue weighing it (``evaluative_cues``: "betonte, welche Bedeutung …" exclaims), nor
  one answered after a colon ("teilte mit, welche Straßen gesperrt sind: A und B").
- An "according to" marker after the span behind a comma that sits inside the next clause, by
  its finite verb ("Der Streik ist vorbei, laut X fahren die Busse wieder"): the marker
  sources the clause after the comma, not the span before it (``germanclauses`` does the
  same behind a colon or a sentence end). "…, laut ADAC um zehn Prozent" (no verb) stays.
  (A postposed marker after a verb, "…, können dem Bericht zufolge …", is no cue at all:
  ``sources.postposed_source``.)

Written from the grammar with original sentences (``tests/quotes/test_de_pool_spans.py``),
after a judged sample of German pages (``/tmp/pool.db``), not read off an evaluation set.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dragoman.entities.germanarticle import inflected_adjective
from dragoman.language.speakerwords import SpeakerWords, folded, speaker_words
from dragoman.model import Quote
from dragoman.quotes.appendedphrase import finite_helper, last_verb
from dragoman.quotes.complements import ARTICLES
from dragoman.quotes.lexicon import Lexicon, Word, words
from dragoman.quotes.sources import clause_mark

# The reaches below are bounds from the grammar (a verb and its subject, a short acronym, one
# clause), written with the original sentences of tests/quotes/test_de_pool_spans.py, not
# fitted on an evaluation set.
# Characters closing a span after its colon (quotes, spaces).
_CLOSERS = " \n\"”“„»«'’)"
# Characters read after a marker's phrase for the clause's finite verb and its subject.
_VERB_REACH = 40
# Characters read into a span for the ")" closing its cue's parenthesis ("VKD) seien").
_PAREN_REACH = 40
# Characters read back from a subject-source marker for its clause's start.
_CLAUSE_REACH = 200
# Marks ending the clause a subject-source marker stands in (besides quotes and brackets).
_CLAUSE_MARKS = re.compile(r"[.!?;:,\n\"„“”»«()]")


def list_intro(text: str, q: Quote, sw: SpeakerWords) -> bool:
    """``q`` ends in a colon after a list's announcement (the module's first point): its last
    word a noun ("diese Regeln:"), or a number or an announcing word in it ("drei Gründe
    gebe es:", "folgende Straßen"); not a complete clause weighing what follows ("die Bilanz
    sei gut:")."""
    body = text[q.start:q.end].rstrip(_CLOSERS)
    if q.direct or not body.endswith(":"):
        return False
    found = words(body)
    announcers = folded(sw.list_announcers)
    return bool(found) and (found[-1].text[:1].isupper() or any(
        w.text[:1].isdigit() or w.key in announcers for w in found))


def _evaluative(cue: str | None, sw: SpeakerWords) -> bool:
    """``cue`` weighs what follows ("betonte", "hob hervor", "räumte ein")."""
    low = (cue or "").casefold()
    return any(re.search(r"(?<!\w)" + re.escape(stem), low) for stem in sw.evaluative_cues)


def question_opening(text: str, q: Quote, sw: SpeakerWords) -> bool:
    """``q`` is an indirect question set off by a comma after its cue (the second point); not
    after a cue weighing it ("betonte, welche Bedeutung …": an exclamation) nor one going on
    past a colon with its answer ("teilte mit, welche Straßen gesperrt sind: A und B")."""
    if q.direct or q.cue_end is None or q.cue_end > q.start or not sw.question_determiners:
        return False
    gap = text[max(q.cue_end, q.speaker_end or 0):q.start]
    if not gap.rstrip().endswith(",") or re.search(r"[.;:!?\n\"„“”»«]", gap) or (
            "," in text[q.start:q.end]):
        return False  # (a concession: "welche Partei auch gewinne, die Schulden …")
    if re.search(r":\s*\S", text[q.start:q.end]) or _evaluative(q.cue, sw):
        return False
    first = words(text, q.start, min(q.end, q.start + _VERB_REACH))[:3]
    if len(first) < 2 or first[0].text not in sw.question_determiners:
        return False
    # a determiner before its noun or adjective ("welche Straßen", "welche neuen Regeln"), not
    # a relative pronoun on the cue's object ("nannte Gründe, welche die Lage erklären")
    second = first[1]
    return second.text[:1].isupper() or (
        len(first) == 3 and second.key not in ARTICLES and inflected_adjective(second.text)
        and first[2].text[:1].isupper())


def _verb(w: Word, lex: Lexicon, sw: SpeakerWords) -> bool:
    """``w`` can be the finite verb of a verb-second clause."""
    if not w.text.isalpha() or not w.text[:1].islower() or w.key in ARTICLES:
        return False
    if w.text in sw.subjunctive_finites or w.key in lex.auxiliaries or (
            w.text in lex.rules.modal_verbs):
        return True  # ("ist", "wird", "soll": function words, and verbs)
    return w.key not in lex.stops and w.text.endswith(sw.marker_verb_endings)


def _subject_next(w: Word, lex: Lexicon) -> bool:
    return w.text[:1].isupper() or w.key in ARTICLES or w.key in lex.pronouns


def verb_second(ws: list[Word], n: int, lex: Lexicon) -> bool:
    """``ws[n]`` can be the finite verb of a verb-second clause with its subject right after it
    ("laut ADAC liegt der Preis", not "laut Polizei leicht verletzt")."""
    sw = speaker_words(lex.rules.code)
    if n + 1 >= len(ws) or not _verb(ws[n], lex, sw):
        return False
    nxt = ws[n + 1]  # a subject, or a number or numeral before its noun ("sind drei Schulen")
    return _subject_next(nxt, lex) or nxt.text[:1].isdigit() or (
        n + 2 < len(ws) and nxt.text.isalpha() and nxt.text.islower()
        and nxt.key not in lex.stops and ws[n + 2].text[:1].isupper())


def marker_in_next_clause(text: str, q: Quote, lex: Lexicon, sw: SpeakerWords,
                          marker: bool) -> bool:
    """``q``'s marker (``marker``: its cue is one) stands after it behind a comma, inside the
    next clause by that clause's finite verb (the third point)."""
    if q.direct or not marker or q.cue_start is None or q.cue_end is None or (
            q.cue_start < q.end) or re.sub(r"[\s\"”“»«]", "", text[q.end:q.cue_start]) != ",":
        return False
    phrase_end = max(q.cue_end, q.speaker_end or 0)
    after = words(text, phrase_end, phrase_end + _VERB_REACH)[:2]
    if len(after) < 2 or re.search(r"\S", text[phrase_end:after[0].start]):
        return False  # punctuation closes the marker's phrase: "…, laut Polizei, niemand"
    return _verb(after[0], lex, sw) and _subject_next(after[1], lex)


def _moved(text: str, q: Quote, start: int) -> Quote:
    while start < q.end and text[start].isspace():
        start += 1
    return replace(q, start=start, text=text[start:q.end]) if start < q.end else q


def _after_paren(text: str, q: Quote, lex: Lexicon, sw: SpeakerWords) -> int | None:
    """Past the cue's source and the parenthesis after it when the span opened inside them
    ("Nach Angaben des Verbands (VKD) seien …": the span opened at "VKD)"; "der Agentur für
    Arbeit (BA) sind …": at "für", with no verb before the parenthesis)."""
    if q.cue_start is None or q.cue_start > q.start:
        return None
    base = q.start
    if q.speaker_start is not None and q.speaker_end is not None and (
            q.speaker_start < q.start < q.speaker_end < q.end):
        base = q.speaker_end  # (the span opened inside the source)
    gap = len(text[base:q.end]) - len(text[base:q.end].lstrip())
    if text.startswith("(", base + gap):
        close = text.find(")", base + gap, min(q.end, base + gap + _PAREN_REACH))
        return close + 1 if close > 0 else None
    before = text[q.cue_start:base]
    close = text.find(")", base, min(q.end, base + _PAREN_REACH))
    if before.count("(") > before.count(")") and close >= 0 and "(" not in text[base:close]:
        return close + 1
    opening = text.find("(", base, close) if close >= 0 else -1
    head = words(text, base, opening) if opening >= 0 else []
    if head and head[0].text[:1].islower() and last_verb(head, lex, sw) is None and not any(
            _verb(w, lex, sw) for w in head):  # "für Wohnen (AfW) werden": the source's tail
        return close + 1
    return base if base != q.start else None


def _after_colon(text: str, q: Quote) -> int | None:
    """Past a colon before a marker inside the span ("Es gibt Hoffnung: Die Brücke wird laut
    der Stadt im Mai fertig"): the clause before the colon is the writer's."""
    if q.cue_start is None or not q.start < q.cue_start < q.end:
        return None
    colons = list(re.finditer(r":\s", text[q.start:q.cue_start]))
    return q.start + colons[-1].end() if colons else None


def _subject_clause(text: str, q: Quote, lex: Lexicon, sw: SpeakerWords) -> int | None:
    """The clause's start for a subject-source marker inside its clause, the content right
    after it ("Die Firma hat nach eigenen Angaben drei Millionen umgesetzt": the span opened
    at "drei"): the subject and the verb before the marker belong to the content."""
    cue = words(q.cue or "")
    if q.cue_start is None or q.cue_end is None or not cue or not lex.subject_markers or (
            lex.match_phrase(cue, 0, lex.subject_markers) == 0) or text[q.cue_end:q.start].strip():
        return None
    mark = clause_mark(text, q.cue_start, _CLAUSE_REACH, lex.rules.code, _CLAUSE_MARKS)
    start = mark if mark is not None else max(0, q.cue_start - _CLAUSE_REACH)
    before = words(text, start, q.cue_start)
    if len(before) < 2 or (not before[0].text[:1].isupper() and mark is None):
        return None
    has_verb = last_verb(before, lex, sw) is not None or finite_helper(before, lex)
    return before[0].start if has_verb else None


def trimmed(text: str, q: Quote, lex: Lexicon) -> Quote:
    """``q`` (reported) with its start moved where it opened inside the cue's parenthesis,
    before a colon the writer's clause ends with, or past the subject and verb a subject-source
    marker stands between."""
    if q.direct:
        return q
    sw = speaker_words(lex.rules.code)
    for found in (_after_paren(text, q, lex, sw), _after_colon(text, q), _subject_clause(text, q, lex, sw)):
        if found is not None:
            return _moved(text, q, found)
    return q


__all__ = ["list_intro", "marker_in_next_clause", "question_opening", "trimmed", "verb_second"]
