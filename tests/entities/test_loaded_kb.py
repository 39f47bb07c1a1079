"""NER span shaping reads the knowledge base the process already loaded with its ``cache_dir``
setting (``kb.loaded_kb``), never a second copy from the default folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from dragoman.entities import entitled, kbsources
from dragoman.entities.kb import KbEntity, KnowledgeBase


def test_span_shaping_reads_the_knowledge_base_already_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    kb = KnowledgeBase()
    kb.add(KbEntity(id="org-harrow-mutual", type="ORG", names={"en": "Harrow Mutual"}))
    kb.build_index()
    monkeypatch.setattr(kbsources, "_LOADED", [kb])

    def no_second_load(cache_dir: str) -> KnowledgeBase:
        raise AssertionError(f"a second knowledge base was loaded from {cache_dir}")

    monkeypatch.setattr(kbsources, "_load_kb", no_second_load)
    assert entitled.kb_types("Harrow Mutual") == {"ORG"}
    assert entitled.kb_types("Nowhere Town") == set()


def test_load_kb_records_what_it_loaded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    kb = KnowledgeBase()
    monkeypatch.setattr(kbsources, "_LOADED", [])
    monkeypatch.setattr(kbsources, "_load_kb", lambda cache_dir: kb)
    assert kbsources.load_kb(str(tmp_path)) is kb
    assert kbsources.loaded_kb() is kb
