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


# What `import dragoman` may load beyond a bare interpreter: the records, errors and version
# modules and the few standard-library modules they need (measured: 4 package modules).
# Its time (the bound: 0.15 s) is a benchmark, not a unit test: `python -m bench.imports`.
MAX_PACKAGE_MODULES = 6
MAX_NEW_MODULES = 80  # measured: 50 on Python 3.11; numpy alone adds over 100


def test_package_import_loads_few_modules() -> None:
    probe = ("import sys\nbefore = set(sys.modules)\nimport dragoman\n"
             "new = set(sys.modules) - before\n"
             "print(len([n for n in new if n.startswith('dragoman')]), len(new))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60, check=True)
    package, everything = map(int, done.stdout.split())
    assert package <= MAX_PACKAGE_MODULES
    assert everything <= MAX_NEW_MODULES


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


# The one module that reads the environment: the command line's entry, which builds the run's
# Settings (dragoman/settings.py takes the environment as an argument) and passes them down.
ENVIRONMENT_READERS = (PACKAGE / "cli" / "app.py",)
_ENV_NAMES = ("environ", "environb", "getenv", "getenvb", "putenv", "unsetenv")


def _environment_reads(path: Path) -> list[str]:
    """Where ``path`` reads the environment: ``os.environ`` / ``os.getenv`` …, those names
    imported from os, or click's ``envvar=`` / ``auto_envvar_prefix=``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Attribute) and node.attr in _ENV_NAMES
                and isinstance(node.value, ast.Name) and node.value.id == "os"):
            found.append(f"{path.name}:{node.lineno} os.{node.attr}")
        elif (isinstance(node, ast.ImportFrom) and node.module == "os"
              and any(a.name in _ENV_NAMES for a in node.names)):
            found.append(f"{path.name}:{node.lineno} from os import")
        elif isinstance(node, ast.keyword) and node.arg in ("envvar", "auto_envvar_prefix"):
            found.append(f"{path.name}:{node.lineno} {node.arg}=")
    return found


def test_no_environment_read_below_the_boundary() -> None:
    """Settings are built once at the boundary and passed down (README "Settings")."""
    reads = [r for p in sorted(PACKAGE.rglob("*.py")) if p not in ENVIRONMENT_READERS
             for r in _environment_reads(p)]
    assert reads == [], f"environment read below the boundary: {reads}"
    assert all(_environment_reads(p) for p in ENVIRONMENT_READERS)  # the list is not stale


def test_the_environment_rule_sees_every_form(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text("import os\nfrom os import getenv\nimport click\n"
                     "a = os.environ.get('A')\nb = os.getenv('B')\n"
                     "c = click.option('--c', envvar='C')\n")
    assert len(_environment_reads(probe)) == 4


def test_the_rules_see_a_forbidden_import(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text("def f() -> None:\n    from dragoman.web.views import render\n", encoding="utf-8")
    assert _imports(probe) == {"dragoman.web.views"}


# -- thin faces: the CLI, the API, the web pages, the views and the server ask the Archive ----
FACE_FOLDERS = ("cli", "api", "web", "views", "server")
# Modules of the faces that may import ``dragoman.store``, with the reason. Empty: opening
# an archive is ``Archive(location)``, the sort names live in ``dragoman/queries.py`` and the
# correction record is re-exported by ``dragoman/archive_views.py``.
STORE_IMPORT_ALLOWED: dict[str, str] = {}


def _store_reaches(path: Path) -> list[str]:
    """Each ``….store`` attribute (``archive.store.x``, ``svc.store()``) and each use of the
    name ``open_store`` in a module, as 'line: code'."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and node.attr in ("store", "open_store")) or (
                isinstance(node, ast.Name) and node.id == "open_store"):
            found.append(f"{node.lineno}: {ast.unparse(node)}")
    return sorted(found)


@pytest.mark.parametrize("path", _modules(*FACE_FOLDERS), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_faces_never_import_the_store(path: Path) -> None:
    if str(path.relative_to(PACKAGE)) in STORE_IMPORT_ALLOWED:
        return
    bad = {n for n in _imports(path) if n == "dragoman.store" or n.startswith("dragoman.store.")}
    assert not bad, f"{path.name} imports {bad}: ask the Archive (archive_views.py) instead"


@pytest.mark.parametrize("path", _modules(*FACE_FOLDERS), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_faces_never_reach_for_the_store(path: Path) -> None:
    found = _store_reaches(path)
    assert not found, f"{path.name} reaches for the store: {found}"


def test_the_store_rule_sees_a_store_attribute(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text("def f(archive, svc):\n    archive.store.list_articles()\n"
                     "    return svc.store()\n", encoding="utf-8")
    assert _store_reaches(probe) == ["2: archive.store", "3: svc.store"]


def test_sort_names_are_the_stores_sort_orders() -> None:
    """The views check sort names against ``dragoman/queries.py``; the store orders by the
    same names (``store/browse.py``), so a name one knows the other knows."""
    import dragoman.queries as queries
    from dragoman.store import browse

    for name in ("ARTICLE_SORTS", "ENTITY_SORTS", "QUOTE_SORTS", "STORY_SORTS"):
        assert tuple(getattr(browse, name)) == getattr(queries, name), name


# -- language capabilities ask the language pack ------------------------------------------------
# Language codes a comparison must not test for outside dragoman/language/: every pack's
# code, the codes the packs' fallback table knows, and other common ones.
_LANGUAGE_CODES = frozenset({"en", "ar", "fr", "ru", "hi", "es", "de", "pt", "it", "fa", "tr",
                             "zh", "ja", "ko", "nl", "he", "ur", "uk", "bg", "pl", "el", "ps"})
# Comparisons allowed anyway, each explained: none today (the embedder's language set in
# stories/lexical.py is a data list, not a comparison, so it needs no entry).
_LANGUAGE_CHECKS_ALLOWED: frozenset[tuple[str, int]] = frozenset()


def _language_checks(path: Path) -> list[int]:
    """Lines of ``path`` comparing with a language code: ``x == "ar"``, ``x in ("en", "ar")``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Compare) or not all(
                isinstance(op, (ast.Eq, ast.NotEq, ast.In, ast.NotIn)) for op in node.ops):
            continue
        for side in (node.left, *node.comparators):
            items = side.elts if isinstance(side, (ast.Tuple, ast.List, ast.Set)) else [side]
            if any(isinstance(i, ast.Constant) and i.value in _LANGUAGE_CODES for i in items):
                found.append(node.lineno)
                break
    return found


def test_capabilities_ask_the_language_pack_not_the_language_code() -> None:
    src = Path(__file__).resolve().parent.parent / "src" / "dragoman"
    offenders = [
        f"{path.relative_to(src)}:{line}"
        for path in sorted(src.rglob("*.py"))
        if "language" not in path.relative_to(src).parts[:1]
        for line in _language_checks(path)
        if (str(path.relative_to(src)), line) not in _LANGUAGE_CHECKS_ALLOWED
    ]
    assert not offenders, f"ask the language pack (dragoman.language.rules_for) at {offenders}"


def test_the_language_check_rule_sees_a_code_comparison(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text('def f(lang):\n    return lang == "ar" or lang in ("en", "fr")\n', encoding="utf-8")
    good = tmp_path / "good.py"
    good.write_text('def f(rules, key):\n    return rules.has_case or key == "by"\n', encoding="utf-8")
    assert _language_checks(bad) == [2, 2] and _language_checks(good) == []
