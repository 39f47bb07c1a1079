"""A speaker named as the owner of an unnamed circle, where nouns are capitalised (German):
"Wie Quellen aus dem Umfeld von Apple berichteten", "sagten Personen aus dem Umfeld des
Ministers", "Laut Kreisen der Regierung". The source is the circle, not its owner: the speaker
becomes the phrase from the noun that heads it ("Quellen aus dem Umfeld von Apple") and links to
no entity; with no noun before the circle ("Wie aus dem Umfeld des Ministers verlautete") the
circle is the speaker ("Umfeld des Ministers"). The circle words are ``circle_nouns`` in
``language.speakerwords``, the prepositions holding them its ``circle_prepositions``, the links
between circle and owner its ``owner_links``. Written from the grammar with original sentences
(``tests/quotes/test_de_pool2_circle.py``).

An object pronoun opening a speaker phrase after its cue is the addressee, not part of the
speaker ("…, sagen uns mehrere Anwälte": "mehrere Anwälte"; ``object_pronouns``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from dragoman.language.speakerwords import speaker_words
from dragoman.model import Quote
from dragoman.quotes.complements import ARTICLES
from dragoman.quotes.germanas import as_clause_subject, fronted_marker_source
from dragoman.quotes.lexicon import Lexicon, Word, words
from dragoman.quotes.mentions import Mentions

# Characters read back from the speaker for the circle, its preposition and the noun before it:
# a bound from the shape (about twice ``_BACK_WORDS`` long words), written with the original
# sentences of tests/quotes/test_de_pool2_circle.py, not fitted.
_LOOK_BACK = 80
# Words read back: "Quellen aus dem Umfeld von" is five.
_BACK_WORDS = 5
_BREAK = re.compile(r"[.!?;:,()\[\]\"„“”»«\n–—]")


def _noun_before(ws: list[Word], at: int, lex: Lexicon) -> int | None:
    """Index of the capitalised noun right before ``ws[at]`` (the circle's preposition), or
    None (a closed-class word such as "Wie", "Laut", a lower-case word, nothing)."""
    if at == 0:
        return None
    w = ws[at - 1]
    if not w.text[:1].isupper() or w.key in ARTICLES or w.key in lex.stops or (
            w.key in lex.as_words):
        return None
    return at - 1


def circle_source(text: str, q: Quote, lex: Lexicon) -> Quote:
    """``q`` with its speaker moved from an owner to the circle around it (the module's doc)."""
    if q.speaker_start is None or q.speaker_end is None:
        return q
    sw = speaker_words(lex.rules.code)
    if not sw.circle_nouns:
        return q
    before = text[max(0, q.speaker_start - _LOOK_BACK):q.speaker_start]
    if (m := list(_BREAK.finditer(before))):
        before = before[m[-1].end():]
    ws = words(before)[-_BACK_WORDS:]
    if len(ws) < 2 or ws[-1].key not in sw.owner_links:
        return q
    k = next((i for i in range(len(ws) - 2, -1, -1) if ws[i].key in sw.circle_nouns), None)
    if k is None or not ws[k].text[:1].isupper() or any(
            w.key not in sw.circle_prepositions and w.key not in ARTICLES
            for w in ws[k + 1:-1]):
        return q  # "Umfeld" and the owner's link next to each other ("Umfeld von", "Kreisen der")
    j = k
    while j > 0 and (ws[j - 1].key in sw.circle_prepositions or ws[j - 1].key in ARTICLES):
        j -= 1
    head = k if j == k else _noun_before(ws, j, lex)
    head = k if head is None else head  # "Aus Kreisen des Ministers hieß es": the circle
    start = q.speaker_start - len(before) + ws[head].start
    phrase = text[start:q.speaker_end]
    return replace(q, speaker_start=start, speaker_text=phrase, speaker_name=phrase,
                   speaker_id=None)


def without_addressee(text: str, q: Quote, lex: Lexicon, mentions: Mentions | None = None
                      ) -> Quote:
    """``q`` with an object pronoun cut off the front of a speaker standing after its cue
    ("…, sagen uns mehrere Anwälte": "mehrere Anwälte"; ``object_pronouns``), and with the
    subject of an "as" clause its cue closes as its speaker, and a fronted marker's source
    read before the content (``germanas``)."""
    found = as_clause_subject(text, q, lex, mentions)
    return _without_addressee(text, fronted_marker_source(text, found, lex), lex)


def _without_addressee(text: str, q: Quote, lex: Lexicon) -> Quote:
    if q.speaker_start is None or q.speaker_end is None or q.cue_end is None or (
            q.speaker_start < q.cue_end):
        return q
    found = words(text, q.speaker_start, q.speaker_end)
    if len(found) < 2 or found[0].key not in speaker_words(lex.rules.code).object_pronouns:
        return q
    start = found[1].start
    phrase = text[start:q.speaker_end]
    name = phrase if q.speaker_name in (None, q.speaker_text) else q.speaker_name
    return replace(q, speaker_start=start, speaker_text=phrase, speaker_name=name)


__all__ = ["circle_source", "without_addressee"]
