"""The entity rules' word lists live in the language packs (``LanguageRules.entity_words``):
the English pack holds them, a pack without them holds none, and the entity modules read the
union over every pack (``dragoman.entities.packwords``)."""

from __future__ import annotations

import re

import pytest

from dragoman.entities import events, modifiers, packwords
from dragoman.language.en_entities import ENTITY_WORDS
from dragoman.language.entitywords import NO_ENTITY_WORDS, EntityWords
from dragoman.language.rules import LanguageRules, pack_of


def test_the_english_pack_holds_the_entity_words() -> None:
    english = pack_of("en")
    assert english is not None and english.entity_words is ENTITY_WORDS
    assert "festival" in english.entity_words.event_heads
    assert "based" in english.entity_words.modifier_suffixes


def test_a_pack_without_entity_words_holds_none() -> None:
    assert LanguageRules(code="xx").entity_words is NO_ENTITY_WORDS
    assert not NO_ENTITY_WORDS.seasons and not NO_ENTITY_WORDS.modifier_suffixes
    german = pack_of("de")
    assert german is not None and not german.entity_words.event_heads


def test_entity_modules_read_the_packs_words() -> None:
    assert packwords.every_pack(lambda w: w.event_heads) == events.EVENT_HEADS
    assert events.event_name("Lisbon Climate Summit")
    assert not events.event_name("Summit")  # a head word alone names no event
    assert modifiers.modifier_word("Cornwall-based")
    assert not modifiers.modifier_word("Cornwall")


def test_the_union_keeps_pack_order_and_each_word_once(monkeypatch: pytest.MonkeyPatch) -> None:
    first = LanguageRules(code="xa", entity_words=EntityWords(modifier_suffixes=("led", "run")))
    second = LanguageRules(code="xb", entity_words=EntityWords(modifier_suffixes=("run", "based")))
    monkeypatch.setattr(packwords, "all_rules", lambda: [first, second])
    assert packwords.every_pack_in_order(lambda w: w.modifier_suffixes) == ("led", "run", "based")
    assert packwords.every_pack(lambda w: w.modifier_suffixes) == {"led", "run", "based"}


def test_an_alternation_of_no_words_matches_nothing() -> None:
    assert re.fullmatch("x-" + packwords.alternation(("based",)), "x-based")
    assert re.search(packwords.alternation(()), "anything") is None
    assert re.search(packwords.alternation(("r&b",)), "rxb") is None  # written as is, escaped
