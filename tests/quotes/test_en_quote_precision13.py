"""English quotation precision classes read on the analyst pool (round 13); original
sentences, each class with look-alikes the rule must leave alone."""

from __future__ import annotations

from dragoman.model import Quote
from tests.support.quoting import quotes_of


def _direct(found: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_name or q.speaker_text) for q in found if q.direct]


def _reported(found: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_name or q.speaker_text) for q in found if not q.direct]


# -- a quoted phrase of the writer's own sentence --------------------------------------------

def test_lowercase_phrase_inside_the_writers_sentence_gets_no_guessed_speaker() -> None:
    text = ("Mara Quist runs the bakery on Elm Street. The town keeps returning to the "
            "idea of “a covered market with room for every small trader in the county and "
            "beyond”, which nobody has paid for.")
    assert all(s is None for _, s in _direct(quotes_of(text, "en", people=("Mara Quist",))))


def test_near_miss_partial_quotation_of_the_sentences_own_subject_stays() -> None:
    text = ("Mara Quist called on the council to “stop promising markets it has no money to "
            "build and start fixing the roads first”.")
    found = _direct(quotes_of(text, "en", people=("Mara Quist",)))
    assert [s for _, s in found] == ["Mara Quist"]


def test_near_miss_lowercase_quotation_after_a_comma_stays() -> None:
    text = ("Mara Quist wrote in her diary, “the shop will close unless the rent falls by half "
            "before the spring, and I cannot see that happening”.")
    assert len(_direct(quotes_of(text, "en", people=("Mara Quist",)))) == 1


def test_one_word_epithet_before_a_name_is_no_quotation() -> None:
    text = "Mara Quist has slammed “crybaby” Tom Ellery for his speech."
    found = quotes_of(text, "en", people=("Mara Quist", "Tom Ellery"))
    assert _direct(found) == []


def test_near_miss_short_quotation_before_its_cue_stays() -> None:
    text = "“Never again,” Mara Quist said."
    assert _direct(quotes_of(text, "en", people=("Mara Quist",))) == [("Never again,", "Mara Quist")]


# -- clause shapes that state nothing --------------------------------------------------------

def test_relative_that_after_the_cues_object_is_no_content() -> None:
    text = ("Tom Ellery will leave the board, a decision he disclosed in a podcast with Radio "
            "North that aired around noon on Friday, before the vote.")
    assert _reported(quotes_of(text, "en", people=("Tom Ellery",))) == []


def test_near_miss_that_clause_with_its_own_subject_stays() -> None:
    text = "Tom Ellery revealed in a podcast that the plan would cost the town two million."
    found = _reported(quotes_of(text, "en", people=("Tom Ellery",)))
    assert found == [("the plan would cost the town two million", "Tom Ellery")]
    text = "Tom Ellery said that armed guards stood at every gate of the depot."
    found = _reported(quotes_of(text, "en", people=("Tom Ellery",)))
    assert found == [("armed guards stood at every gate of the depot", "Tom Ellery")]


def test_plural_noun_after_a_particle_is_no_speech_verb() -> None:
    text = ("Mara Quist described her first week, and was told to simply read out notes the old "
            "teacher had left behind.")
    found = quotes_of(text, "en", people=("Mara Quist",))
    assert all(q.cue != "notes" for q in found)


def test_near_miss_notes_as_a_verb_after_its_subject_stays() -> None:
    text = "Mara Quist notes that the old teacher left no plans behind."
    found = _reported(quotes_of(text, "en", people=("Mara Quist",)))
    assert found == [("the old teacher left no plans behind", "Mara Quist")]


def test_according_to_inside_a_relative_clause_does_not_attribute_the_clause_before() -> None:
    text = ("The court refused the injunction, which according to Tom Ellery will not be the "
            "last word on the matter.")
    found = quotes_of(text, "en", people=("Tom Ellery",))
    assert all(not q.text.startswith("The court refused") for q in found)


def test_near_miss_according_to_after_the_clause_attributes_it() -> None:
    text = "The court refused the injunction, according to Tom Ellery."
    found = _reported(quotes_of(text, "en", people=("Tom Ellery",)))
    assert found == [("The court refused the injunction", "Tom Ellery")]


# -- speakers ------------------------------------------------------------------------------

def test_they_is_never_one_named_person() -> None:
    text = ("Mara Quist runs the bakery on Elm Street. They announced on Monday that the shop "
            "would close in May.")
    found = _reported(quotes_of(text, "en", people=("Mara Quist",)))
    assert all(s != "Mara Quist" for _, s in found)


def test_near_miss_they_after_an_organisation_is_the_organisation() -> None:
    text = ("Northwind Bakeries runs six shops in town. They announced on Monday that the Elm "
            "Street shop would close in May.")
    found = _reported(quotes_of(text, "en", others=(("Northwind Bakeries", "ORG"),)))
    assert [s for _, s in found] == ["Northwind Bakeries"]


def test_she_is_not_a_plural_group_with_a_place_after_it() -> None:
    text = ("Councillor Mara Quist has said that she has spoken to residents in the Harbour "
            "area about the posters. She said the posters had frightened many families.")
    found = _reported(quotes_of(text, "en", people=("Mara Quist",)))
    assert [s for _, s in found][-1:] == ["Mara Quist"]


def test_collective_role_is_the_body_not_the_officer_named_before() -> None:
    text = ("“The car left the road at speed,” said police spokesman Tom Ellery. Police said "
            "the driver had died at the scene.")
    found = _reported(quotes_of(text, "en", people=("Tom Ellery",)))
    assert [s for _, s in found] == ["Police"]


def test_near_miss_singular_role_still_resolves_to_the_person() -> None:
    text = ("“The car left the road at speed,” said police spokesman Tom Ellery. The spokesman "
            "said the driver had died at the scene.")
    found = _reported(quotes_of(text, "en", people=("Tom Ellery",)))
    assert [s for _, s in found] == ["Tom Ellery"]


def test_name_set_off_after_a_role_phrase_after_the_cue_is_the_speaker() -> None:
    text = "“We will be ready,” said head coach of the women’s team, Mara Quist."
    found = _direct(quotes_of(text, "en", people=("Mara Quist",)))
    assert found == [("We will be ready,", "Mara Quist")]


def test_near_miss_company_name_after_a_role_phrase_is_not_the_speaker() -> None:
    text = "“We will be ready,” said a spokesman for the firm, Northwind Bakeries."
    found = _direct(quotes_of(text, "en", others=(("Northwind Bakeries", "ORG"),)))
    assert [s for _, s in found] != ["Northwind Bakeries"]


def test_subject_after_two_opening_phrases() -> None:
    text = ("Mara Quist wrote the first draft. In 2019, as Tom Ellery’s company grew, Quist "
            "left the project. “I wanted my name off it,” she told a radio host.")
    found = _direct(quotes_of(text, "en", people=("Mara Quist", "Tom Ellery", "Quist")))
    assert [s for _, s in found] in (["Mara Quist"], ["Quist"])


def test_near_miss_partial_quotation_after_a_pronoun_subject_keeps_its_speaker() -> None:
    text = ("Mara Quist opened her campaign in Leeds. On her website, she vows to “defend every "
            "library in the county against the cuts the council announced in the spring”.")
    found = _direct(quotes_of(text, "en", people=("Mara Quist",)))
    assert [s for _, s in found] == ["Mara Quist"]
