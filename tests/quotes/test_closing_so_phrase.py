"""A closing "so X" followed by a phrase that says where X spoke (original sentences)."""

from dragoman import analyze


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in analyze(text, lang="de").quotes]


def test_place_phrase_after_the_source_keeps_the_statement_before_so() -> None:
    said = _said("Die Ernte falle dieses Jahr schwach aus, so der Bauernverband in einer Mitteilung.")
    assert ("Die Ernte falle dieses Jahr schwach aus", "Bauernverband") in said


def test_so_dass_is_no_marker() -> None:
    assert _said("Der Regen hielt an, so dass das Fest ausfiel.") == []
