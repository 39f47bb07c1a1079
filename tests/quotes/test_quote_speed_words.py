"""Speed changes of the quote stage that must not change any output: spans of the last whole
text tokenised are slices of its word list, the honorific scan reads (word, name) pairs, and
the naming verbs are normalized once per pack."""

from __future__ import annotations

import random

from dragoman.language.rules import rules_for
from dragoman.quotes import lexicon
from dragoman.quotes.lexicon import words
from dragoman.quotes.names import known_names
from dragoman.quotes.nestedcue import _normalized

_TEXT = ("The co-founder said, a-t-elle dit, qu’il viendra. Laut Frau Berger kommt er. "
         "Dit-il encore: « non ». Well-known   author Ana Ruiz-Soto  wrote. می‌گوید وقال ")


def _fresh(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """The words of a span from a new scan of that span alone."""
    lexicon._whole.clear()  # forget the cached whole texts
    return [(w.start, w.end, w.text, w.key) for w in words(text, start, end)]


def test_span_words_equal_a_new_scan_of_the_span() -> None:
    rng = random.Random(7)
    text = _TEXT * 3
    spaces = [i for i, c in enumerate(text) if c.isspace()]
    for _ in range(600):
        a = rng.choice([*spaces, 0, rng.randrange(len(text) + 1)]) + rng.choice((0, 1))
        b = rng.choice([*spaces, len(text), rng.randrange(len(text) + 1)]) + rng.choice((-1, 0, 1))
        want = _fresh(text, a, b)
        words(text)  # the whole text: its spans are now slices of its list
        assert [(w.start, w.end, w.text, w.key) for w in words(text, a, b)] == want


def test_cut_inside_a_word_or_a_hyphenated_pair_is_scanned_anew() -> None:
    text = "Elle a-t-elle dit gouvernement-clé ici"
    words(text)
    cut = text.index("t-elle") + 1  # "a-t|-elle": no space touches the cut
    assert [w.text for w in words(text, 0, cut)] == ["Elle", "a-t"]
    inner = text.index("clé")
    assert [w.text for w in words(text, inner, len(text))] == ["clé", "ici"]
    assert [w.text for w in words(text, 5, len(text))] == [
        "a", "t", "elle", "dit", "gouvernement-clé", "ici"]


def test_whole_text_list_is_a_copy() -> None:
    text = "One two three"
    first = words(text)
    first.clear()
    assert [w.text for w in words(text, 4, 13)] == ["two", "three"]


def test_known_names_after_honorifics_and_inner_capitals() -> None:
    text = "Laut Frau Berger und Dr. Koch sagte die BfArM nichts. Frau sagte es. Herr müller ging."
    found = known_names(text, [])
    assert {"Berger", "Koch", "BfArM"} <= found
    assert "müller" not in found and "Laut" not in found and "Frau" not in found


def test_naming_verbs_normalized_once_per_pack() -> None:
    pack = rules_for("en")
    assert pack is not None
    verbs = pack.naming_verbs
    assert _normalized(verbs) is _normalized(verbs)
    assert all(v == v.casefold() for v in _normalized(verbs))
