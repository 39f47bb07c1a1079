"""The team words are a field of the language pack (``EntityWords.team_words``,
``language/teamwords.py``): English has them, the other packs none, so ``entities/townteams.py``
stays idle outside English (its cues are English grammar). Original sentences written for these
tests; NER types given by hand."""

from __future__ import annotations

import pytest

from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from dragoman.language import en_teamwords
from dragoman.language.rules import all_rules, rules_for
from dragoman.language.teamwords import NO_TEAM_WORDS, TeamWords, joined
from tests.entities.mentions import linked, tagged


@pytest.fixture()
def linker() -> Linker:
    return Linker(memory=Memory())


def test_english_pack_holds_the_team_words() -> None:
    words = rules_for("en").entity_words.team_words  # type: ignore[union-attr]
    assert words is en_teamwords.TEAM_WORDS
    assert "beat" in words.result_verbs and "mayor" in words.place_possessed


@pytest.mark.parametrize("code", ["de", "fr", "ar", "es"])
def test_other_packs_have_none(code: str) -> None:
    assert rules_for(code).entity_words.team_words == NO_TEAM_WORDS  # type: ignore[union-attr]


def test_joined_packs_are_the_english_words() -> None:
    assert joined(r.entity_words.team_words for r in all_rules()) == en_teamwords.TEAM_WORDS
    assert joined([]) == TeamWords()


def test_an_english_score_makes_the_team(linker: Linker) -> None:
    text = "After a quiet first half Houston beat the Rangers 3-1, and the fans went home happy."
    out = linked(linker, text, [("Houston", "LOC")], language="en")
    assert [m.label for m in out if m.text == "Houston"] == ["ORG"]


def test_a_pack_without_team_words_leaves_the_place(linker: Linker) -> None:
    # the same words in an article of a pack without team words: the rule is idle
    text = "After a quiet first half Houston beat the Rangers 3-1, and the fans went home happy."
    out = linked(linker, text, [("Houston", "LOC")], language="de")
    assert [m.label for m in out if m.text == "Houston"] == ["LOC"]


def test_an_unknown_language_reads_every_pack_s_words(linker: Linker) -> None:
    text = "After a quiet first half Houston beat the Rangers 3-1, and the fans went home happy."
    out, _ = linker.link(text, tagged(text, [("Houston", "LOC")], 0.9), language=None)
    assert [m.label for m in out if m.text == "Houston"] == ["ORG"]
