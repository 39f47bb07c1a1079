"""An opening "Laut" source written with a suspended hyphen ("Laut Bau- und Verkehrsministerin
Eva Roth steigen …") is one source, and its clause is the statement."""

import dragoman


def _statements(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in dragoman.analyze(text, lang="de").quotes]


def test_suspended_hyphen_inside_an_opening_source() -> None:
    assert _statements("Laut Bau- und Verkehrsministerin Eva Roth steigen die Kosten für die "
                       "neue Brücke deutlich.") == [
        ("steigen die Kosten für die neue Brücke deutlich", "Eva Roth")]
    assert _statements("Laut Wasser- und Schifffahrtsamt bleibt die Schleuse bis Freitag "
                       "gesperrt.") == [
        ("bleibt die Schleuse bis Freitag gesperrt", "Wasser- und Schifffahrtsamt")]


def test_plain_coordination_still_ends_the_source_head() -> None:
    # no suspended hyphen: "und" joins two sources, the first one is kept as before
    assert _statements("Laut Polizei und Feuerwehr wurde bei dem Brand niemand verletzt.") == [
        ("wurde bei dem Brand niemand verletzt", "Polizei")]
