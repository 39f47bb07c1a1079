"""Learn a list of given names from the NER training corpora (issue 14): the first word of a
person's name of two or three words that the corpora write nowhere else, neither in an
organisation's, place's or other name nor as a lower-case word. Written to
``src/dragoman/entities/models/given-names.txt.gz`` (read by ``entities.givenlearned``).

    .venv/bin/python -m eval.given_names_learn

Corpora: the Latin-script training files of ``../shared/data/ner`` (CoNLL-2003 English,
WikiANN en/de/fr/nl/pt). Their dev files are not read.

Filtered out (review of the first list, which held "Empress", "Czar", "Evangelisten",
"Asienspielen", "GeForce", "Doom", "Camel"): words of the language packs' title, role,
occupation and organisation-noun lists and ranks of monarchs and nobles; nouns of the shipped
German common-word list; a word whose two-word names mostly go on with a given name (a title
before a person's given name: "Evangelisten Johannes", "Evangelisten Markus"); and a word
whose names never hold a surname after it (a numeral or a lower-case word is none: "Czar
Nicholas II", "GeForce series", "Asienspielen 2014"). "Doom" and "Camel" stay: the corpora
tag one name of each as a person's twice ("Camel Meriem" is a footballer); no general rule
tells them from a rare given name with one bearer."""

from __future__ import annotations

import gzip
import re
from collections import Counter, defaultdict
from pathlib import Path

from dragoman.entities.kb import name_key, token_key
from dragoman.entities.nameclass import hand_given_name_keys, occupation_keys, title_keys
from dragoman.entities.spanshape import shipped_common_words
from dragoman.language.rules import all_rules

ROOT = Path(__file__).resolve().parents[1]
NER = ROOT.parent / "shared" / "data" / "ner"
OUT = ROOT / "src" / "dragoman" / "entities" / "models" / "given-names.txt.gz"
FILES = ("conll2003-en-train.txt", "wikiann-en-train.txt", "wikiann-de-train.txt",
         "wikiann-fr-train.txt", "wikiann-nl-train.txt", "wikiann-pt-train.txt")
# A word is kept when it opens this many persons' names at least (fewer is likelier chance)
# and when at least this share of all its uses opens one (the rest: inside other names, as a
# common word). Chosen by hand before any audit figure, not fitted.
GIVEN_MIN = 2
GIVEN_SHARE = 0.9
# The share of a word's names that go on with a given name as second word from which it is
# a title before a given name ("Evangelisten Markus"). Set by hand, not fitted to a figure.
GIVEN_AFTER_SHARE = 0.5
GIVEN_AFTER_MIN = 2
# Ranks of monarchs and nobles, which open a person's name as a given name does ("Empress
# Elizabeth", "Czar Nicholas"); the packs' title lists hold them only in part. Hand list.
_RANKS = frozenset("""
    emperor empress czar tsar tsarina czarina kaiser kaiserin zar zarin king queen
    prince princess duke duchess archduke archduchess count countess baron baroness marquis
    marquess margrave earl viscount sultan sultana shah emir khan pharaoh
    empereur impératrice roi reine prince princesse duc duchesse comte comtesse
    emperador emperatriz rey reina príncipe princesa duque duquesa conde condesa
    imperador imperatriz rei rainha
    könig königin prinz prinzessin herzog herzogin graf gräfin fürst fürstin
""".split())  # noqa: SIM905
_ROMAN = re.compile(r"[IVXLC]+")
_SURNAME = re.compile(r"[^\W\d_][\w'’-]*")


def _sentences(path: Path) -> list[list[tuple[str, str]]]:
    out: list[list[tuple[str, str]]] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2 or parts[0] == "-DOCSTART-":
            if out[-1]:
                out.append([])
            continue
        out[-1].append((parts[0], parts[-1]))
    return [s for s in out if s]


def _spans(sent: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    for i, (_, tag) in enumerate(sent):
        if tag.startswith("B-") or (tag.startswith("I-") and (i == 0 or sent[i - 1][1][2:] != tag[2:])):
            spans.append((i, i + 1, tag[2:]))
        elif tag.startswith("I-") and spans:
            spans[-1] = (spans[-1][0], i + 1, spans[-1][2])
    return spans


def learn() -> list[str]:
    given: Counter[str] = Counter()
    other: Counter[str] = Counter()
    surnames: defaultdict[str, set[str]] = defaultdict(set)
    seconds: defaultdict[str, list[str]] = defaultdict(list)
    for name in FILES:
        for sent in _sentences(NER / name):
            opening: set[int] = set()
            inside: set[int] = set()
            for a, b, kind in _spans(sent):
                if kind == "PER" and 2 <= b - a <= 3:
                    opening.add(a)
                    inside.update(range(a + 1, b))
                    surnames[sent[a][0]].update(w for w, _ in sent[a + 1 : b] if _surname(w))
                    if b - a == 2:
                        seconds[sent[a][0]].append(sent[a + 1][0])
                elif kind == "PER":
                    inside.update(range(a, b))
                else:
                    for i in range(a, b):
                        other[sent[i][0]] += 1
            for i, (word, _) in enumerate(sent):
                if i in opening:
                    given[word] += 1
                elif word.islower() and i not in inside:
                    other[word.capitalize()] += 1
    keep = [w for w, n in given.items()
            if n >= GIVEN_MIN and w.isalpha() and w[:1].isupper() and not w.isupper() and len(w) > 2
            and n >= GIVEN_SHARE * (n + other[w]) and surnames[w]]
    return sorted(w for w in keep if not _refused(w, seconds[w], hand_given_name_keys()))


def _surname(word: str) -> bool:
    """A word that may be a surname: letters (hyphens, apostrophes) with a capital, no Roman
    numeral ("Assad", "al-Assad"; not "II", "2014", "series")."""
    return (_SURNAME.fullmatch(word) is not None and word.lower() != word
            and _ROMAN.fullmatch(word) is None)


def _refused(word: str, seconds: list[str], known: frozenset[str] | set[str]) -> bool:
    """A title, rank, role or common word, or a word that mostly goes on with a given name in
    two-word names (counting different names), with two given names at least (a title:
    "Evangelisten Johannes", "Evangelisten Markus"; "Elton John" is one name)."""
    key = token_key(word)
    if key in _role_keys() or _german_noun(word):
        return True
    given_after = {s for s in seconds if name_key(s) in known}
    return len(given_after) >= max(GIVEN_AFTER_MIN, GIVEN_AFTER_SHARE * len(set(seconds)))


def _role_keys() -> frozenset[str]:
    words = {w for rules in all_rules() for w in (*rules.person_roles, *rules.speaker_roles,
                                                  *rules.organisation_nouns)}
    return title_keys() | occupation_keys() | frozenset(token_key(w) for w in words | _RANKS)


def _german_noun(word: str) -> bool:
    """A capitalised common noun of the shipped German common-word list ("Botschafter",
    "Evangelisten"); French and English common words are written in lower case, which the
    corpora's counts see."""
    common = shipped_common_words("de")
    return common is not None and common.noun(word)


def main() -> None:
    names = learn()
    with gzip.open(OUT, "wt", encoding="utf-8") as f:
        f.write("\n".join(names) + "\n")
    print(f"{len(names)} given names -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
