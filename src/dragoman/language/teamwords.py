"""Words of a language that show a place's name standing for its sports team (``EntityWords``'s
``team_words``, read by ``entities.townteams``; English: ``dragoman.language.en_teamwords``).
Empty by default: a pack without them leaves that rule idle, as its cues are English grammar
("Boston beat Tampa Bay 4-2", "Denver's defence"). Words are in lower case."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields

_NONE: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class TeamWords:
    # Verbs of a game's result after the winner or loser ("Boston beat Tampa Bay 4-2"), and
    # before the other side ("beat Tampa Bay 4-2", "lost to Chicago 3-1").
    result_verbs: frozenset[str] = _NONE
    result_object_verbs: frozenset[str] = _NONE
    # Nouns of a score or a game's part after "scored" ("scored twice").
    scoring_words: frozenset[str] = _NONE
    # After the name's possessive: a team's people and units ("Denver's coach"), units a
    # country has too ("defence"), words making them a state's office ("defence secretary"),
    # a place's own people and parts ("Boston's mayor"), words standing before the team's
    # person ("head coach"), nouns of a result after a score ("Alabama's 117-95 loss").
    team_possessed: frozenset[str] = _NONE
    shared_possessed: frozenset[str] = _NONE
    office_after: frozenset[str] = _NONE
    place_possessed: frozenset[str] = _NONE
    team_prefixes: frozenset[str] = _NONE
    result_nouns: frozenset[str] = _NONE
    # Prepositions that make the name a place ("in Boston").
    place_prepositions: frozenset[str] = _NONE
    # Words between two sides of a matchup ("Boston vs. Tampa Bay").
    matchup_words: frozenset[str] = _NONE
    # Lower-case words that may follow a score ("won 3-1 on Sunday"), and words of a vote,
    # ruling or poll that make a number pair its count ("won 2-1 in the vote").
    score_followers: frozenset[str] = _NONE
    count_words: frozenset[str] = _NONE
    # Verbs before a won-lost record ("Alabama is 1-1"), of a team travelling to a game
    # ("visits"), and words of a result before "to", "over" and the other side ("lost to").
    record_verbs: frozenset[str] = _NONE
    visit_verbs: frozenset[str] = _NONE
    result_words: frozenset[str] = _NONE
    # Nations that are no sovereign country but field national sides (name keys): their team,
    # like a country's, keeps the nation's name and type (``townteams._national``).
    nations: frozenset[str] = _NONE


# The team words of a pack that has none.
NO_TEAM_WORDS = TeamWords()


def joined(packs: Iterable[TeamWords]) -> TeamWords:
    """The team words of ``packs`` joined field by field (a text of no known language)."""
    chosen = tuple(packs)
    return TeamWords(**{f.name: frozenset().union(*(getattr(w, f.name) for w in chosen))
                        for f in fields(TeamWords)})
