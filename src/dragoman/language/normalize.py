"""Normalization for matching (search, dedup, linking), never for display."""

from __future__ import annotations

import re
import unicodedata

# Arabic letters whose written variants should match each other.
_ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ٲ": "ا",
        "ٳ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ی": "ي",  # Persian yeh
        "ک": "ك",  # Persian kaf
        "ؤ": "و",
        "ئ": "ي",
        "ـ": None,  # tatweel
    }
)
# Harakat, tanween, shadda, sukun, superscript alef and Quranic marks.
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_SPACES = re.compile(r"\s+")


def to_ascii_digits(text: str) -> str:
    """Arabic-Indic and Persian digits to ASCII digits (length-preserving)."""
    return text.translate(_DIGITS)


def normalize_for_match(text: str) -> str:
    """Casefold, fold Arabic letter variants, drop diacritics and tatweel, collapse spaces."""
    text = unicodedata.normalize("NFKC", text)
    text = _ARABIC_MARKS.sub("", text)
    text = text.translate(_ARABIC_FOLD).translate(_DIGITS)
    text = "".join(
        c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c)
    )
    return _SPACES.sub(" ", text).strip()
