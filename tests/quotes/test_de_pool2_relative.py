"""Issue 16 review fixes (German pool, second helper): a relative clause after a closing source
("…, so der Experte, der …") describes the source only when its pronoun agrees with it and the
statement does not go on after it; an "according to" marker after a comma whose source runs
past the verb; decimal commas; bounded work on long sentences. Sentences written for these
tests."""

from __future__ import annotations

import pytest

import dragoman
import dragoman.quotes.markers as markers
from dragoman.quotes import lexicon
from dragoman.quotes.lexicon import Word


def _reported(text: str) -> list[tuple[str, str | None]]:
    a = dragoman.analyze(text, lang="de")
    return [(text[q.start:q.end], q.speaker_name or q.speaker_text) for q in a.quotes
            if not q.direct]


def _statements(text: str) -> list[str]:
    return [t for t, _ in _reported(text)]


# A. the pronoun agrees with the source: the clause describes it


def test_masculine_source_with_der_is_cut() -> None:
    assert _statements("Die Brücke hält nicht mehr, so der Statiker, der sie im Mai "
                       "vermessen hat.") == ["Die Brücke hält nicht mehr"]


def test_feminine_person_with_die_is_cut() -> None:
    assert _statements("Der Etat reicht nicht, so die Kassenwartin, die seit Jahren die "
                       "Bücher führt.") == ["Der Etat reicht nicht"]


def test_feminine_person_with_dative_der_and_subject_is_cut() -> None:
    assert _statements("Die Lage ist ernst, so die Pflegerin, der man die Müdigkeit "
                       "anmerkt.") == ["Die Lage ist ernst"]


def test_plural_source_with_plural_verb_is_cut() -> None:
    assert _statements("Die Ernte wird knapp, so die Obstbauern, die seit Wochen auf Regen "
                       "warten.") == ["Die Ernte wird knapp"]


def test_masculine_source_with_die_is_not_cut() -> None:
    # "die" takes up "Pläne", a noun of the statement, not "der Planer"
    found = _statements("Das sind Pläne, so der Planer, die niemand bezahlen kann.")
    assert "Das sind Pläne" not in found


def test_singular_source_with_plural_verb_is_not_cut() -> None:
    found = _statements("Es braucht Ideen, so die Stadträtin, die wirklich tragen.")
    assert "Es braucht Ideen" not in found


def test_named_person_with_plural_verb_is_not_cut() -> None:
    found = _statements("Es gibt Fragen, so die Abgeordnete Jana Roth, die geklärt werden "
                        "müssen.")
    assert "Es gibt Fragen" not in found


def test_feminine_person_with_dative_der_and_no_subject_is_not_cut() -> None:
    # "der" is no subject after "die Winzerin": it takes up "ein Jahrgang"
    found = _statements("Das ist ein Jahrgang, so die Winzerin, der lange reifen muss.")
    assert "Das ist ein Jahrgang" not in found


def test_verb_of_a_dass_clause_is_not_the_relative_verb() -> None:
    # "steigen" closes the dass clause; the relative clause's own verb is "hat"
    assert _statements("Die Lage bleibt schwer, so der Wirt, der aber Hoffnung hat, dass "
                       "die Gäste kommen.") == ["Die Lage bleibt schwer"]


# B. a comma inside the relative clause opens only a clause of its own


def test_statement_going_on_after_the_clause_is_not_cut() -> None:
    found = _statements("Der Wald leidet, so der Förster, der ihn seit Jahren kennt, und die "
                        "Stadt hilft nicht.")
    assert "Der Wald leidet" not in found


def test_clause_with_ob_after_comma_is_cut() -> None:
    assert _statements("Es wird eng, so der Trainer, der nicht weiß, ob die Torhüterin "
                       "spielen kann.") == ["Es wird eng"]


# C. an "according to" marker whose source runs past the verb


def test_marker_source_past_the_verb_gives_no_fragment() -> None:
    # the source phrase is read as "Umfrage führen Union": its verb is no clause's verb
    found = _statements("Die Wahl bleibt spannend, laut Umfrage führen Union und Grüne knapp.")
    assert not any(t.startswith("und") for t in found)


def test_marker_after_comma_with_verb_still_reports_clause() -> None:
    found = _statements("Der Umsatz sinkt, laut Handelsverband kaufen die Kunden seltener "
                        "ein.")
    assert "kaufen die Kunden seltener ein" in found


# E. a decimal comma is no clause break


def test_decimal_comma_gives_no_fragment() -> None:
    found = _statements("Der Herbst war warm, laut Wetteramt lag der Schnitt bei 12,6 Grad.")
    assert not any(t.startswith("6 Grad") for t in found)


# D. bounded work: the rules read windows, not the rest of a long sentence


def _scanned(monkeypatch: pytest.MonkeyPatch, text: str) -> int:
    """Characters the marker rules pass to ``words`` while ``text`` is analysed."""
    total = 0
    real = lexicon.words

    def counting(text: str, start: int = 0, end: int | None = None) -> list[Word]:
        nonlocal total
        total += (len(text) if end is None else end) - start
        return real(text, start, end)

    with monkeypatch.context() as m:
        m.setattr(markers, "words", counting)
        dragoman.analyze(text, lang="de")
    return total


def _one_sentence(unit: str, n: int) -> str:
    return "Es heißt, " + unit * n + " so Müller."


def test_relative_tail_work_grows_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    unit = "die Lage ist ernst, so der Experte, der seit Jahren forscht, und "
    small = _scanned(monkeypatch, _one_sentence(unit, 40))
    large = _scanned(monkeypatch, _one_sentence(unit, 80))
    assert large <= 3 * max(small, 1)


def test_source_tail_work_grows_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    unit = "die Zinsen steigen, so der Chef des Verbands (BVR), Karl Weber, und "
    small = _scanned(monkeypatch, _one_sentence(unit, 40))
    large = _scanned(monkeypatch, _one_sentence(unit, 80))
    assert large <= 3 * max(small, 1)
