"""English spans run across a clause's edge (entities/enclauses.py, issue 14, helper en-ent).
Sentences written for these tests."""

from __future__ import annotations

from dragoman.entities.enclauses import clause_parts
from dragoman.model import Mention


def _parts(text: str, span: str, label: str = "MISC") -> list[tuple[str, str]]:
    start = text.index(span)
    m = Mention(start, start + len(span), span, label)  # type: ignore[arg-type]
    out = clause_parts(text, m)
    for part in out:
        assert text[part.start : part.end] == part.text
    return [(p.text, p.label) for p in out]


def test_a_spaced_dash_ends_the_name() -> None:
    text = "It began with the Long Thaw — Farmers left the valley for good."
    assert _parts(text, "Long Thaw — Farmers") == [("Long Thaw", "MISC")]


def test_an_ellipsis_ends_the_name_and_a_sentence_opener_goes() -> None:
    text = "Nobody wanted to fund the Border War … Believe me, they tried."
    assert _parts(text, "Border War … Believe") == [("Border War", "MISC")]


def test_two_word_names_on_both_sides_of_a_dash_are_both_kept() -> None:
    text = "She left Harrow Town — Quill City Rovers signed her in May."
    assert _parts(text, "Harrow Town — Quill City Rovers", "ORG") == [
        ("Harrow Town", "ORG"), ("Quill City Rovers", "ORG")]


def test_a_comma_between_two_names_makes_two() -> None:
    text = "Others include Kestrel Valley Hospital, Ormond Bay Hospital and two clinics."
    assert _parts(text, "Kestrel Valley Hospital, Ormond Bay Hospital", "ORG") == [
        ("Kestrel Valley Hospital", "ORG"), ("Ormond Bay Hospital", "ORG")]


def test_a_comma_before_a_legal_form_or_a_state_stays() -> None:
    text = "Shares of Tarvel Holdings, Inc. rose; its plant is in Dunmore County, Oregon."
    assert _parts(text, "Tarvel Holdings, Inc.", "ORG") == [("Tarvel Holdings, Inc.", "ORG")]
    assert _parts(text, "Dunmore County, Oregon", "LOC") == [("Dunmore County, Oregon", "LOC")]


def test_a_hyphenated_name_without_spaces_stays() -> None:
    text = "The Stoke-on-Trent Marathon and the Baden-Baden Festival were cancelled."
    assert _parts(text, "Stoke-on-Trent Marathon") == [("Stoke-on-Trent Marathon", "MISC")]
    assert _parts(text, "Baden-Baden Festival") == [("Baden-Baden Festival", "MISC")]


def test_a_participle_adjective_in_front_is_cut_off() -> None:
    text = "He shook hands with the Harrow-educated Tobias Quell-Marten at the club."
    assert _parts(text, "Harrow-educated Tobias Quell-Marten", "PER") == [
        ("Tobias Quell-Marten", "PER")]


def test_a_participle_adjective_alone_is_dropped() -> None:
    text = "Voters in the Kovak-dominated parliament and a Jermyn Street-tailored banker."
    assert _parts(text, "Kovak-dominated") == []
    assert _parts(text, "Jermyn Street-tailored") == []
    text2 = "The Bible-thumping preacher left town."
    assert _parts(text2, "Bible-thumping") == []


def test_a_lower_case_word_after_the_adjective_keeps_the_span() -> None:
    text = "A Rovers-owned stadium opened."
    assert _parts(text, "Rovers-owned stadium") == [("Rovers-owned stadium", "MISC")]


def test_a_romanised_given_name_ending_in_ing_is_no_participle() -> None:
    # review rev-en-ent: "-shing", "-ting", "-ling" after a hyphen are syllables of Chinese
    # given names; a participle's stem holds a vowel ("-thumping"), or is "led", "fed".
    text = "Property magnate Wu Ka-shing met the sprinter Chen Yu-ting and the Hamas-led ministry."
    assert _parts(text, "Wu Ka-shing", "PER") == [("Wu Ka-shing", "PER")]
    assert _parts(text, "Chen Yu-ting", "PER") == [("Chen Yu-ting", "PER")]
    assert _parts(text, "Hamas-led") == []


def test_a_comma_before_a_campus_or_division_stays() -> None:
    # review rev-en-ent: a name linked to its complement ("University of Kelmore") and a comma
    # before a name without the link: the campus, one institution. Two alike names still split.
    text = "She taught at the University of Kelmore, Port Alden and then at the Bank of Ostra."
    assert _parts(text, "University of Kelmore, Port Alden", "ORG") == [
        ("University of Kelmore, Port Alden", "ORG")]
    text2 = "Reserves fell at the Bank of Ostra, Bank of Velmar and three others."
    assert _parts(text2, "Bank of Ostra, Bank of Velmar", "ORG") == [
        ("Bank of Ostra", "ORG"), ("Bank of Velmar", "ORG")]


def test_a_dash_then_a_comma_list_is_cut_then_split() -> None:
    text = "Visitors came to Tarrow Park Hospital, Linden Vale Hospital — Nobody was hurt."
    assert _parts(text, "Tarrow Park Hospital, Linden Vale Hospital — Nobody", "ORG") == [
        ("Tarrow Park Hospital", "ORG"), ("Linden Vale Hospital", "ORG")]
