"""German name forms for the linker and the text scan, outside the tagger (``germanspans``
shapes the tagger's spans): a disease word is never a town ("die Pest"), and a person's name
in the genitive ("Mario Draghis") is the same person as the bare name ("Mario Draghi"), a
known place or body in the genitive ("Brasiliens", "des Bundestages") the same entity. The
language packs say where they apply (``capitalised_nouns``: German); the word lists are
German (``germanwords``)."""

from __future__ import annotations

import re

from dragoman.entities import germanarticle, germanwords
from dragoman.entities.germanlexicon import MIN_STEM, common_noun, given_name, known_place
from dragoman.entities.germanwords import WORDS
from dragoman.entities.spanshape import shipped_common_words
from dragoman.language.rules import capitalises_nouns


def german_disease(word: str, language: str | None) -> bool:
    """A German disease word, never a name nor a town on its own ("die Pest" is no Hungarian
    town), for name look-ups outside the tagger (KB names found in the text)."""
    if not capitalises_nouns(language) or not germanwords.disease(word):
        return False
    return word.lower() in WORDS.disease_heads or not known_place(word, None)


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


def genitive_stems(name: str, language: str | None) -> list[str]:
    """A German name with its last word's genitive ending off, "-s" (not "-ss") and then "-es"
    ("Brasiliens" -> "Brasilien", "Bundestages" -> "Bundestage", "Bundestag"), each stem of
    ``MIN_STEM`` letters or more; [] in a language that forms no such genitive. Only for an
    exact look-up of the stem, after the name itself was looked up ("Paris" stays Paris)."""
    words = name.split()
    last = words[-1] if words else ""
    if not capitalises_nouns(language) or not last.endswith("s") or last.endswith("ss"):
        return []
    return [name[:-cut] for cut in ((1, 2) if last.endswith("es") else (1,)) if len(last) - cut >= MIN_STEM]


def genitive_base(name: str, language: str | None) -> str | None:
    """A German person's name in the genitive without its "-s" ("Silvio Berlusconis" ->
    "Silvio Berlusconi"): a given name (``given_names``) and a last word in "-s" (not "-ss");
    None otherwise. Only for an exact look-up of the bare name ("Günter Grass" stays)."""
    words = name.split()
    stems = genitive_stems(name, language) if len(words) >= 2 and given_name(words[0]) else []
    return stems[0] if stems else None


def genitive_lookups(name: str, label: str, language: str | None) -> list[str]:
    """The bare forms to look a name in the genitive up by, by exact key: a person's full name
    (``genitive_base``), a place's or body's stems (``genitive_stems``); none for other types."""
    if label == "PER":
        bare = genitive_base(name, language)
        return [bare] if bare else []
    return genitive_stems(name, language) if label in ("LOC", "ORG") else []


# A language tag's base ("de" of "de-AT").
_BASE = re.compile(r"[-_]")


def german_article_noun(text: str, start: int, language: str | None) -> bool:
    """Whether the word at ``start`` of German ``text`` stands right behind a determiner or a
    number ("die Personen", "den Wasserstoff"), or is a listed noun behind adjectives
    (``germanarticle.standing``: "freie Software"; not "die 64-jährige Fischer"): a common
    noun, never a person's surname alone ("Fischer sagte", "mit Fischer"), so no text scan
    should join it to a person of the page as a bare surname; False in other languages."""
    if not capitalises_nouns(language):
        return False
    before = germanarticle.tokens(text[max(0, start - germanarticle.LOOK_BACK):start])
    window = before[-germanarticle.MAX_ADJECTIVES - 1:]
    if not (window and window[-1][:1].isalnum() and germanarticle.standing(window) == "det"):
        return False
    if window[-1].lower() in germanwords.ARTICLE_CUES or window[-1].isdigit():
        return True  # right behind the article: "die Personen", "der Koch des Restaurants"
    # behind adjectives, news write people by surname ("die 64-jährige Fischer", "der
    # erfahrene Koch"): only a noun the lexicon lists is refused ("die gleichgestellten Personen")
    word = text[start:].split(maxsplit=1)[0].strip(".,;:!?\"“”")
    return common_noun(word, shipped_common_words(_BASE.split(language or "")[0]))
