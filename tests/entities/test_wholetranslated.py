"""Organisation names an Arabic translation writes word by word, with no spelled word
(``entities/wholetranslated.py``, spotted by ``contextspot.spot_translated``). Original
sentences about invented people and a town; mentions given by hand (no NER model)."""

from __future__ import annotations

from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from dragoman.entities.wholetranslated import stem, whole_translation
from dragoman.model import EntityType, Mention
from tests.entities.mentions import first_mention, known_ids

CONTEXT_EN: list[tuple[str, EntityType]] = [("Tessaly Brandock", "PER"), ("Kelmwick", "LOC")]
CONTEXT_AR: list[tuple[str, EntityType]] = [("تيسالي براندوك", "PER"), ("كيلمويك", "LOC")]


def _spotted(org: str, phrase: str) -> list[str]:
    """The Arabic text that names ``org`` (learned from an English report with two other
    names) in a translation that writes it as ``phrase`` beside the same two names."""
    linker = Linker(memory=Memory())
    en = (f"The {org} said on Tuesday that Tessaly Brandock had asked the families of Kelmwick "
          "to leave before the storm.")
    ids = known_ids(linker, en, [(org, "ORG"), *CONTEXT_EN], "en")
    ar = (f"قالت {phrase} يوم الثلاثاء إن تيسالي براندوك طلبت من عائلات كيلمويك المغادرة قبل "
          "العاصفة.")
    mentions: list[Mention] = [first_mention(ar, text, label) for text, label in CONTEXT_AR]
    out, _ = linker.link(ar, mentions, language="ar")
    return [m.text for m in out if m.entity_id is not None and m.entity_id == ids.get(org)]


def test_the_pattern_puts_the_head_first_and_needs_every_word() -> None:
    heads, spelled = whole_translation("Ministry of Fisheries") or ((), ())
    assert "وزاره" in heads[0] and spelled == ()
    heads, _ = whole_translation("Select Committee on Artificial Intelligence") or ((), ())
    assert "لجنه" in heads[0] and len(heads) == 4
    # a spelled word, a head that is no body noun, one word alone: not this rule
    assert whole_translation("Kelmwick Fisheries Board") is None
    assert whole_translation("Artificial Intelligence") is None
    assert whole_translation("Parliament") is None


def test_a_feminine_or_nisba_ending_is_read_off_but_not_a_stem_letter() -> None:
    assert stem("دفاعيه") == "دفاع" and stem("دفاع") == "دفاع"
    assert stem("ولايه") == "ولاي"  # "state" does not become ولا, "nor"


def test_a_ministry_translated_word_by_word_is_the_same_body() -> None:
    assert _spotted("Ministry of Fisheries", "وزارة الثروة السمكية") == ["وزارة الثروة السمكية"]
    assert _spotted("Ministry of Energy", "وزارة الطاقة") == ["وزارة الطاقة"]
    assert _spotted("Energy Ministry", "وزارة الطاقة") == ["وزارة الطاقة"]


def test_adjectives_come_after_the_head_in_any_order() -> None:
    assert _spotted("National Library", "المكتبة الوطنية") == ["المكتبة الوطنية"]
    assert _spotted("Joint Committee on Human Rights", "اللجنة المشتركة لحقوق الإنسان") == [
        "اللجنة المشتركة لحقوق الإنسان"]


def test_bodies_that_differ_in_one_word_stay_apart() -> None:
    assert _spotted("Ministry of Energy", "وزارة الزراعة") == []
    assert _spotted("National Library", "المتحف الوطني") == []
    assert _spotted("Central Bank", "البنك الوطني") == []


def test_a_longer_arabic_name_is_another_body_but_a_nationality_is_not() -> None:
    assert _spotted("Ministry of Energy", "وزارة الطاقة والمياه") == []
    assert _spotted("Ministry of Energy", "وزارة الطاقة المتجددة") == []
    assert _spotted("Ministry of Energy", "وزارة الطاقة الجمعة") == ["وزارة الطاقة"]  # a day
    assert _spotted("Central Bank", "البنك المركزي للاستثمار") == []
    assert _spotted("Ministry of Energy", "وزارة الطاقة الأمريكية") == ["وزارة الطاقة"]


def test_words_out_of_place_or_split_by_a_comma_are_no_name() -> None:
    assert _spotted("Ministry of Energy", "الطاقة وزارة") == []
    assert _spotted("National Library", "المكتبة، الوطنية") == []


def test_general_after_a_name_is_a_longer_name_but_the_year_is_not() -> None:
    # review: العام alone is the adjective "general" ("General Security"), not "the year"
    assert _spotted("Security Service", "جهاز الأمن العام") == []
    assert _spotted("Security Department", "إدارة الأمن العام") == []
    assert _spotted("Workers Union", "اتحاد العمال العام") == []
    assert _spotted("Ministry of Energy", "وزارة الطاقة العام الماضي") == ["وزارة الطاقة"]


def test_a_name_ends_on_a_word_with_the_article() -> None:
    # review: a last word without the article is in construct with the next one, or indefinite
    assert _spotted("Ministry of Health", "وزارة صحة الحيوان") == []
    assert _spotted("Court of Appeal", "محكمة استئناف ريفانو") == []
    assert _spotted("Ministry of Energy", "وزارة طاقة الرياح") == []
    assert _spotted("Ministry of Energy", "لوزارة الطاقة") == ["وزارة الطاقة"]


def test_a_genitive_complement_or_a_plural_adjective_makes_a_longer_name() -> None:
    # review: ل + article after the name, a nisba plural adjective after it
    assert _spotted("Supreme Council", "المجلس الأعلى للقضاء") == []
    assert _spotted("Executive Council", "المجلس التنفيذي للمنظمة") == []
    assert _spotted("Students Union", "اتحاد الطلاب الجامعيين") == []
    assert _spotted("Students Union", "اتحاد الطلاب") == ["اتحاد الطلاب"]


def test_a_cabinet_is_no_council() -> None:
    # review: "Security Cabinet" and "Security Council" would both read مجلس الأمن
    assert _spotted("Security Cabinet", "مجلس الأمن") == []
    assert _spotted("Security Council", "مجلس الأمن") == ["مجلس الأمن"]
