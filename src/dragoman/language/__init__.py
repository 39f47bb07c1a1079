"""Language identification, sentence segmentation, normalization and per-language rules."""

from dragoman.language.detect import detect_language
from dragoman.language.normalize import normalize_for_match
from dragoman.language.rules import LanguageRules, all_rules, rules_for
from dragoman.language.segment import split_sentences

__all__ = [
    "LanguageRules",
    "all_rules",
    "detect_language",
    "normalize_for_match",
    "rules_for",
    "split_sentences",
]
