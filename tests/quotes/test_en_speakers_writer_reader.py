"""A cue whose subject is the writer or the reader ("I said", "you say", "we wrote") gets no
speaker resolved from the names before it. Near misses: "she said" and a named subject still
speak, and "it said" still stands for a body. Original sentences."""

from __future__ import annotations

from tests.support.quoting import quotes_of


def _last(text: str, people: tuple[str, ...] = (), others: tuple[tuple[str, str], ...] = ()
          ) -> str | None:
    found = [q for q in quotes_of(text, "en", people=people, others=others) if q.direct]
    return found[-1].speaker_text if found else None


def test_the_writer_or_reader_is_no_earlier_name() -> None:
    for subject in ("I said", "I replied", "you say", "we wrote", "I asked"):
        text = f"Lena Ortiz runs the permit office. Later {subject}, \"Thanks, I will find it.\""
        assert _last(text, ("Lena Ortiz",)) is None, subject


def test_a_third_person_pronoun_still_resolves() -> None:
    text = "Lena Ortiz runs the permit office. Later she said, \"Thanks, I will find it.\""
    assert _last(text, ("Lena Ortiz",)) == "Lena Ortiz"


def test_a_named_subject_after_i_still_speaks() -> None:
    text = "I met Lena Ortiz at the office. Later Lena Ortiz said, \"Thanks, I will find it.\""
    assert _last(text, ("Lena Ortiz",)) == "Lena Ortiz"


def test_it_said_still_stands_for_a_body() -> None:
    text = ("The Harbor Authority published its figures on Monday. At a minimum, it said, "
            "\"the new pier will pay for itself within a decade.\"")
    assert _last(text, others=(("The Harbor Authority", "ORG"),)) == "The Harbor Authority"


def test_it_never_stands_for_a_person() -> None:
    """"The committee released its report. “…,” it said.": no body mention to stand for, and
    still not the person named before."""
    for cue in ("it said", "it warned", "it also said"):
        text = ("Ana Roth left the meeting early. The committee released its report. "
                f"\"The budget is not sustainable,\" {cue}.")
        assert _last(text, ("Ana Roth",)) != "Ana Roth", cue


def test_it_with_an_adverb_finds_the_body_before() -> None:
    text = ("Lena Ortiz spoke first. The Harbor Authority published its figures. \"Repairs will "
            "take a year,\" it also said.")
    found = _last(text, ("Lena Ortiz",), (("The Harbor Authority", "ORG"),))
    assert found == "The Harbor Authority"


def test_the_i_of_an_abbreviation_is_no_writer() -> None:
    """"Lee wins R.I., vows …": the "I" of the state's abbreviation is not the writer."""
    text = ("Ortiz takes Ohio; most delegates locked up; \nLee wins R.I., vows to press on to the "
            "next primary.\n\nMaria Ortiz was declared the winner on Tuesday night.\n")
    found = quotes_of(text, "en", people=("Lee", "Maria Ortiz"), others=(("R.I.", "ORG"),))
    vows = [q for q in found if q.cue == "vows"]
    assert [q.speaker_text for q in vows] == ["Lee"]
