"""A name in an appositive that owns a noun there ("Ann Lee, reading Tom Ray's statement,
said") is no appositive name: the clause's subject speaks. Near misses: a name that is the
appositive ("the mayor, Lena Ortiz, said") still speaks. Original sentences."""

from __future__ import annotations

from dragoman.model import Quote
from tests.support.quoting import quotes_of


def _speakers(found: list[Quote]) -> list[str | None]:
    return [q.speaker_text for q in found if q.direct]


def test_a_possessor_in_a_participle_appositive_does_not_speak() -> None:
    for name, owner in (("Jones", "Jones's"), ("Jones", "Jones’s"), ("Jones", "Jones'"),
                        ("Jones", "Jones’"), ("Harper", "Harper's")):
        text = (f"Linda Park, reading {owner} statement, told the audience, "
                "\"Nobody here is above the rules.\"")
        found = quotes_of(text, "en", people=("Linda Park", name))
        assert _speakers(found) == ["Linda Park"], owner


def test_a_possessor_after_a_citing_participle_does_not_speak() -> None:
    text = "Mr. Okafor, citing Ortiz's memo, added, \"This is only the first step.\""
    found = quotes_of(text, "en", people=("Okafor", "Ortiz"))
    assert _speakers(found) == ["Okafor"]


def test_the_appositive_name_still_speaks() -> None:
    text = "The mayor, Lena Ortiz, said, \"We cannot ignore these numbers any longer.\""
    assert _speakers(quotes_of(text, "en", people=("Lena Ortiz",))) == ["Lena Ortiz"]
    text = "Her lawyer, Sam Jones, told reporters, \"Who will pay for the new bridge?\""
    assert _speakers(quotes_of(text, "en", people=("Sam Jones",))) == ["Sam Jones"]


def test_a_name_owning_the_subject_does_not_block_the_appositive_name() -> None:
    text = "Jones's spokesman, Ed Kerr, said, \"This is only the first step.\""
    assert _speakers(quotes_of(text, "en", people=("Jones", "Ed Kerr"))) == ["Ed Kerr"]


def test_a_city_and_its_state_end_the_appositive() -> None:
    """"Ann Lee, a nurse in Duluth, Minn., said": the state after the city's comma is part of
    the place, not an appositive of its own."""
    for place, state in (("Duluth, Minn.", "Minn"), ("Albany, N.Y.", "N.Y.")):
        text = f"\"The river rose overnight,\" Peter Olsen, a farmer near {place}, said on Monday."
        city = place.split(",")[0]
        found = quotes_of(text, "en", people=("Peter Olsen",),
                          others=((city, "LOC"), (state, "LOC")))
        assert _speakers(found) == ["Peter Olsen"], place


def test_a_name_after_a_city_and_state_still_speaks() -> None:
    text = "\"The river rose overnight,\" the mayor of Duluth, Minn., Lena Ortiz, said."
    found = quotes_of(text, "en", people=("Lena Ortiz",), others=(("Duluth", "LOC"), ("Minn", "LOC")))
    assert _speakers(found) == ["Lena Ortiz"]
    text = "\"The river rose overnight,\" Ann Lee, Jr., said."
    assert _speakers(quotes_of(text, "en", people=("Ann Lee",))) == ["Ann Lee"]


def test_a_city_and_state_without_an_appositive_comma_keep_their_clause() -> None:
    """"… after a woman in Duluth, Minn., told him …": no appositive opens before the city, so
    the sentence's first name does not speak for the woman."""
    text = ("Ed Lowe is telling voters he is tough enough after a woman in Duluth, Minn., told "
            "him she worries he is \"too soft\" on crime.")
    found = quotes_of(text, "en", people=("Ed Lowe",), others=(("Duluth", "LOC"), ("Minn", "LOC")))
    told = [q for q in found if q.cue == "told"]
    assert told and all(q.speaker_text != "Ed Lowe" for q in told)
