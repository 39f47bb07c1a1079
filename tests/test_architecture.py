"""The dependency rules of the README's architecture, checked on the import statements."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "dragoman"
ANALYSIS = ("extract", "language", "entities", "quotes", "pipeline", "dedup")
SERVING = ("dragoman.cli", "dragoman.api", "dragoman.web", "dragoman.server")
# The two faces of the server: sibling routers, each blind to the other.
FACES = {"api": "dragoman.web", "web": "dragoman.api"}
# Heavy parts a plain ``import dragoman`` must not load (README "Architecture": import cost).
HEAVY = ("dragoman.store", "dragoman.archive", "numpy", "lxml")


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
    "path", _modules("store", "stories", "search", "executors", "views"),
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_storage_and_library_never_import_serving(path: Path) -> None:
    bad = {n for n in _imports(path) if n.startswith(SERVING)}
    assert not bad, f"{path.name} imports {bad}"


@pytest.mark.parametrize("path", _modules("sources"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_sources_only_read(path: Path) -> None:
    bad = {n for n in _imports(path) if n.startswith(("dragoman.store", "dragoman.archive", *SERVING))}
    # The package root is the library facade (archive included); sources take the version from
    # dragoman.version instead.
    bad |= {n for n in _imports(path) if n == "dragoman"}
    assert not bad, f"{path.name} imports {bad}"


def _loaded_after(code: str, names: tuple[str, ...]) -> list[str]:
    """Which of the modules ``names`` are in sys.modules after running ``code`` in a fresh interpreter
    (a submodule cannot load without its package, so naming the packages is enough)."""
    probe = f"{code}\nimport sys\nprint([n for n in {names!r} if n in sys.modules])"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    return list(ast.literal_eval(done.stdout.strip().splitlines()[-1]))


def test_package_import_is_lean() -> None:
    assert _loaded_after("import dragoman", HEAVY) == []


def test_package_facade_still_loads_on_use() -> None:
    code = ("import dragoman\nfrom dragoman import Archive\n"
            "assert Archive is dragoman.Archive and Archive.__module__ == 'dragoman.archive'\n"
            "assert set(dragoman.__all__) <= set(dir(dragoman))")
    assert _loaded_after(code, ("dragoman.archive",)) == ["dragoman.archive"]


def test_sources_load_nothing_of_storage() -> None:
    modules = [p.stem for p in (PACKAGE / "sources").glob("*.py") if p.stem != "__init__"]
    code = "\n".join(f"import dragoman.sources.{m}" for m in modules)
    assert _loaded_after(code, ("dragoman.store", "dragoman.archive")) == []


@pytest.mark.parametrize("path", _modules(*FACES), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_api_and_web_never_import_each_other(path: Path) -> None:
    face = path.relative_to(PACKAGE).parts[0]
    bad = {n for n in _imports(path) if n == FACES[face] or n.startswith(FACES[face] + ".")}
    assert not bad, f"{path.name} imports {bad}"


@pytest.mark.parametrize("path", _modules("server", "cli"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_the_app_module_knows_both_faces(path: Path) -> None:
    """The shared server modules (services, requests, guards) import neither face, so either
    face may import them; the CLI starts the server through ``dragoman.server`` only."""
    if path == PACKAGE / "server" / "app.py":
        return
    bad = {n for n in _imports(path) if n.startswith(("dragoman.api", "dragoman.web"))}
    assert not bad, f"{path.name} imports {bad}"


def test_the_rules_see_a_forbidden_import(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text("def f() -> None:\n    from dragoman.web.views import render\n", encoding="utf-8")
    assert _imports(probe) == {"dragoman.web.views"}
