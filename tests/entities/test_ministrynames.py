"""A ministry's name NER cut in two made whole (entities/ministrynames.py); original sentences."""

from __future__ import annotations

from dragoman.entities.ministrynames import ministry_names
from dragoman.model import EntityType, Mention


def _mention(text: str, surface: str, label: EntityType = "ORG", nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, label)


def _names(text: str, *mentions: Mention) -> list[tuple[str, str]]:
    out = ministry_names(text, sorted(mentions, key=lambda m: m.start))
    for m in out:
        assert text[m.start:m.end] == m.text  # offsets kept
    return [(m.text, m.label) for m in out]


def test_portfolio_after_lower_case_noun_takes_the_noun() -> None:
    text = "Selon le ministère de la Santé palestinien, le bilan s'alourdit."
    assert _names(text, _mention(text, "Santé palestinien")) == [("ministère de la Santé", "ORG")]


def test_owner_after_the_portfolio_stays_its_own_mention() -> None:
    text = "Le ministère des Affaires étrangères du Qatar a reçu la délégation."
    assert _names(text, _mention(text, "Affaires étrangères du Qatar", "LOC")) == [
        ("ministère des Affaires étrangères", "ORG"), ("Qatar", "LOC")]


def test_lone_capitalised_noun_takes_its_portfolio() -> None:
    text = "Le Ministère de l'Éducation nationale dément toute fermeture."
    assert _names(text, _mention(text, "Ministère")) == [
        ("Ministère de l'Éducation nationale", "ORG")]


def test_lone_noun_absorbs_the_portfolio_mention_and_joined_words() -> None:
    text = "Le Ministère de l'Europe et des Affaires étrangères a convoqué l'ambassadeur."
    assert _names(text, _mention(text, "Ministère"), _mention(text, "Europe", "LOC")) == [
        ("Ministère de l'Europe et des Affaires étrangères", "ORG")]


def test_verb_after_a_lone_noun_is_not_taken() -> None:
    text = "Le Ministère de l'Intérieur indique que Paul Martin a été entendu."
    assert _names(text, _mention(text, "Ministère"), _mention(text, "Paul Martin", "PER")) == [
        ("Ministère de l'Intérieur", "ORG"), ("Paul Martin", "PER")]


def test_a_person_after_the_portfolio_leaves_the_mention_alone() -> None:
    text = "Le ministère de la Justice Éric Dupond-Moretti est resté silencieux."
    mention = _mention(text, "Justice Éric Dupond-Moretti", "PER")
    assert _names(text, mention) == [("Justice Éric Dupond-Moretti", "PER")]


def test_minister_and_lower_case_portfolio_are_left_alone() -> None:
    text = "Le ministre de la Santé Anne Roux a visité le ministère de l'agriculture à Lyon."
    mentions = (_mention(text, "Santé", "ORG"), _mention(text, "Anne Roux", "PER"),
                _mention(text, "Lyon", "LOC"))
    assert _names(text, *mentions) == [("Santé", "ORG"), ("Anne Roux", "PER"), ("Lyon", "LOC")]


def test_noun_alone_with_no_portfolio_is_unchanged() -> None:
    text = "Le Ministère a confirmé l'information à Reuters."
    assert _names(text, _mention(text, "Ministère"), _mention(text, "Reuters")) == [
        ("Ministère", "ORG"), ("Reuters", "ORG")]


def test_lone_head_takes_its_adjective() -> None:
    text = "Le Conseil constitutionnel a validé la loi, selon Anne Roux."
    assert _names(text, _mention(text, "Conseil"), _mention(text, "Anne Roux", "PER")) == [
        ("Conseil constitutionnel", "ORG"), ("Anne Roux", "PER")]


def test_lone_head_takes_its_link_and_lower_case_noun() -> None:
    text = "L'Autorité de la concurrence a infligé une amende à Zorvex."
    assert _names(text, _mention(text, "Autorité"), _mention(text, "Zorvex")) == [
        ("Autorité de la concurrence", "ORG"), ("Zorvex", "ORG")]


def test_lone_head_before_a_verb_is_unchanged() -> None:
    text = "La Commission explique son choix à Bruxelles."
    assert _names(text, _mention(text, "Commission"), _mention(text, "Bruxelles", "LOC")) == [
        ("Commission", "ORG"), ("Bruxelles", "LOC")]


# -- review (issue 14): misfires narrowed -----------------------------------------------------


def test_an_owner_the_knowledge_base_knows_is_no_portfolio() -> None:
    text = "Le ministère du Hamas a dit que l'hôpital n'avait plus de courant."
    assert _names(text, _mention(text, "Hamas")) == [("Hamas", "ORG")]


def test_a_second_body_after_et_is_not_joined_to_a_lone_head() -> None:
    text = "Le Conseil de l'Europe et l'Union européenne ont signé une déclaration."
    mentions = (_mention(text, "Conseil"), _mention(text, "Europe", "LOC"),
                _mention(text, "Union européenne"))
    assert _names(text, *mentions) == [("Conseil de l'Europe", "ORG"),
                                       ("Union européenne", "ORG")]


def test_a_second_body_ner_ran_on_into_stays_its_own_mention() -> None:
    text = "Le ministère de la Santé et l'Agence régionale de santé ont lancé une enquête."
    mention = _mention(text, "Santé et l'Agence régionale de santé")
    assert _names(text, mention) == [("ministère de la Santé", "ORG"),
                                     ("Agence régionale de santé", "ORG")]


def test_a_country_owner_takes_the_knowledge_base_type() -> None:
    text = "Selon le ministère des Affaires étrangères du Qatar, les pourparlers reprennent."
    mention = _mention(text, "Affaires étrangères du Qatar", "ORG")
    assert _names(text, mention) == [("ministère des Affaires étrangères", "ORG"),
                                     ("Qatar", "LOC")]
