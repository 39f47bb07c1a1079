"""Genders of German singular nouns from German Wiktionary, for the German span shaping's
determiner agreement (``entities/germangenders.py``).

    make nouns-de    # or: nice -n 10 .venv/bin/python -m eval.ner_de_genders [PATH/TO/nouns.csv]

Writes ``src/dragoman/entities/models/ner-de.genders.txt.gz``: a ``#`` line holding a JSON note
(source, version, licence), then ``G form`` lines, G ``m``, ``n`` or ``f``: lower-case nominative
singular forms of common nouns (``Substantiv`` rows, no names or abbreviations) of one gender
only, that are no plural form of any noun. Feminine nouns (``f``) are kept too, though the rule
that reads the file asks only about masculine and neuter ones: a compound's longest listed head
must be its real one ("Schuss|waffe", not the masculine "Schussw|affe"). A compound whose
longest listed head (a suffix of four letters or more, three or more before it) has its gender
is left out too ("Bahnnetz" is read as "netz"), which keeps the file small."""

from __future__ import annotations

import csv
import gzip
import json
import sys
from collections import defaultdict
from pathlib import Path

from eval.ner_de_nouns import csv_path

OUT = Path(__file__).resolve().parents[1] / "src/dragoman/entities/models/ner-de.genders.txt.gz"
GENUS_FIELDS = ("genus", "genus 1", "genus 2", "genus 3", "genus 4")
KEPT_GENDERS = "mnf"
MIN_FORM = 3
# Letters of a compound's head and of the part before it (``germangenders.HEAD_MIN``).
HEAD_MIN, PREFIX_MIN = 4, 3
NOTE = {"source": "german-nouns (PyPI) nouns.csv, compiled from German Wiktionary "
                  "(https://de.wiktionary.org) by Gregor Weichbrodt; "
                  "https://github.com/gambolputty/german-nouns",
        "version": "1.2.5", "licence": "CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); "
                                       "derived data, shared under the same licence",
        "built_by": "eval/ner_de_genders.py",
        "content": "lower-case nominative singular forms of masculine (m), neuter (n) or feminine (f) nouns"}


def read_genders(path: Path) -> dict[str, str]:
    csv.field_size_limit(10**8)
    genders: dict[str, set[str]] = defaultdict(set)
    plural: set[str] = set()
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            pos = row["pos"] or ""
            if "Substantiv" not in pos:
                continue
            named = "Name" in pos or "Abkürzung" in pos
            kinds = {"x"} if named else ({row[k] for k in GENUS_FIELDS if row.get(k)} or {"x"})
            for key, value in row.items():
                if not key or not value:
                    continue
                if "plural" in key:
                    plural.add(value.lower())
                elif key == "lemma" or key.startswith("nominativ singular"):
                    genders[value.lower()] |= kinds
    single = {w: next(iter(g)) for w, g in genders.items()
              if len(g) == 1 and next(iter(g)) in KEPT_GENDERS and w not in plural
              and w.isalpha() and len(w) >= MIN_FORM}
    kept = {}
    for word, gender in single.items():
        head = next((word[k:] for k in range(PREFIX_MIN, len(word) - HEAD_MIN + 1)
                     if word[k:] in genders), None)
        if head is None or single.get(head) != gender:
            kept[word] = gender
    return kept


def main(argv: list[str]) -> None:
    kept = read_genders(csv_path(argv))
    text = "# " + json.dumps(NOTE) + "\n" + "".join(f"{kept[word]} {word}\n" for word in sorted(kept))
    # No time or file name in the gzip header, so that a rebuild gives the same bytes.
    with OUT.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as out:
        out.write(text.encode("utf-8"))
    print(f"{len(kept)} forms -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
