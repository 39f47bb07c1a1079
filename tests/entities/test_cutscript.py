"""One side of a span NER ran over two names (issue 14, ``entities/cutscript.py``): an Arabic
word that reaches a knowledge-base place only through a cross-script key, while the place has
its own Arabic name, does not cut a person's name in two. Original sentences; NER replaced by
names given by hand (``tests/entities/mentions.py``)."""

from __future__ import annotations

import pytest

from dragoman.entities.kb import loaded_kb
from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from dragoman.entities.resolve import NameResolver
from tests.entities.mentions import linked_ids


@pytest.fixture(scope="module")
def resolver() -> NameResolver:
    return NameResolver(kb=loaded_kb(), memory=Memory())


@pytest.mark.parametrize("given", ["كريستين", "كريستينا", "ماريا", "كارلا", "جوليان", "داريا",
                                   "كيلي", "شيلي", "لويزا", "هيلين"])
def test_a_given_name_near_a_place_skeleton_is_no_cut_side(resolver: NameResolver, given: str) -> None:
    assert resolver.cut_side(given, "LOC") == (None, 0)


@pytest.mark.parametrize(("place", "entity"), [("فرنسا", "country-FR"), ("إيطاليا", "country-IT"),
                                               ("كردستان", "region-kurdistan"), ("برلين", "city-berlin"),
                                               ("روما", "city-rome")])
def test_a_place_in_its_own_arabic_spelling_is_still_a_cut_side(
        resolver: NameResolver, place: str, entity: str) -> None:
    assert resolver.cut_side(place, "LOC")[0] == entity


def test_a_latin_side_is_unchanged(resolver: NameResolver) -> None:
    assert resolver.cut_side("Kontakt", "LOC") == (None, 0)
    assert resolver.cut_side("Berlin", "LOC")[0] == "city-berlin"


def test_a_person_whose_given_name_sounds_like_a_region_stays_whole() -> None:
    linker = Linker(memory=Memory())
    ar = "واستمعت اللجنة إلى الادعاءات التي قدمتها كريستين بلاسي فورد يوم الثلاثاء."
    ids = linked_ids(linker, ar, [("كريستين بلاسي فورد", "PER")], "ar")
    assert (ids.get("كريستين بلاسي فورد") or "").startswith("x-")
    assert "region-kurdistan" not in ids.values()


def test_an_alliance_before_its_leader_is_still_cut_off() -> None:
    linker = Linker(memory=Memory())
    ar = "وقال الأمين العام لحلف الناتو ينس ستولتنبرغ إن الحلف مستعد."
    ids = linked_ids(linker, ar, [("الناتو ينس ستولتنبرغ", "PER")], "ar")
    assert ids.get("الناتو") == "nato"
    assert ids.get("ينس ستولتنبرغ") == "jens-stoltenberg"


def test_a_learned_name_of_another_script_still_reaches_its_side() -> None:
    linker = Linker(memory=Memory())
    en = "The Norvald Institute said on Monday that trade had grown."
    linked_ids(linker, en, [("Norvald Institute", "ORG")], "en")
    ar = "وقال معهد نورفالد كريم الحداد إن التجارة نمت."
    ids = linked_ids(linker, ar, [("معهد نورفالد كريم الحداد", "PER")], "ar")
    assert "كريم الحداد" in ids or "معهد نورفالد كريم الحداد" in ids


@pytest.mark.parametrize(("side", "label", "entity"), [
    ("بيونغ يانغ", "LOC", "city-1871859"),  # بيونغيانغ in two words
    ("كوالا لمبور", "LOC", "city-1735161"),  # the alias كوالالمبور in two words
    ("ترامپ", "PER", "donald-trump"),  # Persian پ for the ب of ترامب
    ("پوتین", "PER", "vladimir-putin"),
    ("زلنسکی", "PER", "volodymyr-zelensky"),  # other vowel letters, five consonants
    ("Столтенберг", "PER", "jens-stoltenberg"),  # the surname of "Йенс Столтенберг" alone
])
def test_a_side_spelling_its_own_name_otherwise_is_still_a_cut_side(
        resolver: NameResolver, side: str, label: str, entity: str) -> None:
    assert resolver.cut_side(side, label)[0] == entity


def test_a_cyrillic_given_name_is_no_city_of_other_vowels(resolver: NameResolver) -> None:
    assert resolver.cut_side("Александра", "LOC") == (None, 0)  # not Александрия
