"""The source named after an impersonal cue that closes a statement ("Die Brücke bleibe
gesperrt, hieß es aus dem Rathaus.", "…, heißt es bei der Bahn.", "…, hieß es vom Konzern.";
issue 16, pool A German pages): the object of a source preposition of the pack
(``sourcephrases.impersonal_source_prepositions``) speaks when its head names someone who may
speak (``speakingphrase.speaking_head``: a body, an agent, a medium, "Regierungskreisen"), a
circle ("aus dem Umfeld des Kanzlers") or is a person's or organisation's mention. A place
("aus Berlin"), a time or a thing ("bei Regen"), or the object of a circumposition ("vom ersten
Tag an", ``sourcephrases.circumpositions``) names no one: the statement keeps no speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dragoman.language.functionwords import ARTICLES, inflected_adjective
from dragoman.language.normalize import normalize_for_match
from dragoman.language.sourcephrases import source_phrases
from dragoman.language.speakerwords import has_head, speaker_words
from dragoman.quotes.cues import Cue
from dragoman.quotes.mentions import Speaker
from dragoman.quotes.speakingphrase import speaking_head

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context

# Mention labels that speak as a source after the preposition (a place does not: "aus Berlin"
# is where the news came from as often as the government).
_SOURCE_LABELS = frozenset({"PER", "ORG"})


def tail_source(ctx: _Context, cue: Cue, k: int) -> Speaker | None:
    """The speaker the phrase ``ctx.words[cue.wj:k]`` after an impersonal cue names, as the
    module says, or None. The phrase runs from the head noun to its last capitalised word,
    genitives included ("Umfeld des Kanzlers")."""
    ws, code = ctx.words, ctx.lex.rules.code
    sp = source_phrases(code)
    if k - cue.wj < 2 or ws[cue.wj].key not in sp.impersonal_source_prepositions:
        return None
    j = cue.wj + 1
    while j < k and ws[j].text[:1].islower() and (ws[j].key in ARTICLES
                                                  or inflected_adjective(ws[j].text)):
        j += 1  # "aus dem zuständigen | Ministerium"
    if j >= k or not ws[j].text[:1].isupper():
        return None
    last = j
    for n in range(j + 1, k):
        if ws[n].text[:1].isupper():
            last = n
        elif not (ws[n].key in ARTICLES or inflected_adjective(ws[n].text)):
            break  # "aus dem Rathaus am …": a lower-case word ends the source
    if last + 1 < k and (ws[cue.wj].key, ws[last + 1].key) in sp.circumpositions:
        return None  # "vom ersten Tag an": a time or a starting point
    start, end = ws[j].start, ws[last].end
    exact = [m for m in ctx.mentions.within(start, end) if m.start == start]
    sw = speaker_words(code)
    if not (speaking_head(ws[j].text, code) or has_head(ws[j].text, tuple(sw.circle_nouns))
            or any(m.label in _SOURCE_LABELS for m in exact)):
        return None
    mention = next((m for m in exact if m.end == end and m.label in _SOURCE_LABELS), None)
    return Speaker(start, end, ctx.text[start:end],
                   entity_id=mention.entity_id if mention else None,
                   label=mention.label if mention else "")


def past_report(ctx: _Context, cue: Cue, k: int) -> bool:
    """A short indicative clause closed by the impersonal ``cue`` is a report, not a saying:
    a source follows the cue ("Das Werk wird geschlossen, hieß es vom Konzern."), or the cue's
    finite is in the past and closes the sentence ("Die Straße bleibt gesperrt, hieß es.")."""
    past = source_phrases(ctx.lex.rules.code).past_impersonal_finites
    return tail_source(ctx, cue, k) is not None or (
        k == cue.wj and ctx.words[cue.wi].key in {normalize_for_match(w) for w in past})


__all__ = ["past_report", "tail_source"]
