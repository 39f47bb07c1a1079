"""Speaker and statement classes read off an analyst's reading of English Fundus pages (sample
A): a nationality adjective taken as the speaker, a possessor inside an appositive taken as
the subject, "it said" given to a person, "adds" meaning contributes, a possessed thing as the
subject of "suggest". Original sentences written for these tests."""

from __future__ import annotations

from dragoman.model import Quote
from tests.support.quoting import quotes_of


def _speakers(found: list[Quote], direct: bool) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in found if q.direct is direct]


def test_a_nationality_adjective_is_not_the_speaker() -> None:
    text = ("“The border stays closed,” Viktor Halmos said on Monday. “Any attack will be "
            "answered at once,” the Hungarian premier continued.")
    found = quotes_of(text, "en", people=("Viktor Halmos",), others=(("Hungarian", "MISC"),))
    assert [s for _, s in _speakers(found, True)] == ["Viktor Halmos", "Viktor Halmos"]
    text = "The Canadian military said the drill near the coast was routine and long planned."
    found = quotes_of(text, "en", others=(("Canadian", "MISC"),))
    assert _speakers(found, False) == [
        ("the drill near the coast was routine and long planned", "The Canadian military")]


def test_a_possessor_in_a_relative_clause_is_not_the_subject() -> None:
    text = ("Dana Whitfield, a historian at Millbrook College, who worked in John F. Kent’s "
            "cabinet office, told me, “Nobody reads the fine print anymore.”")
    found = quotes_of(text, "en", people=("Dana Whitfield", "John F."),
                      others=(("Millbrook College", "ORG"),))
    assert _speakers(found, True) == [("Nobody reads the fine print anymore.", "Dana Whitfield")]


def test_it_said_is_a_body_not_the_person_named_last() -> None:
    text = ("Tom Reyes asked the Harbor Review Panel to look again. At a minimum, it said, "
            "“the city should hire more inspectors.”")
    found = quotes_of(text, "en", people=("Tom Reyes",),
                      others=(("Harbor Review Panel", "ORG"),))
    assert [s for _, s in _speakers(found, True)] == ["Harbor Review Panel"]


def test_adds_with_a_plain_object_is_no_statement() -> None:
    text = ("On the new album, Mara Lind adds layers of strings and a children’s choir. "
            "Mara Lind added the tour would start in May.")
    found = quotes_of(text, "en", people=("Mara Lind",))
    assert _speakers(found, False) == [("the tour would start in May", "Mara Lind")]


def test_a_possessed_thing_makes_no_statement() -> None:
    text = ("Lena Ortiz’s victories suggest a close race for the nomination. Tom Reyes’s "
            "spokesman said the race was still open.")
    found = quotes_of(text, "en", people=("Lena Ortiz", "Tom Reyes"))
    assert [t for t, _ in _speakers(found, False)] == ["the race was still open"]


def test_a_one_word_adverb_before_a_parenthetical_cue_is_no_content() -> None:
    text = ("The mill was not to blame. Instead, Mara Lind argued, the real problem was the "
            "price of grain.")
    found = quotes_of(text, "en", people=("Mara Lind",))
    assert _speakers(found, False) == [("the real problem was the price of grain", "Mara Lind")]


def test_a_day_after_the_cue_is_not_the_start_of_the_content() -> None:
    text = "Tom Reyes said Tuesday after the vote he would resign from the board."
    found = quotes_of(text, "en", people=("Tom Reyes",))
    assert _speakers(found, False) == [("he would resign from the board", "Tom Reyes")]
    text = "The plant will close in June, Mara Lind said Monday, and the staff will move."
    found = quotes_of(text, "en", people=("Mara Lind",))
    assert [t for t, _ in _speakers(found, False)][:1] == ["The plant will close in June"]
