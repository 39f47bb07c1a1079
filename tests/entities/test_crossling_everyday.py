"""A learned name of another script spotted in Arabic text (issue 14): a word after the name's
first one that carries the article ال is no word of a spelled foreign name, nor are everyday Arabic
words, every one, after an opening the knowledge base names alone
(``spotrules.everyday_after_known_name``), so a city before them stays the city ("مدريد مرور",
Madrid's traffic, is no "Madrid Mirror"), while the spelled name ("مدريد ميرور"), one with a spelled
later word ("تامبا باي تايمز") and one whose opening names nothing alone ("ديلي ميل") are found.
Original sentences; NER replaced by names given by hand (``tests/entities/mentions.py``)."""

from __future__ import annotations

import pytest

from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from dragoman.model import EntityType
from tests.entities.mentions import linked_ids

TEACH = "Oskar Lindqvist wrote in the Madrid Mirror that Bolivia and Ecuador would share a port."
TEACH_NAMES: list[tuple[str, EntityType]] = [
    ("Oskar Lindqvist", "PER"), ("Madrid Mirror", "ORG"), ("Bolivia", "LOC"), ("Ecuador", "LOC")]
COUNTRIES: list[tuple[str, EntityType]] = [("بوليفيا", "LOC"), ("الإكوادور", "LOC")]


@pytest.fixture(scope="module")
def learned() -> tuple[Linker, str]:
    linker = Linker(memory=Memory())
    found = linked_ids(linker, TEACH, TEACH_NAMES, "en")["Madrid Mirror"]
    assert found is not None and found.startswith("x-")
    return linker, found


@pytest.mark.parametrize("text", [
    "شهدت مدريد مرور آلاف السيارات قبل مباراة بوليفيا ثم الإكوادور.",
    "تنظم مدريد مرورا للحافلات القادمة من سفارتي بوليفيا ثم الإكوادور.",
    "أغلقت شرطة مدريد المرور أمام موكب رئيسي بوليفيا ثم الإكوادور.",
])
@pytest.mark.parametrize("city_tagged", [True, False])
def test_the_city_before_an_everyday_word_is_no_learned_name(
        learned: tuple[Linker, str], text: str, city_tagged: bool) -> None:
    linker, outlet = learned
    names = [("مدريد", "LOC"), *COUNTRIES] if city_tagged else COUNTRIES
    ids = linked_ids(linker, text, names, "ar")
    assert outlet not in ids.values()
    assert ids.get("مدريد") not in (None, outlet)


@pytest.mark.parametrize("city_tagged", [True, False])
def test_the_spelled_name_is_still_found(learned: tuple[Linker, str], city_tagged: bool) -> None:
    linker, outlet = learned
    text = "كتبت مدريد ميرور أن بوليفيا ثم الإكوادور ستتقاسمان الميناء الجديد."
    names = [("مدريد", "LOC"), *COUNTRIES] if city_tagged else COUNTRIES
    ids = linked_ids(linker, text, names, "ar")
    assert ids.get("مدريد ميرور") == outlet


@pytest.mark.parametrize(("english", "arabic", "city"), [
    ("Daily Mail", "ديلي ميل", None),  # ميل "inclination"; "Daily" names nothing alone
    ("Radio Farda", "راديو فردا", None),  # فردا "singly"
    ("Tampa Bay Times", "تامبا باي تايمز", "تامبا"),  # a spelled word after the everyday باي
    ("Tampa Bay Times", "تامبا باي تايمز", None),
])
def test_a_name_not_read_as_a_known_name_and_prose_is_still_found(english: str, arabic: str,
                                                                   city: str | None) -> None:
    linker = Linker(memory=Memory())
    teach = f"Officials told the {english} that Bolivia and Ecuador would share a port."
    names_en: list[tuple[str, EntityType]] = [(english, "ORG"), ("Bolivia", "LOC"), ("Ecuador", "LOC")]
    found = linked_ids(linker, teach, names_en, "en")[english]
    assert found is not None and found.startswith("x-")
    text = f"قال مسؤولون لصحيفة {arabic} إن بوليفيا ثم الإكوادور ستتقاسمان الميناء."
    names = [(city, "LOC"), *COUNTRIES] if city else COUNTRIES
    assert linked_ids(linker, text, names, "ar").get(arabic) == found


@pytest.mark.parametrize("text", [
    "قالت مدريد إن بوليفيا ثم الإكوادور ستتقاسمان الميناء.",  # إن "that"
    "اتفقت مدريد مع بوليفيا ثم الإكوادور على الميناء.",  # مع "with"
])
def test_a_known_name_before_any_everyday_word_is_no_learned_name(text: str) -> None:
    linker = Linker(memory=Memory())
    teach = "Officials told the Madrid Inn and the Madrid Ma that Bolivia and Ecuador would share a port."
    ids = linked_ids(linker, teach, [("Madrid Inn", "ORG"), ("Madrid Ma", "ORG"), ("Bolivia", "LOC"),
                                     ("Ecuador", "LOC")], "en")
    learned = {ids["Madrid Inn"], ids["Madrid Ma"]}
    assert not learned & set(linked_ids(linker, text, COUNTRIES, "ar").values())


PERSON_EN = "Brazil and Chile welcomed the report by Dara Lee, an economist at the fund."
PERSON_EN_NAMES: list[tuple[str, EntityType]] = [("Brazil", "LOC"), ("Chile", "LOC"), ("Dara Lee", "PER")]


def test_a_persons_short_name_word_that_is_an_everyday_word_is_still_spelled() -> None:
    linker = Linker(memory=Memory())
    person = linked_ids(linker, PERSON_EN, PERSON_EN_NAMES, "en")["Dara Lee"]
    assert person is not None and person.startswith("x-")
    ar = "رحبت البرازيل ثم تشيلي بتقرير الخبير الاقتصادي دارا لي في الصندوق."
    ids = linked_ids(linker, ar, [("البرازيل", "LOC"), ("تشيلي", "LOC")], "ar")
    assert ids.get("دارا لي") == person
