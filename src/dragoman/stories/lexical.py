"""Which languages an embedder covers, and the lexical vector used for the others.

An embedder places texts of languages it was not trained on at near-random points,
so clustering on those vectors merges unrelated articles. For an uncovered language
the clusterer uses a signed feature-hashing vector of the article's word stems
(``lexical_vector``) instead: it compares only with articles of the same language,
and other languages are joined through shared linked entities alone.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

from dragoman.model import Article

# Dimensions of the hashed lexical vector. Signed hashing keeps the expected cosine of two
# unrelated texts at 0 with noise about 1/sqrt(dim) (0.03 at 1024).
LEXICAL_DIM = 1024
# Word stems: the first this many characters of each word (a crude stemmer that also works
# for agglutinative languages such as Finnish or Hungarian).
STEM_CHARS = 6
# Words shorter than this are left out (most function words of alphabetic languages).
MIN_WORD_CHARS = 3
# Characters of the article (headline first) that make its lexical vector.
LEXICAL_CHARS = 2000

# Languages each embedder was trained on (ISO 639-1). USE multilingual v3: the 16 languages
# of its model card (Chinese simplified and traditional share "zh"). e5: XLM-R's 100.
USE_LANGUAGES = frozenset({"ar", "de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt",
                           "ru", "th", "tr", "zh"})
_E5_CODES = (
    "af am ar as az be bg bn br bs ca cs cy da de el en eo es et eu fa fi fr fy ga gd gl gu ha "
    "he hi hr hu hy id is it ja jv ka kk km kn ko ku ky la lo lt lv mg mk ml mn mr ms my ne nl "
    "no om or pa pl ps pt ro ru sa sd si sk sl so sq sr su sv sw ta te th tl tr ug uk ur uz vi "
    "xh yi zh")
E5_LANGUAGES = frozenset(_E5_CODES.split(" "))

_WORD = re.compile(r"\w+")


def covers(languages: frozenset[str] | None, lang: str | None) -> bool:
    """Whether an embedder with this language set covers ``lang`` (None: every language)."""
    if languages is None:
        return True
    return (lang or "und").split("-")[0].lower() in languages


def lexical_space(lang: str | None) -> str:
    return "lex:" + (lang or "und")


def _bucket(stem: str) -> tuple[int, float]:
    digest = hashlib.blake2b(stem.encode("utf-8"), digest_size=8).digest()
    value = int.from_bytes(digest, "little")
    return value % LEXICAL_DIM, 1.0 if value >> 63 else -1.0


def lexical_vector(article: Article) -> np.ndarray:
    """L2-normalised signed hashing of word stems (sublinear counts) of headline + body."""
    text = f"{article.title or ''}\n{article.text}"[:LEXICAL_CHARS]
    counts: dict[str, int] = {}
    for word in _WORD.findall(text.casefold()):
        if len(word) >= MIN_WORD_CHARS and not word.isdigit():
            stem = word[:STEM_CHARS]
            counts[stem] = counts.get(stem, 0) + 1
    vector = np.zeros(LEXICAL_DIM, dtype=np.float32)
    for stem, count in counts.items():
        at, sign = _bucket(stem)
        vector[at] += sign * (1.0 + float(np.log(count)))
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm > 1e-9 else vector
