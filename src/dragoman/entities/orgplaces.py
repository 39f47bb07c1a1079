"""A place NER typed an organisation (issue 14, French entities): the French CRF model, trained
on Wikipedia link anchors, types most towns written after "de" or "à" as organisations ("le
maire de Paris", "depuis le siège de Toulouse", "le sommet de Bruxelles"). A mention typed ORG
that no link settled yet, written right after one of the article's pack's
``org_place_prepositions`` ("de", "d'", "à", "en"), is retyped LOC when the knowledge base
(gazetteer towns too) knows the whole name as a place only.

Not when the word governing the preposition is capitalised, the name then being the end of a
longer one NER cut ("Banque de France", "Olympique de Marseille"), nor when it is one of the
pack's ``non_locative_heads`` (a team's or a body's noun: "l'équipe de France", "les supporters
de Lens", "face à Marseille"). Each mention is judged alone: "Marseille a battu Lyon" elsewhere
on the page keeps its clubs."""

from __future__ import annotations

from collections.abc import Callable

from dragoman.entities.locativeplaces import place_key, preposition_before
from dragoman.language.rules import rules_for
from dragoman.model import Mention

KbType = Callable[[str, bool], str | None]

# Characters looked back for the preposition and the word governing it (set by hand: two words).
_WORD_REACH = 40
_ELISIONS = ("'", "’")
# Punctuation cut from the word governing the preposition ("(équipe", "«supporters").
_GOVERNOR_MARKS = ",;:()«»\""


def places_typed_orgs(text: str, mentions: list[Mention], kb_type: KbType,
                      language: str | None) -> None:
    """Retype LOC each unlinked ORG mention of ``text`` written right after one of the pack's
    ``org_place_prepositions`` whose whole name the knowledge base knows as a place only
    (module docstring)."""
    rules = rules_for(language)
    if rules is None or not rules.entity_words.org_place_prepositions:
        return
    words = rules.entity_words
    for m in mentions:
        if (m.label == "ORG" and m.entity_id is None
                and preposition_before(text, m.start, words.org_place_prepositions,
                                       words.non_locative_heads, _WORD_REACH, elisions=_ELISIONS,
                                       governor_marks=_GOVERNOR_MARKS, capitals_govern=True)
                and kb_type(place_key(m.text), True) == "LOC"):
            m.label = "LOC"
