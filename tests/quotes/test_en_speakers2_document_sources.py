"""Documents and displayed texts as sources of English quotations, and unlisted cue verbs
before their subject. Original sentences.

- "“…,” reads a Monday editorial in The Harbor Gazette." / "“…,” read the sign.": the text
  on display is the source (``quotes.invertedverb``); "read Tom Ray from a card" is not.
- "“…,” remembered Tom Ray, her aide.": an unlisted past form before a person's name.
- "“…,” the order released Friday said.": a head noun, a participle and a time phrase form
  the subject (``quotes.reducedsubject``), not the last person named.
"""

from __future__ import annotations

from tests.support.quoting import quotes_of


def _last(text: str) -> str | None:
    people = tuple(p for p in ("Lena Ortiz", "Tom Becker") if p in text)
    found = [q for q in quotes_of(text, "en", people=people) if q.direct]
    return found[-1].speaker_text if found else None


def test_inverted_reads_takes_the_document() -> None:
    text = ("Lena Ortiz spoke at noon. “There are fence posts with more backbone than this "
            "council,” reads a Monday editorial in The Harbor Gazette.")
    assert _last(text) == "a Monday editorial in The Harbor Gazette"


def test_inverted_read_takes_a_sign() -> None:
    text = "Lena Ortiz spoke at noon. “No entry after dark for anyone,” read the sign."
    assert _last(text) == "the sign"


def test_read_with_more_clause_is_no_source() -> None:
    text = "Lena Ortiz spoke at noon. “No entry after dark for anyone,” read the sign and then she left."
    assert _last(text) != "the sign and then she left"


def test_read_before_a_person_is_no_document_rule() -> None:
    text = "Lena Ortiz spoke at noon. “We will never give up on this town,” read Tom Becker from a card."
    assert _last(text) != "Tom Becker from a card"


def test_unlisted_past_form_before_a_name() -> None:
    for tail in ("", ", her former aide", ", who chairs the board"):
        text = f"Lena Ortiz spoke at noon. “The plan was dead from the start,” remembered Tom Becker{tail}."
        assert _last(text) == "Tom Becker", tail


def test_past_form_before_an_object_name_is_no_cue() -> None:
    text = "Lena Ortiz spoke at noon. “The plan was dead from the start,” praised Tom Becker for the idea."
    assert _last(text) != "Tom Becker"


def test_short_title_before_a_past_form_is_no_quotation_of_the_name() -> None:
    text = "Lena Ortiz spoke at noon. “Night Train,” starred Tom Becker."
    assert _last(text) != "Tom Becker"


def test_participle_and_day_after_a_document_noun() -> None:
    for subject in ("the order released Friday", "the report issued last week",
                    "the ruling published on Monday", "a memo obtained Thursday morning"):
        text = f"Lena Ortiz spoke at noon. “No funds remain for the bridge,” {subject} said."
        assert _last(text) == subject, subject


def test_participle_subject_before_a_colon() -> None:
    text = "Lena Ortiz spoke at noon. The order released Friday said: “No funds remain for the bridge.”"
    assert _last(text) == "The order released Friday"


def test_listed_cue_participle_is_left_alone() -> None:
    """"posted" is a cue of its own: the rule does not read it as a participle."""
    text = "Lena Ortiz spoke at noon. “No funds remain for the bridge,” the memo posted Friday said."
    assert _last(text) != "the memo posted Friday"


def test_named_speaker_with_a_day_still_speaks() -> None:
    text = "Lena Ortiz spoke at noon. “No funds remain for the bridge,” Tom Becker said Friday."
    assert _last(text) == "Tom Becker"


def test_participle_after_a_noun_that_is_no_source() -> None:
    """"the weather cleared Friday": no document, role or body noun, no subject phrase."""
    text = ("Lena Ortiz spoke at noon. “No funds remain for the bridge,” the weather cleared "
            "Friday and she said.")
    assert _last(text) != "the weather cleared Friday"


def test_participle_in_commas_is_left_to_the_appositive_rules() -> None:
    text = "Lena Ortiz spoke at noon. “No funds remain for the bridge,” the order, released Friday, said."
    assert _last(text) != "the order, released Friday"
