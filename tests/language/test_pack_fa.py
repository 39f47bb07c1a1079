"""The Persian pack: one module (dragoman/language/fa.py), asked by every capability.

Sentences are original, written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dragoman.extract.dates import find_dates, parse_date_line
from dragoman.extract.plaintext import is_chrome_line
from dragoman.language import detect_language, normalize_for_match, rules_for, split_sentences
from dragoman.language.fa import solar_hijri_to_gregorian
from dragoman.language.normalize import to_ascii_digits
from dragoman.language.rules import right_to_left
from dragoman.language.scripts import ARABIC
from dragoman.model import Article, Quote
from dragoman.quotes import find_quotes
from dragoman.web.render import text_dir


def _quotes(text: str) -> list[Quote]:
    article = Article(id="t", source="test", text=text, language="fa",
                      sentences=split_sentences(text, "fa"))
    return find_quotes(article)[0]


def test_the_pack_is_discovered_and_describes_the_language() -> None:
    rules = rules_for("fa")
    assert rules is not None and rules.script == ARABIC
    assert not rules.has_case and rules.right_to_left
    assert rules.verb_final and not rules.subject_after_verb  # SOV
    assert rules.quote_marks[0] == ("«", "»")
    assert {"گفت", "اظهار کرد", "افزود", "تاکید کرد"} <= set(rules.speech_verbs)
    assert {"آقای", "خانم", "رئیس‌جمهور"} <= set(rules.titles)


def test_persian_news_is_detected_as_persian() -> None:
    text = ("شورای شهر روز گذشته تصمیم گرفت پل قدیمی را بازسازی کند و کار ساخت آن از "
            "بهار آینده آغاز می‌شود.")
    lang, score = detect_language(text)
    assert lang == "fa" and score > 0.5


def test_persian_letters_and_digits_fold_for_matching() -> None:
    # Persian yeh and kaf match the Arabic letters; the zero-width non-joiner is dropped.
    assert normalize_for_match("کریمی") == normalize_for_match("كريمي")
    assert normalize_for_match("رئیس‌جمهور") == normalize_for_match("رئیسجمهور")
    assert to_ascii_digits("۱۴۰۳ و ۲۰۲۴") == "1403 و 2024"


def test_gregorian_dates_in_persian_text() -> None:
    found = find_dates("این توافق در ۱۵ اکتبر ۲۰۲۴ در ژنو امضا شد.")
    assert [d.value for d in found] == [date(2024, 10, 15)]


def test_solar_hijri_dates_are_converted_by_the_pack() -> None:
    text = "این توافق روز دوشنبه ۲۴ مهر ۱۴۰۳ امضا شد و از ۱ فروردین‌ماه ۱۴۰۴ اجرا می‌شود."
    assert [d.value for d in find_dates(text)] == [date(2024, 10, 15), date(2025, 3, 21)]
    assert [text[d.start:d.end] for d in find_dates(text)] == ["۲۴ مهر ۱۴۰۳", "۱ فروردین\u200cماه ۱۴۰۴"]
    assert parse_date_line("تهران - ۱۰ دی ۱۴۰۲") is not None


@pytest.mark.parametrize(("solar", "gregorian"), [
    ((1403, 1, 1), date(2024, 3, 20)),  # Nowruz after a leap February
    ((1402, 1, 1), date(2023, 3, 21)),
    ((1399, 12, 30), date(2021, 3, 20)),  # the 30th of Esfand of a leap year
    ((1357, 11, 22), date(1979, 2, 11)),
])
def test_solar_hijri_conversion(solar: tuple[int, int, int], gregorian: date) -> None:
    assert solar_hijri_to_gregorian(*solar) == gregorian


def test_a_day_the_solar_hijri_calendar_lacks_is_no_date() -> None:
    with pytest.raises(ValueError):
        solar_hijri_to_gregorian(1402, 12, 30)  # 1402 is a common year
    assert find_dates("۳۰ اسفند ۱۴۰۲") == []
    assert find_dates("۲۴ مهر ۱۲۰۰") == []  # converts to 1821: outside the years read


def test_persian_site_chrome_lines() -> None:
    assert is_chrome_line("کلیه حقوق این سایت محفوظ است.")
    assert is_chrome_line("اخبار مرتبط")
    assert not is_chrome_line("وزیر نیرو گفت که سد تا پایان سال آینده تکمیل می‌شود.")


def test_the_page_runs_right_to_left() -> None:
    assert right_to_left("fa") and text_dir("fa") == "rtl"
    assert text_dir("tr") == "ltr"


def test_a_quotation_after_the_cue_and_a_colon() -> None:
    text = "سخنگوی وزارت نیرو گفت: «سد تا پایان سال آینده تکمیل خواهد شد.»"
    quotes = _quotes(text)
    assert len(quotes) == 1 and quotes[0].direct and quotes[0].cue == "گفت"
    assert quotes[0].speaker_text == "سخنگوی وزارت نیرو"
    assert quotes[0].text.startswith("سد تا پایان")


def test_time_words_after_the_subject_are_no_part_of_the_speaker() -> None:
    text = "وزیر نفت روز دوشنبه در نشست خبری اظهار کرد: «تولید نفت افزایش یافته است.»"
    quotes = _quotes(text)
    assert [(q.cue, q.speaker_text) for q in quotes] == [("اظهار کرد", "وزیر نفت")]


def test_dialogue_is_no_cue() -> None:
    # "گفت‌وگو" (dialogue) holds the letters of "گفت" (said) before a zero-width non-joiner.
    text = "وزیر خارجه با همتای روسی خود گفت‌وگو کرد و دو طرف درباره همکاری رایزنی کردند."
    assert _quotes(text) == []


def test_reported_speech_with_the_complementizer() -> None:
    text = "سخنگوی دولت گفت که بودجه سال آینده هفته بعد به مجلس می‌رود."
    quotes = [q for q in _quotes(text) if not q.direct]
    assert len(quotes) == 1 and quotes[0].speaker_text == "سخنگوی دولت"
    assert quotes[0].text.startswith("بودجه")


def test_a_pronoun_speaker_and_a_quotation_before_its_cue() -> None:
    quotes = _quotes("وی افزود: «این طرح تا پایان سال اجرا می‌شود.»")
    assert [(q.direct, q.cue, q.speaker_text) for q in quotes] == [(True, "افزود", "وی")]
    quotes = _quotes("«ما به مذاکره ادامه می‌دهیم»، سخنگوی وزارت خارجه گفت.")
    assert [(q.direct, q.speaker_text) for q in quotes] == [(True, "سخنگوی وزارت خارجه")]
