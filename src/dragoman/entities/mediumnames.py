"""A site, a blog, a paper or a platform that NER types as a person (issue 14, the analyst
pool): a one-word name that the article writes after a noun of a medium's texts and its
preposition in ``MEDIUM_CUES_MIN`` places or more ("an article in Healthline", "a post on
Verfassungsblog"; the packs' ``medium_phrases``) and never as a person's is an organisation
(the entity audit's convention: media and platforms are ORG). Read by ``referentvote.vote``
once it has a referent's type.

Only such phrases count: a bare preposition takes people too ("confidence in Ruiz", "a foul on
Ruiz", "a story on Ruiz"), and a possessive after the name is no cue ("an article in Ruiz's
book"). Kept as they are: a referent written with a name of
two words or more (a person's full name: "Lena Ruiz … in Ruiz"), a given name alone ("in
Kim"), a name the knowledge base knows or that a head word types (``products.guarded_referent``), and
one with person evidence: an honorific, a title, an age, or a gendered pronoun later in a
form's sentence ("on Ruiz, as she …"). A speech verb is none: media report ("Healthline
reported")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from dragoman.entities.nameclass import given_name_keys
from dragoman.entities.packwords import every_pack_in_order
from dragoman.entities.products import guarded_referent, occurrences, pronoun_after

if TYPE_CHECKING:
    from dragoman.entities.referentvote import Form, KbType

# Places a one-word name is written after a medium's phrase before it is a medium: one place
# may be a phrase about a person ("a post on Ruiz"). Set by hand, not tuned; the analyst
# pool's "Healthline" and "Verfassungsblog" have 2 such places each.
MEDIUM_CUES_MIN = 2
# Characters before a name searched for a medium's phrase; set by hand, over the longest
# phrase of the packs' ``medium_phrases`` and its spaces.
_LOOKBACK = 40
# A citation after the name ("in Lindqvist (2004)", "in Brockhurst (ed.)"): an author, no medium.
_CITATION = re.compile(r"\s*\((?:\d{4}|eds?\.)")
# Characters that join the name to a longer one on either side ("O'Brien", "Al-Healthline").
_NAME_JOINERS = "'’-"
_NAME_GOES_ON = re.compile(r"[\w'’-]")


@lru_cache(maxsize=1)
def _phrase_before() -> re.Pattern[str]:
    phrases = every_pack_in_order(lambda w: w.medium_phrases)
    words = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases) or "(?!)"
    return re.compile(rf"(?<!\w)(?i:{words})\s+$")


def medium_referent(forms: list[Form], text: str, kind: str, kb_type: KbType | None) -> bool:
    """Whether a referent typed PER is a medium all the same (module docstring)."""
    if kind != "PER" or not forms or not text:
        return False
    if any(len(f.words) != 1 for f in forms):
        return False
    head = forms[0]
    if guarded_referent(head, kb_type) or head.words[0] in given_name_keys():
        return False
    if any(f.honorific or f.aged or f.titled or pronoun_after(text, f.mention.end) for f in forms):
        return False
    names = {f.mention.text for f in forms}
    return sum(_medium_cues(text, name) for name in names) >= MEDIUM_CUES_MIN


def _medium_cues(text: str, name: str) -> int:
    """How many times ``name`` stands alone after a medium's phrase, with no possessive after it."""
    count = 0
    for start in occurrences(text, name):  # no word character before (bounded, no pattern per name)
        end = start + len(name)
        if (start and text[start - 1] in _NAME_JOINERS) or _NAME_GOES_ON.match(text, end):
            continue
        opened = _phrase_before().search(text[max(0, start - _LOOKBACK) : start]) is not None
        count += opened and not _CITATION.match(text, end)
    return count
