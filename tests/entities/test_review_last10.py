"""Narrowings after an adversarial review of the last round's entity rules (issue 14):
English glued headlines, language names, and the German "z. B." cut. Original sentences."""

from __future__ import annotations

from collections.abc import Callable

import dragoman
from dragoman.entities.germanphrases import abbreviation_cut
from dragoman.entities.headline import common_acronym, headline_refuses
from dragoman.entities.nameclass import founds_no_entity
from dragoman.model import Mention

GLUED = ("Tomasz Wrobel Presents Budget to Council as Debts Grow The treasurer presented "
         "the budget on Monday. Debts grew again and the council was told to save.")


def _lower_words(text: str) -> Callable[[str], bool]:
    return {w.casefold() for w in text.replace(".", " ").split() if w.islower()}.__contains__


def test_two_clean_words_opening_a_glued_headline_are_a_name() -> None:
    has_word = _lower_words(GLUED)
    assert not headline_refuses("Tomasz Wrobel", 0, GLUED, has_word)
    # a span run into the headline's verb, or holding an everyday word, still founds none
    assert headline_refuses("Tomasz Wrobel Presents", 0, GLUED, has_word)
    assert headline_refuses("Budget", GLUED.index("Budget"), GLUED, has_word)


def test_person_opening_a_glued_headline_founds_an_entity() -> None:
    article = dragoman.analyze(GLUED, "en")
    names = {m.text: m.entity_id for m in article.mentions}
    assert names.get("Tomasz Wrobel") is not None


def test_language_that_names_a_people_is_a_demonym_when_tagged_misc() -> None:
    assert not common_acronym("Yoruba", "MISC")  # "Yoruba traders gathered ..."
    assert common_acronym("Yoruba", "PER")  # "She teaches Yoruba" read as a person
    assert common_acronym("Esperanto", "MISC")  # a language only
    assert not founds_no_entity("Basque", "MISC")
    assert founds_no_entity("Swahili", "MISC")


def test_abbreviation_letter_cut_keeps_a_surname() -> None:
    text = "Bekannte Kanzler, z. B. Kohl, regierten lange."
    start = text.index("B. Kohl")
    m = Mention(text="B. Kohl", start=start, end=start + 7, label="PER", score=0.9)
    cut = abbreviation_cut(m, text, lambda w: w == "Kohl")
    assert cut is not None and cut.text == "Kohl" and text[cut.start:cut.end] == "Kohl"
    assert abbreviation_cut(m, text) is None  # nothing vouches for the word: the letter made it


def test_german_surname_after_z_b_links() -> None:
    article = dragoman.analyze("Frühere Regierungschefs, z. B. Merkel, schweigen dazu.", "de")
    assert [m.text for m in article.mentions if m.entity_id] == ["Merkel"]
