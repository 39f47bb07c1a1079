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
from dragoman.entities.kb import fold_word
from dragoman.language.rules import rules_for
from dragoman.language.scripts import ARABIC, letter_script

FEATURE_VERSION = "3"

# A language's glued proclitics and article come from its pack (``glued_prefixes``,
# ``definite_article``); a language whose pack has them gets stem features.
_MIN_AR_STEM = 2  # a stripped stem shorter than this is not a word (e.g. و+ل)
# Longer tokens (URLs, runs of letters in broken text) are cut before computing
# features, so one token costs bounded time; no name is this long.
MAX_WORD_CHARS = 64
_SHAPE_RUNS = re.compile(r"(.)\1+")
# (script, glued prefixes longest first, definite article) of a language that glues them.
_Stems = tuple[str, tuple[str, ...], str] | None


# Unicode blocks of scripts (digits and punctuation included, as the models were trained).
_BLOCKS = {ARABIC: re.compile("[\u0600-\u06ff]")}


def _in_script(token: str, script: str) -> bool:
    block = _BLOCKS.get(script)
    return bool(block.search(token)) if block else any(letter_script(c) == script for c in token)


# An invisible line-break hint that the training data never hold inside a word.
SOFT_HYPHEN = "\u00ad"


@lru_cache(maxsize=64)
def _stems(language: str) -> _Stems:
    rules = rules_for(language)
    if rules is None or not rules.glued_prefixes:
        return None
    return rules.script, rules.glued_prefixes, rules.definite_article


@lru_cache(maxsize=65536)
def _word(token: str, stems: _Stems) -> tuple[tuple[str, ...], str, str]:
    """Features of the word itself, its gazetteer key and its key without proclitics.

    Cached: news vocabulary repeats a lot.
    """
    key = fold_word(token)
    arabic = stems is not None  # written for Arabic, the one pack that glues prefixes
    low = key if arabic else token.lower()
    bare = key
    feats = ["w=" + low]
    if stems is not None and _in_script(token, stems[0]):
        _, prefixes, article = stems
        stem = low
        for clitic in prefixes:
            if low.startswith(clitic) and len(low) - len(clitic) >= _MIN_AR_STEM:
                stem = low[len(clitic) :]
                with_article = bool(article) and clitic.endswith((article, "لل"))
                bare = (article + stem) if with_article else stem
                feats.append("cl=" + clitic)
                if with_article:
                    feats.append("al")
                break
        if article and stem.startswith(article) and len(stem) - len(article) >= _MIN_AR_STEM:
            stem = stem[len(article):]
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


@lru_cache(maxsize=65536)
def _context_key(token: str, stems: _Stems) -> tuple[str, str]:
    """The word form and class used when the token is a neighbour."""
    feats = _word(token, stems)[0]
    low = feats[0][2:]
    if stems is not None:
        stem = next((f[3:] for f in feats if f.startswith("st=")), low)
        return low, stem
    return low, feats[1][3:]


def char_key(token: str, language: str) -> str | None:
    """The form of a word the letter model scores (Arabic: the stem), None for non-words."""
    if not any(c.isalpha() for c in token):
        return None
    stems = _stems(language)
    low, cls = _context_key(token, stems)
    return cls if stems is not None else low


def sentence_features(
    tokens: list[str],
    language: str,
    gazetteer: frozenset[str] | None = None,
    lexicon: frozenset[str] | None = None,
    letters: Callable[[str], str] | None = None,
    vectors: Callable[[list[str]], list[tuple[str, ...]]] | None = None,
    context: Sequence[tuple[str, ...]] | None = None,
    clusters: Callable[[list[str | None]], list[list[str]]] | None = None,
) -> list[list[str]]:
    """Feature strings for each token of one sentence.

    ``gazetteer``: normalized place names; ``lexicon``: normalized words seen at
    least twice in the training data (the others are marked rare, which teaches
    the model how unknown words behave: many are names); ``letters``: a word's
    bucketed name-likeness from its letters (:mod:`dragoman.entities.charmodel`);
    ``vectors``: feature strings of word stems from their embeddings
    (:mod:`dragoman.entities.wordvec`); ``context``: feature strings of each token from
    a model of the whole sentence (:mod:`dragoman.entities.context`); ``clusters``: the
    distributional cluster features of each word key (:mod:`dragoman.entities.wordclusters`).
    """
    stems = _stems(language)
    tokens = [t[:MAX_WORD_CHARS].replace(SOFT_HYPHEN, "") for t in tokens]  # a word's break hints
    n = len(tokens)
    words = [_word(t, stems) for t in tokens]
    keys = [_context_key(t, stems) for t in tokens]
    gaz = gazetteer_tags([w[1] for w in words], [w[2] for w in words], gazetteer or frozenset())
    nb, vec = _learned_keys(tokens, language, letters, vectors)
    learned = letters is not None or vectors is not None or context is not None
    neighbours = [_as_neighbour(k) for k in keys]
    clustered = clusters([char_key(t, language) for t in tokens]) if clusters else None
    out: list[list[str]] = []
    for i in range(n):
        feats = ["b", *words[i][0]]
        if learned:  # without these models a token has no learned features
            feats.extend(_learned_features(i, vec, nb, context))
        if clustered is not None:
            feats.extend(clustered[i])
        if lexicon is not None and words[i][1] not in lexicon:
            feats.append("rare")
        _add_window_features(feats, i, keys, neighbours, gaz)
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


_Neighbour = tuple[str, str, str, str, str, str]
_PAD_BEFORE = ("-1w=<pad>",)
_PAD_AFTER = ("1w=<pad>",)


@lru_cache(maxsize=65536)
def _as_neighbour(key: tuple[str, str]) -> _Neighbour:
    """A word's feature strings as the neighbour two before, one before (word, class), one
    after (word, class) and two after a token (cached: built once per distinct word)."""
    low, cls = key
    return (f"-2w={low}", f"-1w={low}", f"-1c={cls}", f"1w={low}", f"1c={cls}", f"2w={low}")


def _add_window_features(feats: list[str], i: int, keys: list[tuple[str, str]],
                         neighbours: list[_Neighbour], gaz: list[str]) -> None:
    """Append token ``i``'s features from its neighbours: gazetteer tags, sentence edges,
    the words two either side (``neighbours``: ``_as_neighbour`` of each token) and the
    bigrams with the next and previous word."""
    n = len(keys)
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
    if i >= 2:
        feats.append(neighbours[i - 2][0])
    feats.extend(neighbours[i - 1][1:3] if i >= 1 else _PAD_BEFORE)
    feats.extend(neighbours[i + 1][3:5] if i < n - 1 else _PAD_AFTER)
    if i < n - 2:
        feats.append(neighbours[i + 2][5])
    if i > 0:
        feats.append(f"bg-={keys[i - 1][0]}|{keys[i][0]}")
    if i < n - 1:
        feats.append(f"bg+={keys[i][0]}|{keys[i + 1][0]}")
