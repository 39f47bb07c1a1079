"""Direct-quotation speaker classes read off PolNeAR train (strict scorer), on original
English sentences: a state tag or place abbreviation in an appositive ("Tom Ray, R-Ky.,
said"), a name whose appositive holds a "City, State" pair, "said by telephone", and a
given name that is also a function word ("said Will Dole")."""

from __future__ import annotations

import dragoman
from dragoman.model import Quote
from dragoman.quotes.sentences import sentence_end


def _direct(text: str) -> list[Quote]:
    return [q for q in dragoman.analyze(text, lang="en").quotes if q.direct]


def test_a_dot_before_a_comma_ends_no_sentence() -> None:
    text = "Tom Harlan, R-Ky., said so. Then he left."
    assert not sentence_end(text, 0, text.index("said"))
    assert sentence_end(text, 0, text.index("Then"))


def test_a_state_tag_after_the_name_keeps_the_cue_and_the_speaker() -> None:
    text = ("Turnout was low across the county.\n\n"
            "\"We lost a lot of ground tonight and every one of us knows why,\" "
            "Senate Majority Leader Tom Harlan, R-Ky., said.")
    found = _direct(text)
    assert len(found) == 1
    assert found[0].cue == "said"
    assert found[0].speaker_text == "Tom Harlan"


def test_the_name_before_an_appositive_with_a_city_and_state_speaks() -> None:
    text = ("Voters were split on the measure.\n\n"
            "\"Nobody explained to us where the money would go after the vote,\" "
            "Peter Holm, 72, a retired teacher in Dayton, Ohio, said.")
    found = _direct(text)
    assert len(found) == 1
    assert found[0].speaker_text == "Peter Holm"


def test_the_mayor_named_in_the_appositive_still_speaks() -> None:
    text = ("The council met on Monday.\n\n"
            "\"We will not raise fares this year,\" the mayor, Lena Ortiz, said.")
    found = _direct(text)
    assert [q.speaker_text for q in found] == ["Lena Ortiz"]


def test_said_by_telephone_is_an_active_cue() -> None:
    text = ("The storm hit the coast on Friday.\n\n"
            "\"The water came up to the second floor within an hour,\" "
            "Marta Quill said by telephone from her sister's house.")
    found = _direct(text)
    assert len(found) == 1
    assert found[0].cue == "said"
    assert found[0].speaker_text == "Marta Quill"


def test_reported_by_an_outlet_is_still_a_passive() -> None:
    text = "The merger was reported by Reuters on Monday, and shares fell."
    assert all(q.cue != "reported" for q in dragoman.analyze(text, lang="en").quotes)


def test_a_given_name_that_is_also_a_function_word_opens_the_speaker() -> None:
    text = ("Fees rose faster than prices did, Brandt said.\n\n"
            "\"It is a very costly way to run a college,\" said Will Dole, a lecturer "
            "in economics. \"Staff is the biggest cost.\"")
    found = _direct(text)
    assert len(found) == 2
    assert all(q.speaker_text == "Will Dole" for q in found)


def test_a_relative_clause_with_its_own_commas_leaves_the_name_as_speaker() -> None:
    text = ("Mr. Brandle, whose newest company, Orbitex, sells weather data to farmers, said "
            "the senator was a builder at heart: \"He starts things. He tries ideas and drops "
            "the ones that fail, just like any founder would.\"")
    found = _direct(text)
    assert len(found) == 1
    assert found[0].speaker_text is not None and "Brandle" in found[0].speaker_text


def test_a_place_inside_a_long_clause_before_a_colon_does_not_speak() -> None:
    text = ("Since the primary, Ms. Odell has been a tireless ally, touring the union's "
            "offices in Chicago to cheer on young organizers with a short message: "
            "\"Keep knocking on doors!\"")
    found = _direct(text)
    assert len(found) == 1
    assert found[0].speaker_text == "Odell"  # the clause's subject, not "Chicago"


def test_a_label_followed_by_a_participle_cue_is_the_namers_quotation() -> None:
    text = ("Gov. Ray Dunn called the ruling “a complete and utter disgrace,” adding that "
            "the state would appeal.")
    direct = _direct(text)
    assert [q.text for q in direct] == ["a complete and utter disgrace,"]
    assert direct[0].cue == "called"
    assert direct[0].speaker_text is not None and "Ray Dunn" in direct[0].speaker_text


def test_a_party_tag_after_the_name_is_no_speaker() -> None:
    text = ("Sen. Carla Moss, R-Fla., speaking on the radio after the address, said the plan "
            "would not calm anyone.")
    found = [q for q in dragoman.analyze(text, lang="en").quotes if not q.direct]
    assert found and found[0].speaker_text == "Carla Moss"


def test_had_written_cues_a_quotation_but_theyre_written_does_not() -> None:
    found = _direct("As the critic Nora Vail had written a few years earlier, \"No studio "
                    "could have lasted a decade without his steady hand.\"")
    assert len(found) == 1
    assert found[0].cue == "written"
    assert found[0].speaker_text == "Nora Vail"
    rules = dragoman.analyze("Ann Lee says the new rules aren't worth the paper they're "
                             "written on.", lang="en").quotes
    assert all(q.cue != "written" for q in rules)


def test_a_possessive_before_the_speaker_is_no_reported_content() -> None:
    quotes = dragoman.analyze("Mr. Stone spoke first. Iowa State University's Diane Bryce "
                              "agreed.", lang="en").quotes
    assert all("University" not in q.text for q in quotes)
    found = dragoman.analyze("The plan will fail next year, Iowa State University's Diane "
                             "Bryce said.", lang="en").quotes
    assert [q.text for q in found] == ["The plan will fail next year"]
