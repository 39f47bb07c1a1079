"""Auxiliaries and lower-case words run into English names, numbered streets and mews (issue 14,
enjunk): original sentences, each rule with negatives of what it must not do."""

from __future__ import annotations

import pytest

from dragoman.entities.enauxiliaries import auxiliary_opener_cut, lower_tail_end
from dragoman.entities.nameclass import head_type


def _no_kb(name: str, towns: bool) -> str | None:
    return None


def _kb_can_tho(name: str, towns: bool) -> str | None:
    return "LOC" if name == "Can Tho" else None


def _kb_known(name: str, towns: bool) -> str | None:
    return {"Real Madrid": "ORG", "Zelensky": "PER", "Denmark": "LOC"}.get(name)


@pytest.mark.parametrize(("name", "kept"), [
    ("Joe Biden can", "Joe Biden"),
    ("Kamala Harris would", "Kamala Harris"),
    ("Credit Suisse may", "Credit Suisse"),
    ("St. Louis metro", "St. Louis"),
    ("Royal Mail cannot", "Royal Mail"),
])
def test_lower_tail_is_cut(name: str, kept: str) -> None:
    assert name[: lower_tail_end(name, "en")] == kept


@pytest.mark.parametrize("name", [
    "Vincent van Gogh",  # a particle closes no sentence
    "Deir al-Balah",  # a capital inside the word
    "Intel Core i7",  # a digit
    "Theresa May",  # capitalised: a surname
    "Ursula von der Leyen",
    "Joe Biden",
])
def test_name_tail_is_kept(name: str) -> None:
    assert lower_tail_end(name, "en") == len(name)


def test_lower_tail_needs_the_pack() -> None:
    # German has no auxiliary list in its pack: nothing is cut
    assert lower_tail_end("Olaf Scholz kann", "de") == len("Olaf Scholz kann")


@pytest.mark.parametrize(("text", "name", "kept"), [
    ("Does Nvidia still have room to grow? Investors bet on it.", "Does Nvidia", "Nvidia"),
    ("Can Real Madrid defend the title? The squad is ageing.", "Can Real Madrid", "Real Madrid"),
    ("It is over. Has Tesla lost its lead? Sales say so.", "Has Tesla", "Tesla"),
    ("Should Oak Towers vote for it, rents would rise.", "Should Oak Towers", "Oak Towers"),
    ("Were Scotland to leave, the border would need checks.", "Were Scotland", "Scotland"),
])
def test_question_auxiliary_is_cut(text: str, name: str, kept: str) -> None:
    cut = auxiliary_opener_cut(name, text, text.index(name), "en", _kb_known)
    assert name[cut:] == kept


@pytest.mark.parametrize(("text", "name", "person"), [
    ("Will Ferrell hosted the show? No, someone else did.", "Will Ferrell", True),  # a given name
    ("Can Dündar spoke in Berlin? His lawyer denies it.", "Can Dündar", True),
    ("Do Kwon was extradited to the United States.", "Do Kwon", True),  # no question
    ("Analysts ask: why Does Apple matter?", "Does Apple", False),  # not a sentence's start
    ("Can Tho flooded again? Residents fear so.", "Can Tho", False),  # known to the gazetteer
])
def test_question_auxiliary_is_kept(text: str, name: str, person: bool) -> None:
    assert auxiliary_opener_cut(name, text, text.index(name), "en", _kb_can_tho, person) == 0


def test_numbered_street_and_mews_are_places() -> None:
    assert head_type("125th Street") == "LOC"
    assert head_type("5th Avenue") == "LOC"
    assert head_type("Grayson Mews") == "LOC"
    assert head_type("125th") is None
    assert head_type("Barbara Castle") is None  # a surname after a given name


# Review (review_enjunk): an auxiliary that is also a name word is cut only off a name the
# knowledge base knows, a person's where NER typed a person.
@pytest.mark.parametrize(("text", "name", "person"), [
    ("Can Gio mangroves shrink? Scientists measure the loss.", "Can Gio", False),  # a district
    ("Will County brace for more snow? Forecasters say yes.", "Will County", False),
    ("Q: Will Smith return? A: Maybe.", "Will Smith", False),  # NER typed him no person
    ("Do Son beach reopened? Tourists came back.", "Do Son", False),
    ("Can Denmark win the group? Fans hope so.", "Can Denmark", True),  # a person? then no place
])
def test_name_word_auxiliary_is_kept(text: str, name: str, person: bool) -> None:
    assert auxiliary_opener_cut(name, text, text.index(name), "en", _kb_known, person) == 0


@pytest.mark.parametrize(("text", "name", "person", "kept"), [
    ("Can Zelensky hold the front? Generals are worried.", "Can Zelensky", True, "Zelensky"),
    ("Can Denmark win the group? Fans hope so.", "Can Denmark", False, "Denmark"),
    ("Will Real Madrid sign him? The club is silent.", "Will Real Madrid", False, "Real Madrid"),
])
def test_name_word_auxiliary_is_cut_off_a_known_name(text: str, name: str, person: bool,
                                                     kept: str) -> None:
    cut = auxiliary_opener_cut(name, text, text.index(name), "en", _kb_known, person)
    assert name[cut:] == kept


def test_ordinal_types_no_unit_without_a_head() -> None:
    assert head_type("9th Circuit") is None  # a court
    assert head_type("101st Airborne") is None


@pytest.mark.parametrize("name", ["Formula one", "Air Force one", "Minnesota twins"])
def test_count_word_tail_is_kept(name: str) -> None:
    assert lower_tail_end(name, "en") == len(name)  # review: numbers close names
