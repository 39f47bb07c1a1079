"""The README's Usage examples, run as written.

Every ``dragoman …`` line of the ```sh block under "## Usage" runs (in process) against an
archive built from the bundled samples (and ../shared/seeds when present), from a folder
where the block's relative paths resolve as from the repository root; it must exit 0, and
a search must print something. ``export VAR=value`` lines set the environment; other lines
(``make demo``, ``. .venv/bin/activate``) are left to the shell. ``serve`` is checked up to
the point where the server would start listening.
"""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from click.testing import CliRunner

from dragoman.archive import Archive
from dragoman.cli import main
from tests.conftest import ROOT, SAMPLES, SHARED

README = Path(os.environ.get("DRAGOMAN_README", ROOT / "README.md"))


def usage_lines() -> list[str]:
    """The lines of the first ```sh block after the "## Usage" heading."""
    text = README.read_text(encoding="utf-8")
    heading = re.search(r"^## Usage[ \t]*$", text, re.M)
    assert heading, f"{README} has no '## Usage' section"
    section = text[heading.end():]
    block = section.split("```sh\n", 1)[1].split("\n```", 1)[0]
    return [line for line in block.splitlines() if line.strip()]


def _environment(lines: list[str]) -> dict[str, str]:
    env: dict[str, str] = {}
    for line in lines:
        words = shlex.split(line, comments=True)
        if words[:1] == ["export"]:
            for word in words[1:]:
                name, sep, value = word.partition("=")
                if sep:
                    env[name] = value
    return env


LINES = usage_lines()
COMMANDS = [line for line in LINES if shlex.split(line, comments=True)[:1] == ["dragoman"]]
ENV = _environment(LINES)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder standing for the repository root (src/ and ../shared linked), holding the
    archive the block's commands use."""
    base = tmp_path_factory.mktemp("usage")
    work = base / "repo"
    work.mkdir()
    (work / "src").symlink_to(ROOT / "src")
    inputs = [str(SAMPLES)]
    if SHARED.exists():
        (base / "shared").symlink_to(SHARED)
        inputs.append(str(SHARED / "seeds"))
    db = work / ENV.get("DRAGOMAN_DB", "dragoman.db")
    with Archive(str(db)) as archive:
        report = archive.ingest(inputs)
    assert report.added and report.ok, report.failures
    return work


def test_the_block_has_examples() -> None:
    assert len(COMMANDS) >= 10
    assert any(c.split()[1:2] == ["search"] for c in COMMANDS)


@pytest.mark.parametrize("line", COMMANDS, ids=lambda c: " ".join(c.split("#")[0].split()[1:4]))
def test_usage_line_runs(line: str, workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    words = shlex.split(line, comments=True)[1:]
    target = None
    if ">" in words:
        at = words.index(">")
        words, target = words[:at], words[at + 1]
    if words[0] == "ingest" and not SHARED.exists():  # ../shared is on development machines only
        words = [w for w in words if not w.startswith("../shared")]
    started: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: started.append(kw))
    monkeypatch.chdir(workdir)
    monkeypatch.delenv("DRAGOMAN_DB", raising=False)
    monkeypatch.delenv("DRAGOMAN_WRITE_TOKEN", raising=False)
    result = CliRunner().invoke(main, words, env=ENV, catch_exceptions=False)
    assert result.exit_code == 0, f"{line}\n{result.output}"
    if target:
        (workdir / target).write_text(result.stdout, encoding="utf-8")
        assert (workdir / target).stat().st_size > 0
    if words[0] == "search":
        assert result.stdout.strip(), f"{line}: no results"
    if words[0] == "serve":
        assert started and started[0]["host"] == "127.0.0.1"
