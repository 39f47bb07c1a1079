"""Word tokenization with character offsets, for NER (Latin and Arabic scripts).

Tokens follow the conventions of the NER training data (CoNLL-2003, ANERcorp):
punctuation is its own token (Latin , . ; : ! ? ( ) " and Arabic ، ؛ ؟ « » “ ”),
so a mention never swallows trailing punctuation; possessive 's is split off;
dotted abbreviations (U.S., ق.م.), hyphenated words and numbers stay whole.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Letters, digits and the Arabic combining marks and tatweel, which are not \w in Python.
_W = r"[\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]"
# Abbreviations written with a full stop that belongs to the word (as in the training data).
_ABBREVIATIONS = (
    "Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Gov|Sen|Rep|Rev|Fr|St|Jr|Sr|"
    "Inc|Corp|Co|Ltd|Bros|Mt|Ft|Ave|No|vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec"
)
_TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}"  # dotted abbreviations: U.S., U.N., ق.م.
    rf"|(?:{_ABBREVIATIONS})\.(?!\w)"  # titles and company forms: Mr. Dr. Corp.
    r"|[A-Z]\.(?=\s+[A-Z])"  # an initial before a name: S. Waugh
    r"|\d+(?:[.,:/-]\d+)+%?"  # numbers, dates and times: 1,000 3.5 1996-08-22 10:30
    rf"|{_W}+(?:[-&.]{_W}+|['’](?![sS]\b){_W}+)*"  # words: Anglo-Dutch, O'Brien, AT&T
    r"|['’][sS]\b"  # possessive 's
    r"|\S",  # any other character: punctuation, symbols
)


# Texts up to this long are names and short phrases, tokenized again and again while
# linking (titles, referents, cuts): their spans are cached.
_CACHED_CHARS = 80


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Token spans (start, end) of ``text[start:end]``, as offsets into ``text``."""
    if start == 0 and end is None and len(text) <= _CACHED_CHARS:
        return list(_short(text))
    return [m.span() for m in _TOKEN.finditer(text, start, len(text) if end is None else end)]


@lru_cache(maxsize=1 << 16)
def _short(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _TOKEN.finditer(text))
