"""A cue phrase is never read across punctuation: "haben“, erklärt X" ends a quotation on
"haben" and opens the cue "erklärt", it is no perfect "haben erklärt"."""

import dragoman


def _quotes(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker_text, q.cue) for q in dragoman.analyze(text, lang=lang).quotes]


def test_auxiliary_closing_a_quotation_is_no_part_of_the_cue() -> None:
    assert _quotes("„Die Bäume brauchen Wasser, damit sie den Sommer überstanden haben“, "
                   "erklärt Förster Jonas Hagel.", "de") == [
        ("Die Bäume brauchen Wasser, damit sie den Sommer überstanden haben", "Jonas Hagel",
         "erklärt")]


def test_perfect_cue_without_punctuation_is_still_one_phrase() -> None:
    assert _quotes("Die Ministerin hat erklärt, dass der Wald Wasser braucht.", "de") == [
        ("der Wald Wasser braucht", "Die Ministerin", "hat erklärt")]
