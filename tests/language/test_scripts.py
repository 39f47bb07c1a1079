"""One script detector for line features and cross-script name matching (ISO 15924 codes)."""

from __future__ import annotations

import pytest

from dragoman.entities.transliterate import NAME_SCRIPTS, name_script
from dragoman.extract.lines import line_features, page_features
from dragoman.language.rules import all_rules
from dragoman.language.scripts import ARABIC, CYRILLIC, LATIN, UNKNOWN, script_of


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("Harbour pilots voted on Tuesday", LATIN),
        ("Ärztekammer Zürich", LATIN),
        ("صوّت مرشدو الميناء يوم الثلاثاء", ARABIC),
        ("Лоцманы порта проголосовали", CYRILLIC),
        ("Οι πιλότοι ψήφισαν", "Grek"),
        ("港口引航员投票", "Hani"),
    ],
)
def test_script_of_names_the_script_of_the_letters(text: str, script: str) -> None:
    assert script_of(text) == script


def test_script_of_goes_by_most_letters_and_ignores_what_is_not_a_letter() -> None:
    assert script_of("قال Reuters إن الميناء أغلق") == ARABIC
    assert script_of("The port of Tartus (طرطوس) reopened") == LATIN
    assert script_of("12:30 — 2024/05/13 !!") == ""
    assert script_of("") == ""


def test_scripts_without_a_code_here_share_the_unknown_code() -> None:
    assert script_of("ᏣᎳᎩ") == UNKNOWN  # Cherokee


def test_script_codes_cannot_be_taken_for_language_codes() -> None:
    languages = {r.code for r in all_rules()} | {"la", "cy", "ar", "ru", "en"}
    codes = {*NAME_SCRIPTS, UNKNOWN, script_of("Οι"), script_of("港口")}
    assert all(len(c) == 4 and c[0].isupper() and c[1:].islower() for c in codes)
    assert not codes & languages


@pytest.mark.parametrize(
    ("name", "script"),
    [("Lindqvist", LATIN), ("ليندكفيست", ARABIC), ("Линдквист", CYRILLIC),
     ("Λίντκβιστ", LATIN), ("G7", LATIN), ("", LATIN)],
)
def test_name_script_keeps_the_three_transliterated_scripts(name: str, script: str) -> None:
    # Greek and names without letters fall back to the Latin table, as before.
    assert name_script(name) == script


def test_a_line_in_another_script_than_the_page_is_flagged() -> None:
    lines = ["Harbour pilots voted on Tuesday to end the strike at the port.",
             "The union said the vote was close.", "الرئيسية أخبار"]
    flag = [f[-2] for f in page_features(lines)]  # the "other_script" feature
    assert flag == [0.0, 0.0, 1.0]
    assert line_features("12:30", 0.5, LATIN)[-2] == 0.0  # no letters: no script to differ
