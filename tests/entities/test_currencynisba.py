"""A nationality word that qualifies a currency names no country (``entities/currencynisba.py``).
Original sentences; nationality words found by the linker itself (no NER model)."""

from __future__ import annotations

from dragoman.entities.currencynisba import currency_word_beside
from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from dragoman.model import Mention


def _ids(text: str, language: str) -> set[str]:
    out, _ = Linker(memory=Memory()).link(text, [], language=language)
    return {m.entity_id for m in out if m.entity_id}


def _nationality(text: str, word: str) -> Mention:
    start = text.index(word)
    return Mention(start, start + len(word), word, "MISC", "country-US", 0.9, "nationality")


def test_an_arabic_currency_noun_before_the_adjective() -> None:
    text = "حددت المحكمة الكفالة بمبلغ 900 ألف دولار أمريكي."
    assert currency_word_beside(text, _nationality(text, "أمريكي"))
    glued = "تدفع الرواتب بالدولار الأمريكي منذ سنوات."
    assert currency_word_beside(glued, _nationality(glued, "الأمريكي"))
    # a person or an institution before the adjective: no currency
    other = "قال الدبلوماسي الأمريكي إن الزيارة تأجلت."
    assert not currency_word_beside(other, _nationality(other, "الأمريكي"))


def test_an_english_currency_noun_after_the_adjective() -> None:
    text = "The bridge cost 90 million American dollars to build."
    assert currency_word_beside(text, _nationality(text, "American"))
    other = "American engineers built the bridge."
    assert not currency_word_beside(other, _nationality(other, "American"))


def test_the_currency_adjective_links_no_country() -> None:
    assert "country-US" not in _ids("دفع المتبرع 75 ألف دولار أمريكي للمدرسة.", "ar")
    assert "country-EG" not in _ids("ارتفع سعر الجنيه المصري صباح اليوم.", "ar")
    assert "country-AU" not in _ids("The farm sold for 12 million Australian dollars.", "en")


def test_other_nationality_words_and_country_names_keep_their_country() -> None:
    assert "country-US" in _ids("وصل الوفد الأمريكي إلى المطار صباحا.", "ar")
    assert "country-EG" in _ids("أعلنت الحكومة المصرية خطة جديدة.", "ar")
    assert "country-AU" in _ids("Australian police closed the road.", "en")
    assert "country-JP" in _ids("Japan pledged 40 billion yen in aid.", "en")


def test_won_and_real_are_a_currency_only_after_an_amount() -> None:
    # review: "won" the verb and "real" the adjective follow demonyms in ordinary news
    assert "country-KR" in _ids("The South Korean won the final in three sets.", "en")
    assert "country-CN" in _ids("Chinese real estate firms missed their payments.", "en")
    assert "country-KR" not in _ids("The firm raised 3 billion South Korean won.", "en")
    assert "country-BR" not in _ids("Lunch cost 45 Brazilian reais.", "en")


def test_a_plural_people_noun_or_a_shop_price_is_no_currency() -> None:
    assert "country-US" in _ids("Americans won four medals on Sunday.", "en")
    assert "country-US" in _ids("The American dollar store chain closed forty branches.", "en")
    assert "country-GB" in _ids("A British pound shop chain went bust.", "en")
