"""Shared fixtures: paths to the bundled samples and to ../shared (skipped when absent).

Import helpers as ``from tests.conftest import shared_path``; every test folder is a
package (has an ``__init__.py``).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "src" / "dragoman" / "data" / "samples"
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with a clear reason."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (shared data is only on development machines)")
    return path


@pytest.fixture
def samples() -> Path:
    return SAMPLES


def burn_cpu(seconds: float) -> None:
    """Spend ``seconds`` of this thread's CPU time: page budgets count CPU time, not sleep."""
    start, wall = time.thread_time(), time.monotonic()
    while time.thread_time() - start < seconds and time.monotonic() - wall < 60:
        sum(range(1000))
