"""The subject after a fronted phrase in a verb-second language: "Nach dem Spiel sagte
Trainer Thomas Berger, …", "Am Montag erklärte die Ministerin, …", "Dann sagte er, …".

Only one phrase stands before the finite verb of a German main clause. When that phrase
opens the sentence with a preposition or a time or linking adverb (the pack's
``fronted_openers``), it is no subject: "Spiel" of "Nach dem Spiel sagte X" and "Berlin"
of "In Berlin sagte X" are not the speaker; the subject follows the cue.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dragoman.language.speakerwords import folded, speaker_words
from dragoman.quotes.inversion import adverbs_after
from dragoman.quotes.lexicon import Word, words
from dragoman.quotes.relclauses import subordinator
from dragoman.quotes.speakers import Speaker, chunk_after, phrase_speaker
from dragoman.quotes.subjects import opening_word

if TYPE_CHECKING:
    from dragoman.quotes.cues import Cue
    from dragoman.quotes.detect import _Context

_PUNCTUATION = re.compile(r"[^\w\s'’.-]")
# Adverbs between a fronted cue and its subject ("sagte zudem auch X"): two at most, read off
# pool A's German pages (issue 16, "Ähnlich äußerte sich auch …").
SUBJECT_ADVERBS = 2
# Words of a phrase between that subject and the colon of its quotation ("in einer
# Mitteilung", "auf der Pressekonferenz am Montag"): four, read off the same pages.
PHRASE_TO_COLON = 4


def fronted_subject(ctx: _Context, cue: Cue, after: list[Word]) -> tuple[Speaker, int] | None:
    """The speaker after the cue and the index of the word after it, when the words before
    the cue are one fronted phrase that opens the sentence (``after``: the words after the
    cue up to a boundary); else None."""
    lex = ctx.lex
    first = opening_word(ctx, ctx.sentence(cue.start)[0])
    if cue.kind == "verb" and not after:
        after = _past_adverbs(ctx, cue.wj)  # "Dann sagte auch Peter Lang: …"
    if cue.kind != "verb" or not after or first >= cue.wi:
        return None
    if ctx.words[first].key not in folded(lex.rules.fronted_openers):
        return None
    if _PUNCTUATION.search(ctx.text[ctx.words[first].start:cue.start]):
        return None  # "Nach dem Spiel, das …, sagte": a clause inside, no single phrase
    if any(w.key in lex.rules.impersonal_pronouns for w in ctx.words[cue.wi:cue.wj]):
        return None  # "Aus dem Rathaus hieß es dazu: …": the subject "es" is the cue's own
    sp = phrase_speaker(ctx.text, after, lex, ctx.mentions, before_verb=False)
    if sp is not None and words(sp.text)[:1] and words(sp.text)[0].key in (
            speaker_words(lex.rules.code).impersonal_subjects):
        return None  # "Bei der Polizei sagte man: …": no one
    end = ctx.word_at(after[-1].start) + 1
    if sp is None or not (_clause_follows(ctx, end) or _colon_after_phrase(ctx, end)):
        return None
    return sp, end


def _colon_after_phrase(ctx: _Context, k: int) -> bool:
    """A colon closes a short phrase of no verb after the subject ending before ws[k] ("Dann
    sagte der Konzern in einer Mitteilung: „…“"): up to ``PHRASE_TO_COLON`` words, opened by a
    lower-case word, with no other punctuation."""
    ws, lex = ctx.words, ctx.lex
    for n in range(k, min(len(ws), k + PHRASE_TO_COLON)):
        gap = ctx.text[ws[n - 1].end:ws[n].start].strip()
        if gap or ws[n].key in lex.verbs or ws[n].key in lex.participles or (
                n == k and not ws[n].text[:1].islower()):
            return False
        after = ctx.text[ws[n].end:ws[n + 1].start if n + 1 < len(ws) else len(ctx.text)]
        if after.strip().startswith(":"):
            return True
    return False


def _past_adverbs(ctx: _Context, k: int) -> list[Word]:
    """The subject's words after up to ``SUBJECT_ADVERBS`` of the pack's ``speaker_adverbs``
    at ws[k] ("sagte auch Peter Lang", "äußerte sich zudem die Ministerin"), which stop the
    plain chunk after the cue; [] when no such adverb stands there."""
    ws, lex = ctx.words, ctx.lex
    j = k
    while (j < len(ws) and j - k < SUBJECT_ADVERBS and ws[j].key in lex.rules.speaker_adverbs
           and not ctx.text[ws[j - 1].end:ws[j].start].strip()):
        j += 1
    return chunk_after(ctx.text, ws, j, lex) if j > k else []


def _clause_follows(ctx: _Context, k: int) -> bool:
    """A reported clause follows the subject ending before ws[k]: set off by a comma and
    opened by no subordinator or question word ("…, ihr Team habe …"), or by a colon ("…: „Wir
    haben …“"), after the pack's
    ``speaker_adverbs`` and weekdays ("sagte X am Mittwoch, …") and an addressee of an
    article and a noun ("sagte X der Zeitung, …"), or "dass" right
    after it or after one word ("warnt die EPA davor, dass …"); not "plädierte X auf
    unschuldig, während …" nor "verrät X, wie er …"."""
    ws, lex = ctx.words, ctx.lex
    k += adverbs_after(ctx.text, ws, k, lex)  # "sagte Scholz am Mittwoch, …"
    if k + 1 < len(ws) and ws[k].key in lex.rules.noun_classes.definite_articles and (
            ws[k + 1].text[:1].isupper()) and _adjacent(ctx, k - 1, k) and _adjacent(ctx, k, k + 1):
        k += 2  # the addressee, no comma before it: "sagte Scholz der Zeitung, …"
    for n in (k, k + 1):
        if n < len(ws) and ws[n].key in lex.complementizers and not subordinator(ws[n].key, lex):
            return n == k or "," in ctx.text[ws[n - 1].end:ws[n].start]
    if k < len(ws) and ctx.text[ws[k - 1].end:ws[k].start].lstrip().startswith(":"):
        return True  # the content after a colon, quoted or not: "sagte X: „…“"
    return (k < len(ws) and "," in ctx.text[ws[k - 1].end:ws[k].start]
            and ws[k].key not in lex.content_blockers and not subordinator(ws[k].key, lex))


def _adjacent(ctx: _Context, a: int, b: int) -> bool:
    """Nothing but spaces between words ``a`` and ``b``."""
    return not ctx.text[ctx.words[a].end:ctx.words[b].start].strip()
