"""Countries and cities as speakers ("Russia has repeatedly warned that …", "Moscow said …").

A government is often named by its country or capital. The entities stage links such names
when its NER finds them; where it misses the name (no NER model for the language, as in
Russian: ``Россия предупредила``) or tags it as a person and leaves it unlinked (``Rusia``), the
quote stage looks the speaker up here, so the speaker is the place's knowledge-base entity
(``country-RU``, ``city-moscow``) and is listed as that entity.

Only places that are unlikely to be a common word are used: countries (CLDR names, every
language of the knowledge base) and large cities (those the knowledge base also searches for
in raw text, over ``kbsources.CITY_DETECT_POPULATION`` people).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from dragoman.model import Mention
from dragoman.quotes.spancover import overlap_test

if TYPE_CHECKING:
    from dragoman.entities.kb import KnowledgeBase

# name -> (entity id, canonical name, is a country); None when the name is no known place.
PlaceLookup = Callable[[str], "tuple[str, str, bool] | None"]
# Longest run of capitalised words tried as one place name ("Bosnia and Herzegovina" aside,
# "United Arab Emirates", "Rio de Janeiro" is 3 words with a lower-case link).
MAX_PLACE_WORDS = 3


def kb_places(kb: KnowledgeBase) -> PlaceLookup:
    """A lookup over the knowledge base: the best-ranked country, or large city, of a name."""
    from dragoman.entities.kb import name_key

    def lookup(name: str) -> tuple[str, str, bool] | None:
        key = name_key(name)
        if not key:
            return None
        for entity in kb.candidates(key):
            if entity.type != "LOC":
                continue
            if entity.id.startswith("country-"):
                return entity.id, entity.name, True
            if entity.id.startswith("city-") and entity.detect:
                return entity.id, entity.name, False
            return None  # the name's best place is a small city or a region: not trusted
        return None

    return lookup


def place_mentions(text: str, mentions: Iterable[Mention], spans: Iterable[tuple[int, int, str]],
                   common: frozenset[str], places: PlaceLookup) -> tuple[list[Mention], dict[str, str]]:
    """The article's mentions with place speakers filled in, and the names of the places used.

    ``spans``: (start, end, text) of capitalised words, runs that never overlap each other
    (``capital_runs``), so a place found among them covers no later one. An unlinked mention that names a
    country or a large city takes that place's id and the label LOC (a one-word person
    mention too, "Pequim anunciou", unless the word is part of a longer person name in the
    article); a capitalised word no mention covers, and that the article never writes in
    lower case, becomes a LOC mention when it names a country or a large city.
    """
    out: list[Mention] = []
    names: dict[str, str] = {}
    covered: list[tuple[int, int]] = []
    mentions = list(mentions)
    # words of longer person names ("Denzel Washington"): such a word alone is that person
    person_words = {w for m in mentions if m.label == "PER" and " " in m.text.strip()
                    for w in m.text.split()}
    for m in mentions:
        covered.append((m.start, m.end))
        found = places(m.text) if m.entity_id is None else None
        if found is not None and (m.label != "PER" or (" " not in m.text.strip()
                                                        and m.text.strip() not in person_words)):
            names[found[0]] = found[1]
            m = Mention(m.start, m.end, m.text, "LOC", found[0], m.score, "quote-place", m.role)
        out.append(m)
    overlaps = overlap_test(covered)
    for start, end, word in spans:
        if word.casefold() in common or overlaps(start, end):
            continue
        found = places(word)
        if found is not None:
            names[found[0]] = found[1]
            out.append(Mention(start, end, text[start:end], "LOC", found[0], 1.0, "quote-place"))
    out.sort(key=lambda m: m.start)
    return out, names


def capital_runs(words: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """Whole runs of one to ``MAX_PLACE_WORDS`` capitalised words separated by one space: the
    candidates of ``place_mentions``. Only a whole run is a place, never a part of a longer
    one ("Посол США Джон Смит" holds no place speaker: it names the ambassador)."""
    out: list[tuple[int, int, str]] = []
    run: list[int] = []
    for i, (_, _, word) in enumerate(words):
        joined = bool(run) and run[-1] == i - 1 and text[words[i - 1][1]:words[i][0]] == " "
        if word[:1].isupper() and (joined or not run):
            run.append(i)
            continue
        if run and len(run) <= MAX_PLACE_WORDS:
            out.append((words[run[0]][0], words[run[-1]][1], text[words[run[0]][0]:words[run[-1]][1]]))
        run = [i] if word[:1].isupper() else []
    if run and len(run) <= MAX_PLACE_WORDS:
        out.append((words[run[0]][0], words[run[-1]][1], text[words[run[0]][0]:words[run[-1]][1]]))
    return out
