"""A people's adjective is never a short form of a learned organisation or place whose name
it opens (issue 14, NTREX: "a Welsh farmer" linked to a learned "Welsh Parliament" of another
article). Original sentences, NER given by hand. Near misses: a club's name that opens with a
place word keeps its short form, a nationality still links to its country, a surname stays a
person, the full name still links."""

from __future__ import annotations

import pytest

from dragoman.entities.docentities import archive_forms
from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from dragoman.entities.peoplewords import people_word
from dragoman.model import Entity
from tests.entities.mentions import linked


@pytest.fixture()
def linker() -> Linker:
    out = Linker(memory=Memory())
    text = "Members of the Welsh Parliament met on Tuesday. In Welsh the word means daft."
    linked(out, text, [("Welsh Parliament", "ORG"), ("Welsh", "ORG")])
    return out


def ids(linker: Linker, text: str, items: list[tuple[str, str]]) -> list[str | None]:
    return [m.entity_id for m in linked(linker, text, items)]  # type: ignore[arg-type]


def test_people_words() -> None:
    assert people_word("Welsh") and people_word("Catalan") and people_word("German")
    assert people_word("Native") and people_word("الروسية")
    assert not people_word("Eintracht") and not people_word("Welsh Parliament")
    assert not people_word("Celtic") and not people_word("Hawaiian")


def test_a_peoples_adjective_reaches_no_learned_body(linker: Linker) -> None:
    body = ids(linker, "The Welsh Parliament voted on Monday.", [("Welsh Parliament", "ORG")])[0]
    assert body is not None
    for text, label in (("A Welsh farmer lost three sheep to a fox.", "MISC"),
                        ("The Welsh government backed the plan.", "ORG")):
        assert ids(linker, text, [("Welsh", label)]) == [None], text


def test_in_its_own_article_the_adjective_is_no_short_form(linker: Linker) -> None:
    text = "The Catalan Assembly met today. Catalan is spoken by most members."
    found = ids(linker, text, [("Catalan Assembly", "ORG"), ("Catalan", "ORG")])
    assert found[0] is not None and found[1] is None


def test_archive_forms_leave_the_adjective_out() -> None:
    body = Entity("x-1", "Welsh Parliament", "ORG", {}, ["Welsh Parliament", "Welsh"])
    assert archive_forms(body) == ["Welsh Parliament"]
    club = Entity("x-2", "Eintracht Frankfurt", "ORG", {}, ["Eintracht Frankfurt", "Eintracht"])
    assert archive_forms(club) == ["Eintracht Frankfurt", "Eintracht"]
    person = Entity("x-3", "Irvine Welsh", "PER", {}, ["Irvine Welsh", "Welsh"])
    assert archive_forms(person) == ["Irvine Welsh", "Welsh"]


def test_a_nationality_still_links_to_its_country(linker: Linker) -> None:
    text = "The German government backed the plan on Friday."
    assert ids(linker, text, [("German", "MISC")]) == ["country-DE"]


def test_a_surname_that_is_a_peoples_word_stays_a_person(linker: Linker) -> None:
    text = "Irvine Welsh signed copies in Leith. Welsh said the book took six years."
    found = ids(linker, text, [("Irvine Welsh", "PER"), ("Leith", "LOC"), ("Welsh", "PER")])
    assert found[0] is not None and found[2] == found[0]
