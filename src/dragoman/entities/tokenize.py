"""Word tokenization with character offsets, for NER (Latin and Arabic scripts).

Tokens follow the conventions of the NER training data (CoNLL-2003, ANERcorp):
punctuation is its own token (Latin , . ; : ! ? ( ) " and Arabic ، ؛ ؟ « » “ ”),
so a mention never swallows trailing punctuation; possessive 's is split off;
dotted abbreviations (U.S., ق.م.), hyphenated words and numbers stay whole.

NER reads text with :func:`ner_tokenize`, which also keeps a run of one punctuation
character whole (``...``, ``--``, ``''``, as the training data write them), en-dash
compounds and ranges (``1914–1918``, ``Paris–Nizza``), names that end in plus signs
(``Canal+``, ``Disney+``), and, for models trained on Wikipedia text (``wiki=True``:
WikiANN, whose tokens follow those languages' writing), a regnal number with its full stop
(German ``Johannes Paul II. sagte``) and an apostrophe-s inside its word (``McDonald’s``,
Dutch ``Anna's``). German ordinals (``1. FC Köln``, ``18. März``) keep their stop apart:
WikiANN writes them whole, but read so the German model tags dates (``März 2024`` ORG).
An abbreviation that ends the text read (NER reads a sentence at a time) gives its full
stop to the sentence, as the training data write it (``… said Lear Corp .``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


def _marks(first: int, last: int) -> str:
    """The combining marks (Unicode categories Mn, Mc, Me) from ``first`` to ``last``, for a
    character class: the Indic blocks' vowel signs, not their currency signs and punctuation
    ("৳", "෴"), which stay tokens of their own."""
    return "".join(chr(c) for c in range(first, last + 1)
                   if unicodedata.category(chr(c)).startswith("M"))


# Letters, digits and the combining marks Python's \w leaves out (their words would fall
# apart at every vowel sign): Latin (decomposed text), Cyrillic, Hebrew points, Arabic marks
# and tatweel, the marks of the Indic blocks from Devanagari to Sinhala, Thai vowels and tone
# marks; and the soft hyphen, an invisible break hint inside a word ("Mer\u00adkel").
_W = (r"[\w\u00AD\u0300-\u036F\u0483-\u0489\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7"
      r"\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640" + _marks(0x0900, 0x0DFF)
      + r"\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]")
# Abbreviations written with a full stop that belongs to the word (as in the training data).
_ABBREVIATIONS = (
    "Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Gov|Sen|Rep|Rev|Fr|St|Jr|Sr|"
    "Inc|Corp|Co|Ltd|Bros|Mt|Ft|Ave|No|vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec"
)


def _pattern(ner: bool = False, wiki: bool = False) -> re.Pattern[str]:
    """The token pattern: the shared one, or NER's (``ner``), or NER's for Wikipedia-trained
    models (``wiki``); see the module docstring."""
    joiners = "-–&." if ner else "-&."
    number_joiners = ".,:/–-" if ner else ".,:/-"
    apostrophe = r"['’]" if wiki else r"['’](?![sS]\b)"
    return re.compile(
        r"(?:[^\W\d_]\.){2,}" + (r"(?!\w)" if ner else "")  # dotted abbreviations: U.S., ق.م.
        + rf"|(?:{_ABBREVIATIONS})\.(?!\w)" + (r"(?!\s*$)" if ner else "")  # Mr. Dr. Corp.
        + r"|[A-Z]\.(?=\s+[A-Z])"  # an initial before a name: S. Waugh
        + (r"|[IVX]{1,5}\.(?=[ \t]+\w)" if wiki else "")  # regnal numbers: Johannes Paul II. sagte
        + rf"|\d+(?:[{number_joiners}]\d+)+%?"  # numbers, dates and times: 1,000 3.5 1996-08-22
        + rf"|{_W}+(?:[{joiners}]{_W}+|{apostrophe}{_W}+)*"  # words: Anglo-Dutch, O'Brien, AT&T
        + (r"\+*(?!\w)" if ner else "")  # names ending in plus signs: Canal+, Disney+
        + r"|['’][sS]\b"  # possessive 's
        + (r"|([^\w\s])\1+" if ner else "")  # a run of one punctuation mark: ... -- ''
        + r"|\S",  # any other character: punctuation, symbols
    )


_TOKEN = _pattern()
_NER_TOKEN = _pattern(ner=True)
_WIKI_TOKEN = _pattern(ner=True, wiki=True)

# Texts up to this long are names and short phrases, tokenized again and again while
# linking (titles, referents, cuts): their spans are cached.
_CACHED_CHARS = 80


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Token spans (start, end) of ``text[start:end]``, as offsets into ``text``."""
    if start == 0 and end is None and len(text) <= _CACHED_CHARS:
        return list(_short(text))
    return [m.span() for m in _TOKEN.finditer(text, start, len(text) if end is None else end)]


def ner_tokenize(text: str, start: int = 0, end: int | None = None,
                 wiki: bool = False) -> list[tuple[int, int]]:
    """The tokens NER tags (see the module docstring), as offsets into ``text``."""
    pattern = _WIKI_TOKEN if wiki else _NER_TOKEN
    return [m.span() for m in pattern.finditer(text, start, len(text) if end is None else end)]


@lru_cache(maxsize=1 << 16)
def _short(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _TOKEN.finditer(text))
