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
    assert got.iso[:10] == "2021-03-20"
    assert got.rule == "visible_update"


def test_an_update_before_publication_corrects_the_publication() -> None:
    got = resolve(Candidate("2022-01-28T08:20:11+00:00", "meta"),
                  Candidate("2022-01-27T16:58:24+00:00", "meta"), None, None, None)
    assert got.iso[:10] == "2022-01-27"


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
