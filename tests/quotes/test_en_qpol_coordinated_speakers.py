"""Speakers of cues coordinated by "and" and of cues after an unlisted manner adverb (issue
qpol, classes read off PolNeAR train):

- "X said the plan was drafted by Y and added, “…”": the second verb is X's, not a passive
  "drafted by Y … added" whose agent Y speaks;
- "X backed “a phrase” and said …": the closing mark before "and" is no quotation the cue
  closes ("“…,” said X"), so the words after the cue are no inverted speaker;
- "She regularly tells …": an -ly adverb between the subject and the verb is no part of it.

Original sentences, with near misses the rules must leave alone."""

from __future__ import annotations

from tests.support.quoting import quotes_of


def _speakers(text: str, people: tuple[str, ...] = (),
              direct: bool | None = None) -> list[str | None]:
    return [q.speaker_text for q in quotes_of(text, "en", people=people)
            if direct is None or q.direct == direct]


def test_a_coordinated_verb_after_a_by_phrase_is_the_subjects() -> None:
    text = ("Ann Lee said the plan was drafted by Mayor Tom Ray and added, "
            "“Nobody asked the neighbours what they wanted here.”")
    assert _speakers(text, ("Ann Lee", "Tom Ray"), direct=True) == ["Ann Lee"]


def test_a_passive_with_its_agent_still_speaks_for_the_agent() -> None:
    text = "The residents were told by Tom Ray that the pier would close in May."
    assert _speakers(text, ("Tom Ray",)) == ["Tom Ray"]


def test_a_quoted_phrase_before_and_is_no_closing_quotation() -> None:
    text = ("Ann Lee called the plan “a disgrace” and said the council had ignored the "
            "neighbours for years.")
    assert _speakers(text, ("Ann Lee",), direct=False) == ["Ann Lee"]


def test_a_colon_quotation_after_a_coordinated_verb() -> None:
    text = ("Ann Lee backs “fair rents,” opposes “blanket evictions” and recalled the long "
            "winter of the strike: “We had nothing to eat and nobody came to help us.”")
    assert _speakers(text, ("Ann Lee",), direct=True)[-1] == "Ann Lee"


def test_the_clause_after_that_gives_the_subject() -> None:
    text = ("It was such a strong turnout that Ann Lee thanked the crowd “for every knock "
            "on every door” and said the count would take two more days.")
    assert _speakers(text, ("Ann Lee",), direct=False) == ["Ann Lee"]


def test_a_quotation_closed_right_before_the_cue_still_inverts() -> None:
    text = "“We will rebuild the pier before the summer,” said Tom Ray, the harbour master."
    assert _speakers(text, ("Tom Ray",)) == ["Tom Ray"]


def test_a_subordinate_clause_opening_gives_no_subject() -> None:
    text = ("When Ann Lee arrived, the crowd chanted “four more years” and said the mayor had "
            "ignored them for years.")
    assert "Ann Lee" not in _speakers(text, ("Ann Lee",))


def test_an_unlisted_ly_adverb_is_no_part_of_the_subject() -> None:
    text = ("Ann Lee ran the bakery for thirty years. She regularly tells visitors that the "
            "first oven burned down in a single night.")
    assert _speakers(text, ("Ann Lee",)) == ["Ann Lee"]


def test_a_noun_ending_in_ly_stays_the_subject() -> None:
    text = "The family said the police had ignored their calls for three days."
    assert [s and s.split()[-1] for s in _speakers(text)] == ["family"]


def test_an_inverted_subject_after_and_is_no_by_phrase_agent() -> None:
    # review: the coordinated cue became a verb, and the by-phrase before it its subject
    text = "El informe fue redactado por el alcalde Luis Vega y dijo Marta Gil que nadie lo leyó."
    found = quotes_of(text, "es", people=("Luis Vega", "Marta Gil"))
    assert "Luis Vega" not in [q.speaker_text for q in found]


def test_a_listed_subject_is_not_read_from_its_middle() -> None:
    # review: "Ann Lee, Tom Ray and …" read as one head gave the second name
    text = ("Ann Lee, Tom Ray and Paul Hart called the plan “a joke” and said it would fail "
            "within a year.")
    assert "Tom Ray" not in _speakers(text, ("Ann Lee", "Tom Ray", "Paul Hart"))
