"""German name forms for the linker and the text scan, outside the tagger (``germanspans``
shapes the tagger's spans): a disease word is never a town ("die Pest"), and a person's name
in the genitive ("Mario Draghis") is the same person as the bare name ("Mario Draghi"). The
language packs say where they apply (``capitalised_nouns``: German); the word lists are
German (``germanwords``)."""

from __future__ import annotations

from dragoman.entities import germanwords
from dragoman.entities.germanspans import MIN_STEM, given_name, known_place
from dragoman.language.rules import capitalises_nouns


def german_disease(word: str, language: str | None) -> bool:
    """A German disease word, never a name nor a town on its own ("die Pest" is no Hungarian
    town), for name look-ups outside the tagger (KB names found in the text)."""
    if not capitalises_nouns(language) or not germanwords.disease(word):
        return False
    return word.lower() in germanwords.DISEASE_HEADS or not known_place(word, None)


def genitive_bare(keys: list[str], names: dict[str, int], language: str | None) -> list[str]:
    """A German name's word keys with the genitive "-s" of its last word dropped when the
    article writes that bare word too ("Mario Draghis" beside "Mario Draghi", "Berlusconis"
    beside "Berlusconi"), so that both forms group as one referent; ``names``: word key ->
    mentions holding it."""
    if not capitalises_nouns(language) or not keys:
        return keys
    last = keys[-1]
    if not last.endswith("s") or last.endswith("ss") or len(last) <= MIN_STEM:
        return keys
    return [*keys[:-1], last[:-1]] if names.get(last[:-1]) else keys


def genitive_base(name: str, language: str | None) -> str | None:
    """A German person's name in the genitive without its "-s" ("Silvio Berlusconis" ->
    "Silvio Berlusconi"): a given name (``given_names``) and a last word in "-s" (not "-ss");
    None otherwise. Only for an exact look-up of the bare name ("Günter Grass" stays)."""
    words = name.split()
    if (not capitalises_nouns(language) or len(words) < 2 or not given_name(words[0])
            or not words[-1].endswith("s") or words[-1].endswith("ss")
            or len(words[-1]) <= MIN_STEM):
        return None
    return name[:-1]

