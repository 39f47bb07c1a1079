"""Places inside Arabic time-zone phrases name the zone, not the country (issue 14): "BST" is
translated "بالتوقيت الصيفي لبريطانيا". Original sentences; mentions given by hand."""

from __future__ import annotations

from dragoman.entities.arabicclock import zone_place
from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from dragoman.model import EntityType
from tests.entities.mentions import tagged


def _at(text: str, name: str) -> bool:
    return zone_place(text, text.index(name), name)


def _ids(text: str, items: list[tuple[str, EntityType]]) -> dict[str, str | None]:
    out, _ = Linker(memory=Memory()).link(text, tagged(text, items), language="ar")
    return {m.text: m.entity_id for m in out}


def test_a_place_after_the_time_noun_and_an_adjective_names_the_zone() -> None:
    text = "انطلق القطار عند الساعة 08:15 بالتوقيت الصيفي لبريطانيا من المحطة."
    assert _at(text, "بريطانيا")  # the mention without its glued ل
    assert _at(text, "لبريطانيا")  # or with it
    assert _at("بدأ البث في 21:00 بتوقيت الشرقي لأمريكا.", "أمريكا")
    assert _at("عند الساعة العاشرة بالتوقيت الرسمي الشتوي لفرنسا", "فرنسا")  # two adjectives
    assert _at("تبدأ المباراة الساعة 17:00 بتوقيت غرينتش.", "غرينتش")  # GMT
    assert _at("أعلن القرار عند منتصف الليل بالتوقيت الشرقي لكندا.", "كندا")  # a time in words


def test_a_place_elsewhere_is_a_place() -> None:
    assert not _at("تبدأ المباراة الساعة 17:00 بتوقيت موسكو.", "موسكو")  # Moscow time: English names it
    assert not _at("سافر الوزير إلى بريطانيا الأسبوع الماضي.", "بريطانيا")
    assert not _at("قال إن التوقيت الحالي مناسب لبريطانيا وفرنسا.", "بريطانيا")  # no zone: "suits Britain"
    assert not _at("وصلت السفينة في الوقت المحدد لبريطانيا.", "بريطانيا")  # الوقت, not التوقيت
    assert not _at("التوقيت الصيفي الجديد في بريطانيا يبدأ غدا.", "بريطانيا")  # "in Britain"
    assert not _at("اختار التوقيت الحالي المناسب لبريطانيا للانسحاب.", "بريطانيا")  # timing
    assert not _at("يبدأ الحفل الساعة 9 بالتوقيت المحلي لبريطانيا.", "بريطانيا")  # "UK time"
    assert not _at("قررت الحكومة أن التوقيت الصيفي لمصر سيبدأ في أبريل.", "مصر")  # no clock time: policy
    assert not _at("Trains left at 08:15 local time for Britain.", "Britain")


def test_the_linker_keeps_the_country_only_outside_the_phrase() -> None:
    text = "بدأت المظاهرة الساعة 14:00 بالتوقيت الصيفي لبريطانيا."
    assert _ids(text, [("لبريطانيا", "LOC")]).get("لبريطانيا") is None
    assert "country-GB" not in _ids(text, []).values()  # nor found by the text scan
    assert "country-GB" in _ids("زار رئيس الوزراء بريطانيا أمس.", [("بريطانيا", "LOC")]).values()


def test_a_number_that_is_no_clock_time_leaves_the_place() -> None:
    """Review: a year, a count or an article number before the time noun is the policy, not a
    clock time; nor the hour noun alone ("the issue of the hour", "an hour")."""
    assert not _at("قررت الحكومة في 2023 عودة التوقيت الصيفي لمصر.", "مصر")  # a year
    assert not _at("قال 5 وزراء إن التوقيت الصيفي لبريطانيا يوفر الطاقة.", "بريطانيا")  # a count
    assert not _at("ينص البند 2 على العمل بالتوقيت الصيفي لمصر.", "مصر")  # an article number
    assert not _at("تقرر تقديم الساعة مع بدء التوقيت الصيفي لمصر.", "مصر")  # moving the clock
    assert not _at("حديث الساعة التوقيت الصيفي لمصر وآثاره.", "مصر")  # "the issue of the hour"
    assert not _at("منذ منتصف الشهر عاد التوقيت الصيفي لمصر.", "مصر")  # mid-month
    assert not _at("بعد ساعة من التوقيت الصيفي لمصر بدأت الشكاوى.", "مصر")  # "an hour"
    assert not _at("بدأ البث الساعة 10:00 بالتوقيت الصيفي ولبريطانيا مصالح.", "بريطانيا")  # "and for"
    assert _at("يبدأ البث الساعة 8 مساء بالتوقيت الصيفي لبريطانيا.", "بريطانيا")  # the hour kept
    assert _at("وصل الوفد الساعة 10 بالتوقيت الصيفي لبريطانيا.", "بريطانيا")
    assert _at("تحطمت الطائرة نحو الساعة الثالثة فجرا بالتوقيت الرسمي لتركيا.", "تركيا")
