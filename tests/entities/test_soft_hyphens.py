"""Soft hyphens (U+00AD, invisible line-break hints some sites put inside every long word) do not
cut names: `dragoman.analyze` keeps the text verbatim, so the hints stay in the mentions' text,
but NER reads each word whole and linking matches its key without them. Original sentences."""

from __future__ import annotations

import dragoman
from dragoman.entities.tokenize import ner_tokenize, tokenize

SHY = "\u00ad"


def _entities(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(m.text.replace(SHY, ""), m.entity_id) for m in dragoman.analyze(text, lang=lang).mentions]


def test_a_word_with_break_hints_is_one_token() -> None:
    text = f"Mer{SHY}kel in Ber{SHY}lin"
    assert [text[a:b] for a, b in tokenize(text)] == [f"Mer{SHY}kel", "in", f"Ber{SHY}lin"]
    assert [text[a:b] for a, b in ner_tokenize(text)] == [f"Mer{SHY}kel", "in", f"Ber{SHY}lin"]


def test_hinted_names_link_as_the_plain_ones() -> None:
    plain = "Chancellor Angela Merkel said in Berlin that the talks would go on."
    hinted = f"Chancellor Angela Mer{SHY}kel said in Ber{SHY}lin that the talks would go on."
    assert _entities(hinted, "en") == _entities(plain, "en")
    german = f"Bundeskanzlerin Angela Mer{SHY}kel sagte in Ber{SHY}lin, die Gespräche gingen weiter."
    assert ("Angela Merkel", "angela-merkel") in _entities(german, "de")


def test_a_lone_hint_between_words_joins_neither() -> None:
    text = f"Paris {SHY} London"
    assert [text[a:b] for a, b in tokenize(text)] == ["Paris", SHY, "London"]
