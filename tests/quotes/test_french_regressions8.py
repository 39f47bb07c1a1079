"""French regressions of the generated verb tenses (issue 16): a bare participle folds to the
present of its verb ("nié" / "nie"), a cue inside a relative aside ("Le maire, qui estimait
que …, a changé d'avis : « … »") is no cue of the quotation after the aside, and "…, ce que …"
after an object opens no reported content. Original sentences written for this test."""

from __future__ import annotations

import pytest

from tests.support.quoting import quotes_of


@pytest.mark.parametrize("text", [
    "Après avoir longtemps nié les faits, l'ancien directeur passe aux aveux : « J'ai menti "
    "pendant dix ans et je demande pardon aux familles des victimes de cette affaire. »",
    "Le budget voté en décembre, estimé à deux milliards, a été contesté par la cour des comptes.",
])
def test_a_bare_participle_is_no_cue(text: str) -> None:
    assert all(q.cue == "" for q in quotes_of(text, "fr"))


def test_the_present_it_folds_to_stays_a_cue() -> None:
    found = quotes_of("Paul Morel nie avoir reçu de l'argent. Il estime que l'enquête est "
                      "close depuis longtemps.", "fr", people=("Paul Morel",))
    assert [(q.text, q.speaker_text) for q in found] == [
        ("l'enquête est close depuis longtemps", "Paul Morel")]


def test_spanish_accented_past_stays_a_cue() -> None:
    found = quotes_of("Ana Ruiz explicó que el puente estará cerrado hasta el lunes.", "es",
                      people=("Ana Ruiz",))
    assert [q.speaker_text for q in found] == ["Ana Ruiz"]


@pytest.mark.parametrize("text", [
    "Le maire, qui estimait en mars que le projet était viable, a changé d'avis : « Ce "
    "chantier est devenu un gouffre financier pour la commune et pour ses habitants. »",
    "Le maire, qui estimait en mars que le projet était viable, évoque désormais « un gouffre "
    "financier qui menace l'équilibre de la commune tout entière et de ses habitants ».",
])
def test_a_quotation_after_a_relative_aside_is_kept(text: str) -> None:
    found = [q for q in quotes_of(text, "fr") if q.direct]
    assert len(found) == 1 and "gouffre" in found[0].text


@pytest.mark.parametrize("text", [
    "La ministre, dont le cabinet avait démenti toute fuite, a fini par reconnaître l'évidence "
    "devant les députés : « Des documents confidentiels ont bien été transmis à la presse ce "
    "printemps. »",
    "Le juge, qui avait rappelé aux jurés leur devoir d'impartialité, s'est tourné vers "
    "l'accusé : « Avez-vous quelque chose à ajouter avant que la cour ne se retire ? »",
])
def test_the_asides_cue_does_not_speak_the_quotation(text: str) -> None:
    found = [q for q in quotes_of(text, "fr") if q.direct]
    assert len(found) == 1 and found[0].cue == ""
    assert found[0].speaker_text not in ("le cabinet", "qui")


def test_a_cue_before_the_quotation_in_its_own_clause_still_speaks() -> None:
    text = ("Le juge Paul Martin, qui a souligné le courage des victimes, a conclu l'audience : "
            "« La cour se retire pour délibérer. »")
    found = quotes_of(text, "fr", people=("Paul Martin",))
    assert [(q.cue, q.speaker_text) for q in found if q.direct] == [("a conclu", "Paul Martin")]


def test_ce_que_after_the_object_is_no_content() -> None:
    text = ("L'entreprise a annoncé en janvier la fermeture du site, ce que les salariés ont "
            "appris par la presse.")
    assert quotes_of(text, "fr") == []


def test_que_after_the_cue_is_still_content() -> None:
    found = quotes_of("Claire Petit a annoncé en janvier que le site fermerait.", "fr",
                      people=("Claire Petit",))
    assert [(q.text, q.speaker_text) for q in found] == [("le site fermerait", "Claire Petit")]


@pytest.mark.parametrize("text", [
    "« Nous resterons mobilisés tout l'été », avaient prévenu les syndicats avant la rentrée.",
    "« Nous resterons mobilisés tout l'été », avaient déjà prévenu les syndicats.",
])
def test_an_inverted_subject_without_its_time_phrase(text: str) -> None:
    assert [q.speaker_text for q in quotes_of(text, "fr")] == ["les syndicats"]


def test_il_after_a_woman_and_a_man_named_together_is_the_man() -> None:
    text = ("Sophie Primas et Bruno Retailleau ont défendu le texte au Sénat. Il a affirmé que "
            "la loi protégerait les agriculteurs.")
    found = quotes_of(text, "fr", people=("Sophie Primas", "Bruno Retailleau"))
    assert [q.speaker_text for q in found] == ["Bruno Retailleau"]


@pytest.mark.parametrize("tail", ["devant les élus", "lors d'une séance houleuse au conseil régional"])
def test_the_name_after_the_role_before_a_closing_phrase(tail: str) -> None:
    text = f"« La ligne sera prolongée jusqu'à Orly », a précisé la présidente de la région, Ann Roy, {tail}."
    assert [q.speaker_text for q in quotes_of(text, "fr", people=("Ann Roy",))] == ["Ann Roy"]

