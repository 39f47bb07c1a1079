"""Language packs are discovered, not listed: every module of dragoman.language named by a
language code that defines RULES, plus third-party packs under an entry-point group."""

from __future__ import annotations

import importlib.metadata
import pkgutil
import sys
import types
from collections.abc import Iterator

import pytest

import dragoman.language
from dragoman.language import discovery as rules_module  # where packs are found
from dragoman.language.rules import (
    ENTRY_POINT_GROUP,
    LanguageRules,
    all_rules,
    right_to_left,
    rules_for,
    script_of_language,
)


@pytest.fixture
def fresh_registry() -> Iterator[None]:
    rules_module._registry.cache_clear()
    yield
    rules_module._registry.cache_clear()


def test_every_pack_module_of_the_package_is_found() -> None:
    modules = {m.name for m in pkgutil.iter_modules(dragoman.language.__path__)}
    codes = {r.code for r in all_rules()}
    assert {"en", "ar", "fr", "ru", "hi", "es", "de", "pt", "it", "fa", "tr"} <= codes
    assert codes <= modules  # each built-in pack is one module named by its code
    assert "rules" not in codes and "detect" not in codes


def _fake_entry_point(monkeypatch: pytest.MonkeyPatch, target: str) -> None:
    ep = importlib.metadata.EntryPoint(name="xx", value=target, group=ENTRY_POINT_GROUP)

    def fake(**kwargs: str) -> list[importlib.metadata.EntryPoint]:
        return [ep] if kwargs.get("group") == ENTRY_POINT_GROUP else []

    monkeypatch.setattr(rules_module, "entry_points", fake)


def test_an_installed_pack_is_found_through_its_entry_point(
        monkeypatch: pytest.MonkeyPatch, fresh_registry: None) -> None:
    module = types.ModuleType("thirdparty_sw")
    module.RULES = LanguageRules(code="sw", months={"Januari": 1},  # type: ignore[attr-defined]
                                 speech_verbs=("alisema",))
    monkeypatch.setitem(sys.modules, "thirdparty_sw", module)
    _fake_entry_point(monkeypatch, "thirdparty_sw")
    rules = rules_for("sw")
    assert rules is not None and rules.speech_verbs == ("alisema",)
    assert rules.has_case and script_of_language("sw") == "Latn"


def test_an_installed_pack_never_replaces_a_built_in_one(
        monkeypatch: pytest.MonkeyPatch, fresh_registry: None) -> None:
    module = types.ModuleType("thirdparty_ar")
    module.RULES = LanguageRules(code="ar")  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "thirdparty_ar", module)
    _fake_entry_point(monkeypatch, "thirdparty_ar:RULES")
    rules = rules_for("ar")
    assert rules is not None and rules.speech_verbs  # the built-in Arabic pack


def test_capabilities_come_from_the_pack_and_a_table_for_languages_without_one() -> None:
    assert script_of_language("ar") == "Arab" and script_of_language("ru") == "Cyrl"
    assert script_of_language("ar-EG") == "Arab"
    assert right_to_left("ar") and right_to_left("he") and right_to_left("ur")
    assert not right_to_left("en") and not right_to_left(None) and not right_to_left("zz")
    ar, en, hi = rules_for("ar"), rules_for("en"), rules_for("hi")
    assert ar is not None and en is not None and hi is not None
    assert not ar.has_case and en.has_case and not hi.has_case
    assert ar.subject_after_verb and not en.subject_after_verb
    assert ar.ner_model == "ner-ar" and ar.glued_prefixes and not en.glued_prefixes


def test_the_ner_model_is_the_one_the_pack_names(
        monkeypatch: pytest.MonkeyPatch, fresh_registry: None) -> None:
    from dragoman.entities.ner import model_path

    rules_module._registry.cache_clear()  # importing ner may have filled it (test run alone)
    module = types.ModuleType("thirdparty_xx")
    module.RULES = LanguageRules(code="xx", ner_model="ner-en")  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "thirdparty_xx", module)
    _fake_entry_point(monkeypatch, "thirdparty_xx")
    found = model_path("xx")
    assert found is not None and found.name == "ner-en.crfsuite"
    assert model_path("tr") is None  # no Turkish model ships yet
    shipped = model_path("ar")
    assert shipped is not None and shipped.name == "ner-ar.crfsuite"


@pytest.mark.parametrize("rules", all_rules(), ids=lambda r: r.code)
def test_every_packs_quotation_marks_are_read(rules: LanguageRules) -> None:
    from dragoman.quotes.marks import find_quoted

    for opening, closing in rules.quote_marks:
        text = f"Ann Lee said: {opening}the bridge opens today{closing} and left."
        spans, _ = find_quoted(text)
        assert [text[s.start:s.end] for s in spans] == ["the bridge opens today"], (opening, closing)
