"""Arabic phrases with a quantifier found no learned entity (issue 14; original texts)."""

import pytest

import dragoman
from dragoman.entities.arabicquantifiers import quantified_phrase, quantifier_key


@pytest.mark.parametrize("phrase", [
    "كلتا الكنيستين", "كلا الطرفين", "بعض المسؤولين", "جميع الدول", "معظم الناخبين",
    "إحدى الشركات", "عدة مسؤولين", "كافة الأحزاب", "وكل الدول", "لبعض الإصلاحات",
    "رجال الدين كلتا الكنيستين", "للجميع", "غالبية الأعضاء",
])
def test_a_phrase_with_a_quantifier_is_no_name(phrase: str) -> None:
    assert quantified_phrase(phrase)


@pytest.mark.parametrize("name", [
    "كريم الزعبي", "كلارا شومان", "كلاوديو رانييري", "بعلبك", "عدن", "كلينتون", "جميلة بوحيرد",
    "هبة عديدي", "باسل الشتي", "جميل كلاس", "شركة النسيم للتجارة", "عبد الرحمن الكلالي",
    "كلوب بروج", "Angela Merkel",
])
def test_names_that_look_like_quantifiers_stay(name: str) -> None:
    assert not quantified_phrase(name)


def test_each_of_lists_names_and_is_left_as_it_was() -> None:
    assert not quantified_phrase("كل من محمد العلي")


def test_glued_letters_are_read_off_only_before_a_quantifier() -> None:
    assert quantifier_key("ولكل")
    assert not quantifier_key("بعلبك")
    assert not quantifier_key("لبنان")


def test_the_phrase_founds_no_entity_and_a_name_beside_it_does() -> None:
    article = dragoman.analyze("وقد بنى رجال الدين كلتا الكنيستين قبل أن تصبح المدينة مطرانية. "
                               "وقال كريم الزعبي إن المشروع تأخر.", "ar")
    learned = {m.text: m.entity_id for m in article.mentions if m.entity_id}
    assert not any("كلتا" in text for text in learned)
    assert "كريم الزعبي" in learned
