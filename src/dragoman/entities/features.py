"""CRF features for NER: one list of feature strings per token.

The same function serves training (eval/train_ner.py) and tagging
(dragoman.entities.ner), so the two can never drift apart. A model records
``FEATURE_VERSION`` in its metadata; the tagger refuses a model built with
other features.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import cast

from dragoman.entities.gazetteer import gazetteer_tags
from dragoman.language.normalize import normalize_for_match

FEATURE_VERSION = "3"

# Arabic proclitics (conjunctions and prepositions) written attached to the next
# word, longest first, and the definite article.
_AR_PROCLITICS = ("وبال", "وال", "فال", "بال", "كال", "ولل", "لل", "و", "ف", "ب", "ل", "ك")
_AR_ARTICLE = "ال"
_MIN_AR_STEM = 2  # a stripped stem shorter than this is not a word (e.g. و+ل)
# Longer tokens (URLs, runs of letters in broken text) are cut before computing
# features, so one token costs bounded time; no name is this long.
MAX_WORD_CHARS = 64
_SHAPE_RUNS = re.compile(r"(.)\1+")
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


@lru_cache(maxsize=65536)
def _word(token: str, arabic: bool) -> tuple[tuple[str, ...], str, str]:
    """Features of the word itself, its gazetteer key and its key without proclitics.

    Cached: news vocabulary repeats a lot.
    """
    key = normalize_for_match(token)
    low = key if arabic else token.lower()
    bare = key
    feats = ["w=" + low]
    if arabic and _ARABIC_LETTER.search(token):
        stem = low
        for clitic in _AR_PROCLITICS:
            if low.startswith(clitic) and len(low) - len(clitic) >= _MIN_AR_STEM:
                stem = low[len(clitic) :]
                bare = ("ال" + stem) if clitic.endswith(("ال", "لل")) else stem
                feats.append("cl=" + clitic)
                if clitic.endswith(("ال", "لل")):
                    feats.append("al")
                break
        if stem.startswith(_AR_ARTICLE) and len(stem) - 2 >= _MIN_AR_STEM:
            stem = stem[2:]
            feats.append("al")
        feats.append("st=" + stem)
        feats.extend(("sp2=" + stem[:2], "ss2=" + stem[-2:], "ss3=" + stem[-3:]))
        feats.extend(("p1=" + low[:1], "p2=" + low[:2], "s1=" + low[-1:], "s2=" + low[-2:]))
        feats.append("s3=" + low[-3:])
        # Letter trigrams of the stem: transliterated foreign names have telltale ones.
        feats.extend("g3=" + stem[k : k + 3] for k in range(len(stem) - 2))
        feats.append(f"len={min(len(stem), 9)}")
        feats.append("ar")
    else:
        shape = "".join(
            "X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c for c in token
        )
        feats.append("sh=" + _SHAPE_RUNS.sub(r"\1", shape))
        feats.append("lsh=" + (shape if len(shape) <= 6 else shape[:3] + shape[-3:]))
        feats.extend(("p2=" + low[:2], "p3=" + low[:3], "s2=" + low[-2:], "s3=" + low[-3:]))
        feats.append("s4=" + low[-4:])
        if token[:1].isupper():
            feats.append("title")
        if token.isupper() and len(token) > 1:
            feats.append("upper")
        if any(c.isdigit() for c in token):
            feats.append("digit")
        if not any(c.isalnum() for c in token):
            feats.append("punct")
    return tuple(feats), key, bare


def _context_key(token: str, arabic: bool) -> tuple[str, str]:
    """The word form and class used when the token is a neighbour."""
    feats = _word(token, arabic)[0]
    low = feats[0][2:]
    if arabic:
        stem = next((f[3:] for f in feats if f.startswith("st=")), low)
        return low, stem
    return low, feats[1][3:]


def char_key(token: str, language: str) -> str | None:
    """The form of a word the letter model scores (Arabic: the stem), None for non-words."""
    if not any(c.isalpha() for c in token):
        return None
    low, cls = _context_key(token, language == "ar")
    return cls if language == "ar" else low


def sentence_features(
    tokens: list[str],
    language: str,
    gazetteer: frozenset[str] | None = None,
    lexicon: frozenset[str] | None = None,
    letters: Callable[[str], str] | None = None,
    vectors: Callable[[list[str]], list[tuple[str, ...]]] | None = None,
    context: Sequence[tuple[str, ...]] | None = None,
) -> list[list[str]]:
    """Feature strings for each token of one sentence.

    ``gazetteer``: normalized place names; ``lexicon``: normalized words seen at
    least twice in the training data (the others are marked rare, which teaches
    the model how unknown words behave: many are names); ``letters``: a word's
    bucketed name-likeness from its letters (:mod:`dragoman.entities.charmodel`);
    ``vectors``: feature strings of word stems from their embeddings
    (:mod:`dragoman.entities.wordvec`); ``context``: feature strings of each token from
    a model of the whole sentence (:mod:`dragoman.entities.context`).
    """
    arabic = language == "ar"
    tokens = [t[:MAX_WORD_CHARS] for t in tokens]
    n = len(tokens)
    words = [_word(t, arabic) for t in tokens]
    keys = [_context_key(t, arabic) for t in tokens]
    gaz = gazetteer_tags([w[1] for w in words], [w[2] for w in words], gazetteer or frozenset())
    nb, vec = _learned_keys(tokens, language, letters, vectors)
    out: list[list[str]] = []
    for i in range(n):
        feats = ["b", *words[i][0], *_learned_features(i, vec, nb, context)]
        if lexicon is not None and words[i][1] not in lexicon:
            feats.append("rare")
        feats.extend(_window_features(i, keys, gaz))
        out.append(feats)
    return out


def _learned_keys(
    tokens: list[str],
    language: str,
    letters: Callable[[str], str] | None,
    vectors: Callable[[list[str]], list[tuple[str, ...]]] | None,
) -> tuple[list[str], list[tuple[str, ...]]]:
    """Each token's name-likeness bucket and word-vector feature strings (empty without a
    model, or for tokens without letters)."""
    n = len(tokens)
    char_keys = [char_key(t, language) for t in tokens] if letters or vectors else []
    nb = [""] * n
    if letters is not None:
        for i, key in enumerate(char_keys):
            nb[i] = letters(key) if key else ""
    vec: list[tuple[str, ...]] = [()] * n
    if vectors is not None:
        at = [i for i, key in enumerate(char_keys) if key]
        for i, found in zip(at, vectors([cast(str, char_keys[i]) for i in at]), strict=True):
            vec[i] = found
    return nb, vec


def _learned_features(
    i: int, vec: list[tuple[str, ...]], nb: list[str], context: Sequence[tuple[str, ...]] | None
) -> list[str]:
    """Token ``i``'s features from the word-vector, context and letter models."""
    n = len(vec)
    feats: list[str] = []
    if vec[i]:
        feats.extend(vec[i])
        if i > 0 and vec[i - 1]:
            feats.append("-1" + vec[i - 1][1])
        if i < n - 1 and vec[i + 1]:
            feats.append("+1" + vec[i + 1][1])
    if context is not None:
        feats.extend(context[i])
    if nb[i]:
        feats.append("nb=" + nb[i])
        if i > 0 and nb[i - 1]:
            feats.append(f"nb-1={nb[i - 1]}|{nb[i]}")
    return feats


def _window_features(i: int, keys: list[tuple[str, str]], gaz: list[str]) -> list[str]:
    """Token ``i``'s features from its neighbours: gazetteer tags, sentence edges, the
    words two either side and the bigrams with the next and previous word."""
    n = len(keys)
    feats: list[str] = []
    if gaz[i]:
        feats.append("gz=" + gaz[i])
    if i > 0 and gaz[i - 1]:
        feats.append("-1gz")
    if i < n - 1 and gaz[i + 1]:
        feats.append("+1gz")
    if i == 0:
        feats.append("BOS")
    if i == n - 1:
        feats.append("EOS")
    for off in (-2, -1, 1, 2):
        j = i + off
        if 0 <= j < n:
            low, cls = keys[j]
            feats.append(f"{off}w={low}")
            if off in (-1, 1):
                feats.append(f"{off}c={cls}")
        elif off in (-1, 1):
            feats.append(f"{off}w=<pad>")
    if i > 0:
        feats.append(f"bg-={keys[i - 1][0]}|{keys[i][0]}")
    if i < n - 1:
        feats.append(f"bg+={keys[i][0]}|{keys[i + 1][0]}")
    return feats
