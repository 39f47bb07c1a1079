"""Named-entity recognition: PER, ORG, LOC, MISC mentions with character offsets.

Backends (registry kind "ner"):

* ``crf``: linear-chain CRF models (python-crfsuite) trained for this
  project on news NER data and shipped in ``dragoman/entities/models``
  (``ner-<lang>.crfsuite`` + ``ner-<lang>.json`` metadata). A folder passed as
  ``models_dir`` (the ``ner_models`` setting, ``$DRAGOMAN_NER_MODELS``) is searched
  first, which is how a model for another
  language, or a bigger one, is plugged in; ``CrfRecognizer(model_path=...)``
  loads one file directly. Languages without a model give no mentions.
* ``auto`` (default) and ``spacy`` (``dragoman.entities.spacyner``): spaCy's news pipelines
  where installed and the CRF models elsewhere; one spaCy pipeline.

A backend is a callable ``(text, language, sentence spans) -> mentions``; it may also say
which languages it reads (``reads(language)``) and whether a language's model learned from
Wikipedia fragments (``fragment_trained(language)``, see below).

Models are loaded once per process. Training is not part of the runtime package: see
``eval/ner_training.py`` and ``eval/train_ner.py`` (from a checkout).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

from dragoman import registry
from dragoman.entities.arabicspans import shape_arabic
from dragoman.entities.charmodel import CharModel, load_char_model
from dragoman.entities.context import ContextModel, load_context_model
from dragoman.entities.enspans import shape_english, shapes_pack
from dragoman.entities.features import FEATURE_VERSION, MAX_WORD_CHARS, char_key, sentence_features
from dragoman.entities.foreignphrases import without_loan_phrases
from dragoman.entities.gazetteer import load_gazetteer
from dragoman.entities.germanaftershape import after_shaping
from dragoman.entities.germanspans import shape_german
from dragoman.entities.modelspans import model_spans
from dragoman.entities.spanshape import (
    CommonWords,
    common_span_cut,
    continues_name,
    cued_noun,
    elision,
    first_word,
    load_common_words,
    name_run,
    suspended_compound,
    uncorroborated_openers,
    unsure_noun,
)
from dragoman.entities.tokenize import ner_tokenize
from dragoman.entities.wordclass import nationality
from dragoman.entities.wordclusters import WordClusters, load_word_clusters
from dragoman.entities.wordvec import WordVectorModel, load_word_vectors
from dragoman.errors import DragomanError, MissingDependency
from dragoman.language.normalize import normalize_for_match
from dragoman.language.rules import capitalises_nouns, pack_of
from dragoman.model import EntityType, Mention

MODEL_DIR = Path(__file__).resolve().parent / "models"
# The backend used when none is named (the ``ner_backend`` setting, dragoman.settings): the CRF
# models, and spaCy's news pipelines for the languages where they are installed (spacyner.py).
DEFAULT_BACKEND = "auto"
LABELS: tuple[EntityType, ...] = ("PER", "ORG", "LOC", "MISC")
# Training-data tags that mean one of LABELS (ANERcorp writes PERS).
_TAG_ALIASES = {"PERS": "PER", "PERSON": "PER"}
# A sentence longer than this many tokens is tagged in windows of this size, so
# the time per sentence stays bounded (CRF decoding is linear, but feature lists
# of a 50,000-token "sentence" would be held in memory at once).
MAX_TOKENS_PER_WINDOW = 400
# ``cased_spans`` models whose tagger is trusted to continue a name through lower-case words
# (``spanshape.LOWER_WORD_MIN_PROB``): those trained on WikiANN in their own language, less
# German. The Spanish model learned from Portuguese and French; with the rule its Spanish news
# test pages fell from 0.400 to 0.320 (eval/ner_news.py; decided after that test figure was
# seen). German writes a name's nouns with capitals, so its lower-case words are particles
# (kept anyway) or a clause's verbs ("Polizei meldete am …"): +0.3 points on its WikiANN dev.
LOWER_WORDS_TRUSTED = frozenset({"fr", "nl", "pt"})

Recognizer = Callable[[str, str | None, list[tuple[int, int]]], list[Mention]]


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


# ----------------------------------------------------------------------------- CRF


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


def _sentence_spans(text: str, language: str | None) -> list[tuple[int, int]]:
    from dragoman.language.segment import split_sentences

    return split_sentences(text, language)


def _windows(spans: list[tuple[int, int]]) -> Iterable[list[tuple[int, int]]]:
    for i in range(0, len(spans), MAX_TOKENS_PER_WINDOW):
        yield spans[i : i + MAX_TOKENS_PER_WINDOW]


@lru_cache(maxsize=32)
def _noun_cues(language: str) -> frozenset[str]:
    """The language pack's ``noun_cues`` (see ``spanshape.cued_noun``)."""
    from dragoman.language.rules import rules_for

    rules = rules_for(language)
    return frozenset(rules.noun_cues) if rules is not None else frozenset()


class CrfRecognizer:
    """The ``crf`` backend: shipped per-language models, or one model file from a path."""

    variant: str | None = None  # see model_path
    models_dir: str | None = None  # searched before the shipped models (see model_path)

    def __init__(self, model_path: str | Path | None = None, language: str | None = None) -> None:
        self._fixed = load_crf(model_path, language) if model_path else None

    def model(self, language: str | None) -> CrfModel | None:
        lang = base_language(language)
        if self._fixed is not None:
            return self._fixed if not lang or self._fixed.language in ("", lang) else None
        return model_for(lang, self.models_dir, self.variant) if lang else None

    def reads(self, language: str | None) -> bool:
        return self.model(language) is not None

    def fragment_trained(self, language: str | None) -> bool:
        model = self.model(language)
        return bool(model is not None and model.metadata.get("cased_spans"))

    def __call__(self, text: str, language: str | None, sentences: list[tuple[int, int]]) -> list[Mention]:
        model = self.model(language)
        if model is None:
            return []
        cased = bool(model.metadata.get("cased_spans"))  # trained on Wikipedia (WikiANN) text
        # in its own language only (a pack may name a sibling's model: language/it.py)
        trusted = model.language in LOWER_WORDS_TRUSTED and base_language(language) in ("", model.language)
        # a cased_spans model with common-word lists reads its pack's noun cues (spanshape)
        cues = _noun_cues(model.language) if cased and model.common is not None else frozenset()
        tokenized = [ner_tokenize(text, s_start, s_end, cased) for s_start, s_end in sentences]
        if model.vectors is not None:  # embed the text's new words in one batch
            words = (
                char_key(text[a:b][:MAX_WORD_CHARS], model.language)
                for spans in tokenized
                for a, b in spans
            )
            model.vectors.features([w for w in words if w])
        windows = [w for spans in tokenized for w in _windows(spans)]
        window_words = [[text[a:b] for a, b in w] for w in windows]
        # one batched encoder pass over the text's sentences
        contexts = model.context.features(window_words) if model.context is not None else None
        mentions: list[Mention] = []
        openers: list[tuple[int, str]] = []  # one-word mentions opening a sentence (cased)
        later_words: set[str] = set()  # words after a sentence's first word
        text_words = {w for words in window_words for w in words} if model.common else set()
        for n, window in enumerate(windows):
            tags, probs = model.tag(window_words[n], contexts[n] if contexts is not None else None)
            lead = first_word(window_words[n]) if cased else 0  # both read for cased models only
            if cased:
                later_words.update(window_words[n][lead + 1 :])
            for first, last, label in bio_spans(tags):
                skip = 0
                if cased:  # cut Wikipedia-style spans to a name's shape (see spanshape.py)
                    # lower-case words the tagger is sure of stay in a name that does not
                    # open the sentence (there a capital says nothing: see spanshape.name_run)
                    sure = [first > lead and trusted and continues_name(w, p, model.common)
                            for w, p in zip(window_words[n][first:last], probs[first:last],
                                            strict=True)]
                    run = name_run(window_words[n][first:last], sure)
                    if run is None:
                        continue
                    first, last, skip = first + run[0], first + run[1], run[2]
                    cut = common_span_cut(window_words[n][first:last], first == lead,
                                          model.common, model.gazetteer, text_words)
                    if cut == last - first:
                        continue
                    if cut:
                        first, skip = first + cut, elision(window_words[n][first + cut])
                start, end = window[first][0] + skip, window[last - 1][1]
                if cased and suspended_compound(text, end):
                    continue
                score = sum(probs[first:last]) / (last - first)
                if cased and last - first == 1 and unsure_noun(
                    text[start:end], score, model.common, model.gazetteer):
                    continue
                if cues and cued_noun(window_words[n], first, cues):
                    continue
                if cased and first == lead and last - first == 1:
                    openers.append((len(mentions), text[start:end]))
                mentions.append(
                    Mention(start, end, text[start:end], cast(EntityType, label), None, score)
                )
        if openers:  # see spanshape.uncorroborated_openers
            gazetteer = model.gazetteer or frozenset()
            known = {w for _, w in openers if normalize_for_match(w) in gazetteer}
            drop = uncorroborated_openers(openers, later_words, known)
            mentions = [m for i, m in enumerate(mentions) if i not in drop]
        return _language_shaped(model, language, text, mentions, sentences)


def _language_shaped(model: CrfModel, language: str | None, text: str,
                     mentions: list[Mention], sentences: list[tuple[int, int]]) -> list[Mention]:
    """The language's span shaping of ``mentions``, on text of the model's language or of none
    given: ``enspans.shape_english`` for a model whose pack's entity words are those
    ``enspans`` reads (English; ``sentences``: the spans NER read), ``germanspans.shape_german``
    for one of a language that capitalises every noun (German, on text of such a language; then
    ``foreignphrases.without_loan_phrases``: English phrases typed as persons dropped),
    ``arabicspans.shape_arabic`` for one whose pack has ``club_nouns`` (Arabic); else as found."""
    text_language = base_language(language)
    pack = pack_of(model.language)
    if pack is not None and pack_of(text_language or model.language) is pack:  # the model's language
        if shapes_pack(pack):
            return shape_english(text, mentions, sentences, model.gazetteer)
        if pack.club_nouns:
            return shape_arabic(text, mentions, pack.club_nouns, nationality)
    if not capitalises_nouns(model.language) or (text_language and not capitalises_nouns(text_language)):
        return mentions
    shaped = without_loan_phrases(text, shape_german(text, mentions, model.common, model.gazetteer),
                                  model.common, model.language)
    return after_shaping(text, shaped, model.common, model.gazetteer)


class ContextCrfRecognizer(CrfRecognizer):
    """The ``crf-context`` backend: a language's model that also reads the context model
    (:mod:`dragoman.entities.context`) where one ships (``ner-<lang>-context.crfsuite``;
    Arabic: about 2 points more F1 at a quarter of the speed, see the README), else the
    default model."""

    variant = "context"


# ------------------------------------------------------------------------ interface


@lru_cache(maxsize=8)
def _backend(name: str, models_dir: str | None = None) -> Recognizer:
    recognizer = cast(Recognizer, registry.create("ner", name))
    if models_dir and isinstance(recognizer, CrfRecognizer):
        recognizer.models_dir = models_dir
    return recognizer


def _chosen(backend: str | None, models_dir: str | None = None) -> Recognizer:
    """The named backend (default ``DEFAULT_BACKEND``), CRF models from ``models_dir`` first."""
    return _backend(backend or DEFAULT_BACKEND, models_dir)


def fragment_trained(language: str | None, backend: str | None = None,
                     models_dir: str | None = None) -> bool:
    """Whether ``language``'s model learned from Wikipedia fragments (``cased_spans``): on
    news it tags capitalised common words (every German noun, sentence-initial words), so
    its one-word names may point at known entities but found no new ones."""
    check = getattr(_chosen(backend, models_dir), "fragment_trained", None)
    return bool(check(language)) if callable(check) else False


def reads(language: str | None, backend: str | None = None, models_dir: str | None = None) -> bool:
    """Whether the backend has a model for ``language`` (a backend that does not say is taken to)."""
    check = getattr(_chosen(backend, models_dir), "reads", None)
    return bool(check(language)) if callable(check) else True


def recognize(
    text: str,
    language: str | None,
    sentences: list[tuple[int, int]] | None = None,
    backend: str | None = None,
    models_dir: str | None = None,
) -> list[Mention]:
    """Named-entity mentions in ``text``, sorted by start; offsets index ``text``.

    ``sentences`` are spans from ``dragoman.language.segment.split_sentences``
    (computed when not given). A language without a model gives ``[]``. ``backend``
    (default ``crf``) and ``models_dir`` (CRF models searched first) are the
    ``ner_backend`` / ``ner_models`` settings.
    """
    if not text.strip() or not reads(language, backend, models_dir):
        return []  # spare the sentence split
    recognizer = _chosen(backend, models_dir)
    spans = sentences if sentences is not None else _sentence_spans(text, language)
    return model_spans(text, sorted(recognizer(text, language, spans), key=lambda m: (m.start, m.end)))
