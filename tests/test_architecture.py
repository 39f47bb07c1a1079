"""The dependency rules of the README's architecture, checked on the import statements."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "dragoman"
ANALYSIS = ("extract", "language", "entities", "quotes", "pipeline", "dedup")
SERVING = ("dragoman.cli", "dragoman.api", "dragoman.web")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return {n for n in names if n == "dragoman" or n.startswith("dragoman.")}


def _modules(*folders: str) -> list[Path]:
    return sorted(p for f in folders for p in (PACKAGE / f).rglob("*.py"))


def test_records_import_nothing_of_the_package() -> None:
    assert _imports(PACKAGE / "model.py") == set()


@pytest.mark.parametrize("path", _modules(*ANALYSIS), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_analysis_never_imports_storage_or_serving(path: Path) -> None:
    bad = {n for n in _imports(path) if n.startswith(("dragoman.store", *SERVING))}
    assert not bad, f"{path.name} imports {bad}"


@pytest.mark.parametrize(
    "path", _modules("store", "stories", "search", "executors"), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_storage_and_library_never_import_serving(path: Path) -> None:
    bad = {n for n in _imports(path) if n.startswith(SERVING)}
    assert not bad, f"{path.name} imports {bad}"


@pytest.mark.parametrize("path", _modules("sources"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_sources_only_read(path: Path) -> None:
    bad = {n for n in _imports(path) if n.startswith(("dragoman.store", "dragoman.archive", *SERVING))}
    assert not bad, f"{path.name} imports {bad}"
