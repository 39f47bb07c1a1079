"""The command line: every command has help; ingest's exit codes, stdin and outputs."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from dragoman.cli import main
from tests.conftest import SAMPLES

GOOD = (
    "Harbour Reopens After Storm\n\n"
    "The harbour of Port Elrond reopened on Thursday after a storm closed it for three days, "
    "the port authority said in a statement.\n\n"
    "Fishing boats returned to sea within hours, and ferry services resumed in the afternoon.\n"
)


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for name, cmd in group.commands.items():
        found.append((*prefix, name))
        if isinstance(cmd, click.Group):
            found.extend(_commands(cmd, (*prefix, name)))
    return found


@pytest.mark.parametrize("path", _commands(main), ids=" ".join)
def test_every_command_has_help(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output
    cmd: click.Command = main
    for part in path:
        assert isinstance(cmd, click.Group)
        cmd = cmd.commands[part]
    assert cmd.help and len(cmd.help.strip()) > 10, f"{' '.join(path)} has no real help text"


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "cli.db")


def _run(db: str, *args: str, stdin: str | bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["--db", db, *args], input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_ingest_reports_failures_and_goes_on(db: str, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(GOOD)
    (tmp_path / "in" / "empty.txt").write_text("")
    (tmp_path / "in" / "bin.dat").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "in" / "nobody.html").write_text("<html><head><title>x</title></head></html>")
    (tmp_path / "in" / "menu.txt").write_text("Home\nNews\nSport\n")
    code, _, err = _run(db, "ingest", str(tmp_path / "in"))
    assert code == 1
    lines = [ln for ln in err.splitlines() if ln.startswith("error:")]
    assert len(lines) == 4, err
    assert any("empty.txt: empty file" in ln for ln in lines)
    assert any("bin.dat: binary file" in ln for ln in lines)
    assert any("nobody.html: HTML has no body" in ln for ln in lines)
    assert any("menu.txt: no article body found" in ln for ln in lines)
    assert "1 added, 0 already in the archive, 4 failed" in err
    code, _, err = _run(db, "ingest", str(tmp_path / "in" / "good.txt"))
    assert code == 0 and "0 added, 1 already in the archive, 0 failed" in err


def test_ingest_stdin_and_jsonl(db: str) -> None:
    code, _, err = _run(db, "ingest", "-", stdin=GOOD)
    assert code == 0 and "1 added" in err
    row = json.dumps({"url": "https://example.org/storm", "text": GOOD})
    code, _, err = _run(db, "ingest", "-", stdin=row + "\n")
    assert code == 0 and "1 added" in err  # keyed by URL now, so a new article


def test_export_jsonl_schema(db: str) -> None:
    _run(db, "ingest", str(SAMPLES))
    code, out, _ = _run(db, "export")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == len(list(SAMPLES.iterdir()))
    required = {"id", "url", "site", "title", "authors", "published", "language", "text",
                "entities", "quotes", "story"}
    for row in rows:
        assert required <= set(row)
        assert isinstance(row["authors"], list) and isinstance(row["entities"], list)
        assert row["language"] and row["text"]


def test_export_csv(db: str) -> None:
    _run(db, "ingest", str(SAMPLES))
    code, out, _ = _run(db, "export", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == len(list(SAMPLES.iterdir()))
    assert all(r["id"] and r["language"] for r in rows)


def test_search_show_report_stats(db: str) -> None:
    _run(db, "ingest", str(SAMPLES))
    code, out, _ = _run(db, "search", "بيسكوف", "--json")
    assert code == 0
    hits = json.loads(out)
    assert hits and all(h["language"] == "ar" for h in hits)
    code, out, _ = _run(db, "search", "Peskov", "--lang", "fr")
    assert code == 0 and "Union européenne" in out
    aid = hits[0]["article_id"]
    code, out, _ = _run(db, "show", aid[:8])
    assert code == 0 and aid in out
    code, out, _ = _run(db, "show", aid, "--json")
    assert json.loads(out)["id"] == aid
    code, _, err = _run(db, "show", "nope")
    assert code == 1 and "no article with id 'nope'" in err
    code, out, _ = _run(db, "report")
    assert code == 0 and "Languages:" in out and "Washington Summit" in out
    code, out, _ = _run(db, "stats")
    assert json.loads(out)["articles"] == len(list(SAMPLES.iterdir()))


def test_extract_prints_json_without_archive(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text(GOOD)
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "none.db"), "extract", str(page)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["title"] == "Harbour Reopens After Storm" and data["language"] == "en"
    assert not (tmp_path / "none.db").exists()
    empty = tmp_path / "e.txt"
    empty.write_text("")
    result = CliRunner().invoke(main, ["extract", str(empty)])
    assert result.exit_code == 1 and "empty file" in result.stderr


def test_eval_says_how_to_run_it_from_a_checkout(tmp_path: Path) -> None:
    """The evaluations are not in the installed package: ``dragoman eval extraction`` is an
    error that names the command to run instead, and writes no archive."""
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "none.db"), "eval", "extraction",
                                       str(tmp_path), "--json"])
    assert result.exit_code == 1
    assert "python -m eval.extraction_scoring FOLDER" in result.stderr
    assert "Traceback" not in result.output and not (tmp_path / "none.db").exists()


def test_analyze_plain_output_lists_entities_and_quotes(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text('NATO Secretary General Jens Stoltenberg said: "We will defend every inch."\n')
    result = CliRunner().invoke(main, ["analyze", str(note), "--lang", "en"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "language: en"
    assert any(ln.startswith("PER ") and "jens-stoltenberg" in ln for ln in lines)
    quote = [ln for ln in lines if ln.startswith("QUOTE ")]
    assert len(quote) == 1 and "direct" in quote[0] and "We will defend every inch." in quote[0]
    assert "[jens-stoltenberg]" in quote[0]
