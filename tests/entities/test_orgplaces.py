"""A known place NER typed an organisation after "de"/"à" (entities/orgplaces.py); original
sentences, with a stub knowledge base."""

from __future__ import annotations

from dragoman.entities.orgplaces import places_typed_orgs
from dragoman.model import EntityType, Mention

_PLACES = {"toulouse", "paris", "france", "marseille", "lyon", "oloron"}


def _kb_type(name: str, gazetteer: bool) -> str | None:
    return "LOC" if name.casefold() in _PLACES else None


def _mention(text: str, surface: str, label: EntityType = "ORG") -> Mention:
    start = text.rindex(surface)
    return Mention(start, start + len(surface), surface, label)


def _labels(text: str, surfaces: list[str], language: str = "fr") -> list[str]:
    mentions = [_mention(text, s) for s in surfaces]
    places_typed_orgs(text, mentions, _kb_type, language)
    return [m.label for m in mentions]


def test_known_places_after_de_and_a_are_places() -> None:
    assert _labels("Le maire de Toulouse a parlé.", ["Toulouse"]) == ["LOC"]
    assert _labels("Réunion du sommet à Paris, puis à Marseille.", ["Paris", "Marseille"]) == ["LOC", "LOC"]
    assert _labels("Le peloton de gendarmerie d'Oloron est mobilisé.", ["Oloron"]) == ["LOC"]
    assert _labels("Le peloton de gendarmerie d’Oloron est mobilisé.", ["Oloron"]) == ["LOC"]


def test_clubs_bodies_and_firms_stay_organisations() -> None:
    assert _labels("L'équipe de France a gagné.", ["France"]) == ["ORG"]
    assert _labels("La Banque de France prévoit une hausse.", ["France"]) == ["ORG"]
    assert _labels("Le PSG a gagné face à Marseille.", ["Marseille"]) == ["ORG"]
    assert _labels("Les supporters de Lyon ont chanté.", ["Lyon"]) == ["ORG"]
    assert _labels("Le chiffre d'affaires de Renault progresse.", ["Renault"]) == ["ORG"]


def test_other_languages_and_linked_mentions_are_left() -> None:
    assert _labels("The mayor of Paris spoke in Toulouse.", ["Paris", "Toulouse"], "en") == ["ORG", "ORG"]
    text = "Le maire de Paris a parlé."
    linked = Mention(text.index("Paris"), text.index("Paris") + 5, "Paris", "ORG", entity_id="q")
    places_typed_orgs(text, [linked], _kb_type, "fr")
    assert linked.label == "ORG"


def test_only_the_wikipedia_trained_models_have_their_towns_retyped() -> None:
    # spaCy's news pipelines type "Orange" the firm right; the WikiANN CRF types towns ORG.
    from dragoman.entities.notreferents import without_non_referents

    text = "Le maire de Toulouse a parlé."
    for fragment_model, label in ((True, "LOC"), (False, "ORG")):
        mentions = [_mention(text, "Toulouse")]
        kept = without_non_referents(text, mentions, _kb_type, "fr", fragment_model)
        assert [m.label for m in kept] == [label]
