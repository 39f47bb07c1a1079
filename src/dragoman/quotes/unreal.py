"""A cue that reports no statement because the speaking it names has not happened: it stands
in a condition ("If the mayor says the plan is dead, …", "unless the court rules that …",
"whether officials said that …") or after a modal of prediction or possibility ("critics will
say the law is unfair", "some may argue that …", "you might think that …"). What follows is
what someone would say, not what anyone said. A condition closed by a comma before its cue
("If confirmed, he said, the deal …") leaves the cue its statement, and so does a condition
whose opener is not right before the cue's subject ("Unless told otherwise the staff said").
A future modal with a definite subject and no likelihood adverb announces prepared remarks,
a statement in news ("The minister will tell MPs on Monday that …"; not "critics will say",
"the bank will likely say"). The words are the language's data (``SpeakerWords``:
``condition_openers``, ``prediction_modals``, ``modal_adverbs``, ``scheduled_modals``,
``likelihood_adverbs``); a pack with none keeps every cue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dragoman.language.speakerwords import folded, speaker_words
from dragoman.quotes.complements import DETERMINERS
from dragoman.quotes.cues import SPEAKER_LABELS
from dragoman.quotes.lexicon import words

if TYPE_CHECKING:
    from dragoman.quotes.cues import Cue
    from dragoman.quotes.detect import _Context
    from dragoman.quotes.mentions import Speaker

# Most words between a condition's opener and its cue: the subject ("If the new state
# governor says"); further away, the opener heads an earlier clause.
CONDITION_SUBJECT_WORDS = 6
# Characters that close a condition before the cue ("If confirmed, he said"): the cue then
# belongs to the main clause.
_CLAUSE_BREAKS = frozenset(",;:()[]—–\"“”«»")
# Most words from a condition's opener to its subject's first word: the opener and one title
# ("whether Senator Ruth Alder said"); more, and another clause stands between ("Unless told
# otherwise the staff said").
CONDITION_OPENER_GAP = 2


def unreal_cue(ctx: _Context, cue: Cue, subject: Speaker | None = None) -> bool:
    """The verb ``cue`` (with its ``subject``) stands in a condition or after a modal of
    prediction: see the module."""
    sw = speaker_words(ctx.lex.rules.code)
    if cue.kind != "verb" or not (sw.condition_openers or sw.prediction_modals):
        return False
    return _after_modal(ctx, cue, subject) or _in_condition(ctx, cue, subject)


def _after_modal(ctx: _Context, cue: Cue, subject: Speaker | None) -> bool:
    """"will say", "may well argue", "they'll claim": a modal of prediction before the cue,
    at most one of the pack's ``modal_adverbs`` between them; not a scheduled statement."""
    sw, ws, i = speaker_words(ctx.lex.rules.code), ctx.words, cue.wi - 1
    modals, adverbs = folded(sw.prediction_modals), folded(sw.modal_adverbs)
    adverb = None
    if i >= 1 and ws[i].key in adverbs and _joined(ctx, i - 1, i):
        adverb, i = ws[i].key, i - 1
    if i < 0 or not _joined(ctx, i, cue.wi):
        return False
    if not ws[i].text[:1].islower() and "'" not in ws[i].text.replace("’", "'"):
        return False  # "in May said", "Will said": a month, a name
    key = ws[i].key.replace("’", "'")
    modal = next((m for m in modals if key == m or (m.startswith("'") and key.endswith(m))), None)
    if modal is None:
        return False
    return not (modal in folded(sw.scheduled_modals) and adverb not in folded(
        sw.likelihood_adverbs) and _definite(ctx, subject, ws[i].start))


def _definite(ctx: _Context, subject: Speaker | None, modal_start: int) -> bool:
    """A named or definite speaker right before the modal ("Obama", "the minister", "she"),
    not a generic one ("critics", "some", "they", "you") nor a subject further back."""
    if subject is None or ctx.text[subject.end:modal_start].strip():
        return False
    if subject.label:  # a mention: a person, a body, a place (not "Americans", a MISC group)
        return subject.label in SPEAKER_LABELS
    own = words(subject.text)
    return bool(own) and (own[0].key in DETERMINERS or (
        len(own) == 1 and own[0].key in ctx.lex.person_pronouns))


def _in_condition(ctx: _Context, cue: Cue, subject: Speaker | None) -> bool:
    """A condition opener heads the cue's clause: no clause break between it and the cue,
    the cue's subject right after it."""
    openers = folded(speaker_words(ctx.lex.rules.code).condition_openers)
    s_start = ctx.sentence(cue.start)[0]
    ws, i = ctx.words, cue.wi - 1
    while i >= 0 and cue.wi - i <= CONDITION_SUBJECT_WORDS + 1 and ws[i].start >= s_start:
        if not _joined(ctx, i, i + 1):
            return False
        if ws[i].key in openers:
            return subject is None or subject.start < ws[i].start or (
                ctx.word_at(subject.start) - i <= CONDITION_OPENER_GAP)
        i -= 1
    return False


def _joined(ctx: _Context, i: int, j: int) -> bool:
    """No clause break stands between word ``i`` and word ``j``."""
    gap = ctx.text[ctx.words[i].end:ctx.words[j].start]
    return not any(c in _CLAUSE_BREAKS for c in gap)


__all__ = ["unreal_cue"]
