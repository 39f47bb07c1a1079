"""A name written right after a possessive determiner is a thing owned (issue 14): "your Mac",
"on my MacBook Air", "read our Privacy Notice", "my Customer Journey", "mein MacBook". News and
web pages so write products, documents, policies and services, and people only by a given
name ("our Harry"), so a referent NER types a person or an organisation that the text writes
so is MISC. Read by ``referentvote.vote`` once it has a referent's type.

Only where the name closes the noun phrase: a lower-case word after it that is no closed-class
word makes the name a modifier and the determiner that word's ("our YouTube channel", "her
Oscar nomination", "your Python application"). Kept as they are: a place ("our Earth", "my
Ireland"); a referent the knowledge base knows, or whose longest name a head word types ("our
City Council"; ``products.guarded_referent``); a name a given name opens or is ("our Harry",
"my Chloe Dunn"); one word in the plural, a group's members ("our Lionesses"); an acronym ("our
NHS": a body); a one-word name typed a person written so once only ("our Kayleigh": see
``OWNED_MIN_ONE_WORD_PERSON``); a name opening with a title ("Our Lady", "my Lord"); one with
person evidence (an honorific, a title, an age, a speech verb, a gendered pronoun later in a
form's sentence); and the writer's family words ("my Mum": the pack's ``family_nouns``).

Not read: a name followed by a lower-case verb ("my Customer Journey begins", German "mein
Pixelphone läuft"), which cannot be told here from a noun the name modifies; nor a name
after a determiner and an adjective ("your existing Mac")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from dragoman.entities.kb import token_key
from dragoman.entities.nameclass import given_name_keys, title_keys
from dragoman.entities.openers import CLOSED_OPENERS
from dragoman.entities.packwords import every_pack, every_pack_in_order
from dragoman.entities.products import guarded_referent, occurrences, pronoun_after
from dragoman.language.rules import all_rules

if TYPE_CHECKING:
    from dragoman.entities.referentvote import Form, KbType

# Places a name must stand after a possessive determiner: once settles a name of two words or
# more, as no person is so written (set by hand from the grammar, not tuned; checked on pool A's
# 26 such mentions, all of things or of places and bodies this module keeps). A one-word name
# typed a person needs two: a family writes a child's or a friend's name so once in a quote
# ("our Kayleigh", nicknames the given-name lists lack), a help page its product in every step
# ("your Kindle … your Kindle"). Set by hand in review (probes), not tuned; pool A has no
# one-word person so written.
OWNED_MIN = 1
OWNED_MIN_ONE_WORD_PERSON = 2
# A word and one space closing the text before a name; how far back it is looked for.
_WORD_BEFORE = re.compile(r"(?<![\w'’-])(\w+)[ \u00a0]$")
_LOOKBACK = 20
# The word after a name: a lower-case word makes the name a modifier ("our YouTube channel").
_NEXT_WORD = re.compile(r"[®™]?[ \u00a0]+([a-zäöüß][\w-]*)")
_RUNS_ON = re.compile(r"[\w-]")


def owned_referent(forms: list[Form], text: str, kind: str, kb_type: KbType | None) -> bool:
    """Whether a referent typed ``kind`` is a thing owned (see the module docstring)."""
    if kind not in ("PER", "ORG") or not forms or not text:
        return False
    head = max(forms, key=lambda f: len(f.words))
    if guarded_referent(head, kb_type) or _kept_name(head.mention.text):
        return False
    names = dict.fromkeys(f.mention.text for f in forms)
    needed = OWNED_MIN_ONE_WORD_PERSON if kind == "PER" and len(head.words) == 1 else OWNED_MIN
    if sum(_owned_places(text, name) for name in names) < needed:
        return False
    return not any(f.honorific or f.aged or f.titled or f.speaks or pronoun_after(text, f.mention.end)
                   for f in forms)


def _kept_name(name: str) -> bool:
    """An acronym ("NHS"), a name opening with a title ("Lady", "Lord"), a family word
    ("Mum") or a given name (one word too: "our Harry", "my Chloe": a family writes its own
    so), or a group named in the plural ("our Lionesses", "their Saints")."""
    words = name.split()
    if not words or name.isupper():
        return True
    first = token_key(words[0])
    return (first in title_keys() or first in _family_keys() or first in given_name_keys()
            or _plural_group(words))


def _plural_group(words: list[str]) -> bool:
    """One word in the plural of a group's members, an English "-s" not "-ss" ("Lionesses",
    "Saints"; not "Windows", which the knowledge base knows, nor "Congress")."""
    key = token_key(words[-1])
    return len(words) == 1 and key.endswith("s") and not key.endswith("ss") and words[0].isalpha()


def _owned_places(text: str, name: str) -> int:
    """Places ``text`` writes ``name`` right after a possessive determiner, closing its noun
    phrase."""
    count = 0
    for start in occurrences(text, name):
        before = _WORD_BEFORE.search(text, max(0, start - _LOOKBACK), start)
        if before is None or before.group(1).casefold() not in _determiners():
            continue
        end = start + len(name)
        if _RUNS_ON.match(text, end):
            continue  # the name runs on ("MacBooks", "unseren YouTube-Kanal")
        after = _NEXT_WORD.match(text, end)
        if after is not None and after.group(1) not in _closed_words():
            continue  # "our YouTube channel": the determiner is the noun's
        count += 1
    return count


@lru_cache(maxsize=1)
def _closed_words() -> frozenset[str]:
    """Closed-class words, and the packs' auxiliaries, modals and pronouns
    (``headline_capital_cues``, ``auxiliaries``, ``modal_verbs``: "is", "has", "must", "kann"):
    after a name, no noun it modifies ("my MacBook is new", "your Kindle must charge")."""
    cues = every_pack_in_order(lambda w: w.headline_capital_cues)
    verbs = (v for rules in all_rules() for v in (*rules.auxiliaries, *rules.modal_verbs))
    return CLOSED_OPENERS | frozenset(w.casefold() for w in (*cues, *verbs))


@lru_cache(maxsize=1)
def _family_keys() -> frozenset[str]:
    return frozenset(token_key(w) for w in every_pack_in_order(lambda w: w.family_nouns))


@lru_cache(maxsize=1)
def _determiners() -> frozenset[str]:
    """Every pack's possessive determiners, lower case (a page quotes other languages)."""
    return every_pack(lambda w: w.possessive_determiners)
