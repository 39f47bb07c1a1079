"""One type per KB referent from a descriptor noun beside it (``descriptortypes``): a firm's
noun ("Onlinehändler", "the retailer") types every mention of a KB firm ORG, a town's noun a KB
town LOC, a feature's noun after the name ("the Amazon river") unlinks place-typed mentions
from a KB firm; a person's title or trade, or no noun, changes nothing. Sentences written
for these tests."""

from __future__ import annotations

import pytest

import dragoman
from dragoman.entities.descriptortypes import described_type, settle_described_types
from dragoman.model import Mention

_KB = {"amazon": "ORG", "city-nice": "LOC", "the-guardian": "ORG"}


def _mentions(text: str, name: str, entity_id: str | None, labels: list[str]) -> list[Mention]:
    out, pos = [], 0
    for label in labels:
        start = text.index(name, pos)
        out.append(Mention(start, start + len(name), name, label, entity_id, 0.9, "kb-name"))  # type: ignore[arg-type]
        pos = start + len(name)
    return out


def _settled(text: str, name: str, labels: list[str], language: str,
             entity_id: str = "amazon") -> list[tuple[str, str | None]]:
    mentions = _mentions(text, name, entity_id, labels)
    settle_described_types(text, mentions, language, _KB.get)
    return [(m.label, m.entity_id) for m in mentions]


def _type(text: str, name: str, language: str) -> str | None:
    start = text.index(name)
    return described_type(text, start, start + len(name), language)


@pytest.mark.parametrize(("text", "name", "language", "expected"), [
    ("Gestern hat der Onlinehändler Zalora seine Zahlen vorgelegt.", "Zalora", "de", "ORG"),
    ("Der Medienkonzern Bertelsmeier wächst.", "Bertelsmeier", "de", "ORG"),
    ("Der Versandriese Amazon baut ein Lager.", "Amazon", "de", "ORG"),  # a tail shared by heads
    ("In der Kleinstadt Wernau regnet es.", "Wernau", "de", "LOC"),
    ("Der Sänger Marlon singt.", "Marlon", "de", "PER"),
    ("Gestern kam Zalora nach Bonn.", "Zalora", "de", None),
    ("Die neue Zalora-App läuft.", "Zalora", "de", None),
    ("The retailer Zalora cut prices.", "Zalora", "en", "ORG"),
    ("The Orinoco river rose.", "Orinoco", "en", "LOC"),
    ("The city Nice voted.", "Nice", "en", "LOC"),
    ("The singer Shell sang.", "Shell", "en", "PER"),
    ("Yesterday Zalora cut prices.", "Zalora", "en", None),
    ("The Orinoco River Company grew.", "Orinoco", "en", None),  # capitalised: a name's word
])
def test_described_type(text: str, name: str, language: str, expected: str | None) -> None:
    assert _type(text, name, language) == expected


def test_firm_noun_types_every_mention_of_the_kb_firm() -> None:
    text = "Der Versandriese Amazon plant Lager. Wie Amazon mitteilte, steigen die Kosten."
    assert _settled(text, "Amazon", ["LOC", "LOC"], "de") == [("ORG", "amazon"), ("ORG", "amazon")]


def test_english_retailer_types_the_firm() -> None:
    text = "Amazon lost ground. The retailer Amazon now sells less in Ohio."
    assert _settled(text, "Amazon", ["LOC", "ORG"], "en") == [("ORG", "amazon"), ("ORG", "amazon")]


def test_town_noun_types_a_kb_town_named_like_a_team() -> None:
    text = "The city Nice hosted the summit. Nice is on the coast."
    assert _settled(text, "Nice", ["ORG", "ORG"], "en", "city-nice") == [
        ("LOC", "city-nice"), ("LOC", "city-nice")]


def test_river_noun_unlinks_place_mentions_from_the_firm() -> None:
    text = "The Amazon river rose. The Amazon is the longest river there."
    assert _settled(text, "Amazon", ["LOC", "LOC"], "en") == [("LOC", None), ("LOC", None)]


def test_no_descriptor_leaves_the_mentions() -> None:
    text = "Amazon lost ground. Then Amazon grew again."
    assert _settled(text, "Amazon", ["LOC", "ORG"], "en") == [("LOC", "amazon"), ("ORG", "amazon")]


def test_the_amazon_rainforest_alone_keeps_an_org_mention() -> None:
    # a place noun, but an ORG mention of the firm: only place-typed mentions lose the link
    text = "The Amazon rainforest burns. Amazon sells books."
    assert _settled(text, "Amazon", ["LOC", "ORG"], "en") == [("LOC", None), ("ORG", "amazon")]


def test_person_after_a_singer_noun_is_not_made_a_firm() -> None:
    text = "Die Sängerin Amazon tritt auf. Der Konzern Amazon zahlt."
    assert _settled(text, "Amazon", ["PER", "LOC"], "de") == [("PER", "amazon"), ("LOC", "amazon")]


def test_both_kinds_of_nouns_decide_per_mention() -> None:
    # the page names both senses: each described mention takes its own noun's type
    text = "Der Konzern Amazon wächst. Die Stadt Amazon gibt es nicht."
    assert _settled(text, "Amazon", ["LOC", "ORG"], "de") == [("ORG", "amazon"), ("LOC", None)]


def test_nationality_mentions_are_left_alone() -> None:
    text = "The city Nice said French fans came."
    mentions = [*_mentions(text, "Nice", "city-nice", ["ORG"]),
                Mention(text.index("French"), text.index("French") + 6, "French", "MISC", "city-nice",
                        0.9, "nationality")]
    settle_described_types(text, mentions, "en", _KB.get)
    assert [(m.label, m.entity_id) for m in mentions] == [("LOC", "city-nice"), ("MISC", "city-nice")]


def test_unknown_language_changes_nothing() -> None:
    text = "The retailer Amazon grew. Amazon sold more."
    assert _settled(text, "Amazon", ["LOC", "LOC"], "xx") == [("LOC", "amazon"), ("LOC", "amazon")]


def test_pipeline_river_page_links_no_firm() -> None:
    text = "The Amazon river floods every year. The Amazon is the longest river of Brazil."
    assert all(m.entity_id != "amazon" for m in dragoman.analyze(text, "en").mentions)


def test_pipeline_retailer_page_keeps_the_firm() -> None:
    text = "The retailer Amazon raised prices. Amazon said costs were rising."
    found = [(m.label, m.entity_id) for m in dragoman.analyze(text, "en").mentions if m.text == "Amazon"]
    assert found and all(item == ("ORG", "amazon") for item in found)
