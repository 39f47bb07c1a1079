"""A knowledge-base name NER cut at its inner comma ("Washington, D.C." as "Washington" and
"D.C.") is one mention again, and the part after the comma written alone later in the same
article takes that entity (issue 14, no referent split within an article). Original
sentences; mentions given by hand."""

from __future__ import annotations

from dragoman.entities.commanames import comma_joined, comma_tails
from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from dragoman.model import Mention
from tests.entities.mentions import linked_ids, tagged

_KNOWN = {"washington, d.c.": "LOC", "washington": "LOC", "texas": "LOC", "acme, inc": "ORG"}


def _known(name: str) -> str | None:
    return _KNOWN.get(name.casefold())


def _spans(text: str, mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in comma_joined(text, mentions, _known)]


def test_two_spans_that_form_a_kb_name_are_joined() -> None:
    text = "The trade envoys landed in Washington, D.C. shortly after midnight."
    assert _spans(text, tagged(text, [("Washington", "LOC"), ("D.C.", "LOC")])) == [
        ("Washington, D.C.", "LOC")]
    org = "Shares of Acme, Inc rose after the report."
    assert _spans(org, tagged(org, [("Acme", "ORG"), ("Inc", "ORG")])) == [("Acme, Inc", "ORG")]


def test_a_town_and_its_region_stay_two_places() -> None:
    text = "She opened a bakery in Paris, Texas, and a second one in Austin."
    assert _spans(text, tagged(text, [("Paris", "LOC"), ("Texas", "LOC"), ("Austin", "LOC")])) == [
        ("Paris", "LOC"), ("Texas", "LOC"), ("Austin", "LOC")]


def test_a_person_before_the_comma_is_never_joined() -> None:
    text = "Actors such as Denzel Washington, D.C. natives and tourists crowded the gala."
    assert _spans(text, tagged(text, [("Denzel Washington", "PER"), ("D.C.", "LOC")])) == [
        ("Denzel Washington", "PER"), ("D.C.", "LOC")]
    # the joined text must itself be a name: a person labelled alone blocks it too
    solo = "Ask Washington, D.C. is waiting."
    assert _spans(solo, tagged(solo, [("Washington", "PER"), ("D.C.", "LOC")])) == [
        ("Washington", "PER"), ("D.C.", "LOC")]


def test_spans_further_apart_stay_two() -> None:
    text = "Washington and D.C. are written differently in the style guide."
    assert _spans(text, tagged(text, [("Washington", "LOC"), ("D.C.", "LOC")])) == [
        ("Washington", "LOC"), ("D.C.", "LOC")]


def test_the_part_after_the_comma_alone_takes_the_entity() -> None:
    text = "Rents in Washington, D.C. kept rising. D.C. officials blamed the shortage on zoning."
    mentions = tagged(text, [("Washington, D.C.", "LOC"), ("D.C.", "ORG")])
    comma_tails(mentions, _known, lambda name: "city-x" if _known(name) else None)
    assert [(m.entity_id, m.label) for m in mentions] == [(None, "LOC"), ("city-x", "LOC")]


def test_the_part_alone_is_left_when_no_comma_name_is_written() -> None:
    text = "D.C. officials blamed the shortage on zoning in Washington."
    mentions = tagged(text, [("D.C.", "LOC"), ("Washington", "LOC")])
    comma_tails(mentions, _known, lambda name: "city-x" if _known(name) else None)
    assert [m.entity_id for m in mentions] == [None, None]


def test_a_known_part_after_the_comma_keeps_its_own_entity() -> None:
    # "Texas" is a KB name of its own: "Paris, Texas" (were it a KB name) gives it nothing
    known = {**_KNOWN, "paris, texas": "LOC"}
    text = "The film is set in Paris, Texas. Texas voters rarely see it."
    mentions = tagged(text, [("Paris, Texas", "LOC"), ("Texas", "LOC")])
    comma_tails(mentions, lambda n: known.get(n.casefold()), lambda name: "town-x")
    assert mentions[1].entity_id is None


def test_the_linker_gives_the_capital_one_entity() -> None:
    text = ("Cherry trees bloomed early in Washington, D.C. this year. "
            "D.C. gardeners said the warm March was to blame.")
    ids = linked_ids(Linker(memory=Memory()), text, [("Washington", "LOC"), ("D.C.", "LOC"), ("D.C.", "LOC")])
    assert ids["Washington, D.C."] == "city-washington"
    assert ids["D.C."] == "city-washington"


def test_the_linker_keeps_a_town_and_its_state_apart() -> None:
    text = "Storms knocked out power in Springfield, Illinois, on Sunday night."
    ids = linked_ids(Linker(memory=Memory()), text, [("Springfield", "LOC"), ("Illinois", "LOC")])
    assert "Springfield, Illinois" not in ids
    assert ids["Illinois"] == "region-illinois"
