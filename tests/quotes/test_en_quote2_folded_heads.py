"""Document heads with an umlaut or ß are folded like the word they are compared with
(``quotes/sources._owner_at``): "Laut einer Übersicht der Stadtwerke X" gives the owner, not
the document, for speaker. Original sentences with invented names."""

from __future__ import annotations

from dragoman.model import Quote
from tests.support.quoting import quotes_of


def _reported(found: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in found if not q.direct]


def test_the_owner_of_an_overview_with_an_umlaut_speaks() -> None:
    text = "Laut einer Übersicht der Stadtwerke Hallburg sind die Preise im Winter gestiegen."
    found = _reported(quotes_of(text, "de", others=(("Stadtwerke Hallburg", "ORG"),)))
    assert len(found) == 1 and found[0][1] is not None and "Hallburg" in found[0][1], found
    assert found[0][0].startswith("sind die Preise"), found[0][0]


def test_the_owner_of_estimates_with_an_umlaut_speaks() -> None:
    text = "Laut Schätzungen der Bank Velden wird die Inflation im Herbst wieder sinken."
    found = _reported(quotes_of(text, "de", others=(("Bank Velden", "ORG"),)))
    assert len(found) == 1 and found[0][1] is not None and "Velden" in found[0][1], found
    assert found[0][0].startswith("wird die Inflation"), found[0][0]


def test_an_overview_without_owner_stays_the_speaker() -> None:
    text = "Die Preise sind laut der Übersicht im Winter gestiegen."
    found = _reported(quotes_of(text, "de"))
    assert all("Hallburg" not in (s or "") for _, s in found)
