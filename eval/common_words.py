"""The English frequent-word list of ``entities/headingphrases.py`` (issue 14: headings, menu
items and buttons of everyday words typed as names, "Lightning Fast", "Location Details").

    pip install --no-deps wordfreq==3.1.1 msgpack
    nice -n 10 .venv/bin/python -m eval.common_words

Data: the ``large_en`` frequency table of **wordfreq** 3.1.1 (Robyn Speer; code Apache-2.0,
data CC BY-SA 4.0; https://github.com/rspeer/wordfreq), a list of lower-cased words in buckets
of falling frequency. It is read straight from the package's ``data/large_en.msgpack.gz``
with ``msgpack`` (wordfreq's own reader would pull in ``langcodes`` and ``ftfy`` for nothing);
neither package is a runtime dependency.

The ``WORDS`` most frequent entries made of Latin letters only (an inner hyphen or apostrophe
allowed: "one-click", "don't") are kept, less every word the English NER training sets
(``PERSON_FILES``: CoNLL-2003 and WikiANN train halves, no dev or test file) tag inside a
person's name at least ``PERSON_MIN`` times, whatever case: given names and surnames that are
everyday words too ("grace", "hill", "rose", "mark", "will", "young"), which the project's
given-name lists leave out; they are written in the table's order one a line after a ``#``
line holding a JSON note (source, version, licence), to
``src/dragoman/entities/models/en-frequent.txt.gz``; gzip with mtime 0 and no file name, so
the bytes are the same on every build. The list holds names too ("john", "london", "trump"):
a frequent word is no evidence alone, only with the layout ``headingphrases`` reads.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from eval.train_ner import NER_DATA, read_conll

MODELS = Path(__file__).resolve().parents[1] / "src" / "dragoman" / "entities" / "models"
OUT = MODELS / "en-frequent.txt.gz"
VERSION = "3.1.1"
# How many of the most frequent words are read (persons' words are then left out). Chosen by
# hand from the ranks of the pool-A headings' words ("flexibility" 6935th, "tuning" 11858th,
# "retina" 17286th); past it the table is mostly surnames, places and misspellings. Not scored.
WORDS = 25000
# Training files read for persons' words, and how often a word must stand inside a person's
# name there to be left out. Set by hand: once is chance ("one" of "One Direction" fans),
# twice kept "grace" and "hope" out; no page was scored to choose it.
PERSON_FILES = ("conll2003-en-train.txt", "wikiann-en-train.txt")
PERSON_MIN = 2
NOTE = {
    "source": "wordfreq (PyPI) data/large_en.msgpack.gz by Robyn Speer; https://github.com/rspeer/wordfreq",
    "version": VERSION,
    "licence": "CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/) for the data, "
               "derived data shared under the same licence; wordfreq's code is Apache-2.0",
    "built_by": "eval/common_words.py",
    "content": f"the {WORDS} most frequent English words of Latin letters, less words of persons' "
               f"names (CoNLL-2003 and WikiANN en train, at least {PERSON_MIN} times), most frequent first",
}
_LATIN_WORD = re.compile(r"[a-z]+(?:['’-][a-z]+)*")


def table_path() -> Path:
    """The installed wordfreq package's English frequency table (found, not imported: its
    ``__init__`` needs ``langcodes``)."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("pip install --no-deps wordfreq==3.1.1 msgpack")
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "large_en.msgpack.gz"


def read_table(path: Path) -> Iterator[str]:
    """The table's words, most frequent first (its first entry is a format header)."""
    import msgpack  # build-time only

    with gzip.open(path, "rb") as handle:
        buckets = msgpack.load(handle, raw=False, strict_map_key=False)
    for bucket in buckets[1:]:
        yield from bucket


def person_words(files: Iterable[str] = PERSON_FILES) -> Counter[str]:
    """How often each folded word stands inside a person's name in the training ``files``."""
    inside: Counter[str] = Counter()
    for name in files:
        for tokens, tags in read_conll(NER_DATA / name):
            inside.update(t.casefold() for t, tag in zip(tokens, tags, strict=True) if tag.endswith("PER"))
    return inside


def frequent(words: Iterable[str], persons: Counter[str], size: int = WORDS) -> list[str]:
    """The first ``size`` distinct words of Latin letters of ``words`` less persons' words."""
    out: list[str] = []
    seen: set[str] = set()
    for word in words:
        if _LATIN_WORD.fullmatch(word) and word not in seen:
            seen.add(word)
            if len(seen) > size:
                break
            if persons[word] < PERSON_MIN:
                out.append(word)
    return out


def write(words: list[str], out: Path = OUT) -> None:
    """The list as gzip text with fixed header fields (reproducible bytes)."""
    note = json.dumps(NOTE, ensure_ascii=False, sort_keys=True)
    body = f"# {note}\n" + "".join(f"{w}\n" for w in words)
    with out.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0,
                                              compresslevel=9) as handle:
        handle.write(body.encode("utf-8"))


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else table_path()
    words = frequent(read_table(path), person_words())
    write(words)
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
