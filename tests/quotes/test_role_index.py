"""Role phrases are found through one index of the article's words (``roles._phrase_places``),
not one scan of the text per phrase: same places as a pattern search, any case, any
non-word characters between the words. Original sentences."""

from __future__ import annotations

import re

from dragoman.model import Article
from dragoman.quotes import roles
from dragoman.quotes.mentions import Mentions

TEXT = ("The Harbour Master, Ines Oduya, closed the port. Later the harbour-master said the "
        "storm had passed. A harbourmaster elsewhere disagreed. THE HARBOUR  MASTER left.")


def _mentions(text: str) -> Mentions:
    return Mentions(Article(id="a", source="s", text=text, language="en"))


def test_phrase_places_match_a_pattern_search() -> None:
    keys = ("harbour", "master")
    found = [(m.start(), m.end()) for m in roles._phrase_places(TEXT, keys, _mentions(TEXT))]
    pattern = re.compile(r"\bharbour\W+master\b", re.IGNORECASE)
    assert found == [m.span() for m in pattern.finditer(TEXT)]
    assert len(found) == 3  # not "harbourmaster", one word


def test_words_are_indexed_once_per_article() -> None:
    mentions = _mentions(TEXT)
    roles._phrase_places(TEXT, ("harbour", "master"), mentions)
    index = roles._WORD_PLACES[mentions]
    roles._phrase_places(TEXT, ("port",), mentions)
    assert roles._WORD_PLACES[mentions] is index
    assert [TEXT[m.start():m.end()] for m in roles._phrase_places(TEXT, ("port",), mentions)] == ["port"]
