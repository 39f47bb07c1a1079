"""Span rules added for NER on news (issue 15): descriptor nouns before names, the lower-case
words a name may hold, determiner-cued nouns, and the lists eval/ner_common.py learns for them.
Sentences and word lists are written for these tests."""

from __future__ import annotations

import gzip
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from eval.ner_common import descriptors, inner_words

from dragoman.entities.spanshape import (
    INNER_WORD_MIN_PROB,
    LOWER_WORD_MIN_PROB,
    CommonWords,
    common_cut,
    continues_name,
    cued_noun,
    load_common_words,
)
from dragoman.language.rules import rules_for

_GERMAN = CommonWords(
    plain=frozenset({"neue", "hier"}),
    nouns=frozenset({"zeitung", "wetter"}),
    descriptors=frozenset({"firma", "landsmann", "provinzhauptstadt"}),
)
_FRENCH = CommonWords(
    plain=frozenset({"selon", "annonce"}),
    inner=frozenset({"économique", "centrale", "tchèque"}),
    outer=frozenset({"dévoile", "affirme"}),
)


def _nowhere(_: str) -> bool:
    return False


_NOWHERE: Callable[[str], bool] = _nowhere


def test_descriptor_nouns_before_a_name_are_cut() -> None:
    # "die Firma Brenntag ..." / "sein Landsmann Jonas Ebert ..."
    assert common_cut(["Firma", "Brenntag"], _GERMAN, False, _NOWHERE) == 1
    assert common_cut(["Landsmann", "Jonas", "Ebert"], _GERMAN, False, _NOWHERE) == 1
    assert common_cut(["Provinzhauptstadt", "Almería"], _GERMAN, True, _NOWHERE) == 1
    # a descriptor alone is no name and no common noun of the lists: nothing to cut before
    assert common_cut(["Firma"], _GERMAN, False, _NOWHERE) == 0
    # before a common noun it is kept (nothing name-like follows)
    assert common_cut(["Firma", "Zeitung"], _GERMAN, False, _NOWHERE) == 0


def test_a_name_keeps_only_the_lower_case_words_names_hold() -> None:
    # "Rat économique européen": a listed name word at a middling marginal stays
    assert continues_name("économique", INNER_WORD_MIN_PROB, _FRENCH)
    assert not continues_name("économique", INNER_WORD_MIN_PROB - 0.1, _FRENCH)
    # "Le Figaro dévoile mardi ...": a verb seen outside names only never does, however sure
    assert not continues_name("dévoile", 1.0, _FRENCH)
    assert not continues_name("annonce", 1.0, _FRENCH)  # a common word
    # an unknown word needs the tagger to be sure of it
    assert continues_name("constitutionnelle", LOWER_WORD_MIN_PROB, _FRENCH)
    assert not continues_name("constitutionnelle", LOWER_WORD_MIN_PROB - 0.05, _FRENCH)
    # without the lists (a model that has none) only the marginal counts
    assert continues_name("dévoile", LOWER_WORD_MIN_PROB, None)


def test_a_capitalised_word_after_an_indefinite_or_possessive_determiner_is_a_noun() -> None:
    rules = rules_for("de")
    assert rules is not None
    cues = frozenset(rules.noun_cues)
    words = ["Sie", "sprach", "auf", "einem", "gut", "besuchten", "Symposium", "in", "Graz"]
    assert cued_noun(words, words.index("Symposium"), cues)
    words = ["Er", "las", "seinen", "Aufsatz", "über", "Kant"]
    assert cued_noun(words, words.index("Aufsatz"), cues)
    assert not cued_noun(words, words.index("Kant"), cues)  # a preposition stands between
    words = ["Ein", "Interview", "mit", "Lena", "Hofer"]
    assert not cued_noun(words, words.index("Lena"), cues)
    words = ["Viele", "Besucher", "kamen", "nach", "Linz"]
    assert cued_noun(words, 1, cues) and not cued_noun(words, words.index("Linz"), cues)
    # more than MAX_CUE_GAP words between: too far to say
    words = ["eine", "sehr", "große", "alte", "schöne", "Ausstellung"]
    assert not cued_noun(words, len(words) - 1, cues)
    assert not cued_noun(["Symposium"], 0, cues)


def test_descriptors_are_learned_from_words_that_stand_before_names() -> None:
    lines = [
        "Gestern kaufte die Firma Halvorsen das Werk von der Firma Quendt",
        "Er traf seinen Landsmann Halvorsen und später seinen Landsmann Quendt",
        "Am Ende Halvorsen und am Ende des Tages und am Ende der Woche und zum Ende hin",
    ]
    names = {"halvorsen", "quendt"}
    outside = Counter({"firma": 3, "landsmann": 2, "ende": 9})
    found = descriptors(lines, names, Counter(), Counter(), outside)
    assert found == {"firma", "landsmann"}  # "Ende" stands before a name once in four
    # a word WikiANN tags inside names is no descriptor
    assert descriptors(lines, names, Counter(), Counter({"firma": 1}), outside) == {"landsmann"}


def test_inner_words_are_the_lower_case_words_names_hold() -> None:
    train = [
        (["la", "Banque", "centrale", "suisse", "publie"], ["O", "B-ORG", "I-ORG", "I-ORG", "O"]),
        (["Banque", "centrale", "du", "Chili", "publie"], ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]),
        (["une", "suisse", "publie"], ["O", "O", "O"]),
    ]
    inner, outer = inner_words(train)
    assert inner == {"centrale"}  # "suisse" is as often outside, "du" once inside
    assert outer == {"la", "publie", "une"}


def test_the_common_word_file_carries_the_new_kinds(tmp_path: Path) -> None:
    path = tmp_path / "ner-xx.common.txt.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("L selon\nD firma\nI économique\nO dévoile\nZ ignored\n")
    words = load_common_words(path)
    assert words.plain == {"selon"} and words.descriptor("Firma")
    assert words.inner == {"économique"} and words.outer == {"dévoile"}
