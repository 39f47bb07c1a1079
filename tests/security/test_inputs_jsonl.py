"""JSONL records checked field by field; bad CLI options refused; the batch always goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dragoman.cli import main
from dragoman.model import Failure, RawPage
from dragoman.sources import read_paths

BODY = ("The town council of Marrow approved the new library on Tuesday. Construction starts "
        "in spring and the building should open within two years, the mayor said.")  # fmt: skip
GOOD = {"url": "https://news.example/library", "text": BODY, "fetched_at": "2024-03-05T09:00:00Z"}


def _failure_for(tmp_path: Path, row: object) -> str:
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps(GOOD) + "\n" + json.dumps(row) + "\n" + json.dumps(GOOD) + "\n")
    records = list(read_paths([str(path)]))
    assert [type(r).__name__ for r in records] == ["RawPage", "Failure", "RawPage"]
    failure = records[1]
    assert isinstance(failure, Failure) and failure.source == f"{path}:2"
    return failure.reason


@pytest.mark.parametrize("row,message", [
    ({**GOOD, "url": 42}, 'field "url" must be a string'),
    ({**GOOD, "url": ["https://a.example/"]}, 'field "url" must be a string'),
    ({"url": GOOD["url"], "html": {"p": BODY}}, 'field "html" must be a string'),
    ({"url": GOOD["url"], "text": 3.5}, 'field "text" must be a string'),
    ({**GOOD, "fetched_at": 1717243200}, 'field "fetched_at" must be an ISO 8601 string'),
    ({**GOOD, "fetched_at": "last Tuesday"}, 'field "fetched_at" \'last Tuesday\' is not an ISO 8601 date'),
    ({**GOOD, "url": "javascript:alert(1)"}, 'field "url" must be an http(s) URL'),
    ({**GOOD, "url": "data:text/html,<script>x</script>"}, 'field "url" must be an http(s) URL'),
    ({**GOOD, "url": "file:///etc/passwd"}, 'field "url" must be an http(s) URL'),
    ({**GOOD, "url": "https://"}, 'field "url" must be an http(s) URL'),
    ({**GOOD, "url": "https://news.example/a\nb"}, 'field "url" contains spaces or control characters'),
    ({"url": GOOD["url"]}, "neither 'html' nor 'text'"),
    ([GOOD], "JSONL line is not an object"),
])  # fmt: skip
def test_each_field_is_checked_with_a_message_naming_it(tmp_path: Path, row: object, message: str) -> None:
    assert message in _failure_for(tmp_path, row)


def test_parser_limits_are_a_failure_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 200_000 + "]" * 200_000 + "\n" + '{"text": ' + "9" * 6000 + "}\n"
                    + json.dumps(GOOD) + "\n")  # fmt: skip
    records = list(read_paths([str(path)]))
    assert [type(r).__name__ for r in records] == ["Failure", "Failure", "RawPage"]
    assert all(r.reason.startswith("invalid JSON") for r in records if isinstance(r, Failure))


def test_good_record_keeps_its_fields(tmp_path: Path) -> None:
    path = tmp_path / "one.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(GOOD, ensure_ascii=False).encode() + b"\n")
    (page,) = read_paths([str(path)])
    assert isinstance(page, RawPage) and page.url == GOOD["url"] and page.kind == "text"
    assert page.fetched_at is not None and page.fetched_at.isoformat() == "2024-03-05T09:00:00+00:00"


@pytest.mark.parametrize("value", ["-5", "0", "ten"])
def test_max_bytes_must_be_a_positive_number(tmp_path: Path, value: str) -> None:
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "x.db"), "ingest", "--max-bytes", value,
                                       str(tmp_path)])  # fmt: skip
    assert result.exit_code == 2
    assert "Invalid value for '--max-bytes'" in result.output
    assert not (tmp_path / "x.db").exists()


def test_read_paths_refuses_a_non_positive_limit() -> None:
    with pytest.raises(ValueError, match="max_bytes must be a positive number of bytes, not 0"):
        list(read_paths(["-"], max_bytes=0))


def test_cli_names_each_bad_input_once_and_ingests_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DRAGOMAN_STORIES", "0")
    inputs = tmp_path / "in"
    inputs.mkdir()
    rows = [{**GOOD, "url": "javascript:void(0)"}, {**GOOD, "url": "https://news.example/2"}]
    (inputs / "a.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    (inputs / "b.warc").write_bytes(b"this is not a web archive\n" * 20)
    (inputs / "c.txt.gz").write_bytes(b"\x1f\x8b\x08\x00broken")
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "x.db"), "ingest", str(inputs)])
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error: ")]
    assert len(errors) == 3
    assert errors[0].startswith(f'error: {inputs / "a.jsonl"}:1: field "url" must be an http(s) URL')
    assert errors[1].startswith(f"error: {inputs / 'b.warc'}: not a WARC file")
    assert errors[2].startswith(f"error: {inputs / 'c.txt.gz'}: ") and "gzip data" in errors[2]
    assert "1 added" in result.output


def test_nul_characters_in_a_record_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "nul.jsonl"
    path.write_text(json.dumps({**GOOD, "text": BODY[:40] + "\u0000" + BODY[40:]}) + "\n")
    (page,) = read_paths([str(path)])
    assert isinstance(page, RawPage) and page.content == BODY


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le"])  # with and without a BOM
def test_utf16_jsonl_is_read(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "wide.jsonl"
    path.write_bytes((json.dumps(GOOD, ensure_ascii=False) + "\n" + json.dumps(GOOD) + "\n").encode(codec))
    records = list(read_paths([str(path)]))
    assert [type(r).__name__ for r in records] == ["RawPage", "RawPage"]
    assert all(isinstance(r, RawPage) and r.content == BODY for r in records)
