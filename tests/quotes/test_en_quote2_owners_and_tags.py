"""English speakers named beside a document or behind an appositive (issue 16, en-quote2):
the author of a document a possessive names ("according to the league's statement": the
league; ``quotes/documentowners``), an inverted subject with a bracketed party tag before the
quotation ("This spring, says Tom Wells (D-Ohio), “…”": Tom Wells, not the last speaker;
``quotes/inversion``), and the person named before a descriptive appositive, not a firm the
tagger took for a person inside it (``quotes/appositives``). Original sentences, invented
names."""

from __future__ import annotations

from dragoman.language.rules import rules_for
from dragoman.model import Quote
from dragoman.quotes.documentowners import document_owner
from dragoman.quotes.lexicon import lexicon, words
from tests.support.quoting import quotes_of


def _speakers(found: list[Quote]) -> list[tuple[str | None, str]]:
    return [(q.speaker_text, q.text) for q in found]


def _owner(phrase: str) -> str | None:
    rules = rules_for("en")
    assert rules is not None
    found = document_owner(words(phrase), lexicon(rules))
    return " ".join(w.text for w in found) if found is not None else None


def test_a_possessive_names_the_author_of_a_statement() -> None:
    text = "According to the league's statement, the final game of the season was postponed."
    found = _speakers(quotes_of(text, "en"))
    assert len(found) == 1 and found[0][0] is not None, found
    assert "league" in found[0][0] and "statement" not in found[0][0], found


def test_document_owner_after_a_preposition_or_possessive() -> None:
    assert _owner("a report by the Harlow Institute") == "the Harlow Institute"
    assert _owner("a joint statement from the Northern League") == "the Northern League"
    assert _owner("a report of the attack") is None  # a thing, no author
    assert _owner("the court's ruling") == "the court"
    assert _owner("Ann Lee's memo") == "Ann Lee"


def test_no_owner_for_a_document_that_names_none() -> None:
    assert _owner("a statement of support") is None  # "of" + a thing, no author
    assert _owner("the report") is None
    assert _owner("his statement") is None  # a pronoun is resolved elsewhere
    assert _owner("the Autumn Statement of the Treasury") is None  # a named document
    assert _owner("the mayor's aide") is None  # no document


def test_a_statement_without_owner_stays() -> None:
    text = "According to a statement, the final game of the season was postponed."
    found = _speakers(quotes_of(text, "en"))
    assert len(found) == 1 and found[0][0] == "a statement", found


def test_inverted_subject_with_a_party_tag_before_the_quotation() -> None:
    text = ("Ann Roy spoke first. “We lost,” she said. This spring, says former state senator "
            "Tom Wells (D-Ohio), “I don’t think the mayor can win the county without the "
            "suburbs.”")
    found = _speakers(quotes_of(text, "en", ("Ann Roy", "Tom Wells")))
    assert ("Tom Wells", "I don’t think the mayor can win the county without the suburbs.") in (
        found), found


def test_inverted_subject_with_an_acronym_tag() -> None:
    text = "The budget grew far too fast, said the dockworkers' union (UCW), and it will strike."
    found = _speakers(quotes_of(text, "en", others=(("UCW", "ORG"),)))
    assert len(found) == 1 and "union" in (found[0][0] or ""), found


def test_a_parenthesis_that_is_no_tag_leaves_the_cue_alone() -> None:
    text = "The budget grew too fast, says Ruth Dale (a senator since 2010), and wants cuts."
    found = _speakers(quotes_of(text, "en", ("Ruth Dale",)))
    assert found == [("Ruth Dale", "The budget grew too fast")], found


def test_the_named_person_before_an_appositive_speaks() -> None:
    text = ("“New skin cells start in the deepest layer,” Dr. Ronald Pike, a dermatologist and "
            "the founder Skinwell Labs, tells readers.")
    found = _speakers(quotes_of(text, "en", ("Ronald Pike", "Skinwell Labs")))
    assert found == [("Ronald Pike", "New skin cells start in the deepest layer,")], found


def test_a_role_before_an_appositive_name_gives_the_name() -> None:
    text = "“We will rebuild the bridge,” the mayor, Lena Ortiz, said on Monday."
    found = _speakers(quotes_of(text, "en", ("Lena Ortiz",)))
    assert found and found[0][0] == "Lena Ortiz", found


def test_an_aside_inside_an_open_phrase_reports_no_statement() -> None:
    for text in ("The old mayor, who owed his victory to, as one aide put it, a total makeover "
                 "of the party, left the city in May.",
                 "We built the firm to enable people to, as Lincoln put it, improve their luck "
                 "in life, and to connect them."):
        assert quotes_of(text, "en") == [], text


def test_an_aside_after_a_noun_or_a_conjunction_stays() -> None:
    text = "The bridge, as the mayor put it, will reopen in May."
    assert any(q.speaker_text == "the mayor" for q in quotes_of(text, "en"))
    text = "The bridge will reopen in May and, as the mayor said, the tolls will fall."
    found = quotes_of(text, "en")
    assert found and found[0].speaker_text == "the mayor", found
    text = "As the mayor put it, the bridge will reopen in May."
    found = quotes_of(text, "en")
    assert found and found[0].text == "the bridge will reopen in May", found


def test_a_name_ending_a_longer_subject_is_no_speaker_of_the_appositive() -> None:
    text = ("One deacon backing Mr. Hale, Rita Voss of Grace Chapel in Elmwood, said she had "
            "made more than eighty calls to other churches.")
    found = _speakers(quotes_of(text, "en", ("Hale", "Rita Voss")))
    assert found and found[0][0] == "Rita Voss", found
