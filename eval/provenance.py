"""Every figure ``make eval`` writes says what it was measured on and what tuned the system.

``check_provenance`` refuses a result (``eval/run.py`` calls it before writing
``eval/results/NAME.json``) unless its top level carries ``split`` (dev, test, dev+test with
per-section splits, generated, …) and ``tuned_on`` (what the rules, constants or models
were fitted on), each a non-empty string. A section (a nested dict) may state its own
``split``/``tuned_on``, which then hold for the figures inside it; a section that states
one must state a non-empty string. A result that only says ``skipped`` (its data is absent)
carries no figure and passes.
"""

from __future__ import annotations

from typing import Any

REQUIRED = ("split", "tuned_on")
# Keys a skipped result may have besides ``skipped``.
SKIPPED_KEYS = {"skipped", "seconds"}


class ProvenanceError(ValueError):
    """A result without the split and tuned-on of its figures."""


def _check_section(path: str, section: dict[str, Any]) -> None:
    for key in REQUIRED:
        if key in section and not (isinstance(section[key], str) and section[key].strip()):
            raise ProvenanceError(f"{path}: '{key}' must be a non-empty string, "
                                  f"not {section[key]!r}")
    for name, value in section.items():
        if isinstance(value, dict):
            _check_section(f"{path}/{name}", value)


def check_provenance(name: str, figures: dict[str, Any]) -> None:
    """Raise ProvenanceError unless every figure of ``figures`` carries a split and what it
    was tuned on (see the module docstring)."""
    if not isinstance(figures, dict):
        raise ProvenanceError(f"{name}: a result is a dict of figures, not {type(figures)}")
    if "skipped" in figures and set(figures) <= SKIPPED_KEYS:
        return
    missing = [key for key in REQUIRED if key not in figures]
    if missing:
        raise ProvenanceError(f"{name}: the result has no {' and no '.join(missing)} "
                              "(say what each figure was measured on and what tuned it)")
    _check_section(name, figures)
