"""French peoples' nouns, the state's common nouns and role-owner runs (entities/peoplenouns.py,
entities/statenouns.py, entities/roleowners.py); original sentences."""

from __future__ import annotations

from dragoman.entities.peoplenouns import forms, without_people_nouns
from dragoman.entities.roleowners import split_role_owners
from dragoman.entities.statenouns import without_state_nouns
from dragoman.language.fr_entities import ENTITY_WORDS
from dragoman.language.rules import rules_for
from dragoman.model import EntityType, Mention

_NOUNS, _DETERMINERS = ENTITY_WORDS.people_nouns, ENTITY_WORDS.people_determiners


def _mention(text: str, surface: str, label: EntityType) -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, label)


def _people_kept(text: str, *surfaces: str) -> list[str]:
    mentions = [_mention(text, s, "LOC") for s in surfaces]
    return [m.text for m in without_people_nouns(text, mentions, _NOUNS, _DETERMINERS)]


def test_forms_of_a_people_noun() -> None:
    assert forms("ukrainien") == {"ukrainien", "ukrainiens", "ukrainienne", "ukrainiennes"}
    assert forms("français") == {"français", "française", "françaises"}
    assert forms("turc") == {"turc", "turcs", "turque", "turques"}
    assert "grecque" in forms("grec")
    assert forms("belge") == {"belge", "belges"}


def test_peoples_after_a_determiner_are_dropped() -> None:
    text = "Les Lituaniens et deux Argentines ont rejoint des Tunisiens à Lille."
    assert _people_kept(text, "Lituaniens", "Argentines", "Tunisiens", "Lille") == ["Lille"]


def test_people_noun_opening_a_sentence_or_before_a_name_is_dropped() -> None:
    text = "Le Norvégien Erik Lund gagne. Danois et Suédois applaudissent."
    kept = _people_kept(text, "Norvégien", "Erik Lund", "Danois", "Suédois")
    assert kept == ["Erik Lund"]


def test_names_and_places_stay() -> None:
    # a lower-case word before it makes it a name's word; longer names and places stay
    text = "Les îles de l'océan Indien, la Suisse, Thierry Breton et Les Républicains."
    surfaces = ("Indien", "Suisse", "Thierry Breton", "Républicains")
    assert _people_kept(text, *surfaces) == list(surfaces)


def test_state_nouns_alone_are_dropped_not_inside_names() -> None:
    text = "Le chef de l'État et le Gouvernement saluent les États-Unis et le Conseil d'État."
    mentions = [_mention(text, "État", "ORG"), _mention(text, "Gouvernement", "ORG"),
                _mention(text, "États-Unis", "LOC"), _mention(text, "Conseil d'État", "ORG")]
    rules = rules_for("fr")
    assert rules is not None
    kept = [m.text for m in without_state_nouns(mentions, rules.state_nouns)]
    assert kept == ["États-Unis", "Conseil d'État"]


def _split(text: str, surface: str, label: EntityType = "ORG") -> list[tuple[str, str]]:
    rules = rules_for("fr")
    assert rules is not None
    out = split_role_owners(text, [_mention(text, surface, label)], rules)
    assert all(text[m.start:m.end] == m.text for m in out)
    return [(m.text, m.label) for m in out]


def test_owner_and_holder_after_a_role_are_cut() -> None:
    text = "La présidente du Sénat Gérard Lambert a convoqué les sénateurs."
    assert _split(text, "Sénat Gérard Lambert") == [("Sénat", "ORG"), ("Gérard Lambert", "PER")]


def test_role_opening_the_mention_is_cut_off() -> None:
    text = "Le PDG de Valdor Bernard Mercier a démissionné."
    assert _split(text, "PDG de Valdor Bernard Mercier") == [("Valdor", "ORG"),
                                                             ("Bernard Mercier", "PER")]


def test_bodies_named_after_people_and_runs_without_a_role_stay() -> None:
    assert _split("Le proviseur du lycée Victor Hugo a parlé.", "lycée Victor Hugo") == [
        ("lycée Victor Hugo", "ORG")]
    assert _split("Le directeur de Fondation Marie Curie parle.", "Fondation Marie Curie") == [
        ("Fondation Marie Curie", "ORG")]
    # no role before: "Groupe Jean Lefebvre" is a firm's name
    assert _split("Le Groupe Jean Lefebvre recrute.", "Groupe Jean Lefebvre") == [
        ("Groupe Jean Lefebvre", "ORG")]


def test_elided_owner_and_uneven_spaces_give_clean_spans() -> None:
    # review: the owner lost its "d'"; words were rebuilt with single spaces
    text = "Le PDG d'Orvalia Bernard Mercier a démissionné."
    assert _split(text, "PDG d'Orvalia Bernard Mercier") == [("Orvalia", "ORG"),
                                                             ("Bernard Mercier", "PER")]
    text = "Le patron de  Valdor  Bernard Mercier a parlé."
    assert _split(text, "Valdor  Bernard Mercier") == [("Valdor", "ORG"),
                                                        ("Bernard Mercier", "PER")]


def test_places_firms_and_hospitals_named_after_people_stay() -> None:
    # review misfires: a place's mention, an owner ending in a given name, a hospital's
    # abbreviation before the person it is named after
    assert _split("Le directeur de Roissy Charles de Gaulle parle.", "Roissy Charles de Gaulle",
                  "LOC") == [("Roissy Charles de Gaulle", "LOC")]
    assert _split("Le président de Jean Paul Gaultier parle.", "Jean Paul Gaultier") == [
        ("Jean Paul Gaultier", "ORG")]
    assert _split("Le directeur du CHU Gabriel Montpied parle.", "CHU Gabriel Montpied") == [
        ("CHU Gabriel Montpied", "ORG")]
