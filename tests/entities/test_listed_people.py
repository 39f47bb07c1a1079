"""A full name opening with a given name, listed beside people, is a person's
(``paired.listed_people``, ``referentvote.LISTED_WEIGHT``); firms listed beside firms, names
joined by "&" and names with an organisation's head word are not retyped."""

from __future__ import annotations

import pytest

import dragoman
from dragoman.entities.paired import _beside
from dragoman.entities.referentvote import LISTED_WEIGHT, Form, vote
from dragoman.model import EntityType, Mention


def _labels(text: str, name: str) -> set[str]:
    return {m.label for m in dragoman.analyze(text, lang="en").mentions if m.text == name}


def _form(text: str, name: str, label: str, listed: bool) -> Form:
    start = text.index(name)
    m = Mention(start, start + len(name), name, label, score=0.9)  # type: ignore[arg-type]
    return Form(m, name.lower().split(), None, False, False, listed=listed)


def test_listed_weight_outweighs_every_form_ner_vote() -> None:
    assert LISTED_WEIGHT >= 1.0


def test_vote_listed_full_name_is_person() -> None:
    text = "Voters cheered Margaret Tolliver, Dean Ashcombe and Ruth Penhallow."
    forms = [_form(text, "Margaret Tolliver", "ORG", True) for _ in range(3)]
    assert vote(forms, None, heads=True) == "PER"


def test_vote_unlisted_full_name_keeps_ner_type() -> None:
    text = "Voters cheered Margaret Tolliver on Friday."
    forms = [_form(text, "Margaret Tolliver", "ORG", False) for _ in range(3)]
    assert vote(forms, None, heads=True) == "ORG"


def test_vote_head_word_vetoes_listing() -> None:
    text = "Grants went to Margaret Tolliver Foundation, Dean Ashcombe and Ruth Penhallow."
    forms = [_form(text, "Margaret Tolliver Foundation", "ORG", True)]
    assert vote(forms, None, heads=True) == "ORG"


def test_vote_kb_type_vetoes_listing() -> None:
    def kb(name: str, towns: bool) -> EntityType | None:
        return "ORG"
    text = "Shares of Margaret Tolliver, Dean Ashcombe and Ruth Penhallow rose."
    forms = [_form(text, "Margaret Tolliver", "ORG", True)]
    assert vote(forms, kb, heads=True) == "ORG"


def test_vote_ampersand_name_not_given_led() -> None:
    text = "Fans of Peter & Paul, Dean Ashcombe and Ruth Penhallow."
    forms = [_form(text, "Peter & Paul", "ORG", True)]
    assert vote(forms, None, heads=True) == "ORG"


@pytest.mark.parametrize("text, start_at, conj", [
    ("Fans of Margaret Tolliver, Dean Ashcombe and Ruth Penhallow.", "Dean Ashcombe", "and"),
    ("Either Margaret Tolliver or Dean Ashcombe will win.", "Dean Ashcombe", "and"),
])
def test_beside_reads_neighbour_after(text: str, start_at: str, conj: str) -> None:
    name = "Margaret Tolliver"
    m = Mention(text.index(name), text.index(name) + len(name), name, "ORG")
    start = text.index(start_at)
    assert _beside(text, m, ({start}, set()), frozenset({conj}))
    assert not _beside(text, m, (set(), set()), frozenset({conj}))


def test_beside_reads_neighbour_before() -> None:
    text = "Fans of Dean Ashcombe and Margaret Tolliver cheered."
    name = "Margaret Tolliver"
    m = Mention(text.index(name), text.index(name) + len(name), name, "ORG")
    end = text.index("Ashcombe") + len("Ashcombe")
    assert _beside(text, m, (set(), {end}), frozenset({"and"}))


def test_beside_needs_list_joiner() -> None:
    text = "Margaret Tolliver told Dean Ashcombe the news."
    name = "Margaret Tolliver"
    m = Mention(0, len(name), name, "ORG")
    assert not _beside(text, m, ({text.index("Dean")}, set()), frozenset({"and"}))


def test_analyze_listed_people_stay_people() -> None:
    text = ("Young organisers are campaigning for Margaret Tolliver, Dean Ashcombe and "
            "Ruth Penhallow. Margaret Tolliver volunteer Ana Ruiz said she was hopeful. "
            "Margaret Tolliver says so herself.")
    assert _labels(text, "Margaret Tolliver") <= {"PER"}


def test_analyze_firms_listed_beside_firms_unchanged() -> None:
    text = ("Banks such as Brindle Capital, Harlow Securities and Quayle Partners reported "
            "losses. Brindle Capital said trading was weak.")
    assert "PER" not in _labels(text, "Brindle Capital")


def test_analyze_ampersand_firm_unchanged() -> None:
    text = ("Shoppers at Harris & Hale, Tom Brayne and Lucy Marsh said prices rose. "
            "Harris & Hale said its sales fell.")
    assert "PER" not in _labels(text, "Harris & Hale")


class _G:
    def __init__(self, forms: list[Form], type_: EntityType) -> None:
        self.forms = forms
        self.type: EntityType = type_


def _groups(text: str, first: str, neighbour_type: EntityType) -> list[_G]:
    names = ["Dean Ashcombe", "Ruth Penhallow"]
    return [_G([_form(text, first, "ORG", False)], "ORG")] + [
        _G([_form(text, n, neighbour_type, False)], neighbour_type) for n in names]


def _revote(forms: list[Form]) -> EntityType:
    return vote(forms, None, heads=True)


def test_listed_people_retypes_name_beside_people() -> None:
    from dragoman.entities.paired import listed_people
    text = "Crowds cheered Margaret Tolliver, Dean Ashcombe and Ruth Penhallow."
    groups = _groups(text, "Margaret Tolliver", "PER")
    listed_people(text, groups, [], frozenset({"and"}), _revote)
    assert groups[0].type == "PER" and groups[0].forms[0].listed


def test_listed_people_keeps_name_beside_firms() -> None:
    from dragoman.entities.paired import listed_people
    text = "Crowds cheered Margaret Tolliver, Dean Ashcombe and Ruth Penhallow."
    groups = _groups(text, "Margaret Tolliver", "ORG")
    listed_people(text, groups, [], frozenset({"and"}), _revote)
    assert groups[0].type == "ORG" and not groups[0].forms[0].listed


def test_listed_people_needs_known_given_name() -> None:
    from dragoman.entities.paired import listed_people
    text = "Crowds cheered Brindlewick Tolliver, Dean Ashcombe and Ruth Penhallow."
    groups = _groups(text, "Brindlewick Tolliver", "PER")
    listed_people(text, groups, [], frozenset({"and"}), _revote)
    assert groups[0].type == "ORG"


def test_listed_people_skips_lower_case_words() -> None:
    from dragoman.entities.paired import listed_people
    text = "Crowds cheered Florence and the Machine, Dean Ashcombe and Ruth Penhallow."
    groups = _groups(text, "Florence and the Machine", "PER")
    listed_people(text, groups, [], frozenset({"and"}), _revote)
    assert groups[0].type == "ORG"


def test_a_town_named_surname_listed_beside_people_is_the_person_each_time() -> None:
    import dragoman

    text = ("Senator Nora Garland spoke in Iowa on Monday. Garland leads the field. Garland is "
            "second in New Hampshire. Voters split between Sanders and Garland, and donors "
            "back Klobuchar or Garland. Aides to Garland and Sanders met later. Bernie Sanders "
            "and Amy Klobuchar did not attend.")
    doc = dragoman.analyze(text, lang="en")
    person = next(m.entity_id for m in doc.mentions if m.text == "Nora Garland")
    pairs = ("Sanders and Garland", "Klobuchar or Garland")
    starts = {text.index(p) + len(p) - len("Garland") for p in pairs}
    starts.add(text.index("Garland and Sanders"))
    listed = [m for m in doc.mentions if m.start in starts]
    assert len(listed) == 3 and all(m.entity_id == person for m in listed)
