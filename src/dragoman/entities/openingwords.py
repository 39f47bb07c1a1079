"""One everyday word that only the start of a sentence capitalised, which NER took for a person
or a place (pool A: "Already there are many examples", "Check back soon", "Download a free
trial", "Immediately thereafter, the driver …", "Much of what it does"). Read by
``lonewords.layout_word`` on the settled NER mentions with no entity.

A mention is such a word when all of these hold:

* NER typed it a person or a place, and it is one word of letters;
* its lower-case form is among the ``OPENING_RANK_MAX`` most frequent words of the page's
  language (``frequentwords``: the list leaves out every word the training sets write inside
  persons' names, so "Hope", "Grace", "Brown" are not in it); no given name, title or head
  word, nothing the knowledge base or the gazetteer knows ("Turkey", "Amazon", "Trump");
* every writing of the word, capitalised as given, opens a line or a sentence, and none is
  followed by a capitalised word (a name's first word: "Check Point"), a possessive or an age
  ("Pearl, age 10"), nor by a speech verb or a past-tense verb ("Graphic said", "Virgin
  launched": the word is the subject, a name; the pack's ``content_words.past_endings``). A word the
  page also writes capitalised inside a sentence ("at his restaurant, Levels") is a name's,
  and stays everywhere."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from dragoman.entities.frequentwords import frequent_ranks
from dragoman.entities.kb import token_key
from dragoman.entities.linkdoc import word_hits
from dragoman.entities.nameclass import given_name_keys, head_keys, title_keys
from dragoman.entities.speechcue import speaks_after, speech_words
from dragoman.language.contentwords import content_words
from dragoman.model import Mention

KbType = Callable[[str, bool], str | None]  # (name, gazetteer towns too) -> KB type, or None

# Rank in the frequent-word list below which a sentence's first word is an everyday word.
# Calibrated on pool A's English pages: the sentence openers there ranked 73-4222 ("much",
# "graphic"); rarer entries of the list are more often brands' and places' words.
OPENING_RANK_MAX = 5000
# Letters a past-tense verb has besides its ending ("led", "fed" are no verbs' endings alone).
_ENDING_STEM_MIN = 3
_ONE_WORD = re.compile(r"[^\W\d_]+")
# Characters looked back for the end of the sentence before a writing of the word.
_LOOKBACK = 200
# What may stand between a sentence's end and its first word: spaces, quotes, brackets, bullets;
# not a dash, which signs a contribution with its author's name ("—Pearl, age 10"), nor a bar
# between a menu's items ("Reddit | Instagram").
_LEAD = " \t\"“‘'(*•·>#"
_SENTENCE_END = (".", "!", "?", ":", "…")
# A capitalised word, a possessive or an age right after the word: a longer name, a person's.
_NAME_AFTER = re.compile(r"(?:[ \u00a0]+[A-Z]|['’]s\b|,[ \u00a0]*(?:aged?[ \u00a0]*)?\d)")
_NEXT_WORD = re.compile(r"[ \u00a0]+([a-z]+)\b")


def opening_word(text: str, m: Mention, kb_type: KbType, language: str | None) -> bool:
    """Whether ``m`` is an everyday word a sentence's start capitalised (module docstring)."""
    if m.label not in ("PER", "LOC") or not language or not _ONE_WORD.fullmatch(m.text):
        return False
    if not m.text[:1].isupper() or (len(m.text) > 1 and m.text.isupper()):
        return False
    rank = frequent_ranks(language).get(m.text.casefold())
    if rank is None or rank >= OPENING_RANK_MAX:
        return False
    key = token_key(m.text)
    if key in given_name_keys() or key in title_keys() or key in head_keys():
        return False
    if kb_type(m.text, True) is not None:
        return False
    return _only_opening(text, m.text, language)


@lru_cache(maxsize=256)
def _only_opening(text: str, word: str, language: str) -> bool:
    speech = speech_words(language)
    for at in word_hits(text, word):
        before = text[max(0, at - _LOOKBACK) : at].rstrip(_LEAD)
        if before and not before.endswith(_SENTENCE_END) and text[at - 1 : at] != "\n":
            line = text.rfind("\n", 0, at) + 1
            if text[line:at].strip(_LEAD):
                return False  # written capitalised inside a sentence: a name's word
        end = at + len(word)
        if _NAME_AFTER.match(text, end) or speaks_after(text, end, speech):
            return False
        verb = _NEXT_WORD.match(text, end)
        if verb is not None and _past_tense(verb.group(1), content_words(language).past_endings):
            return False
    return True


def _past_tense(word: str, endings: tuple[str, ...]) -> bool:
    return bool(endings) and len(word) > _ENDING_STEM_MIN and word.endswith(endings)
