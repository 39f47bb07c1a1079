"""Named storms after a storm word, in every pack's casing (entities/stormnames.py). Original
texts written for this test."""

from __future__ import annotations

import pytest

from dragoman.entities.stormnames import storm_names
from dragoman.model import Mention


def _mentions(text: str, *names: tuple[str, str]) -> list[Mention]:
    out = []
    for name, label in names:
        start = text.index(name)
        out.append(Mention(start, start + len(name), name, label))  # type: ignore[arg-type]
    return out


def _storms(text: str, language: str | None, *names: tuple[str, str]) -> list[bool]:
    mentions = _mentions(text, *names)
    found = storm_names(text, mentions, language)
    return [found.storm(m) for m in mentions]


@pytest.mark.parametrize(("language", "text", "name"), [
    ("fr", "La tempête Orsolya a arraché des toits près de Brest.", "Orsolya"),
    ("fr", "Depuis le passage de l'ouragan Tibor, l'île est isolée.", "Tibor"),
    ("fr", "Les pompiers redoutent l’ouragan Tibor.", "Tibor"),
    ("es", "La borrasca Jacinta deja nieve en los puertos de montaña.", "Jacinta"),
    ("es", "El huracán Tibor se debilitó al llegar a Yucatán.", "Tibor"),
    ("it", "Dopo l'uragano Tibor, la costa resta senza corrente.", "Tibor"),
    ("pt", "O furacão Tibor obrigou milhares a sair de casa.", "Tibor"),
    ("de", "Das Sturmtief „Orsolya“ zieht ab. Das Sturmtief hatte Böen gebracht.", "Orsolya"),
    ("de", "Orkan Tibor tobte über Sylt. Der Orkan legte den Bahnverkehr lahm.", "Tibor"),
    ("en", "Storm Orsolya closed schools in Devon. The storm is easing.", "Orsolya"),
])
def test_name_after_a_storm_word_is_a_storm(language: str, text: str, name: str) -> None:
    assert _storms(text, language, (name, "PER")) == [True]


def test_storm_word_inside_the_mention_needs_common_noun_use() -> None:
    text = "Hurricane Tibor reached Texas. The hurricane then turned north."
    assert _storms(text, "en", ("Hurricane Tibor", "MISC")) == [True]
    alone = "Hurricane Tibor, the snooker player, won again in Leeds."
    assert _storms(alone, "en", ("Hurricane Tibor", "PER")) == [False]


def test_english_lower_case_storm_word_opens_no_name() -> None:
    # a reduced relative clause: the person caused the storm
    text = "The storm Wexler unleashed on the board cost him his post."
    assert _storms(text, "en", ("Wexler", "PER")) == [False]


def test_english_capitalised_storm_word_without_lower_case_use_is_a_given_name() -> None:
    text = "Storm Ashdown said the role had been the hardest of her career."
    assert _storms(text, "en", ("Ashdown", "PER")) == [False]


def test_german_given_name_orkan_is_kept() -> None:
    text = "Trainer Orkan Yildiz lobte die Abwehr. Yildiz war zufrieden."
    assert _storms(text, "de", ("Orkan Yildiz", "PER"), ("Yildiz", "PER")) == [False, False]


def test_name_alone_elsewhere_is_the_storm_too() -> None:
    text = "La tempête Orsolya approche. Orsolya devrait toucher la côte jeudi."
    found = storm_names(text, _mentions(text, ("Orsolya", "PER")), "fr")
    later = text.rindex("Orsolya")
    assert found.storm(Mention(later, later + 7, "Orsolya", "PER"))


def test_person_holding_the_storms_name_keeps_the_name_alone() -> None:
    text = "La tempête Zeus approche, a dit Klaus Zeus. Zeus a ajouté que tout était prêt."
    storm_at, later = text.index("Zeus"), text.rindex("Zeus")
    mentions = [Mention(storm_at, storm_at + 4, "Zeus", "PER"),
                *_mentions(text, ("Klaus Zeus", "PER")), Mention(later, later + 4, "Zeus", "PER")]
    found = storm_names(text, mentions, "fr")
    assert [found.storm(m) for m in mentions] == [True, False, False]


def test_a_person_after_other_words_is_no_storm() -> None:
    text = "Le maire Paul Tibor a constaté les dégâts de la tempête."
    assert _storms(text, "fr", ("Paul Tibor", "PER")) == [False]


# Review (storms): a storm's name is one word; a title before the mention makes it a person's.
@pytest.mark.parametrize(("language", "text", "name"), [
    ("fr", "Après la tempête Gabriel Vernet a défendu sa réforme. La tempête a coûté cher.",
     "Gabriel Vernet"),
    ("es", "Tras la tormenta Carlos Ibarra compareció en el pleno.", "Carlos Ibarra"),
    ("pt", "Durante a tempestade Helena Costa deixou o cargo.", "Helena Costa"),
    ("en", "Storm Tibor Hale said the storm had wrecked practice.", "Storm Tibor Hale"),
])
def test_name_of_two_words_after_a_storm_word_is_no_storm(language: str, text: str,
                                                          name: str) -> None:
    assert _storms(text, language, (name, "PER")) == [False]


def test_title_before_a_storm_word_makes_a_persons_name() -> None:
    text = "Trainer Orkan Yilmaz lobte die Abwehr. Der Orkan hatte das Training verhindert."
    assert _storms(text, "de", ("Orkan Yilmaz", "PER")) == [False]
    coach = "Coach Storm Vella said the storm had wrecked practice."
    assert _storms(coach, "en", ("Storm Vella", "PER")) == [False]


def test_a_person_bearing_the_storms_given_name_leaves_the_bare_name_the_storms() -> None:
    text = ("Storm Orlaith hit the coast. The storm was named in tribute to Orlaith Keane, a "
            "forecaster. Orlaith arrived early in the storm season.")
    at, later = text.index("Orlaith"), text.rindex("Orlaith")
    mentions = [Mention(at, at + 7, "Orlaith", "PER"), *_mentions(text, ("Orlaith Keane", "PER")),
                Mention(later, later + 7, "Orlaith", "PER")]
    found = storm_names(text, mentions, "en")
    assert [found.storm(m) for m in mentions] == [True, False, True]
