"""German statements attributed to a document or a figure: a document with a genitive owner
has the owner for speaker, and the owner is no part of what is said ("Laut einer Empfehlung
des Instituts X sollten …"); a document without one stays the speaker, as the dev passages
annotate it ("laut der Mitteilung"); a figure without an owner leaves no speaker, and a date
after "vom" is no owner ("laut einer Umfrage vom Juli") (the pack's ``document_sources``,
``quotes/germanclauses.py``). Original sentences with invented names."""

from __future__ import annotations

from dragoman.model import Quote
from tests.support.quoting import quotes_of


def _reported(found: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in found if not q.direct]


def test_the_owner_of_a_recommendation_speaks() -> None:
    text = ("Laut einer Empfehlung des Instituts Kornfeld sollten Reisende nach der Rückkehr "
            "zu Hause bleiben.")
    found = _reported(quotes_of(text, "de", others=(("Instituts Kornfeld", "ORG"),)))
    assert len(found) == 1
    content, speaker = found[0]
    assert speaker is not None and "Kornfeld" in speaker
    assert content.startswith("sollten Reisende"), content


def test_the_owner_of_an_analysis_speaks() -> None:
    text = "Laut einer Analyse der Stadtwerke Hallburg sind die Preise im Winter gestiegen."
    found = _reported(quotes_of(text, "de", others=(("Stadtwerke Hallburg", "ORG"),)))
    assert len(found) == 1 and found[0][1] is not None and "Hallburg" in found[0][1]
    assert found[0][0].startswith("sind die Preise"), found[0][0]


def test_a_document_without_owner_stays_the_speaker() -> None:
    for text, head in (("Mehrere Vereine unterstützen laut der Mitteilung die neue Satzung.",
                        "Mitteilung"),
                       ("Laut Bericht könnte die Firma das Werk schon im Herbst schließen.",
                        "Bericht")):
        found = _reported(quotes_of(text, "de"))
        assert len(found) == 1 and (found[0][1] or "").endswith(head), (text, found)


def test_a_month_after_vom_is_no_owner_of_a_poll() -> None:
    for text in ("Laut einer Umfrage vom Juli sind die meisten Mieter zufrieden.",
                 "Die Mieter sind zufrieden, so eine Umfrage vom Montag."):
        found = _reported(quotes_of(text, "de"))
        assert len(found) == 1 and found[0][1] is None, (text, found)


def test_a_poll_with_a_named_owner_keeps_the_owner() -> None:
    text = "Laut einer Umfrage des Instituts Kornfeld sind die meisten Mieter zufrieden."
    found = _reported(quotes_of(text, "de", others=(("Instituts Kornfeld", "ORG"),)))
    assert len(found) == 1 and found[0][1] is not None and "Kornfeld" in found[0][1]


def test_people_and_bodies_stay_speakers() -> None:
    cases = [
        ("Laut Polizei wurde bei dem Brand niemand verletzt.", "Polizei"),
        ("Die Lage sei ernst, teilte die Gemeindeverwaltung mit.", "Gemeindeverwaltung"),
        ("Die Preise würden weiter steigen, so die Kommentatoren.", "Kommentatoren"),
    ]
    for text, speaker in cases:
        found = [(s or "").split()[-1:] for _, s in _reported(quotes_of(text, "de"))]
        assert found == [[speaker]], text
