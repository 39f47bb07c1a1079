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
# Closed-class words (articles, prepositions, conjunctions, pronouns) of the same languages.
# Capitalised at the start of a sentence they look like names to a model that learned from
# Wikipedia fragments, which rarely start with one ("El Real Madrid", "Según el Instituto");
# a name-shaped run never starts with one. Names that do ("El País", "Le Monde", "Die Linke")
# lose the article: the cost of this rule, cheaper than a flood of "El" and "La" entities.
FUNCTION_WORDS = frozenset(
    """
    el la los las un una unos unas según en de del con por para y o pero tras ante sin sobre
    desde hasta este esta estos estas ese esa su sus al lo le les se no ya también como cuando
    donde mientras aunque si más muy entre durante
    l' les un une des du d' au aux selon et ou mais pour par avec sans sur sous dans ce cette
    ces son sa ses leur il elle ils elles on nous vous après avant depuis pendant lors quand
    comme plus très
    der die das den dem des ein eine einen einem einer eines und oder aber im am an auf aus bei
    mit nach von vom zu zum zur für über unter vor seit laut wie wenn als dass er sie es wir ihr
    man dieser diese dieses auch nicht noch schon
    het een maar op aan naar voor door over volgens na tijdens sinds dit deze dat hij zij ze wij
    we ook niet nog al
    os as um uma uns umas segundo em no na nos nas do da dos das após entre esse essa isso ele
    ela eles elas seu sua não já
    il lo gli i nel nella di della dal secondo questo questa lui lei anche non già
    """.split()  # noqa: SIM905 - one line per language reads better than a list
)
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
    article to skip in the first word); None when no word but function words is capitalised."""
    first = next(
        (k for k, w in enumerate(words) if capitalised(w) and w.lower() not in FUNCTION_WORDS), None
    )
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


def first_word(words: list[str]) -> int:
    """Index of a sentence's first word (opening quotes, dashes and brackets come before it)."""
    return next((k for k, w in enumerate(words) if any(c.isalnum() for c in w)), len(words))


def uncorroborated_openers(
    openers: list[tuple[int, str]], later_words: set[str], known: set[str]
) -> set[int]:
    """Which one-word mentions that open a sentence to drop: ``openers`` are (index, word).

    A model trained on Wikipedia fragments tags almost any capitalised sentence opener
    ("Estamos", "Chargé", "Nirgends": on the news dev pages of eval/ner_news.py 17 of the 18
    one-word sentence-opening mentions were wrong). A sentence-opening name in news has
    mostly been named before or is named again inside a sentence; an opener is kept when
    the same word occurs after some sentence's first word in the text (``later_words``) or
    is a known place name (``known``: the words, as given, found in the model's gazetteer).
    """
    return {i for i, word in openers if word not in later_words and word not in known}
