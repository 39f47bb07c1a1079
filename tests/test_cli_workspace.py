"""CLI traps and progress: read commands never create an archive, clean errors, `report
--limit`, `show`'s final newline, the progress line, and `dragoman watchlist …`."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dragoman.cli import main
from dragoman.cli.progress import Progress
from dragoman.store import SQLiteStore
from tests.serving import fixture_articles, hostile_article

READ_COMMANDS = [["report"], ["stats"], ["export"], ["search", "corridor", "--keyword"],
                 ["show", "t-fixture-en"], ["entities"], ["entity", "Tallinn"], ["quotes"],
                 ["stories"], ["story", "x"], ["similar", "x"], ["recluster"],
                 ["watchlist", "list"], ["watchlist", "show", "w1"],
                 ["watchlist", "remove", "w1"]]


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A small archive of hand-written analysed articles (no analysis models needed)."""
    path = tmp_path / "a.db"
    store = SQLiteStore(path)
    for article in [*fixture_articles(), hostile_article()]:
        store.put_article(article)
    store.close()
    return str(path)


@pytest.mark.parametrize("command", READ_COMMANDS, ids=" ".join)
def test_read_commands_name_a_missing_archive(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "typo.db"
    result = CliRunner().invoke(main, ["--db", str(missing), *command])
    assert result.exit_code == 1, result.output
    assert f"no archive at {missing}" in result.output
    assert not missing.exists()


def test_extract_of_a_missing_file_is_a_clean_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "missing.html")])
    assert result.exit_code == 1
    assert "cannot read" in result.output and "missing.html" in result.output
    assert "Traceback" not in result.output and result.exception is not None
    assert isinstance(result.exception, SystemExit)


def test_show_ends_with_a_newline(db: str) -> None:
    for extra in ([], ["--json"]):
        result = CliRunner().invoke(main, ["--db", db, "show", "t-fixture-ar", *extra])
        assert result.exit_code == 0 and result.output.endswith("\n")
        assert not result.output.endswith("\n\n")


def test_report_puts_the_summary_first_and_limits_the_articles(db: str) -> None:
    result = CliRunner().invoke(main, ["--db", db, "report", "--limit", "2"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.index("Most mentioned entities") < out.index("Articles (newest first, 2 of 4")
    listed = [line for line in out.splitlines() if line.startswith("     id ")]
    assert len(listed) == 2
    assert "t-fixture-fr" in listed[0] or "t-hostile-page" in listed[0]  # newest first
    none = CliRunner().invoke(main, ["--db", db, "report", "--limit", "0"]).output
    assert "Articles (" not in none and "Most mentioned entities" in none


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_draws_only_on_a_terminal_and_not_when_quiet() -> None:
    terminal = _Terminal()
    bar = Progress("ingest", total=4, stream=terminal)
    for _ in range(4):
        bar.advance()
    assert "\r" in terminal.getvalue() and "4/4" in terminal.getvalue()
    bar.close()
    assert terminal.getvalue().endswith("\r")  # the line is erased for the summary
    for stream, quiet in ((_Terminal(), True), (io.StringIO(), False)):
        silent = Progress("ingest", stream=stream, quiet=quiet)
        silent.advance(3, failed=1)
        silent.close()
        assert stream.getvalue() == ""


def test_ingest_quiet_keeps_errors_and_summary(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    db = tmp_path / "new.db"
    result = CliRunner().invoke(main, ["--db", str(db), "ingest", "--quiet", str(empty)])
    assert result.exit_code == 1 and db.exists()  # ingest may create the archive
    assert f"error: {empty}" in result.output and "0 added" in result.output
    assert "\r" not in result.output


def test_watchlist_commands(db: str) -> None:
    runner = CliRunner()
    added = runner.invoke(main, ["--db", db, "watchlist", "add", "Saar", "-s", "Annika Saar",
                                 "-l", "en,fr"])
    assert added.exit_code == 0, added.output
    wid = added.stdout.strip()
    assert "4 hits" in added.stderr
    listing = runner.invoke(main, ["--db", db, "watchlist", "list", "--json"])
    assert [(w["id"], w["speakers"], w["languages"]) for w in json.loads(listing.stdout)] == [
        (wid, ["Annika Saar"], ["en", "fr"])]
    shown = runner.invoke(main, ["--db", db, "watchlist", "show", wid])
    assert shown.exit_code == 0
    assert "We will keep the corridor open through the winter." in shown.stdout
    assert shown.stdout.count("t-fixture-en") == 1  # the article once, its statement under it
    refused = runner.invoke(main, ["--db", db, "watchlist", "add", "x", "--webhook",
                                   "file:///etc/passwd", "-k", "a"])
    assert refused.exit_code == 1 and "http:// or https://" in refused.output
    assert runner.invoke(main, ["--db", db, "watchlist", "remove", wid]).exit_code == 0
    gone = runner.invoke(main, ["--db", db, "watchlist", "show", wid])
    assert gone.exit_code == 1 and f"no watchlist '{wid}'" in gone.output
