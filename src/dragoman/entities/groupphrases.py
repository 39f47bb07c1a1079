"""Title Case phrases that name a group of people by common words, no body (issue 14, NTREX:
"Assembly Members" beside "the assembly" and "the members themselves"). Read by
``casephrases.CasePhrases.refused``, so ``notreferents`` drops them before referents form.

A span of two words or more, each written in Title Case, whose last word is a plural noun of
people the packs know (their ``speaker_roles`` that end in one "s": "members", "workers",
"voters", "residents"), and every word of which the article also writes in lower case in
running text ("assembly", "members"), the first one after a definite article as well (the
packs' ``name_articles``: "the assembly"), so a common noun: a group named with the
article's own common words. Not an adjective before the plural ("Young Conservatives",
"Liberal Democrats", "Labour Students" beside "young", "liberal" or "labour" alone), nor
a span the knowledge base knows ("Liberal Democrats"), nor one holding a given name, nor one
a body's or place's head word closes ("Union Members Council"; a head word the article writes
in lower case may open it: "the assembly" of "Assembly Members"), nor one whose words
the article never writes in lower case: a proper first word makes a name ("Texas Rangers",
"United Auto Workers" where "united" is not written, "Arctic Monkeys", "Doctors Without
Borders" ends in no people noun).
"""

from __future__ import annotations

import re
from functools import lru_cache

from dragoman.entities.kb import token_key
from dragoman.entities.nameclass import given_name_keys, head_keys
from dragoman.entities.packwords import every_pack
from dragoman.entities.referentvote import KbType
from dragoman.language.rules import all_rules
from dragoman.model import Mention

# Characters right before or after a lower-case word that make it part of an address, a handle
# or a compound ("github.com/members", "#members", "members-only"), no running text.
_NOT_RUNNING = frozenset("/.@#_-")


@lru_cache(maxsize=1)
def people_plurals() -> frozenset[str]:
    """Plural nouns of people or groups: every pack's ``speaker_roles`` ending in "s"."""
    return frozenset(token_key(role) for rules in all_rules() for role in rules.speaker_roles
                     if " " not in role and role.endswith("s") and not role.endswith("ss")
                     and len(role) > 3)


def _title_word(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return (len(letters) == len(word) > 1 and letters[0].isupper()
            and all(c.islower() for c in letters[1:]))


def _written_lower(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` in lower case as a word of running text."""
    for found in re.finditer(rf"(?<!\w){re.escape(word.lower())}(?!\w)", text):
        before = text[found.start() - 1: found.start()]
        after = text[found.end(): found.end() + 1]
        if before not in _NOT_RUNNING and after not in _NOT_RUNNING:
            return True
    return False


def _after_article(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` in lower case right after a pack's ``name_articles``
    word ("the assembly"): a common noun, not an adjective ("liberal", "young")."""
    articles = "|".join(re.escape(a) for a in sorted(_name_articles()))
    pattern = rf"(?<!\w)(?i:{articles})\s+{re.escape(word.lower())}(?!\w)"
    return re.search(pattern, text) is not None


@lru_cache(maxsize=1)
def _name_articles() -> frozenset[str]:
    return every_pack(lambda w: w.name_articles)


def group_phrase(text: str, m: Mention, kb_type: KbType) -> bool:
    """Whether ``m`` names a group of people by the article's common words (module docstring)."""
    words = m.text.split()
    if len(words) < 2 or not all(_title_word(w) for w in words):
        return False
    if token_key(words[-1]) not in people_plurals():
        return False
    keys = [token_key(w) for w in words]
    heads = head_keys()
    if any(k in given_name_keys() for k in keys) or keys[-1] in heads:
        return False
    if not all(_written_lower(text, w) for w in words) or not _after_article(text, words[0]):
        return False
    return kb_type(m.text, True) is None
