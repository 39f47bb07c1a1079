"""Capitalised words an article shows to be names, for languages that capitalise every noun
(German): a speaker there is a person mention, a role, a pronoun, a title, or one of these."""

from __future__ import annotations

import re

from dragoman.language.rules import all_rules
from dragoman.model import Mention

# Words before a name that say it is one ("Herr", "Frau", "Dr", "Mr"): every pack's honorifics
# and abbreviations.
_HONORIFICS = frozenset(h.casefold() for rules in all_rules()
                        for h in (*rules.honorifics, *rules.abbreviations))
# The next word is a lookahead, so that it may itself be the honorific of the following match
# ("Laut Frau Hoppenstedt": "Laut Frau" must not consume "Frau").
_AFTER_HONORIFIC = re.compile(r"\b(\w+)\.?\s+(?=([^\W\d_][\w'’-]*))")


def acronym(word: str) -> bool:
    """At least half the letters are capitals ("ARD", "BfArM"; not "McCain", "DeSantis")."""
    return len(word) > 1 and 2 * sum(c.isupper() for c in word) >= len(word)


def known_names(text: str, items: list[Mention]) -> frozenset[str]:
    """Capitalised words the article shows to be names, whatever NER missed (where every noun
    is capitalised, the only names besides mentions): written with a capital inside the word
    ("BfArM", "MANNSCHAFT"), after an honorific or title ("Frau Hoppenstedt", "Dr. Koch"), or
    as the last word of a person's full name ("Benjamin Näßler" for "Näßler")."""
    found = {w for w in set(re.findall(r"\b[^\W\d_]+\b", text))
             if len(w) > 1 and w[0].isupper() and any(c.isupper() for c in w[1:])}
    found.update(name for before, name in _AFTER_HONORIFIC.findall(text)
                 if name[0].isupper() and before.casefold() in _HONORIFICS)
    found.update(m.text.split()[-1] for m in items if m.label == "PER" and " " in m.text)
    return frozenset(found)
