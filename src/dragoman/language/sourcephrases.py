"""Words for sources a pack names after a cue or in an inverted plural subject (issue 16,
German reported speech): the prepositions that open the source after an impersonal cue
("…, hieß es aus dem Rathaus", "…, heißt es bei der Bahn", ``quotes/impersonalsource.py``)
and the endings of plural nouns of people after a plural article ("die Anwohner", "die
Ärztinnen"; ``quotes/speakingphrase.py``).

Only German has them; every other pack gets the empty ``SourcePhrases`` (the rules do not run).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SourcePhrases:
    # prepositions after an impersonal cue whose object is the statement's source ("hieß es
    # aus dem Ministerium", "vom Konzern", "bei der Polizei"); not "in"/"im": a document or a
    # place ("heißt es in der Mitteilung", "im Volksmund")
    impersonal_source_prepositions: frozenset[str] = frozenset()
    # a source preposition and the word that closes it as a circumposition: its object is then
    # a starting point or a time, not a source ("hieß es vom ersten Tag an", "von oben herab")
    circumpositions: frozenset[tuple[str, str]] = frozenset()
    # the past finite of an impersonal cue ("hieß es"): it reports what was said on one
    # occasion, while a saying or a motto takes the present ("Zeit ist Geld, heißt es"), so a
    # short indicative clause it closes is a report ("Die Straße bleibt gesperrt, hieß es.")
    past_impersonal_finites: frozenset[str] = frozenset()
    # endings of a noun of people in the plural or the feminine, after a plural article: the
    # feminine plural and the agent noun ("die Ärztinnen", "die Anwohner", "die Gewerkschafter")
    # that no list of heads holds
    plural_person_endings: tuple[str, ...] = ()
    # the least letters of such a noun: shorter ones in "-er" are no agent nouns ("die Eier")
    plural_person_min_chars: int = 0


_DE = SourcePhrases(
    impersonal_source_prepositions=frozenset({"aus", "von", "vom", "bei", "beim", "seitens"}),
    circumpositions=frozenset((p, c) for p in ("von", "vom") for c in ("an", "ab", "aus", "her")),
    past_impersonal_finites=frozenset({"hieß"}),
    plural_person_endings=("innen", "er"),
    plural_person_min_chars=6,
)
_EMPTY = SourcePhrases()


def source_phrases(code: str) -> SourcePhrases:
    """The pack's source phrase words (empty outside German)."""
    return _DE if code == "de" else _EMPTY


__all__ = ["SourcePhrases", "source_phrases"]
