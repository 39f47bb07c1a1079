"""Given names for the German NER span shaping (``dragoman.entities.germanspans``).

    nice -n 10 .venv/bin/python -m eval.ner_de_names

The German model, trained on Wikipedia link anchors, often types a person named in news as an
organisation ("Lars Klingbeil") or keeps a title before the name ("Bundeskanzler Olaf
Scholz"). A given name as a span's first word says it is a person. This writes
``src/dragoman/entities/models/ner-de.given.txt.gz`` (one lower-case given name a line): the
first words of person names of two or more words in the training sets ``TRAIN_FILES``
(WikiANN de/en/fr/nl/pt train, CoNLL-2003 English train; never a dev or test split), kept
when seen first in at least ``MIN_COUNT`` person names, at least ``MIN_SHARE`` of the times the
word opens any name there, and not a German common word (``ner-de.common.txt.gz`` lines
``N``/``L``/``H``/``D``).
"""

from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path

from dragoman.entities.ner import bio_spans
from eval.ner_common import write_word_list
from eval.train_ner import NER_DATA, read_conll

MODELS = Path(__file__).resolve().parents[1] / "src" / "dragoman" / "entities" / "models"
OUT = MODELS / "ner-de.given.txt.gz"
TRAIN_FILES = ("wikiann-de-train.txt", "wikiann-en-train.txt", "wikiann-fr-train.txt",
               "wikiann-nl-train.txt", "wikiann-pt-train.txt", "conll2003-en-train.txt")
# Chosen before scoring (not tuned): two person names, and mostly a person's first word.
MIN_COUNT = 2
MIN_SHARE = 0.8
MIN_CHARS = 3


def _common_words() -> set[str]:
    words: set[str] = set()
    with gzip.open(MODELS / "ner-de.common.txt.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            kind, _, word = line.strip().partition(" ")
            if kind in ("N", "L", "H", "D"):
                words.add(word)
    return words


def given_names() -> set[str]:
    first_of_person: Counter[str] = Counter()
    first_of_any: Counter[str] = Counter()
    for name in TRAIN_FILES:
        for tokens, tags in read_conll(NER_DATA / name):
            for start, end, label in bio_spans(tags):
                word = tokens[start]
                if not word[:1].isupper() or not word.isalpha():
                    continue
                first_of_any[word.lower()] += 1
                if label == "PER" and end - start >= 2:
                    first_of_person[word.lower()] += 1
    common = _common_words()
    return {w for w, n in first_of_person.items()
            if n >= MIN_COUNT and n >= MIN_SHARE * first_of_any[w] and len(w) >= MIN_CHARS
            and w not in common}


def main() -> None:
    write_word_list(OUT, given_names(), "given names")


if __name__ == "__main__":
    main()
