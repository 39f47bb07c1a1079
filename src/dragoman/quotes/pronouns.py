"""Small word tests of the speaker phrase (issue 16, read off PolNeAR train): a pronoun with a
contracted auxiliary glued to it ("He's said", "she’d told"), and whether a word opens its
sentence (a capitalised first word is no evidence of a name)."""

from __future__ import annotations

import re

from dragoman.language.normalize import normalize_for_match
from dragoman.quotes.lexicon import Lexicon, Word

# A pronoun with a contracted auxiliary glued to it ("He's", "she’d").
_CONTRACTED = re.compile(r"(\w+)['’](?:s|d|ll|ve)$")
# What comes before a sentence's first word (a sentence end, a line break, or nothing).
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?\n])[\s\"“”']*$")


def pronoun_part(w: Word, lex: Lexicon) -> str | None:
    """The speaker pronoun ``w`` is, or starts with before a contracted auxiliary; else None."""
    if w.key in lex.pronouns:
        return w.text
    glued = _CONTRACTED.match(w.text)
    if glued and normalize_for_match(glued.group(1)) in lex.pronouns:
        return glued.group(1)
    return None


def opens_sentence(text: str, pos: int) -> bool:
    """The word at ``pos`` is the first of its sentence (looked at over a few characters)."""
    before = text[max(0, pos - 4):pos]
    return bool(_SENTENCE_OPEN.search(before)) and (pos >= 4 or not before.strip())
