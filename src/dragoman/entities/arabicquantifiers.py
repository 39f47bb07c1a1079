"""Arabic phrases with a quantifier are no names (issue 14).

The Arabic NER tags everyday phrases as names; one class holds a quantifier: "كلتا
الكنيستين" (both churches), "بعض المسؤولين" (some officials), "جميع الدول" (all states),
"إحدى الشركات" (one of the firms). A quantifier (``ar.QUANTIFIERS``) picks out members of a
group the words after it name; it is no word of a person's, place's or organisation's own name.
A name with one, also behind a glued conjunction or preposition
("وكل", "لبعض"), founds no new entity (``linkdoc.corroborated``); a known name inside such a
span is still found by the text scan.
"""

from __future__ import annotations

from dragoman.entities.kb import token_key
from dragoman.language import ar

_QUANTIFIER_KEYS = frozenset(token_key(word) for word in ar.QUANTIFIERS)


def quantifier_key(word: str) -> bool:
    """Whether an Arabic word is a quantifier, as written or behind a glued conjunction or
    preposition."""
    key = token_key(word)
    if key in _QUANTIFIER_KEYS:
        return True
    # the prefixes' letters fold to themselves: they are keys as written
    return any(key.startswith(glued) and key[len(glued):] in _QUANTIFIER_KEYS
               for glued in ar.QUANTIFIER_PREFIXES)


def quantified_phrase(name: str) -> bool:
    """Whether a word of ``name`` is a quantifier: a phrase, no name ("كلتا الكنيستين", and
    "رجال الدين كلتا الكنيستين" where NER ran the subject into it). "كل من" (each of) lists
    names after it ("كل من محمد علي وسارة"): a span with it is left as it was."""
    words = name.split()
    return any(quantifier_key(word) and words[i + 1:i + 2] != [ar.QUANTIFIER_EACH_OF]
               for i, word in enumerate(words))
