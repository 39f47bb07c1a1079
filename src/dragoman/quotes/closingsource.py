"""A closing source marker ("…, so Müller.", "„…“, so der Sieger rückblickend.", "…, so Tobias
Merkel von der Firma Nordwärme und Helga Brandner vom Planungsbüro West."): whether the word
after a comma opens a source that a punctuation mark ends soon, not a clause ("so dass", ",
so ist es"), a time ("so Ende Mai") or a set phrase ("so Gott will")."""

from __future__ import annotations

import re

from dragoman.language.speakerwords import speaker_words, speaking_noun
from dragoman.quotes.complements import ARTICLES
from dragoman.quotes.lexicon import Lexicon, Word
from dragoman.quotes.speakers import MAX_SPEAKER_WORDS

# Lower-case adjectives read past between an indefinite article and its noun ("ein hoher
# Beamter"; grammar, not calibrated).
_ADJECTIVES = 2


def closing_source(text: str, ws: list[Word], i: int, lex: Lexicon) -> bool:
    """A closing marker ("…, so Müller.", "„…“, so der Sieger rückblickend.", "…, so eine
    Sprecherin.") right after a comma, with a name or a noun phrase after it that a
    punctuation mark ends soon: not "so dass", "so lange", ", so ist es", a time ("so Ende
    Mai") or a set phrase ("so Gott will")."""
    if i == 0 or not re.fullmatch(r"[\"“”»«’‘]?\s*,\s*|[\"“”»«’‘]\s*[–—]\s*", text[
            ws[i - 1].end:ws[i].start]):  # a dash after the closing mark: "„…“ – so Roth."
        return False
    nxt = i + 1
    if nxt >= len(ws) or not (ws[nxt].text[:1].isupper() or ws[nxt].key in ARTICLES):
        return False  # (an indefinite article too: "…, so ein Sprecher der Polizei.")
    if ws[nxt].key in lex.rules.noun_cues and not _speaking_after(ws, nxt + 1, lex):
        return False  # an exclamation: "…, so ein Jammer."
    if _formula(ws[nxt], lex):
        return False
    return _source_ends(text, ws, nxt, lex, coordinated=False)


def _source_ends(text: str, ws: list[Word], first: int, lex: Lexicon, coordinated: bool) -> bool:
    """A punctuation mark ends the source opening at ``first`` within MAX_SPEAKER_WORDS + 1
    words; a coordinator before a capitalised word or an article opens a second source that
    gets as many words of its own, once ("…, so Eva Roth vom Amt Nord und Tim Kühn von der
    Firma Lux.": two people, each with an attribute)."""
    coordinators = speaker_words(lex.rules.code).coordinators
    for k in range(first, min(len(ws), first + MAX_SPEAKER_WORDS + 1)):
        if k + 1 == len(ws) or re.search(r"[.,;:!?]", text[ws[k].end:ws[k + 1].start]):
            return True
        if not coordinated and k > first and ws[k].key in coordinators and (
                ws[k + 1].text[:1].isupper() or ws[k + 1].key in ARTICLES):
            return _source_ends(text, ws, k + 1, lex, coordinated=True)
    return False


def _formula(w: Word, lex: Lexicon) -> bool:
    """``w`` opens a time ("Ende Mai", "Anfang der Woche", "Montag") or a set phrase ("Gott
    will"), no source."""
    nouns = lex.rules.noun_classes
    return w.key in nouns.months or w.key in nouns.time_words or w.key in lex.rules.weekdays or (
        w.key in speaker_words(lex.rules.code).formula_sources)


def _speaking_after(ws: list[Word], at: int, lex: Lexicon) -> bool:
    """The noun after an indefinite article at ``ws[at - 1]`` (past lower-case adjectives)
    names someone who may speak ("ein Sprecher", "eine Studie", "ein hoher Beamter")."""
    head = next((w for w in ws[at:at + _ADJECTIVES + 1] if w.text[:1].isupper()), None)
    roles = lex.person_roles | frozenset(lex.roles)
    return head is not None and speaking_noun(head.text, speaker_words(lex.rules.code), roles)
