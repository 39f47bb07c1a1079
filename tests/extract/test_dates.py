"""Dates stated in text, in several languages, scripts and formats."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from dragoman.extract.dates import find_dates, find_relative_date, parse_date_line


def _iso(text: str) -> list[str]:
    return [d.iso for d in find_dates(text)]


def test_formats() -> None:
    assert _iso("Sat 25 May 2024 | 11:53 PM") == ["2024-05-25T23:53:00"]
    assert _iso("Published May 25, 2024") == ["2024-05-25"]
    assert _iso("2024-05-25T08:05:00+03:00") == ["2024-05-25T08:05:00+03:00"]
    assert _iso("le 3 mars 2022 à 14:05") == ["2022-03-03T14:05:00"]
    assert _iso("الثلاثاء 8 مارس 2022") == ["2022-03-08"]
    assert _iso("الثلاثاء ٨ آذار ٢٠٢٢ - 10:30 م") == ["2022-03-08T22:30:00"]
    assert _iso("4 تشرين الأول 2023") == ["2023-10-04"]
    assert _iso("25/05/2024 12:00 GMT") == ["2024-05-25T12:00:00+00:00"]


def test_rejects_impossible_dates_and_plain_numbers() -> None:
    assert _iso("31 February 2024") == []
    assert _iso("He scored 25 goals in 2024 matches") == []
    assert _iso("Room 12 May") == []


def test_timezone_offsets() -> None:
    (d,) = find_dates("9 July 2024 10:15 GMT+3")
    assert isinstance(d.value, datetime)
    assert d.value.tzinfo == timezone(timedelta(hours=3))


def test_datelines_versus_sentences() -> None:
    assert parse_date_line("Sat 25 May 2024 | 11:53 PM") is not None
    assert parse_date_line("Published on 25 May 2024") is not None
    assert parse_date_line("The summit that began on 25 May 2024 ended without any agreement at all") is None


def test_relative_dates_need_a_reference() -> None:
    text = "قال اليوم الثلاثاء إن الحلف"
    assert find_relative_date(text, None) is None
    got = find_relative_date(text, datetime(2022, 3, 8, 9, 0))
    assert got is not None and got.value == date(2022, 3, 8) and got.relative
    got = find_relative_date("Officials said yesterday that", date(2024, 1, 1))
    assert got is not None and got.value == date(2023, 12, 31)


def test_more_languages_and_scripts() -> None:
    assert _iso("17 мая 2024, 10:42") == ["2024-05-17T10:42:00"]
    assert _iso("Опубликовано: 3 сентября 2023 в 14:05") == ["2023-09-03T14:05:00"]
    assert _iso("मंगलवार, 2 अप्रैल 2024") == ["2024-04-02"]
    assert _iso("发布时间：2024年3月8日 09:30") == ["2024-03-08T09:30:00"]
    assert _iso("2024년 3월 8일") == ["2024-03-08"]
    assert _iso("۱۴ مارس ۲۰۲۴") == ["2024-03-14"]  # Persian digits
    assert find_relative_date("आज", None) is None  # never the machine clock
