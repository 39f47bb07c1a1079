"""A sentence's first word that NER ran into the name after it (issue 14): "This Easter",
"Each National Trust", "Ganz England", "Obviously I". The word is capitalised only because it
opens the sentence; the article writes it in lower case elsewhere, so it is a common word of
its own, not the name's first word. Only a closed-class word (an article, preposition,
pronoun, determiner or quantifier) or an English adverb of manner is cut: an open-class word
opens names as often ("Will Smith", "Hope Hicks", "National Grid", "Green Party", "Sky
News"), however often the article writes it in lower case. Names that open with a common
word ("New Jersey", "Red Cross", "Old Trafford") are kept when the knowledge base knows them
or their first two words, and everywhere the article writes the common word too rarely to
tell."""

from __future__ import annotations

import re
from collections.abc import Callable

from dragoman.entities.kb import token_key
from dragoman.entities.nameclass import given_name_keys, head_keys, title_keys
from dragoman.entities.spanshape import FUNCTION_WORDS
from dragoman.entities.tokenize import tokenize
from dragoman.language.en import MENTION_FUNCTION_WORDS
from dragoman.language.rules import all_rules

# Times the article must write the word in lower case for its capitalised form at a sentence
# start to count as that common word ("each" twice, beside "Each National Trust"). Set by
# hand, not tuned: once may be a name's word used plainly ("the old trafford").
OPENER_LOWER_MIN = 2
# What may stand between a sentence's end and its first word: spaces and opening quotes.
_LEAD = " \t\"'“‘«„("
# Determiners, quantifiers, possessives and English prepositions the shared closed-class
# lists leave out.
_DETERMINERS = frozenset("""
    the this that these those each every all some any no many most several such another our my
    your his her their its here there
    within upon into onto beyond toward towards throughout beneath behind above below near
    inside outside around along via between beside about off
    ganz ganze ganzen jede jeder jedes jeden jedem alle viele
    chaque tout toute tous toutes plusieurs certains certaines
    cada todo toda todos todas varios varias
    ogni tutti tutte alcuni
""".split())  # noqa: SIM905 - one line per language reads better than a list
# Determiners of the packs' noun classes (German "kein", "jede").
_PACK_DETERMINERS = frozenset(w for r in all_rules() for w in r.noun_classes.determiners)
CLOSED_OPENERS = FUNCTION_WORDS | MENTION_FUNCTION_WORDS | _PACK_DETERMINERS | _DETERMINERS
# Endings of English adverbs of manner and degree ("Obviously", "Frankly", "Reportedly"):
# open-class words that never open a name.
_ADVERB_ENDINGS = ("ally", "ously", "ively", "ently", "antly", "edly", "fully", "ingly")


def opener_cut(name: str, text: str, start: int, kb_type: Callable[[str, bool], str | None]) -> int:
    """Characters of a sentence-opening common word at the front of the span ``name`` that
    starts at ``start`` of ``text`` (see the module docstring); 0 when none."""
    spans = tokenize(name)
    if len(spans) < 2:
        return 0
    first, second = name[slice(*spans[0])], name[slice(*spans[1])]
    if not (first.isalpha() and first[:1].isupper() and not first.isupper() and second[:1].isupper()):
        return 0
    if not _opens_sentence(text, start):
        return 0
    lower = first.lower()
    if not closed_opener(lower):
        return 0
    key = token_key(first)
    if key in given_name_keys() or key in head_keys() or key in title_keys():
        return 0
    if len(re.findall(rf"(?<!\w){re.escape(lower)}(?!\w)", text)) < OPENER_LOWER_MIN:
        return 0
    if kb_type(name, True) is not None or kb_type(name[: spans[1][1]], True) is not None:
        return 0
    return spans[1][0]


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(_LEAD)
    return not before or before[-1] in ".!?:\n"


def closed_opener(word: str) -> bool:
    """Whether a lower-case word is closed-class or an English adverb in "-ly" of a kind no
    name opens with: the only opening words ``opener_cut`` may cut."""
    return word in CLOSED_OPENERS or word.endswith(_ADVERB_ENDINGS)
