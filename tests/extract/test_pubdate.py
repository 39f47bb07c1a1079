"""Publication dates reconciled from every source; implausible values never come out."""

from __future__ import annotations

from datetime import datetime

from dragoman.extract.pubdate import CONFIDENCE, Candidate, plausible, resolve


def test_a_placeholder_loses_to_the_url() -> None:
    got = resolve(Candidate("0001-01-01T00:00:00", "meta"), None, None,
                  Candidate("2019-11-19", "url"), None)
    assert got.iso == "2019-11-19"
    assert got.source == "url"


def test_epoch_zero_and_future_dates_are_dropped() -> None:
    fetched = datetime(2024, 5, 1, 12, 0)
    assert not plausible("1970-01-01T00:00:00", fetched)
    assert not plausible("1989-12-31", fetched)
    assert not plausible("2024-06-01", fetched)
    assert plausible("2024-05-01T23:00:00+00:00", fetched)
    got = resolve(Candidate("2031-01-01", "jsonld"), None, None, None, None, reference=fetched)
    assert got.iso is None
    assert got.confidence == 0.0


def test_the_url_day_keeps_the_stated_time() -> None:
    got = resolve(Candidate("2023-11-08T18:09:55-07:00", "jsonld"), None, None,
                  Candidate("2023-11-08", "url"), Candidate("2023-11-08", "htmldate"))
    assert got.iso == "2023-11-08T18:09:55-07:00"
    assert got.source == "jsonld"


def test_a_utc_timestamp_gives_way_to_the_printed_local_day() -> None:
    got = resolve(Candidate("2023-11-09T03:28:35+00:00", "jsonld"), None,
                  Candidate("2023-11-08T22:28:00", "text"), None, Candidate("2023-11-09", "htmldate"))
    assert got.iso == "2023-11-08T22:28:00"
    assert got.rule == "local_day"


def test_agreement_raises_confidence() -> None:
    three = resolve(Candidate("2022-03-08", "jsonld"), None, Candidate("2022-03-08", "text"), None,
                    Candidate("2022-03-08", "htmldate"))
    one = resolve(Candidate("2022-03-08", "jsonld"), None, None, None, None)
    assert three.confidence > one.confidence
    assert three.confidence >= 0.9


def test_a_page_showing_only_its_update_day_is_dated_by_it() -> None:
    got = resolve(Candidate("2021-03-16T16:16:10+00:00", "jsonld"), Candidate("2021-03-20", "jsonld"),
                  None, None, None, visible=("2021-03-20",))
    assert (got.iso or "")[:10] == "2021-03-20"
    assert got.rule == "visible_update"


def test_an_update_before_publication_corrects_the_publication() -> None:
    got = resolve(Candidate("2022-01-28T08:20:11+00:00", "meta"),
                  Candidate("2022-01-27T16:58:24+00:00", "meta"), None, None, None)
    assert (got.iso or "")[:10] == "2022-01-27"


def test_a_bare_new_year_guess_gives_way_to_the_first_date_shown() -> None:
    got = resolve(None, None, None, None, Candidate("2004-01-01", "htmldate"), visible=("2019-06-13",))
    assert got.iso == "2019-06-13"
    alone = resolve(None, None, None, None, Candidate("2004-01-01", "htmldate"))
    assert alone.confidence == CONFIDENCE["htmldate_new_year"] < 0.85


def test_a_relative_dateline_needs_no_other_source() -> None:
    got = resolve(None, None, Candidate("2024-10-15", "text", relative=True), None, None,
                  reference=datetime(2024, 10, 15, 9))
    assert got.iso == "2024-10-15"
    assert got.confidence < 0.85


def test_a_placeholder_dateline_in_plain_text_is_not_a_date() -> None:
    from dragoman.extract.plaintext import extract_plaintext

    page = "\n".join([
        "Bridge to reopen after repairs - Valley Post",
        "1 January 1970",
        "The old bridge over the river will reopen to cars on Friday after eight months of repairs, "
        "the county said in a statement on Tuesday.",
        "Drivers had used a detour through the industrial estate since March, adding twenty minutes "
        "to the journey into town at peak hours.",
    ])
    result = extract_plaintext(page)
    assert result.published is None
    assert result.title == "Bridge to reopen after repairs"


def test_a_utc_time_is_read_in_the_zone_the_page_states() -> None:
    # Published 21:30 UTC = 14:30 in the site's zone (-07:00, stated by its own update line).
    got = resolve(Candidate("2020-08-14T21:30:04+00:00", "jsonld"), None,
                  Candidate("2020-08-15T09:35:53-07:00", "text"), None,
                  Candidate("2020-08-14", "htmldate"))
    assert got.iso == "2020-08-14T14:30:04-07:00"  # the same instant, in the site's zone
    assert got.source == "jsonld"


def test_without_a_stated_zone_a_utc_time_keeps_its_day() -> None:
    got = resolve(Candidate("2020-08-14T21:30:04+00:00", "jsonld"), None, None, None,
                  Candidate("2020-08-14", "htmldate"))
    assert got.iso == "2020-08-14T21:30:04+00:00"


def test_a_url_one_day_before_agreeing_zoned_sources_names_the_draft() -> None:
    stated = Candidate("2020-02-19T18:37:32+01:00", "jsonld")
    got = resolve(stated, None, Candidate("2020-02-19T18:37:32+01:00", "text"),
                  Candidate("2020-02-18", "url"), Candidate("2020-02-18", "htmldate"))
    assert got.iso == stated.iso
    assert got.rule == "stated_over_url"
    # a URL years away is a republished page's first date: the URL still decides
    older = resolve(stated, None, Candidate("2020-02-19", "text"), Candidate("2017-07-12", "url"),
                    None)
    assert older.iso == "2017-07-12"
    assert older.rule == "url"


def test_a_one_digit_number_opening_a_slug_is_not_the_url_day() -> None:
    from dragoman.extract.html import url_date

    assert url_date("https://blog.example/2023/10/3-fragen-an-die-leiterin/") is None
    assert url_date("https://blog.example/2023/10/3/fragen/") == "2023-10-03"
    assert url_date("https://blog.example/2023/10/31-fragen/") == "2023-10-31"


def test_a_stated_date_the_page_never_prints_gives_way_to_the_one_under_its_headline() -> None:
    stated, echo = Candidate("2021-12-20T11:02:44+01:00", "meta"), Candidate("2021-12-20", "htmldate")
    got = resolve(stated, None, None, None, echo, visible=("2022-01-27", "2022-03-13"),
                  headline="2022-01-27")
    assert got.iso == "2022-01-27"
    assert got.rule == "headline_date"
    assert got.confidence < 0.9
    # printed anywhere on the page, the stated day stands
    kept = resolve(stated, None, None, None, echo, visible=("2022-01-27", "2021-12-20"),
                   headline="2022-01-27")
    assert kept.rule == "stated_htmldate"


def test_the_date_after_the_headline_is_read_from_the_visible_text() -> None:
    from lxml.html import fromstring

    from dragoman.extract.printed import headline_date, visible_days

    tree = fromstring("<html><body><p>Archiv 3. März 2019</p><h1>Neue Radwege</h1>"
                      "<script>var d='2020-01-01';</script><p class=by>Von A. Berg, 27. Januar 2022"
                      "</p><p>Text.</p></body></html>")
    assert headline_date(tree) == "2022-01-27"
    assert visible_days(tree) == ("2019-03-03", "2022-01-27")
    assert headline_date(fromstring("<html><body><p>1. Mai 2020</p></body></html>")) is None


def test_german_datelines_with_abbreviated_months_are_read() -> None:
    from dragoman.extract.dates import find_dates

    found = [d.iso for d in find_dates("Veröffentlicht am 12. Okt. 2023, 14:05 Uhr · 3. Mrz 2021")]
    assert found == ["2023-10-12T14:05:00", "2021-03-03"]


def test_a_url_day_after_the_stated_publication_dates_a_print_issue() -> None:
    stated = Candidate("2024-03-01T06:00:00-05:00", "jsonld")
    got = resolve(stated, None, Candidate("2024-03-01T06:00:00-05:00", "text"),
                  Candidate("2024-03-11", "url"), None)
    assert got.iso == stated.iso
    # one day later is the same moment in a zone east of the stated one: the URL still decides
    near = resolve(Candidate("2023-11-01T23:01:00+00:00", "jsonld"), None, None,
                   Candidate("2023-11-02", "url"), None)
    assert near.iso == "2023-11-02"
