"""The CRF models of named-entity recognition (``entities.ner``'s ``crf`` backends): a model
file and its side files (gazetteer, lexicon, letters, vectors, context, common words, word
clusters) loaded into a ``CrfModel``, found per language in a ``models_dir`` and then among the
shipped models (``MODEL_DIR``), and loaded once per process; the BIO tags a model writes read
as spans. ``entities.ner`` re-exports these names, where callers import them from.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from dragoman.entities.charmodel import CharModel, load_char_model
from dragoman.entities.context import ContextModel, load_context_model
from dragoman.entities.features import FEATURE_VERSION, sentence_features
from dragoman.entities.gazetteer import load_gazetteer
from dragoman.entities.spanshape import CommonWords, load_common_words
from dragoman.entities.wordclusters import WordClusters, load_word_clusters
from dragoman.entities.wordvec import WordVectorModel, load_word_vectors
from dragoman.errors import DragomanError, MissingDependency
from dragoman.model import EntityType

MODEL_DIR = Path(__file__).resolve().parent / "models"
LABELS: tuple[EntityType, ...] = ("PER", "ORG", "LOC", "MISC")
# Training-data tags that mean one of LABELS (ANERcorp writes PERS).
_TAG_ALIASES = {"PERS": "PER", "PERSON": "PER"}


class ModelError(DragomanError):
    """An NER model file cannot be used."""


def normalize_tag(tag: str) -> str:
    """``B-PERS`` -> ``B-PER``; tags outside PER/ORG/LOC/MISC become ``O``."""
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, _, label = tag.partition("-")
    label = _TAG_ALIASES.get(label, label)
    return f"{prefix}-{label}" if label in LABELS and prefix in ("B", "I") else "O"


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity spans (first token, end token exclusive, label) of a BIO sequence.

    An ``I-`` tag that does not continue an entity of its label starts one.
    """
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, lab = tag.partition("-")
        if start >= 0 and (prefix != "I" or lab != label):
            spans.append((start, i, label))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, label = i, lab
    return spans


@dataclass(slots=True)
class CrfModel:
    """A loaded CRF tagger and the metadata recorded when it was trained."""

    path: Path
    language: str
    tagger: Any
    metadata: dict[str, Any] = field(default_factory=dict)
    gazetteer: frozenset[str] | None = None
    lexicon: frozenset[str] | None = None
    letters: CharModel | None = None
    vectors: WordVectorModel | None = None
    context: ContextModel | None = None
    common: CommonWords | None = None  # common words of a cased_spans model (spanshape)
    clusters: WordClusters | None = None  # distributional word clusters (wordclusters)

    def tag(self, tokens: list[str],
            context: list[tuple[str, ...]] | None = None) -> tuple[list[str], list[float]]:
        """BIO tags of one token sequence and the marginal probability of each tag.

        ``context``: the context model's features of ``tokens`` when the caller computed
        them for many sentences at once (see :meth:`ContextModel.features`)."""
        letters = self.letters.bucket if self.letters else None
        vectors = self.vectors.features if self.vectors else None
        if context is None and self.context is not None:
            context = self.context.features([tokens])[0]
        clusters = self.clusters.features if self.clusters else None
        features = sentence_features(
            tokens, self.language, self.gazetteer, self.lexicon, letters, vectors, context, clusters
        )
        tags: list[str] = list(self.tagger.tag(features))
        probs = [self.tagger.marginal(t, i) for i, t in enumerate(tags)]
        return tags, probs


def crfsuite() -> Any:
    """The pycrfsuite module (a core dependency)."""
    try:
        import pycrfsuite
    except ImportError as exc:  # pragma: no cover - core dependency
        raise MissingDependency("python-crfsuite", "ner", "CRF named-entity recognition") from exc
    return pycrfsuite


def load_crf(path: str | Path, language: str | None = None) -> CrfModel:
    """Load a CRF model file; its metadata (``<name>.json`` beside it) is optional.

    Without metadata, ``language`` says which feature set (``ar`` or other) it was
    trained with; with metadata, the recorded language and feature version win.
    """
    path = Path(path)
    if not path.is_file():
        raise ModelError(f"NER model {path} does not exist; train one with eval/train_ner.py")
    meta_path = path.with_suffix(".json")
    metadata: dict[str, Any] = {}
    if meta_path.is_file():
        metadata = json.loads(meta_path.read_text(encoding="utf-8"))
        version = str(metadata.get("feature_version", FEATURE_VERSION))
        if version != FEATURE_VERSION:
            raise ModelError(
                f"NER model {path} was trained with feature set {version}, this version of "
                f"Dragoman computes feature set {FEATURE_VERSION}; retrain it with eval/train_ner.py"
            )
    lang = str(metadata.get("language") or language or "")
    tagger = crfsuite().Tagger()
    try:
        tagger.open(str(path))
    except (OSError, ValueError) as exc:
        raise ModelError(f"{path} is not a CRFsuite model file: {exc}") from exc
    gazetteer, lexicon, letters, vectors, context, common, clusters = (
        _side_file(path, metadata, key) for key in _SIDE_FILES
    )
    return CrfModel(
        path,
        lang,
        tagger,
        metadata,
        load_gazetteer(gazetteer) if gazetteer else None,
        load_gazetteer(lexicon) if lexicon else None,
        load_char_model(letters) if letters else None,
        load_word_vectors(vectors) if vectors else None,
        load_context_model(context) if context else None,
        load_common_words(common) if common else None,
        load_word_clusters(clusters) if clusters else None,
    )


_SIDE_FILES = ("gazetteer", "lexicon", "letters", "vectors", "context", "common_words", "clusters")


def _side_file(path: Path, metadata: dict[str, Any], key: str) -> Path | None:
    """A file the model's metadata names (gazetteer...), from its folder or the shipped one."""
    name = metadata.get(key)
    if not name:
        return None
    found = [p for p in (path.parent / name, MODEL_DIR / name) if p.is_file()]
    if not found:
        raise ModelError(f"NER model {path} needs its {key} file {name} beside it (eval.train_ner makes it)")
    return Path(found[0])


def model_path(language: str, variant: str | None = None,
               models_dir: str | Path | None = None) -> Path | None:
    """The model file for ``language``: in ``models_dir`` first, then the shipped one.

    ``variant``: a language's variant model (``ner-<lang>-<variant>.crfsuite``) where
    there is one, else its default model."""
    language = base_language(language)
    if not language or not language.isalnum():
        return None
    from dragoman.language.rules import rules_for  # the language pack names its model

    stem = getattr(rules_for(language), "ner_model", "") or f"ner-{language}"
    names = ([f"{stem}-{variant}.crfsuite"] if variant else []) + [f"{stem}.crfsuite"]
    for name in names:
        for folder in ([Path(models_dir)] if models_dir else []) + [MODEL_DIR]:
            if (folder / name).is_file():
                return folder / name
    return None


@lru_cache(maxsize=16)
def model_for(language: str, folder: str | None, variant: str | None = None) -> CrfModel | None:
    path = model_path(language, variant, folder)
    return _load_once(path, language) if path else None


@lru_cache(maxsize=16)
def _load_once(path: Path, language: str) -> CrfModel:
    """One loaded model per file (a variant that falls back shares the default's)."""
    return load_crf(path, language)


def base_language(language: str | None) -> str:
    return (language or "").lower().replace("_", "-").split("-")[0]
