"""German common nouns from German Wiktionary for the German NER span shaping (issue 15).

    pip install --no-deps german-nouns==1.2.5
    nice -n 10 .venv/bin/python -m eval.ner_de_nouns [PATH/TO/nouns.csv]

The German model, trained on Wikipedia link anchors, tags capitalised common nouns on news
("Krebs", "Kongress", "Refrain") because its learned common-word list (eval/ner_common.py)
holds only the nouns it saw behind determiners. This writes
``src/dragoman/entities/models/ner-de.nouns.txt.gz``: lower-case inflected forms of nouns that
are only common nouns, read from the ``german-nouns`` package (``nouns.csv``, compiled from
German Wiktionary, CC BY-SA 4.0; it is no runtime dependency: it pins an lxml the project
cannot use). A form is left out when

* any lemma holding it is marked a name or a non-word (``NAME_POS``: "Müller" is also a
  surname, "Sonne" a proper name), or declines like an adjective ("Deutsche", "Grüne": they
  open names as adjectives do);
* it is a given name (``ner-de.given.txt.gz``, ``given-names.txt.gz``), a place (``ner-de.places.txt.gz``, the
  gazetteer), a seed-KB name or German territory name (``germanknown``), or a known one-word
  name of the common-word list (its ``K`` lines);
* WikiANN de train tags it inside names mostly (``NAME_MIN`` times, more than outside);
* it is the first or last word of person names of two or more words at least ``SURNAME_MIN``
  times in the training sets of ``eval/ner_de_names.py`` (a given name or surname: "Rex",
  "Hulk", "Vettel", "Hart");
* it is a place's inhabitant noun or adjective ("Berner": Berner Alpen, "Wiener");
* it is a compound of a church word (``NAMED_BUILDING_HEADS``: "Frauenkirche", "Nikolaikirche"):
  on news such a compound mostly names one building;
* it is a body's name by the German span shaping's own rule (``germanwords.body_name``:
  "Bundespolizei", "Justizministerium");
* it is a word written in lower case (the learned plain words, closed-class words: "die",
  "essen");
* it is shorter than ``MIN_CHARS`` or longer than ``MAX_CHARS`` (long compounds are rare as
  tagged names and mostly end in a noun suffix that ``germanlexicon.suffix_noun`` knows);
* it is reachable from a kept shorter form by the endings ``CommonWords.noun`` strips
  ("Kongresses" from "Kongress"), which keeps the file small.

A name that those endings would turn into a kept form ("Sachsen" -> "Sachse", a demonym) is
written as a ``!`` line: a known name, never common. The first line is a ``#`` comment holding
a JSON note (source, version, licence); the ``!`` lines follow, then the forms, sorted and
front-coded (a digit: letters shared with the form before, then the rest of the form).
``spanshape.load_common_words`` adds the forms to the German nouns and the ``!`` words to its
known names.
"""

from __future__ import annotations

import csv
import gzip
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from dragoman.entities import germanwords
from dragoman.entities.germanknown import known_names
from dragoman.entities.germanlexicon import head_in
from dragoman.entities.ner import bio_spans
from dragoman.entities.spanshape import CLAUSE_WORDS, FUNCTION_WORDS, NAME_PARTICLES, noun_stems
from dragoman.language.normalize import normalize_for_match
from eval.ner_de_names import TRAIN_FILES
from eval.train_ner import NER_DATA, read_conll

MODELS = Path(__file__).resolve().parents[1] / "src" / "dragoman" / "entities" / "models"
OUT = MODELS / "ner-de.nouns.txt.gz"
VERSION = "1.2.5"
NOTE = {
    "source": "german-nouns (PyPI) nouns.csv, compiled from German Wiktionary "
              "(https://de.wiktionary.org) by Gregor Weichbrodt; https://github.com/gambolputty/german-nouns",
    "version": VERSION,
    "licence": "CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); derived data, "
               "shared under the same licence",
    "built_by": "eval/ner_de_nouns.py",
    "content": "lower-case inflected forms of lemmas that are only common nouns",
}
# Parts of the ``pos`` column that mark a lemma as no (plain) common noun.
NAME_POS = frozenset({"Nachname", "Vorname", "Toponym", "Eigenname", "Abkürzung", "Straßenname",
                      "Buchstabe", "Symbol", "Affix", "Suffix", "Gebundenes Lexem",
                      "Grußformel", "Partikel", "adjektivische Deklination"})
_NOT_FORMS = ("lemma", "pos", "genus")
# Chosen before scoring (not tuned): one- and two-letter forms are abbreviations and particles;
# a word WikiANN de train tags inside names at least twice and more often than outside them is
# mostly a name's word there ("Bank", a firm's head, stays only if used outside names as much).
MIN_CHARS = 3
MAX_CHARS = 16
NAME_MIN = 2
SURNAME_MIN = 2
# Endings of an inhabitant noun or place adjective after a place's name ("Bern|er", "Bern|ern").
PLACE_ENDINGS = ("er", "ern", "ers", "erin", "erinnen")
# Heads whose compounds mostly name one building on news ("Frauenkirche", "Marienkirche",
# "Kreuzkirche"; Wiktionary lists many such churches as nouns). Chosen by hand from the rare
# names the lexicon lost on pool A and the reviewer's probes, not tuned on a score.
NAMED_BUILDING_HEADS = ("kirche", "kapelle")
# Letters of a form the front coding says are shared with the form before (one digit).
MAX_SHARED = 9


def csv_path(argv: list[str]) -> Path:
    """``nouns.csv`` given on the command line, else that of the installed package."""
    if argv:
        return Path(argv[0])
    import german_nouns  # build-time only: see the module docstring

    # (a namespace package: no __init__, so no __file__)
    return Path(next(iter(german_nouns.__path__))).resolve() / "nouns.csv"


def rows(path: Path) -> Iterator[tuple[frozenset[str], set[str]]]:
    """Each lemma's ``pos`` parts and its lower-case one-word forms (the lemma's too)."""
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            forms = {v.strip().lower() for k, v in row.items()
                     if (v and not k.startswith(_NOT_FORMS)) or k == "lemma"}
            yield (frozenset(p.strip() for p in (row.get("pos") or "").split(",")),
                   {f for f in forms if f[:1].isalpha() and " " not in f and f.replace("-", "").isalpha()})


def _lines(path: Path, kinds: tuple[str, ...] = ()) -> set[str]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        lines = [line.strip() for line in handle if line.strip()]
    if not kinds:
        return set(lines)
    return {w for kind, _, w in (line.partition(" ") for line in lines) if kind in kinds}


def known_names_set() -> set[str]:
    """Normalized names the span shaping keeps: given names, places, gazetteer, seed KB."""
    names = _lines(MODELS / "ner-de.given.txt.gz") | _lines(MODELS / "given-names.txt.gz")
    names |= _lines(MODELS / "ner-de.places.txt.gz")
    names |= _lines(MODELS / "gazetteer-loc.txt.gz") | _lines(MODELS / "ner-de.common.txt.gz", ("K",))
    names |= set(known_names())
    return {normalize_for_match(n) for n in names}


def lower_words() -> set[str]:
    """Words written in lower case: the learned plain words (``ner-de.common.txt.gz`` lines
    ``L``: verbs, adjectives) and the closed-class words of ``spanshape`` ("die", "von")."""
    return (_lines(MODELS / "ner-de.common.txt.gz", ("L",)) | FUNCTION_WORDS | CLAUSE_WORDS
            | NAME_PARTICLES)


def name_words() -> set[str]:
    """Lower-case words WikiANN de train tags inside names ``NAME_MIN`` times and more often
    than outside them."""
    inside: Counter[str] = Counter()
    outside: Counter[str] = Counter()
    for tokens, tags in read_conll(NER_DATA / "wikiann-de-train.txt"):
        for token, tag in zip(tokens, tags, strict=True):
            (outside if tag == "O" else inside)[token.lower()] += 1
    return {w for w, n in inside.items() if n >= NAME_MIN and n > outside[w]}


def person_words() -> set[str]:
    """Lower-case first and last words of person names of two or more words (given names,
    surnames), each seen there ``SURNAME_MIN`` times."""
    seen: Counter[str] = Counter()
    for name in TRAIN_FILES:
        for tokens, tags in read_conll(NER_DATA / name):
            for start, end, label in bio_spans(tags):
                if label == "PER" and end - start >= 2:
                    seen.update({tokens[start].lower(), tokens[end - 1].lower()})
    return {w for w, n in seen.items() if n >= SURNAME_MIN}


def common_forms(lemmas: Iterable[tuple[frozenset[str], set[str]]],
                 names: set[str]) -> tuple[set[str], set[str]]:
    """Forms of plain common nouns that no name lemma, known name or name word shares, and
    the forms of name lemmas."""
    common: set[str] = set()
    barred: set[str] = set()
    for pos, forms in lemmas:
        (barred if pos & NAME_POS or "Substantiv" not in pos else common).update(forms)
    kept = {f for f in common - barred - lower_words() if MIN_CHARS <= len(f) <= MAX_CHARS
            and normalize_for_match(f) not in names and f not in names
            and not germanwords.body_name(f) and not place_word(f, names)
            and not named_building(f)}
    return kept, barred


def named_building(form: str) -> bool:
    """A compound of a ``NAMED_BUILDING_HEADS`` word, also inflected ("Paulskirchen")."""
    return any(head_in(s, NAMED_BUILDING_HEADS) and s not in NAMED_BUILDING_HEADS
               for s in noun_stems(form))


def place_word(form: str, names: set[str]) -> bool:
    """A place's inhabitant noun, also its place adjective ("Berner": Berner Alpen; "Wiener",
    "Hamburgern"): a known place and ``PLACE_ENDINGS``."""
    return any(form.endswith(e) and normalize_for_match(form[: -len(e)]) in names
               for e in PLACE_ENDINGS)


def reached_names(names: Iterable[str], kept: set[str]) -> set[str]:
    """One-word ``names`` that are no kept form but whose stem is ("sachsen" -> "sachse")."""
    return {n for n in names if n.isalpha() and n not in kept
            and any(s in kept for s in noun_stems(n)[1:])}


def compact(forms: set[str]) -> set[str]:
    """``forms`` less those that ``CommonWords.noun`` reaches from a kept one by stripping an
    ending: a base form (no stem of it listed) is kept, any other only when no stem is a base."""
    base = {f for f in forms if not any(s in forms for s in noun_stems(f)[1:])}
    return base | {f for f in forms - base if not any(s in base for s in noun_stems(f)[1:])}


def build(path: Path) -> tuple[set[str], set[str]]:
    """The kept forms (compacted) and the names their stems would reach."""
    names = known_names_set() | name_words() | person_words()
    kept, barred = common_forms(rows(path), names)
    forms = compact(kept)
    return forms, reached_names(names | barred, forms)


def front_coded(forms: Iterable[str]) -> Iterator[str]:
    previous = ""
    for form in sorted(forms):
        shared = next((i for i, (a, b) in enumerate(zip(previous, form, strict=False)) if a != b),
                      min(len(previous), len(form)))
        shared = min(shared, MAX_SHARED)
        yield f"{shared}{form[shared:]}"
        previous = form


def write(forms: set[str], names: set[str], out: Path = OUT) -> None:
    text = ("# " + json.dumps(NOTE, ensure_ascii=False) + "\n"
            + "".join(f"!{n}\n" for n in sorted(names))
            + "".join(line + "\n" for line in front_coded(forms)))
    # No time or file name in the gzip header, so that a rebuild gives the same bytes.
    with out.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0,
                                              compresslevel=9) as handle:
        handle.write(text.encode("utf-8"))
    print(f"{len(forms)} forms, {len(names)} names -> {out} ({out.stat().st_size} bytes)")


if __name__ == "__main__":
    write(*build(csv_path(sys.argv[1:])))
