"""A speaker text inside a post-modifier of the cue's subject: the cue's syntactic subject is
the noun phrase the modifier hangs on, not a name inside the modifier.

"My grandfather who emigrated from Scotland at the turn of the century said …" (a relative
clause: the grandfather, not Scotland), "The Senate bill authorizing aid to the Israeli military
stated …" (a participle phrase: the bill, not the military). The head is a lower-case noun with
a determiner before it (a few modifiers between), opening its clause; the modifier opens with a
relative pronoun or a present participle (the pack's
``participle_endings``) and holds no comma up to the speaker. Only in packs whose nouns take
their modifiers before them (those with inverted-cue words), where this shape is unambiguous.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dragoman.language.invertedcues import inverted_cue_words
from dragoman.model import Quote
from dragoman.quotes.complements import ARTICLES, DETERMINERS
from dragoman.quotes.headnoun import may_be_noun, role_noun
from dragoman.quotes.lexicon import Lexicon, Word, words
from dragoman.quotes.speakers import _TITLES

# How far before the speaker the subject's head is looked for (characters): one long subject.
SUBJECT_REACH_CHARS = 250
# Most modifier words between the determiner and the head ("The US Senate bill"): a bound
# from the shape of a noun phrase, not a fitted value.
HEAD_MODIFIER_WORDS = 3
# Most words of the subject of a relative clause whose verb is the cue ("who Ann Lee said").
OBJECT_RELATIVE_WORDS = 2
# Shortest present participle opening a modifier ("citing"; not "king", "thing").
MIN_PARTICIPLE_CHARS = 6
# Possessive determiners opening a subject ("my grandfather"), besides the pack's determiners.
_POSSESSIVES = frozenset({"my", "our", "your"})
# What ends the sentence before the subject.
_SENTENCE_END = re.compile(r"[.!?\n]\s*$")
_CLAUSE_PUNCT = re.compile(r"[,;:—–()]")  # the modifier closes before the speaker
_STOP = re.compile(r"([.!?\n])\s+")
# What may stand before the subject's determiner inside its sentence (an opening phrase's
# comma, a dash).
_CLAUSE_BREAK = re.compile(r"[,;:—–]\s*$")


def _opener(w: Word, lex: Lexicon) -> bool:
    """A relative pronoun ("who") or a present participle ("authorizing"); not "that", which
    may be a complementizer ("the report found that Ann Lee said")."""
    return (w.key in lex.relatives or (
        w.text.islower() and len(w.key) >= MIN_PARTICIPLE_CHARS
        and bool(lex.rules.participle_endings)
        and w.key.endswith(lex.rules.participle_endings)))


def _clause_start(text: str, at: int, floor: int) -> bool:
    """``at`` opens its sentence or follows a clause break (only stop words may come between)."""
    before = text[floor:at]
    return not before.strip() or bool(_SENTENCE_END.search(before) or _CLAUSE_BREAK.search(before))


def _head_phrase(text: str, ws: list[Word], r: int, lex: Lexicon, floor: int) -> tuple[int, int] | None:
    """The determiner-to-head span of the noun phrase right before ``ws[r]`` (the modifier's
    opener), when it opens its clause; else None."""
    head = ws[r - 1] if r >= 2 else None
    if head is None or not (may_be_noun(head, lex) or role_noun(head, lex)) or text[
            head.end:ws[r].start].strip(" ,"):
        return None  # ("The judges who ruled …": a plural role noun heads it too)
    for d in range(r - 2, max(-1, r - 3 - HEAD_MODIFIER_WORDS), -1):
        w = ws[d]
        if w.key in DETERMINERS or w.key in _POSSESSIVES:
            if any(x.key in lex.stops for x in ws[d + 1:r - 1]) or any(
                    text[x.end:y.start].strip() for x, y in zip(ws[d:r - 1], ws[d + 1:r], strict=True)):
                return None  # a phrase broken by a stop word or punctuation
            return (w.start, ws[r - 1].end) if _clause_start(text, w.start, floor) else None
    return None


def _object_relative(text: str, at: int, cue: int, lex: Lexicon, past: str) -> bool:
    """Only a short noun phrase stands between the relative pronoun and the cue ("who police
    said", "who the officers said"): the cue is the relative clause's own verb, its subject
    the speaker; not "who founded the food bank said", "who resigned said"."""
    found = [w for w in words(text, at, cue) if w.key not in DETERMINERS and w.key not in ARTICLES]
    return len(found) <= OBJECT_RELATIVE_WORDS and not any(
        w.text.islower() and w.key.endswith(past) for w in found)


def _verbal(w: Word, lex: Lexicon, past: str) -> bool:
    """A lower-case auxiliary, cue verb or word with the past ending: a finite verb's mark."""
    key = w.key
    return w.text.islower() and (key in lex.auxiliaries or key in lex.passives
                                 or key in lex.verbs or key.endswith(past))


def _one_modifier(text: str, opener: Word, start: int, end: int, cue: int, lex: Lexicon,
                  past: str) -> bool:
    """The modifier opened by ``opener`` runs on to the speaker text (``start``-``end``) and the
    speaker text on to the cue, all in one clause: no conjunction or subordinator on the way,
    no pronoun (the cue's own subject, "…, and she said"), and no verb after the modifier's
    own (a relative pronoun's verb group, "who had emigrated"; a participle is its own verb):
    not "The people who attended the rally cheered as Ann Lee said"."""
    joins = {*lex.sentence_conjunctions, *lex.as_words,
             *_folded((*lex.rules.subordinators, *lex.rules.clause_prepositions))}
    inside = words(text, opener.end, start)
    if opener.key in lex.relatives:  # skip the relative clause's verb group ("had been named")
        first = 0
        while first < len(inside) - 1 and (inside[first].key in lex.auxiliaries
                                           or inside[first].key in lex.passives):
            first += 1
        first += 1  # the verb itself, irregular ones too ("who ran")
        while first < len(inside) and _verbal(inside[first], lex, past):
            first += 1
        inside = inside[first:]
    if any(w.key in joins or _verbal(w, lex, past) for w in inside):
        return False
    return not any(w.key in joins or w.key in lex.pronouns for w in words(text, end, cue))


def _folded(found: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.casefold() for w in found)


def _sentence_floor(text: str, start: int) -> int:
    """Where the sentence holding ``start`` begins, looked for within ``SUBJECT_REACH_CHARS``
    (a title's dot ends no sentence: "Ms. Harlow")."""
    floor = max(0, start - SUBJECT_REACH_CHARS)
    for m in reversed(list(_STOP.finditer(text, floor, start))):
        word = text[max(floor, text.rfind(" ", floor, m.start()) + 1):m.start()]
        if m.group(1) != "." or word.casefold() not in _TITLES:
            return m.end()
    return floor


def subject_head(text: str, q: Quote, lex: Lexicon) -> Quote:
    """``q`` with the head noun phrase of the cue's subject as its speaker when the speaker
    text stands inside that subject's post-modifier (see the module's doc); else ``q``."""
    pack = inverted_cue_words(lex.rules.code)
    start, end, cue = q.speaker_start, q.speaker_end, q.cue_start
    if pack is None or not pack.past_ending or start is None or end is None or cue is None or (
            end > cue) or (q.speaker_text or "").casefold() in lex.pronouns:
        return q
    floor = _sentence_floor(text, start)
    if re.search(r"[.!?]\s", text[end:cue]):
        return q  # the speaker stands in another sentence
    ws = words(text, floor, end)
    r = next((n for n in range(len(ws) - 1, 0, -1) if _opener(ws[n], lex)), None)
    if r is None or (ws[r].start < start and _CLAUSE_PUNCT.search(text, ws[r].end, start)):
        return q  # (an opener inside the speaker text: "woman who founded the X" is cut)
    if ws[r].key in lex.relatives and _object_relative(text, ws[r].end, cue, lex, pack.past_ending):
        return q  # "the driver who police said was speeding": the cue's own subject
    if not _one_modifier(text, ws[r], start, end, cue, lex, pack.past_ending):
        return q  # "The man who shot him was arrested and Tom Ray said": another clause
    span = _head_phrase(text, ws, r, lex, floor)
    if span is None:
        return q
    phrase = text[span[0]:span[1]]
    return replace(q, speaker_start=span[0], speaker_end=span[1], speaker_text=phrase,
                   speaker_name=phrase, speaker_id=None)


__all__ = ["subject_head"]
