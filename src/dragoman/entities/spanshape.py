"""Name-shaped mention spans for models trained on Wikipedia-style data (WikiANN).

WikiANN's spans come from link anchors and often run on through lower-case words
("Ligue des champions de l'UEFA"), so a model trained on it can tag a name plus the
rest of a news clause ("Bruxelles que l'Alliance ne enverra pas …"). In cased scripts a
news name starts with a capital and holds lower-case words only as particles between
capitalised ones; a span is cut to its first run of that shape. Models whose metadata
says ``cased_spans`` get this (see eval/train_ner.py).
"""

from __future__ import annotations

import re

# Lower-case words a name may hold between capitalised words, in the languages with
# WikiANN-trained models (de, fr, nl, pt, es) and their neighbours.
NAME_PARTICLES = frozenset(
    {
        "de", "del", "della", "delle", "dei", "degli", "der", "den", "des", "di", "da", "do", "dos",
        "das", "du", "la", "le", "les", "las", "los", "van", "von", "vom", "zu", "zum", "zur", "y",
        "e", "et", "i", "und", "and", "of", "the", "für", "am", "im", "het", "op", "ter", "ten",
        "al", "el", "bin", "ibn", "-", "&", "'s", "’s", ".",
    }
)  # fmt: skip
# An elided article or preposition glued to the next word: l'OTAN, d'Italia, dell'Europa.
_ELISION = re.compile(r"^[^\W\d_]{1,4}['’](?=[^\W\d_])")


def elision(word: str) -> int:
    """Characters of an elided article at the start of ``word`` (0 when there is none)."""
    match = _ELISION.match(word)
    return match.end() if match and word[: match.end() - 1].islower() else 0


def capitalised(word: str) -> bool:
    """Whether ``word`` (after an elided article) starts with a capital letter."""
    rest = word[elision(word) :]
    return rest[:1].isupper()


def name_run(words: list[str]) -> tuple[int, int, int] | None:
    """The first name-shaped run of ``words``: (first word, end word, characters of an elided
    article to skip in the first word); None when no word is capitalised."""
    first = next((k for k, w in enumerate(words) if capitalised(w)), None)
    if first is None:
        return None
    end = first + 1
    k = first + 1
    while k < len(words):
        word = words[k]
        if capitalised(word) or word[:1].isdigit():
            end = k + 1
        elif word.lower() not in NAME_PARTICLES:
            break
        k += 1
    return first, end, elision(words[first])
