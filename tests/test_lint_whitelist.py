"""The dead-code whitelist of ``make lint`` (vulture_whitelist.py) names only what still exists."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _whitelisted() -> list[str]:
    """The name of each entry of the whitelist (one a line, with a comment saying where)."""
    entries = []
    for line in (ROOT / "vulture_whitelist.py").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(?:_\.)?(\w+)\s+#", line)
        if m:
            entries.append(m.group(1))
    return entries


def _defined_names() -> set[str]:
    names: set[str] = set()
    # The same folders vulture scans (pyproject.toml [tool.vulture] paths).
    paths = [p for folder in ("src/dragoman", "eval", "bench") for p in (ROOT / folder).rglob("*.py")]
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                names.add(node.name)
                names.update(a.arg for a in node.args.args)
            elif isinstance(node, ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Name | ast.Attribute) and isinstance(node.ctx, ast.Store):
                names.add(node.id if isinstance(node, ast.Name) else node.attr)
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names.add(node.target.id)
    return names


def test_every_whitelisted_name_is_still_defined() -> None:
    entries = _whitelisted()
    assert len(entries) >= 10  # the parser above still reads the file's format
    defined = _defined_names()
    stale = [name for name in entries if name not in defined]
    assert not stale, f"vulture_whitelist.py lists names no longer in src/dragoman: {stale}"
