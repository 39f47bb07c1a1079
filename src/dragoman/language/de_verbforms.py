"""German present verb forms, told from adjectives and adverbs by their infinitive.

A title-case headline ("Berlin Wählt", "Rostock Startet Durch") holds a verb in its present
third person; a name holds an adjective or an adverb that German also writes in lower case
("Till Kurz", "Ansgar Hart", "RTL Aktuell", "Sport Extra"). A regular verb's present form
ends in "t" after its stem, and its infinitive (stem and "en" or "n") is a word of its own;
no adjective has one ("hart": no "haren"; "fest": no "fesen")."""

from __future__ import annotations

# The ending of a regular verb's present third person ("wählt", "feiert", "startet").
PRESENT_ENDING = "t"
# The "e" a stem in t or d takes before the present ending ("start|et", "red|et").
LINKING_E = "e"
# Endings of the infinitive after the stem ("wähl|en", "feier|n").
INFINITIVE_ENDINGS = ("en", "n")


def present_infinitives(word: str) -> tuple[str, ...]:
    """The infinitives a lower-case ``word`` would have as a regular verb's present form
    ("wählt": "wählen", "wähln"; "startet": also "starten"); none unless it ends in "t"."""
    if not word.endswith(PRESENT_ENDING):
        return ()
    stems = [word[:-len(PRESENT_ENDING)]]
    if stems[0].endswith(LINKING_E):
        stems.append(stems[0][:-len(LINKING_E)])
    return tuple(stem + ending for stem in stems for ending in INFINITIVE_ENDINGS)


__all__ = ["INFINITIVE_ENDINGS", "LINKING_E", "PRESENT_ENDING", "present_infinitives"]
