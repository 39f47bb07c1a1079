"""A marker's lead is read back a bounded stretch (``attach.LEAD_CHARS``) and a German page's
tokens once (``germanarticle.Page.of``): the answers stay those of reading everything."""

from __future__ import annotations

import dragoman
from dragoman.entities import germanarticle
from dragoman.quotes.attach import LEAD_CHARS


def _quotes(text: str, lang: str) -> list[tuple[str | None, str]]:
    return [(q.speaker_text, q.text) for q in dragoman.analyze(text, lang=lang).quotes]


def test_marker_inside_a_clause_after_a_long_lead_keeps_its_noun_source() -> None:
    lead = "Im vergangenen Jahr " + "und im Jahr davor " * 40
    assert len(lead) > LEAD_CHARS
    found = _quotes(lead + "haben laut den Zahlen der Behörde über 26 Millionen Menschen das Angebot "
                    "genutzt.", "de")
    assert [speaker for speaker, _ in found] == ["Behörde"]


def test_marker_opening_after_blank_space_longer_than_the_window_still_opens_its_sentence() -> None:
    found = _quotes(" " * (LEAD_CHARS + 100) + "Laut Polizei wurden drei Menschen verletzt.", "de")
    assert found == [("Polizei", "wurden drei Menschen verletzt")]


def test_marker_at_the_start_reads_its_clause() -> None:
    assert _quotes("Nach Angaben der Feuerwehr brach das Feuer am Morgen aus.", "de") == [
        ("Feuerwehr", "brach das Feuer am Morgen aus")]


def test_a_page_is_read_once_per_text() -> None:
    text = "Die hohen Kosten und die Kosten der Stadt."
    assert germanarticle.Page.of(text) is germanarticle.Page.of(text)
    assert germanarticle.Page.of(text).where["Kosten"] == [2, 5]
