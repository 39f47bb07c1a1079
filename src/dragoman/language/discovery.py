"""How language packs are found (``dragoman.language.rules`` says what one holds): the built-in
pack modules of this package named by an ISO 639 code and defining ``RULES``, then those a
third party installs under the entry-point group ``ENTRY_POINT_GROUP``. ``rules`` re-exports
the functions below, which is where callers import them from."""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from functools import lru_cache
from importlib.metadata import entry_points
from typing import TYPE_CHECKING

from dragoman.language.packless import SCRIPTS_WITHOUT_PACK
from dragoman.language.scripts import RIGHT_TO_LEFT_SCRIPTS

if TYPE_CHECKING:
    from dragoman.language.rules import LanguageRules

ENTRY_POINT_GROUP = "dragoman.languages"
# A pack module's name: an ISO 639-1 or 639-3 code. Other modules of the package
# (detect, rules, scripts, normalize, segment) are machinery, never imported as packs.
_PACK_NAME = re.compile(r"[a-z]{2,3}")


def _as_rules(obj: object) -> LanguageRules | None:
    """A pack from what an entry point loads: ``LanguageRules`` or a module with ``RULES``."""
    from dragoman.language.rules import LanguageRules  # rules imports this module first
    found = getattr(obj, "RULES", obj)
    return found if isinstance(found, LanguageRules) else None


def _builtin_packs() -> list[LanguageRules]:
    package = sys.modules[__package__ or "dragoman.language"]
    out = []
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if not _PACK_NAME.fullmatch(info.name):
            continue
        rules = _as_rules(importlib.import_module(f"{package.__name__}.{info.name}"))
        if rules is not None:
            out.append(rules)
    return out


def _installed_packs() -> list[LanguageRules]:
    out = []
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        rules = _as_rules(ep.load())
        if rules is not None:
            out.append(rules)
    return out


@lru_cache(maxsize=1)
def _registry() -> dict[str, LanguageRules]:
    """Code -> pack. A built-in pack is not replaced by an installed one of the same code."""
    found: dict[str, LanguageRules] = {}
    for rules in (*_builtin_packs(), *_installed_packs()):
        found.setdefault(rules.code, rules)
    return found


def _base(code: str | None) -> str:
    return (code or "").lower().replace("_", "-").split("-")[0]


def rules_for(code: str | None) -> LanguageRules | None:
    return _registry().get(code or "")


def pack_of(code: str | None) -> LanguageRules | None:
    """The pack of a language code or tag ("it", "it-CH", "pt_BR"); None without one."""
    return rules_for(_base(code))


def capitalises_nouns(code: str | None) -> bool:
    """Whether the language of ``code`` (a base code or a tag) writes every noun with a capital
    (its pack's ``capitalised_nouns``: German)."""
    rules = pack_of(code)
    return rules is not None and rules.capitalised_nouns


def all_rules() -> list[LanguageRules]:
    return list(_registry().values())


def script_of_language(code: str | None) -> str | None:
    """ISO 15924 script of a language (``fa`` -> ``Arab``), from its pack or, for a language
    without one, ``SCRIPTS_WITHOUT_PACK``; None when unknown."""
    base = _base(code)
    rules = rules_for(base)
    return rules.script if rules is not None else SCRIPTS_WITHOUT_PACK.get(base)


def right_to_left(code: str | None) -> bool:
    """Whether text in the language runs right to left (``ar``, ``fa``, ``he``, ``ur`` …)."""
    return script_of_language(code) in RIGHT_TO_LEFT_SCRIPTS
