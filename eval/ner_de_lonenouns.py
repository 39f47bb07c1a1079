"""German common nouns that name nothing when tagged alone (issue 14, pool A's one-word junk).

    pip install --no-deps german-nouns==1.2.5
    nice -n 10 .venv/bin/python -m eval.ner_de_lonenouns [PATH/TO/nouns.csv]

``eval/ner_de_nouns.py`` keeps out of the noun lexicon every word WikiANN de train tags inside
names mostly ("Hotel", "Theater", "Konferenz", "Saison": heads of "Hotel Adlon", "Theater
Basel") and every gazetteer place ("Ende", "Lage", "Ware", "Yoga": hamlets somewhere): right for
spans of several words, where such a noun is part of a name, but the tagger then keeps the same
nouns when it tags them alone (pool A: "Hotel" LOC, "Theater" PER, "Konferenz" ORG). This writes
``src/dragoman/entities/models/ner-de.lonenouns.txt.gz``: the forms that ``ner_de_nouns`` would
keep but for those two filters, and that WikiANN de train never tags as a name of one word
(``ALONE_MAX``: "Siemens", "Volkswagen" are such names there). Every other filter of
``ner_de_nouns`` stays (name lemmas, given names, German places, seed-KB and known names, person
names' words, lower-case words, bodies, inhabitant nouns, churches). Read by
``entities/germanlonenouns.py`` for one-word mentions only. Same format as the noun lexicon
(a ``#`` JSON note, then front-coded forms; no ``!`` lines).
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path

from dragoman.entities.ner import bio_spans
from dragoman.entities.spanshape import noun_stems
from dragoman.language.normalize import normalize_for_match
from eval import ner_de_nouns as nouns
from eval.train_ner import NER_DATA, read_conll

OUT = nouns.MODELS / "ner-de.lonenouns.txt.gz"
# Times WikiANN de train may tag a form as a whole one-word name: none (chosen before scoring;
# one such tag is enough to show the word names a firm or a place: "Siemens", "Volkswagen").
ALONE_MAX = 0
NOTE = {**nouns.NOTE, "built_by": "eval/ner_de_lonenouns.py",
        "content": "lower-case forms of common nouns the noun lexicon leaves out only as words of "
                   "names or gazetteer places, never tagged alone as a name in WikiANN de train"}


def alone_names() -> Counter[str]:
    """Lower-case words WikiANN de train tags as a name of one word, with their counts."""
    seen: Counter[str] = Counter()
    for tokens, tags in read_conll(NER_DATA / "wikiann-de-train.txt"):
        seen.update(tokens[start].lower() for start, end, _ in bio_spans(tags) if end - start == 1)
    return seen


def build(path: Path) -> set[str]:
    """Forms kept without the name-word and gazetteer filters, less those tagged alone."""
    strict = (nouns._lines(nouns.MODELS / "ner-de.given.txt.gz")
              | nouns._lines(nouns.MODELS / "given-names.txt.gz")
              | nouns._lines(nouns.MODELS / "ner-de.places.txt.gz")
              | nouns._lines(nouns.MODELS / "ner-de.common.txt.gz", ("K",)) | set(nouns.known_names()))
    strict = {normalize_for_match(n) for n in strict} | nouns.person_words()
    full = strict | nouns.name_words() | {normalize_for_match(n) for n in
                                          nouns._lines(nouns.MODELS / "gazetteer-loc.txt.gz")}
    lemmas = list(nouns.rows(path))
    loose, _ = nouns.common_forms(lemmas, strict)
    kept, _ = nouns.common_forms(lemmas, full)
    alone = alone_names()
    # a genitive or plural of a name ("Chinas") is no common noun either
    return {f for f in loose - kept if alone[f] <= ALONE_MAX
            and not any(normalize_for_match(s) in strict for s in noun_stems(f)[1:])}


def write(forms: set[str], out: Path = OUT) -> None:
    text = "# " + json.dumps(NOTE, ensure_ascii=False) + "\n" + "".join(
        line + "\n" for line in nouns.front_coded(forms))
    # No time or file name in the gzip header, so that a rebuild gives the same bytes.
    with out.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0,
                                              compresslevel=9) as handle:
        handle.write(text.encode("utf-8"))
    print(f"{len(forms)} forms -> {out} ({out.stat().st_size} bytes)")


if __name__ == "__main__":
    write(build(nouns.csv_path(sys.argv[1:])))
