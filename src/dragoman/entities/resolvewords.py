"""Word-level helpers of the name resolver (``resolve``): everyday Arabic words that are no
names alone, the Arabic article on transliterated names, translated head words."""

from __future__ import annotations

from functools import lru_cache

from dragoman.entities.kb import COMMON_WORDS, name_key, token_key
from dragoman.entities.memory import proclitic_variants
from dragoman.entities.transliterate import name_script
from dragoman.language import ar
from dragoman.language.normalize import normalize_for_match
from dragoman.language.scripts import ARABIC


def bare_word(text: str) -> bool:
    """An Arabic word written without the article, under any proclitic reading."""
    return (name_script(text) == ARABIC and " " not in text.strip()
            and not any(normalize_for_match(v).startswith("ال") for _, v in proclitic_variants(text.strip())))


def is_common_word(name: str, key: str | None = None) -> bool:
    """An everyday Arabic word without the article, never a name by itself: ``جزيرة``
    (an island) is not ``الجزيرة`` (Al Jazeera). ``key``: ``name_key(name)`` if known."""
    if (key if key is not None else name_key(name)) not in COMMON_WORDS:
        return False
    return not normalize_for_match(name.strip()).startswith("ال")


# How Latin spellings write the Arabic article at a name's start (Alabama, El Alamein).
LATIN_ARABIC_ARTICLES = ("al", "el")


def definite_detour(arabic: str, latin: str) -> bool:
    """An Arabic word with the article ("الإنجيل", the Gospel) reaching a foreign place by
    its Latin spelling (Ongole): Arabic writes a transliterated name without ال, unless the
    Latin name itself begins so (Alabama, ألاباما, sometimes written الاباما)."""
    return arabic.startswith("ال") and not latin.lower().startswith(LATIN_ARABIC_ARTICLES)


@lru_cache(maxsize=1)
def head_translations() -> dict[str, tuple[str, ...]]:
    """Token key of each Arabic head word -> the English head words it translates."""
    return {token_key(word): heads for word, heads in ar.HEAD_TRANSLATIONS.items()}


def only_one(ids: list[str]) -> str | None:
    return ids[0] if len(set(ids)) == 1 else None
