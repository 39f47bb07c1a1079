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
from dragoman.quotes.speakers import Speaker, phrase_speaker
from dragoman.quotes.subjects import opening_word

if TYPE_CHECKING:
    from dragoman.quotes.cues import Cue
    from dragoman.quotes.detect import _Context

_PUNCTUATION = re.compile(r"[^\w\s'’.-]")


def fronted_subject(ctx: _Context, cue: Cue, after: list[Word]) -> tuple[Speaker, int] | None:
    """The speaker after the cue and the index of the word after it, when the words before
    the cue are one fronted phrase that opens the sentence (``after``: the words after the
    cue up to a boundary); else None."""
    lex = ctx.lex
    first = opening_word(ctx, ctx.sentence(cue.start)[0])
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
    if sp is None or not _clause_follows(ctx, end):
        return None
    return sp, end


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
