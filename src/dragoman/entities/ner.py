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

Models are loaded once per process (``entities.crfmodels``). Training is not part of the runtime package: see
``eval/ner_training.py`` and ``eval/train_ner.py`` (from a checkout).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import cast

from dragoman import registry
from dragoman.entities.arabicspans import shape_arabic
from dragoman.entities.crfmodels import LABELS as LABELS
from dragoman.entities.crfmodels import MODEL_DIR as MODEL_DIR
from dragoman.entities.crfmodels import CrfModel as CrfModel
from dragoman.entities.crfmodels import ModelError as ModelError
from dragoman.entities.crfmodels import base_language as base_language
from dragoman.entities.crfmodels import bio_spans as bio_spans
from dragoman.entities.crfmodels import crfsuite as crfsuite
from dragoman.entities.crfmodels import load_crf as load_crf
from dragoman.entities.crfmodels import model_for as model_for
from dragoman.entities.crfmodels import model_path as model_path
from dragoman.entities.crfmodels import normalize_tag as normalize_tag
from dragoman.entities.enspans import shape_english, shapes_pack
from dragoman.entities.features import MAX_WORD_CHARS, char_key
from dragoman.entities.foreignphrases import without_loan_phrases
from dragoman.entities.germanaftershape import after_shaping
from dragoman.entities.germanspans import shape_german
from dragoman.entities.modelspans import model_spans
from dragoman.entities.spanshape import (
    common_span_cut,
    continues_name,
    cued_noun,
    elision,
    first_word,
    name_run,
    suspended_compound,
    uncorroborated_openers,
    unsure_noun,
)
from dragoman.entities.tokenize import ner_tokenize
from dragoman.entities.wordclass import nationality
from dragoman.language.normalize import normalize_for_match
from dragoman.language.rules import capitalises_nouns, pack_of
from dragoman.model import EntityType, Mention

# The backend used when none is named (the ``ner_backend`` setting, dragoman.settings): the CRF
# models, and spaCy's news pipelines for the languages where they are installed (spacyner.py).
DEFAULT_BACKEND = "auto"
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
