"""German name forms for the linker and the text scan, outside the tagger (``germanspans``
shapes the tagger's spans): a disease word is never a town ("die Pest"), and a person's name
in the genitive ("Mario Draghis") is the same person as the bare name ("Mario Draghi"), a
known place or body in the genitive ("Brasiliens", "des Bundestages") the same entity. The
language packs say where they apply (``capitalised_nouns``: German); the word lists are
German (``germanwords``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from dragoman.entities import germanarticle, germanwords
from dragoman.entities.germanlexicon import MIN_STEM, common_noun, given_name, known_place
from dragoman.entities.germanwords import WORDS
from dragoman.entities.kb import name_key
from dragoman.entities.memory import learned_id
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


# Letters of an adjective's stem before its ending ("neu|en"): shorter ones are no adjectives.
MIN_ADJECTIVE_STEM = 3
_INFLECTED = re.compile(rf"^([A-ZÄÖÜ][a-zäöüß]{{{MIN_ADJECTIVE_STEM - 1},}}?)(e|en|er|es|em)$")


def _declined_adjective(word: str) -> str | None:
    """The stem of a capitalised inflected adjective ("Deutschen" -> "Deutsch"): a stem in an
    adjective suffix ("Europäisch|en", "Kassenärztlich|en"), or one the common-word list writes
    in lower case with "-e" and "-er" ("deutsche", "deutscher"; not "Werder": "werde",
    "werden" are verbs), else None."""
    found = _INFLECTED.match(word)
    if not found:
        return None
    stem = found[1]
    low = stem.lower()
    common = shipped_common_words(de_code())
    if low.endswith(WORDS.adjective_suffixes) or (
            common is not None and low + "e" in common.plain and low + "er" in common.plain):
        return stem
    return None


def de_code() -> str:
    from dragoman.language import de

    return de.RULES.code


def declined_forms(name: str, label: str, language: str | None) -> list[str]:
    """The forms of a German adjective-and-noun name with its adjectives in "-e" ("Deutschen
    Bank" -> "Deutsche Bank", "Deutscher Caritasverband" -> "Deutsche Caritasverband"), after
    a genitive adjective in "-en" also with the noun's "-s" or "-es" off ("Deutschen
    Caritasverbandes" -> "... Caritasverband", "Olympischen Komitees" -> "... Komitee");
    [] for other names, types and languages."""
    words = name.split(" ")
    if label not in ("ORG", "LOC") or not capitalises_nouns(language) or len(words) < 2:
        return []
    stems = [_declined_adjective(word) for word in words[:-1]]
    last = words[-1]
    if not all(stems) or not last[:1].isupper():
        return []
    base = [f"{stem}e" for stem in stems if stem]
    forms = [" ".join([*base, last])]
    if words[-2].endswith("en") and not last.endswith("ss") and len(last) > MIN_STEM:
        forms += [" ".join([*base, last[:-cut]]) for cut in (1, 2) if last.endswith("es"[2 - cut:])]
    return forms


def declined_key(name: str, label: str, language: str | None, known: Callable[[str], bool]) -> str:
    """The name key of ``name`` as its entity is learned: the key of a ``declined_forms`` form
    whose learned entity (``memory.learned_id``) the archive ``known`` already holds (its
    genitive too: "Caritasverbandes" learned first),
    else of the first form, else of ``name``; so that the cases of one German body are one
    entity ("der Deutschen Bank", "die Deutsche Bank")."""
    keys = [name_key(form) for form in declined_forms(name, label, language)]
    if not keys:
        return name_key(name)
    genitives = [keys[0] + ending for ending in ("s", "es")]
    return next((key for key in [*keys, *genitives] if known(learned_id(key))), keys[0])
