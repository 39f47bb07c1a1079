"""The writing system of a text, as an ISO 15924 code (``Latn``, ``Arab``, ``Cyrl``, …).

Four-letter title-case codes cannot be mistaken for the two-letter ISO 639 language codes
used everywhere else (``la`` is Latin the language, ``cy`` Welsh), so a script and a
language can share a key or a column without colliding.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

LATIN, ARABIC, CYRILLIC = "Latn", "Arab", "Cyrl"
UNKNOWN = "Zzzz"  # ISO 15924's code for a script not otherwise coded
# Scripts with upper and lower case, where a capital tells a name.
CASED_SCRIPTS = frozenset({LATIN, CYRILLIC, "Grek", "Armn"})
# Scripts written right to left.
RIGHT_TO_LEFT_SCRIPTS = frozenset({ARABIC, "Hebr", "Syrc", "Thaa", "Nkoo"})

# First word of a letter's Unicode name -> ISO 15924 code.
_CODES = {
    "LATIN": LATIN,
    "ARABIC": ARABIC,
    "CYRILLIC": CYRILLIC,
    "GREEK": "Grek",
    "HEBREW": "Hebr",
    "ARMENIAN": "Armn",
    "GEORGIAN": "Geor",
    "DEVANAGARI": "Deva",
    "BENGALI": "Beng",
    "GURMUKHI": "Guru",
    "GUJARATI": "Gujr",
    "TAMIL": "Taml",
    "TELUGU": "Telu",
    "KANNADA": "Knda",
    "MALAYALAM": "Mlym",
    "SINHALA": "Sinh",
    "THAI": "Thai",
    "LAO": "Laoo",
    "TIBETAN": "Tibt",
    "MYANMAR": "Mymr",
    "KHMER": "Khmr",
    "ETHIOPIC": "Ethi",
    "SYRIAC": "Syrc",
    "THAANA": "Thaa",
    "CJK": "Hani",
    "HIRAGANA": "Hira",
    "KATAKANA": "Kana",
    "HANGUL": "Hang",
}


def script_of(text: str) -> str:
    """ISO 15924 code of the script most of the letters of ``text`` are written in
    (``Zzzz`` for a script not in the table); ``""`` when ``text`` has no letters."""
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            code = letter_script(ch)
            counts[code] = counts.get(code, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else ""


@lru_cache(maxsize=4096)
def letter_script(ch: str) -> str:
    """ISO 15924 code of one letter (cached: looking names up was most of the time of line
    features on long pages)."""
    return _CODES.get(unicodedata.name(ch, "").split(" ")[0], UNKNOWN)
