"""Training CRF NER models (python-crfsuite's Trainer); used by ``eval/train_ner.py``.

Not part of the runtime package: the shipped models are only read there
(:mod:`dragoman.entities.ner`). A model trained here is a ``.crfsuite`` file with its
``.json`` metadata and side files (lexicon, letter model, word vectors, context model)
beside it; ``registry.create("ner", "crf", model_path=PATH)`` or a folder named by
``$DRAGOMAN_NER_MODELS`` uses it. The context model's head needs torch
(``pip install 'dragoman[train]'``, see ``eval/context_train.py``).
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from dragoman.entities.context import context_features
from dragoman.entities.features import FEATURE_VERSION, char_key, sentence_features
from dragoman.entities.gazetteer import load_gazetteer
from dragoman.entities.ner import CrfModel, crfsuite, load_crf, normalize_tag
from dragoman.entities.wordclusters import load_word_clusters
from dragoman.language.normalize import normalize_for_match
from eval.ner_sidefiles import (
    cross_fitted_buckets,
    save_char_model,
    save_word_vectors,
    train_char_model,
    train_word_vectors,
    word_counts,
)


def train_crf(
    sentences: Iterable[tuple[list[str], list[str]]],
    path: str | Path,
    language: str,
    *,
    max_iterations: int = 100,
    c1: float = 0.05,
    c2: float = 0.01,
    min_freq: int = 1,
    gazetteer: Path | None = None,
    lexicon_min_count: int = 0,
    algorithm: str = "lbfgs",
    letter_model: bool = False,
    word_vectors: bool = False,
    context_model: bool = False,
    clusters: Path | None = None,
    metadata: dict[str, Any] | None = None,
) -> CrfModel:
    """Train a CRF model on (tokens, BIO tags) sentences and write it (+ metadata) to ``path``.

    Tags are normalized with :func:`normalize_tag` (``PERS`` -> ``PER``). A
    ``gazetteer`` file (see :mod:`dragoman.entities.gazetteer`) must lie in the
    model's folder or in the shipped models folder when the model is loaded; so must a
    ``clusters`` file (:mod:`dragoman.entities.wordclusters`, from ``eval/word_clusters.py``).
    """
    path = Path(path)
    examples = [(tokens, tags) for tokens, tags in sentences if tokens]
    lexicon = None
    if lexicon_min_count:
        counts = Counter(normalize_for_match(t) for tokens, _ in examples for t in tokens)
        lexicon = frozenset(w for w, c in counts.items() if c >= lexicon_min_count)
        with gzip.open(path.with_suffix(".lexicon.gz"), "wt", encoding="utf-8") as handle:
            handle.write("\n".join(sorted(lexicon)) + "\n")
    entries = load_gazetteer(gazetteer) if gazetteer else None
    letters = _train_letters(examples, language, path) if letter_model else None
    vectors = _train_vectors(examples, language, path) if word_vectors else None
    contexts = _train_context(examples, path) if context_model else [None] * len(examples)
    cluster_features = load_word_clusters(clusters).features if clusters else None
    trainer = crfsuite().Trainer(verbose=False)
    for (tokens, tags), context in zip(examples, contexts, strict=True):
        features = sentence_features(
            tokens, language, entries, lexicon, letters, vectors, context, cluster_features
        )
        trainer.append(features, [normalize_tag(t) for t in tags])
    trainer.select(algorithm)
    params: dict[str, Any] = {
        "max_iterations": max_iterations,
        "feature.minfreq": min_freq,
        "feature.possible_transitions": True,
    }
    if algorithm == "lbfgs":
        params |= {"c1": c1, "c2": c2}
    trainer.set_params(params)
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))
    meta = {
        "language": language,
        "feature_version": FEATURE_VERSION,
        "params": {
            "algorithm": algorithm,
            "c1": c1,
            "c2": c2,
            "max_iterations": max_iterations,
            "min_freq": min_freq,
            "lexicon_min_count": lexicon_min_count,
        },
        "gazetteer": gazetteer.name if gazetteer else None,
        "lexicon": path.with_suffix(".lexicon.gz").name if lexicon is not None else None,
        "letters": path.with_suffix(".letters.json.gz").name if letter_model else None,
        "vectors": path.with_suffix(".wordvec.npz").name if word_vectors else None,
        "context": path.with_suffix(".context.npz").name if context_model else None,
        "clusters": clusters.name if clusters else None,
        **(metadata or {}),
    }
    path.with_suffix(".json").write_text(
        json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return load_crf(path)


def _train_letters(
    examples: list[tuple[list[str], list[str]]], language: str, path: Path
) -> Callable[[str], str]:
    """Train and save the letter model; training features use cross-fitted scores."""
    pairs = (
        (key, normalize_tag(tag) != "O")
        for tokens, tags in examples
        for token, tag in zip(tokens, tags, strict=True)
        if (key := char_key(token, language))
    )
    names, others = word_counts(pairs)
    full = train_char_model(names, others)
    save_char_model(full, path.with_suffix(".letters.json.gz"))
    crossed = cross_fitted_buckets(names, others)
    return lambda word: crossed.get(word) or full.bucket(word)


def _train_vectors(
    examples: list[tuple[list[str], list[str]]], language: str, path: Path
) -> Callable[[list[str]], list[tuple[str, ...]]]:
    """Train and save the word-vector model; training features are cross-fitted."""
    pairs = (
        (key, normalize_tag(tag).partition("-")[2] or "O")
        for tokens, tags in examples
        for token, tag in zip(tokens, tags, strict=True)
        if (key := char_key(token, language))
    )
    model, crossed = train_word_vectors(pairs)
    save_word_vectors(model, path.with_suffix(".wordvec.npz"))
    return lambda words: [crossed.get(w) or model.features([w])[0] for w in words]


def _train_context(
    examples: list[tuple[list[str], list[str]]], path: Path
) -> list[list[tuple[str, ...]] | None]:
    """Train and save the context model; training features are cross-fitted."""
    from eval.context_train import train_context_model

    model, crossed = train_context_model(
        [(tokens, [normalize_tag(t) for t in tags]) for tokens, tags in examples]
    )
    model.save(path.with_suffix(".context.npz"))
    return [context_features(probs) for probs in crossed]
