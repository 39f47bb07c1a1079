"""Build a list of given names from the Faker package's person providers (issue 14): the
first names of its ~80 locales (Latin-script ones, romanised ones of the Japanese and other
locales, Arabic-script ones of the ``ar_*`` locales), filtered so that no place's, firm's or
common word's name is read as a person's. Written to
``src/dragoman/entities/models/given-faker.txt.gz`` (read by ``entities.givenlearned``); the
first line is a comment naming the source, its version and its MIT licence. Also writes
``name-closers.txt.gz``: words that close names of other kinds than people's in the NER
training corpora ("School", "Verlag"), which a name led by such a given name may not end with.

    pip install faker==40.63.0   # at build time only; or pass the unpacked package's folder
    .venv/bin/python -m eval.given_names_faker [--path /tmp/fk/x]

Faker (https://github.com/joke2k/faker) is Copyright (c) 2012 Daniele Faraglia, MIT licence.

Dropped, each for a class of collisions, not for single names: names of two letters or fewer;
words of the gazetteer of places and of the German place list ("Paris", "Austin", "Jordan",
"Georgia", "Charlotte"); titles, roles, ranks and organisation nouns of the language packs
(``given_names_learn._role_keys``); month and weekday names of the packs ("April", "June");
nouns of the German noun lexicon and common-word lists ("Ernst", "Mark", "Gloria"); plain
(lower-case) words of the shipped French and German common-word lists; words the NER training
corpora write in lower case outside names ("will", "hope", "grace", "summer", "rose"); and
words the corpora write mostly inside names of places, firms or other things, or capitalised
outside any name (titles, ranks: "Commodore"), rather than as a person's first word
("Mercedes", "Santa")."""

from __future__ import annotations

import argparse
import gzip
import importlib
import pkgutil
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from dragoman.entities.kb import name_key, token_key
from dragoman.entities.spanshape import load_common_words
from dragoman.language.rules import all_rules
from eval.given_names_learn import FILES, NER, _role_keys, _sentences, _spans

ROOT = Path(__file__).resolve().parents[1]
MODELS = ROOT / "src" / "dragoman" / "entities" / "models"
OUT = MODELS / "given-faker.txt.gz"
CLOSERS = MODELS / "name-closers.txt.gz"
# A word closing at least this many names of places, firms or other things in the corpora,
# and a person's name at most this share of the times it closes a name, ends no person's name
# ("School", "Township", "Verlag"; not "Field", "Black", "Lord"). Set by hand before any
# figure was measured, not fitted.
CLOSER_MIN = 3
CLOSER_PERSON_SHARE = 0.1
# A word the corpora write in lower case outside names this often is a common word ("will",
# "hope"); once may be a typo or a heading. Set by hand before any audit figure, not fitted.
LOWER_MIN = 2
# Names of this many letters or fewer are dropped: initials, particles and short words
# ("Al", "Bo", "Li") collide with too much. Set by hand.
SHORTEST = 2
_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ'’-]*")
_ARABIC = re.compile(r"[\u0621-\u064A]+")
_ATTRS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
          "first_romanized_names", "first_romanized_names_male", "first_romanized_names_female")
ARABIC_CORPORA = ("anercorp-train.txt", "aqmar-train.txt", "wikifane-train.txt", "newsfane-train.txt")


def faker_names(path: str | None) -> tuple[str, list[str]]:
    """Faker's version and the given names of every person provider."""
    if path:
        sys.path.insert(0, path)
    faker = importlib.import_module("faker")
    person = importlib.import_module("faker.providers.person")
    names: set[str] = set()
    for info in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{info.name}").Provider
        for attr in _ATTRS:
            value = getattr(provider, attr, ())
            if isinstance(value, (tuple, list, dict, set, frozenset)):  # not a property
                names.update(str(n) for n in value)
    return str(faker.VERSION), sorted(names)


def _script_ok(name: str) -> bool:
    return bool(_LATIN.fullmatch(name) and name[:1].isupper() and not name.isupper()) \
        or bool(_ARABIC.fullmatch(name))


def _corpus_counts() -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Per word of the training corpora: lower-case uses outside names, first-word-of-a-person
    uses, and uses inside names of other kinds or capitalised outside any name and not first
    in its sentence (a title or rank: "Commodore", "Colonel")."""
    lower: Counter[str] = Counter()
    person: Counter[str] = Counter()
    other: Counter[str] = Counter()
    files = [f for f in (*FILES, *ARABIC_CORPORA) if (NER / f).is_file()]
    for name in files:
        for sent in _sentences(NER / name):
            inside: set[int] = set()
            for a, b, kind in _spans(sent):
                inside.update(range(a, b))
                if kind == "PER":
                    person[token_key(sent[a][0])] += 1
                else:
                    for i in range(a, b):
                        other[token_key(sent[i][0])] += 1
            for i, (word, _) in enumerate(sent):
                if i not in inside and word.islower():
                    lower[token_key(word)] += 1
                elif i not in inside and i > 0 and word[:1].isupper():
                    other[token_key(word)] += 1
    return lower, person, other


def _gz_words(path: Path) -> set[str]:
    if not path.is_file():
        return set()
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return {name_key(line.strip()) for line in f if line.strip() and not line.startswith("#")}


def _blocked_keys() -> set[str]:
    """Keys of places, titles and roles, months, weekdays and common words."""
    blocked = _gz_words(MODELS / "gazetteer-loc.txt.gz") | _gz_words(MODELS / "ner-de.places.txt.gz")
    blocked |= set(_role_keys())
    for rules in all_rules():
        blocked |= {token_key(w) for w in (*rules.months, *rules.weekdays)}
    for lang in ("de", "fr"):
        path = MODELS / f"ner-{lang}.common.txt.gz"
        if path.is_file():
            common = load_common_words(path)
            blocked |= {token_key(w) for w in (*common.plain, *common.nouns, *common.lexicon)}
    return blocked


def build(names: Iterable[str]) -> list[str]:
    lower, person, other = _corpus_counts()
    blocked = _blocked_keys()
    keep: set[str] = set()
    for name in names:
        key = token_key(name)
        if len(key) <= SHORTEST or not _script_ok(name) or key in blocked:
            continue
        if lower[key] >= LOWER_MIN or other[key] > person[key]:
            continue
        keep.add(name)
    return sorted(keep)


def closers() -> list[str]:
    """Words that close names of places, firms or other things in the NER training corpora
    and seldom a person's ("School", "Township", "Verlag", "AB"): a name ending with one is
    no person's though a given name opens it ("Reagan Communications", "Ivey Business School")."""
    person: Counter[str] = Counter()
    other: Counter[str] = Counter()
    for name in FILES:
        for sent in _sentences(NER / name):
            for a, b, kind in _spans(sent):
                if b - a >= 2:
                    (person if kind == "PER" else other)[token_key(sent[b - 1][0])] += 1
    return sorted(k for k, n in other.items()
                  if n >= CLOSER_MIN and person[k] <= CLOSER_PERSON_SHARE * (n + person[k]))


def _write(path: Path, lines: list[str]) -> None:
    """A gzip file with no time stamp or file name in its header: the build is byte for byte
    reproducible."""
    with path.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as f:
        f.write(("\n".join(lines) + "\n").encode("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--path", help="folder holding the unpacked faker package")
    args = parser.parse_args()
    version, names = faker_names(args.path)
    kept = build(names)
    note = (f"# Given names from Faker {version} (https://github.com/joke2k/faker), person "
            "providers' first names, filtered by eval/given_names_faker.py. Copyright (c) 2012 "
            "Daniele Faraglia, MIT licence.")
    _write(OUT, [note, *kept])
    ends = closers()
    _write(CLOSERS, ["# Words closing names of other kinds than people's in the NER training "
                     "corpora (eval/given_names_faker.py).", *ends])
    print(f"{len(names)} Faker given names, {len(kept)} kept -> {OUT.relative_to(ROOT)}; "
          f"{len(ends)} closing words -> {CLOSERS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
