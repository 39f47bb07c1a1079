"""English entity precision on real pages (issue 14, helper en-ent): one word a page's layout
capitalised (``lonewords``) and street designators NER types as persons (``en_entities``'
``person_typed_place_heads``). Sentences written for these tests."""

from __future__ import annotations

import dragoman
from dragoman.entities.lonewords import layout_word
from dragoman.entities.nameclass import head_type
from dragoman.model import Mention


def _kb_none(name: str, towns: bool) -> str | None:
    return None


def _kb_places(name: str, towns: bool) -> str | None:
    return "LOC" if name in ("Indonesia",) else None


def _at(text: str, word: str, label: str = "PER", nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Mention(start, start + len(word), word, label)  # type: ignore[arg-type]


def test_an_exclaimed_line_opener_is_layout() -> None:
    text = ("Bonus!\nOver twenty one-click tools come with the yearly plan.\n"
            "Bonus!\nA second licence for the laptop at home.")
    assert layout_word(text, _at(text, "Bonus"), _kb_none, "en")


def test_a_name_alone_on_its_line_in_a_list_stays() -> None:
    text = "Best Newcomer\nTavenor\nQuillwick\nThe winner is named in March."
    assert not layout_word(text, _at(text, "Tavenor"), _kb_none, "en")
    assert not layout_word(text, _at(text, "Quillwick", "ORG"), _kb_none, "en")


def test_a_punch_line_word_is_layout() -> None:
    text = ("What do you call a sleepy dinosaur?\nDino-snore!\nAnd another one for the road.\n"
            "What do you call a cold pig?\nPorkchill!\n")
    assert layout_word(text, _at(text, "Dino-snore", "ORG"), _kb_none, "en")


def test_a_name_written_in_running_text_too_stays() -> None:
    text = "Quarvel!\nQuarvel released a new record on Friday, his third.\nWow!\nIt sold out."
    assert not layout_word(text, _at(text, "Quarvel"), _kb_none, "en")


def test_a_word_inside_its_line_stays() -> None:
    text = "Henley said the project was over.\nThe board thanked Henley!"
    assert not layout_word(text, _at(text, "Henley", nth=1), _kb_none, "en")


def test_a_known_place_alone_on_a_dateline_stays() -> None:
    text = "Indonesia\nThe archipelago is home to thousands of islands."
    assert not layout_word(text, _at(text, "Indonesia", "LOC"), _kb_places, "en")


def test_a_given_name_called_out_stays() -> None:
    text = "Maria!\nShe turned around and waved at the crowd."
    assert not layout_word(text, _at(text, "Maria"), _kb_none, "en")


def test_an_author_signed_with_a_dash_stays() -> None:
    text = "Why did the owl stay in?\nIt was a hoot.\n\n—Tamsyn\n\nNext joke."
    assert not layout_word(text, _at(text, "Tamsyn"), _kb_none, "en")


def test_two_words_on_a_line_are_not_this_rule() -> None:
    text = "Orla Penhale\nThe author lives in a small village."
    assert not layout_word(text, _at(text, "Orla Penhale"), _kb_none, "en")


def test_a_drive_heads_a_place() -> None:
    assert head_type("Quince Drive") == "LOC"
    assert head_type("Sawgrass Parkway") == "LOC"


def test_a_driver_is_no_street() -> None:
    assert head_type("Minnie Driver") is None


def test_roads_in_a_closure_report_are_places() -> None:
    text = "Marlow Drive is closed between Quince Drive and Hollow Oak Road after a water main burst."
    labels = {m.text: m.label for m in dragoman.analyze(text, "en").mentions}
    assert labels.get("Marlow Drive") == "LOC"
    assert labels.get("Quince Drive") == "LOC"


def test_an_actor_named_driver_stays_a_person() -> None:
    text = "Minnie Driver starred in the film alongside Matt Damon."
    labels = {m.text: m.label for m in dragoman.analyze(text, "en").mentions}
    assert labels.get("Minnie Driver") == "PER"


def test_one_exclaimed_line_alone_stays() -> None:
    # review rev-en-ent: a brand written with its "!" or a town cheered once is no layout; the
    # page repeats the shape where it is one, and a possessive is a writing in running text.
    text = "Zappo!\nThe search firm reported a profit for the first time in years."
    assert not layout_word(text, _at(text, "Zappo", "ORG"), _kb_none, "en")
    text = "Bonus!\nThe plan comes with two tools.\nBonus!\nBonus's second tool is a cleaner."
    assert not layout_word(text, _at(text, "Bonus"), _kb_none, "en")
