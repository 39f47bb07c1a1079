"""Issue 14, English entities of pool A: a one-word person nothing marks founds no person
(``unmarkedpeople``), and one name written twice takes one entity (``samesurface``). Original
sentences, mentions given by hand (no NER model needed)."""

from __future__ import annotations

import time

import pytest

from dragoman.entities.linking import Linker
from dragoman.entities.samesurface import same_surface_ids
from dragoman.model import EntityType, Mention


@pytest.fixture()
def linker() -> Linker:
    return Linker()


def mention(text: str, surface: str, label: EntityType, nth: int = 0, score: float = 1.0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, label, score=score)


def linked(linker: Linker, text: str, mentions: list[Mention], language: str = "en") -> dict[str, str | None]:
    out, _ = linker.link(text, mentions, language=language)
    return {m.text: m.entity_id for m in out}


@pytest.mark.parametrize(("text", "word"), [
    ("The council posted the closure notice on Beacon before noon.", "Beacon"),  # everyday word
    ("Download the latest version of Pilot from the website.", "Pilot"),
    ("Holidaymakers in Quillmere faced long queues at the airport.", "Quillmere"),  # a place's "in"
    ("Farmers near Grindlow lost much of their harvest.", "Grindlow"),
])
def test_unmarked_one_word_person_founds_no_entity(linker: Linker, text: str, word: str) -> None:
    assert linked(linker, text, [mention(text, word, "PER")])[word] is None


@pytest.mark.parametrize(("text", "word"), [
    ("The album by Drakon topped the charts in May.", "Drakon"),  # a rare word: a stage name
    ("Shares in Tessaly's rival fell sharply after the results.", "Tessaly"),  # possessive
    ("Sunniva painted the mural with her students.", "Sunniva"),  # a pronoun in its sentence
])
def test_rare_possessive_or_pronoun_person_keeps_its_entity(linker: Linker, text: str, word: str) -> None:
    assert linked(linker, text, [mention(text, word, "PER")])[word] is not None


@pytest.mark.parametrize(("text", "word", "extra"), [
    ("Zorblatt said the talks would resume on Monday.", "Zorblatt", None),  # speech verb
    ("Mr Quendrel arrived late to the hearing.", "Quendrel", None),  # honorific
    ("Lyssa Varnholt chairs the board. Varnholt said little.", "Varnholt", "Lyssa Varnholt"),
    ("Varnholt joined the board in May, months after Lyssa Varnholt left it.", "Varnholt",
     "Lyssa Varnholt"),
])
def test_marked_one_word_person_keeps_its_entity(linker: Linker, text: str, word: str,
                                                   extra: str | None) -> None:
    mentions = [mention(text, word, "PER", nth=1 if extra and text.index(extra) < text.index(word) else 0)]
    if extra:
        mentions.append(mention(text, extra, "PER"))
    mentions.sort(key=lambda m: m.start)
    out, _ = linker.link(text, mentions, language="en")
    assert all(m.entity_id is not None for m in out if m.text == word)


def test_other_languages_and_other_types_are_left(linker: Linker) -> None:
    text = "Die Fähre nach Kiel fährt täglich, sagte Anker, und in Anker wohnt niemand."
    ids = linked(linker, text, [mention(text, "Anker", "PER")], language="de")
    assert ids["Anker"] is not None  # German: left
    text = "The orchard belongs to Beacon and the chapel stands in Ostrelle."
    ids = linked(linker, text, [mention(text, "Beacon", "ORG"), mention(text, "Ostrelle", "LOC")])
    assert ids["Beacon"] is not None and ids["Ostrelle"] is not None  # not persons: untouched


def test_same_name_twice_takes_one_entity() -> None:
    a = Mention(0, 4, "Vexo", "ORG", None)
    b = Mention(30, 34, "Vexo", "ORG", "x-vexo", reason="new")
    c = Mention(50, 54, "Vexo", "ORG", None)
    assert [m.entity_id for m in same_surface_ids([a, b, c])] == ["x-vexo"] * 3


def test_same_name_left_when_ambiguous_typed_twice_or_quoted() -> None:
    two = [Mention(0, 6, "Horlan", "PER"), Mention(10, 16, "Horlan", "PER", "x-a"),
           Mention(20, 26, "Horlan", "PER", "x-b")]
    assert same_surface_ids(two)[0].entity_id is None  # two people share the name
    typed = [Mention(0, 6, "Quarry", "PER"), Mention(10, 16, "Quarry", "LOC", "x-q")]
    assert same_surface_ids(typed)[0].entity_id is None  # a place, and maybe a person
    quoted = [Mention(1, 7, "Larkin", "ORG"), Mention(20, 26, "Larkin", "ORG", "x-l")]
    assert same_surface_ids(quoted, [(0, 8)])[0].entity_id is None  # a title quoted in the text
    other = [Mention(0, 6, "Dunmor", "ORG"), Mention(10, 16, "Dunmar", "ORG", "x-d")]
    assert same_surface_ids(other)[0].entity_id is None  # another name


def test_same_surface_is_linear_on_hostile_input() -> None:
    n = 10_000
    mentions = [Mention(i * 6, i * 6 + 4, "Vexo", "ORG", "x-v" if i % 2 else None) for i in range(n)]
    quotes = [(i * 6 + 5, i * 6 + 6) for i in range(n)]
    began = time.process_time()
    same_surface_ids(mentions, quotes)
    assert time.process_time() - began < 2.0
    assert all(m.entity_id == "x-v" for m in mentions)



def listed(linker: Linker, text: str, words: list[str]) -> dict[str, str | None]:
    return linked(linker, text, sorted((mention(text, w, "PER") for w in words), key=lambda m: m.start))


@pytest.mark.parametrize(("text", "words"), [
    ("Supporters lost faith in Quenby after the third defeat.", ["Quenby"]),  # trust, not a place
    ("Scouts showed interest in Quenby all spring.", ["Quenby"]),
    ("Singer Beacon cancelled two shows.", ["Beacon"]),  # a role noun before it
    ("The crowd cheered when actor Pilot walked in.", ["Pilot"]),
    ("The letter was signed by Pilot and Drakon.", ["Pilot", "Drakon"]),  # listed beside a person
    ("The yards went to Drakon, Pilot and Harvest.", ["Drakon", "Pilot", "Harvest"]),
])
def test_review_misfires_keep_the_person(linker: Linker, text: str, words: list[str]) -> None:
    assert all(v is not None for v in listed(linker, text, words).values())


@pytest.mark.parametrize(("text", "words"), [
    ("The ferry to the harbour in Quenby was cancelled.", ["Quenby"]),  # a place's "in" still
    ("The fine falls on Pilot and Beacon alike.", ["Pilot", "Beacon"]),  # unmarked words only
])
def test_review_narrowing_keeps_the_rule(linker: Linker, text: str, words: list[str]) -> None:
    assert all(v is None for v in listed(linker, text, words).values())


@pytest.mark.parametrize(("text", "words", "dropped"), [
    ("It lets Opens Ledger, Beacon and Spreadsheets sync.", ["Opens Ledger", "Beacon"], "Beacon"),
    ("Diners praise Drakon and Marks' cooks alike.", ["Drakon", "Marks"], "Marks"),  # possessive
])
def test_review_list_needs_a_one_word_person(linker: Linker, text: str, words: list[str],
                                             dropped: str) -> None:
    assert listed(linker, text, words)[dropped] is None
