"""NER's mentions of an article put in order, with the cuts that read its language's pack words
(issue 14, French entities): a verb before a hyphenated clitic dropped (``cliticverbs``), a
role title's capitalised word cut off (``roletitlewords``), a body's name made whole
(``ministrynames``), a title of the article's own language cut off a name (``packtitles``),
peoples' nouns and the state's nouns alone dropped (``peoplenouns``, ``statenouns``), a role's
owner and holder cut apart (``roleowners``).

Each rule runs only where the article's own pack lists its words: the organisation heads a
body's name opens with are words of other languages too ("Commission", "Office", "Tribunal"),
and an English "Commission earlier" is no name. Without a language, or in one with no pack,
every pack's words count."""

from __future__ import annotations

from collections.abc import Callable

from dragoman.entities.cliticverbs import without_clitic_verbs
from dragoman.entities.ministrynames import ministry_names
from dragoman.entities.packtitles import without_pack_titles
from dragoman.entities.peoplenouns import without_people_nouns
from dragoman.entities.roleowners import split_role_owners
from dragoman.entities.roletitlewords import without_title_words
from dragoman.entities.statenouns import without_state_nouns
from dragoman.language.entitywords import EntityWords
from dragoman.language.rules import pack_of
from dragoman.model import Mention


def pack_cuts(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """``mentions`` sorted by (start, end), less the clitic verbs and titles' words, with
    bodies' names made whole, each where ``language``'s pack reads it (module docstring)."""
    pack = pack_of(language)
    words = pack.entity_words if pack is not None else None

    def reads(field: Callable[[EntityWords], object]) -> bool:
        return words is None or bool(field(words))

    in_order = sorted(mentions, key=lambda m: (m.start, m.end))
    if reads(lambda w: w.verb_clitics):
        in_order = without_clitic_verbs(text, in_order)
    if reads(lambda w: w.title_phrases):
        in_order = without_title_words(text, in_order)
    if reads(lambda w: w.ministry_links):
        in_order = ministry_names(text, in_order)
    in_order = without_pack_titles(text, in_order, words.own_person_titles if words else ())
    if words is not None and words.people_nouns:
        in_order = without_people_nouns(text, in_order, words.people_nouns,
                                        words.people_determiners)
    if pack is not None and pack.state_nouns:
        in_order = without_state_nouns(in_order, pack.state_nouns)
    if pack is not None:
        in_order = split_role_owners(text, in_order, pack)
    return in_order
