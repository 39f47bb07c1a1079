"""NER quality and speed on the dev and test splits (see eval/train_ner.py for the splits).

    .venv/bin/python -m eval.run ner

Figures per language and split (``dev``: settings were chosen there; ``test``: held out,
see each ``*_test_data`` for what it is and ``*_tuned_on`` for what tuned the model):
entity-level exact-match F1 (span and type) over PER, ORG, LOC with the shipped CRF
model on the gold tokens (``*_f1``), the same end to end through ``recognize()`` on the
sentences written out as text (``*_text_f1``: character spans, our tokenizer; the text is
written as text is, no space before ``. , ) :``, see ``_joined``), on the test split through
``dragoman.analyze`` (``*_test_analyze_f1``: NER plus linking and its type decisions, as a
user gets them; an Arabic mention without the proclitics the gold keeps counts as right,
``*_analyze_strict_f1`` where that differs), and single-thread speed of ``recognize()`` in
sentences per CPU-second (sentence spans given, so NER only). ``*_text_f1_qualifiers_dropped``:
the text figure against gold without WikiANN's parenthesised title qualifiers (``unqualified``),
a diagnostic. spaCy's en_core_web_sm is scored the
same way on the English test split when it is installed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from typing import Any

from dragoman.entities import ner
from dragoman.entities.context import default_encoder
from dragoman.entities.spacyner import NEWS_PIPELINES, SPACY_DEFAULT, SpacyRecognizer
from dragoman.entities.wordvec import default_embedder
from dragoman.errors import MissingDependency
from eval.train_ner import NER_DATA, SCORED, WIKIANN_LANGUAGES, Sentence, score, splits

Recognize = Callable[[str, str | None, list[tuple[int, int]]], list]


# Written text puts no space before these tokens and none after _OPENING ones: the
# sentences are written out so (``Johannes Paul II.``, ``Omaha (Nebraska)``, ``Paris, 1998``),
# as the text the data was tokenized from was, not with a space between every two tokens
# (``II .``), which no news text holds and which our tokenizer would read differently.
_CLOSING = frozenset(",.;:!?)]%،؛؟")
_OPENING = frozenset("([")


def _joined(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """A sentence's tokens written as text, and each token's offsets in it."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    for k, token in enumerate(tokens):
        if k and token not in _CLOSING and tokens[k - 1] not in _OPENING:
            parts.append(" ")
            pos += 1
        offsets.append((pos, pos + len(token)))
        parts.append(token)
        pos += len(token)
    return "".join(parts), offsets


def as_text(dev: list[Sentence]) -> tuple[str, list[tuple[int, int]], set[tuple[int, int, str]]]:
    """The dev sentences as one text (a line each, written as text: see ``_joined``), their
    spans, and gold character spans."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    gold: set[tuple[int, int, str]] = set()
    pos = 0
    for tokens, tags in dev:
        line, local = _joined(tokens)
        offsets = [(pos + a, pos + b) for a, b in local]
        pos += len(line) + 1
        spans.append((offsets[0][0], offsets[-1][1]))
        parts.append(line)
        gold.update(
            (offsets[a][0], offsets[b - 1][1], lab) for a, b, lab in ner.bio_spans(tags) if lab in SCORED
        )
    return "\n".join(parts), spans, gold


def text_scores(recognize: Recognize, dev: list[Sentence], language: str) -> dict[str, float]:
    """Exact-match F1 over character spans, and sentences per CPU-second of this thread.

    CPU time of the whole process, not wall time: the figure is per core and does
    not depend on what else the machine runs (the CRF is single-threaded; the
    embedder of the Arabic word-vector feature may use BLAS threads, counted too).
    """
    text, spans, gold = as_text(dev)
    t0 = time.process_time()
    mentions = recognize(text, language, spans)
    seconds = time.process_time() - t0
    pred = {(m.start, m.end, m.label) for m in mentions if m.label in SCORED}
    return {
        "f1": _f1(len(pred & gold), len(pred), len(gold)),
        "f1_qualifiers_dropped": _f1(len(pred & unqualified(gold, text)), len(pred), len(gold)),
        "sentences_per_cpu_second": round(len(spans) / seconds, 1),
    }


def unqualified(gold: set[tuple[int, int, str]], text: str) -> set[tuple[int, int, str]]:
    """``gold`` with a parenthesised part and what follows it cut off each mention: WikiANN's
    spans are link anchors, which hold Wikipedia's disambiguation of the article title
    (``Seveso (rivière)``, ``Omaha (Nebraska)``); news writes the name alone. A diagnostic
    figure beside the exact one, not a replacement: a few such spans are official names
    (``Lingen (Ems)``)."""
    cut = set()
    for start, end, label in gold:
        opening = text.find(" (", start, end)
        cut.add((start, opening, label) if opening > start else (start, end, label))
    return cut


# Sentences per text given to ``dragoman.analyze``: about one news article's worth.
ANALYZE_CHUNK = 30


def analyze_f1(dev: list[Sentence], language: str) -> dict[str, float]:
    """Exact span-and-type F1 of the mentions ``dragoman.analyze`` reports (the whole analysis:
    NER, linking and its type decisions), texts of ``ANALYZE_CHUNK`` sentences, one a line:
    ``f1`` counts a mention without the Arabic proclitics that the gold keeps (``gold_keyed``)
    as right, ``strict_f1`` does not."""
    from eval.backend import eval_analyze

    hit = strict_hit = predicted = gold_count = 0
    for k in range(0, len(dev), ANALYZE_CHUNK):
        text, _, gold = as_text(dev[k : k + ANALYZE_CHUNK])
        article = eval_analyze(text, lang=language)
        pred = {(m.start, m.end, m.label) for m in article.mentions if m.label in SCORED}
        hit += len(gold_keyed(pred, gold, text) & gold)
        strict_hit += len(pred & gold)
        predicted += len(pred)
        gold_count += len(gold)
    return {"f1": _f1(hit, predicted, gold_count), "strict_f1": _f1(strict_hit, predicted, gold_count)}


def _f1(hit: int, predicted: int, gold: int) -> float:
    precision = hit / predicted if predicted else 0.0
    recall = hit / gold if gold else 0.0
    return round(2 * precision * recall / (precision + recall), 4) if hit else 0.0


# Arabic proclitics (and, so, with/in, for/to, like) that ANERcorp keeps inside a mention
# (``بالبرازيل`` LOC: ANERcorp tokens are whitespace words), which linking takes off, as
# the README says: ``البرازيل`` is the same mention under the other convention.
_PROCLITICS = frozenset("وفبلك")
_MAX_PROCLITICS = 2  # و + ب: وبالبرازيل


def gold_keyed(pred: AbstractSet[tuple[int, int, str]], gold: AbstractSet[tuple[int, int, str]],
               text: str) -> set[tuple[int, int, str]]:
    """``pred`` with each mention that is a gold mention less its leading proclitics (see
    ``_PROCLITICS``) replaced by that gold mention; the others unchanged."""
    by_end = {(end, label): start for start, end, label in gold}
    keyed: set[tuple[int, int, str]] = set()
    for start, end, label in pred:
        g = by_end.get((end, label), start)
        cut = text[g:start] if g < start else ""
        keyed.add((g if 0 < len(cut) <= _MAX_PROCLITICS and set(cut) <= _PROCLITICS else start,
                   end, label))
    return keyed


def main() -> dict:
    if not NER_DATA.is_dir():
        return {"skipped": f"{NER_DATA} is absent"}
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1):  # one thread: speed per core, spaCy's BLAS included
        return _figures()


def _figures() -> dict:
    figures: dict = {
        "split": "dev and test: each figure's key names its split (LANG_SPLIT_…) and "
                 "LANG_SPLIT_data the sentences",
        "tuned_on": "per figure: LANG_SPLIT_tuned_on (test figures: the dev half; the en and ar "
                    "test halves are not untouched, see README 'Named entities')",
    }
    crf, context = ner.CrfRecognizer(), ner.ContextCrfRecognizer()
    runs = [("en", crf, "en"), ("ar", crf, "ar"), ("ar_context", context, "ar")]
    runs += [(language, crf, language) for language in (*WIKIANN_LANGUAGES, "es")]
    for name, recognizer, language in runs:
        model = recognizer.model(language)
        if model is None or (recognizer is context and model is crf.model(language)):
            figures[f"{name}_skipped"] = "no model"
            continue
        data = splits(language)
        for split in ("dev", "test"):
            sentences = data.dev if split == "dev" else data.test
            if model.vectors is not None:
                default_embedder()  # loading it is a one-off per process; its word cache stays cold
                model.vectors.clear_cache()
            if model.context is not None:
                default_encoder()  # likewise for the context model's encoder
            end_to_end = text_scores(recognizer, sentences, language)  # first: caches start cold
            token_scores = score(model, sentences)
            key = f"{name}_{split}"
            figures[f"{key}_data"] = data.described[split]
            figures[f"{key}_tuned_on"] = data.described["dev"] if split == "test" else "this split"
            figures[f"{key}_f1"] = token_scores["f1"]
            for metric in ("precision", "recall", "PER_f1", "ORG_f1", "LOC_f1"):
                figures[f"{key}_{metric}"] = token_scores[metric]
            figures[f"{key}_text_f1"] = end_to_end["f1"]
            if end_to_end["f1_qualifiers_dropped"] != end_to_end["f1"]:
                figures[f"{key}_text_f1_qualifiers_dropped"] = end_to_end["f1_qualifiers_dropped"]
            figures[f"{key}_sentences_per_cpu_second"] = end_to_end["sentences_per_cpu_second"]
            if split == "test" and recognizer is crf:
                analyzed = analyze_f1(sentences, language)
                figures[f"{key}_analyze_f1"] = analyzed["f1"]
                if analyzed["strict_f1"] != analyzed["f1"]:
                    figures[f"{key}_analyze_strict_f1"] = analyzed["strict_f1"]
        figures[f"{name}_model_bytes"] = sum(
            p.stat().st_size for p in ner.MODEL_DIR.glob(f"ner-{language}.*")
        )
    for language, package in (("en", SPACY_DEFAULT), *NEWS_PIPELINES.items()):
        figures.update(_spacy_figures(language, package))
    return figures


def _spacy_figures(language: str, package: str) -> dict[str, Any]:
    """A spaCy pipeline's test-half figures through text, when it is installed (the ``spacy``
    extras): F1 and sentences per CPU-second, keyed by language and package."""
    try:
        recognizer = SpacyRecognizer(package, (language,))
    except (ner.ModelError, MissingDependency) as exc:
        return {f"spacy_{language}_skipped": str(exc)}
    scores = text_scores(recognizer, splits(language).test, language)
    return {f"spacy_{package}_test_text_f1": scores["f1"],
            f"spacy_{package}_test_sentences_per_cpu_second": scores["sentences_per_cpu_second"]}


if __name__ == "__main__":
    print(main())
