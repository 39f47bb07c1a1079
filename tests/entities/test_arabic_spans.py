"""Sports clubs typed after the Arabic tagger (entities/arabicspans.py); sentences written for
these tests."""

from __future__ import annotations

from dragoman.entities.arabicspans import shape_arabic
from dragoman.entities.wordclass import nationality
from dragoman.language.rules import pack_of
from dragoman.model import EntityType, Mention


def _club_nouns() -> tuple[str, ...]:
    pack = pack_of("ar")
    assert pack is not None
    return pack.club_nouns


def _mention(text: str, name: str, label: EntityType, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Mention(start, start + len(name), name, label)


def _shaped(text: str, mentions: list[Mention]) -> set[tuple[str, str]]:
    return {(m.text, m.label) for m in shape_arabic(text, mentions, _club_nouns(), nationality)}


def test_the_pack_names_club_nouns() -> None:
    assert "فريق" in _club_nouns()
    assert "الفريق" not in _club_nouns()  # also a general's rank


def test_a_name_after_a_club_noun_is_a_club() -> None:
    text = "وحقق فريق نجوم الساحل فوزا ثمينا مساء أمس."
    assert _shaped(text, [_mention(text, "نجوم الساحل", "PER")]) == {("نجوم الساحل", "ORG")}


def test_a_general_after_his_rank_stays_a_person() -> None:
    text = "واستقبل الفريق سالم البدري وفدا عسكريا."
    assert _shaped(text, [_mention(text, "سالم البدري", "PER")]) == {("سالم البدري", "PER")}


def test_a_place_with_a_masculine_nationality_adjective_is_a_club() -> None:
    text = "وتعادل ليون الفرنسي مع ضيفه في الجولة الثالثة."
    assert _shaped(text, [_mention(text, "ليون", "LOC")]) == {("ليون", "ORG")}


def test_a_city_with_the_feminine_adjective_stays_a_place() -> None:
    text = "ووصل الوفد إلى ليون الفرنسية صباح الأحد."
    assert _shaped(text, [_mention(text, "ليون", "LOC")]) == {("ليون", "LOC")}


def test_a_person_before_a_nationality_adjective_stays_a_person() -> None:
    text = "وسجل كريم الفرنسي هدفين في المباراة."
    assert _shaped(text, [_mention(text, "كريم", "PER")]) == {("كريم", "PER")}


def test_each_side_of_a_fixture_line_is_one_club() -> None:
    text = "نتائج الجولة: نسور بلدة (فرنسا) - ليون (فرنسا) 2 - 0."
    mentions = [
        _mention(text, "بلدة", "LOC"),
        _mention(text, "فرنسا", "LOC"),
        _mention(text, "ليون", "LOC"),
        _mention(text, "فرنسا", "LOC", nth=1),
    ]
    assert _shaped(text, mentions) == {
        ("نسور بلدة", "ORG"), ("فرنسا", "LOC"), ("ليون", "ORG"),
    }


def test_a_place_and_its_country_outside_a_fixture_stay_places() -> None:
    text = "ولد الكاتب في ليون (فرنسا) عام ألف وتسعمئة."
    mentions = [_mention(text, "ليون", "LOC"), _mention(text, "فرنسا", "LOC")]
    assert _shaped(text, mentions) == {("ليون", "LOC"), ("فرنسا", "LOC")}


def test_a_bracket_of_no_place_makes_no_fixture() -> None:
    text = "وقال سالم (وكالة الأنباء) - في بيان - إن الاجتماع انتهى."
    mentions = [_mention(text, "سالم", "PER")]
    assert _shaped(text, mentions) == {("سالم", "PER")}
