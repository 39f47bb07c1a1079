"""Function words and word shapes that both the entity and the quotation stages read: a
neutral home, so that neither imports the other's modules for them."""

from __future__ import annotations

from dragoman.language.de_nouns import INFLECTED_ADJECTIVE

# Articles of the languages with capitals, never part of a name ("O ministro", "Der Minister").
ARTICLES = frozenset({"o", "os", "as", "a", "an", "the", "el", "los", "las", "il", "lo", "gli",
                      "der", "die", "das", "den", "dem", "des", "le", "la", "les", "un", "une",
                      "uno", "una", "um", "uma", "ein", "eine"})


def inflected_adjective(word: str) -> bool:
    """Whether a lower-case ``word`` is shaped like an inflected German adjective
    ("italienischen", "neue"): three letters or more and an adjective's ending
    (``de_nouns.INFLECTED_ADJECTIVE``)."""
    return INFLECTED_ADJECTIVE.match(word) is not None
