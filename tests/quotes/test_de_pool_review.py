"""Fixes after the review of German reported speech (issue 16; ``quotes/sources.py``,
``quotes/germanreported.py``): a "zufolge" source holding adjectives or a participle
attribute, a colon after a complete clause, "welche" after a cue weighing what follows or
answered after a colon, and the clause start of "nach eigenen Angaben" past a decimal comma,
a title's dot or an ordinal's dot. Original sentences with invented people and places; each
rule with near misses it must leave alone."""

from __future__ import annotations

from dragoman.model import Quote
from dragoman.quotes.sources import clause_mark
from tests.support.quoting import quotes_of


def _reported(text: str) -> list[tuple[str, str | None]]:
    found: list[Quote] = quotes_of(text, "de")
    return [(q.text, q.speaker_text) for q in found if not q.direct]


def test_a_zufolge_source_with_adjectives_is_a_cue() -> None:
    cases = {
        "Meldungen regionaler Radiosender zufolge ist die Brücke über die Lahn gesperrt.":
            "ist die Brücke über die Lahn gesperrt",
        "Angaben beider Vereine zufolge läuft der Vertrag bis 2030.":
            "läuft der Vertrag bis 2030",
        "Einer am Sonntag verbreiteten Umfrage zufolge liegt die Partei knapp vorn.":
            "liegt die Partei knapp vorn",
        "Den ersten amtlichen Schätzungen zufolge sank die Ernte um ein Drittel.":
            "sank die Ernte um ein Drittel",
        "Informationen gut vernetzter Kreise zufolge verlässt der Intendant den Sender.":
            "verlässt der Intendant den Sender",
    }
    for text, content in cases.items():
        assert [s for s, _ in _reported(text)] == [content], text


def test_a_verb_before_zufolge_keeps_it_inside_its_clause() -> None:
    for text in ("Die Brauerei plante Berichten zufolge eine neue Halle.",
                 "Der Landkreis meldete Medienberichten zufolge weitere Fälle.",
                 "Die Molkerei will dem Bericht zufolge zwei Standorte schließen.",
                 "Die Reederei aus Emden plante Berichten zufolge einen Neubau."):
        assert _reported(text) == [], text


def test_a_colon_after_a_complete_clause_keeps_the_span() -> None:
    text = "Die Schulleiterin sagte, der Start sei gelungen:\nAlle Räume sind fertig."
    assert [s for s, _ in _reported(text)][:1] == ["der Start sei gelungen:"]
    text = "Laut Förster war die Ursache schlicht:\nEin Ast war morsch."
    assert [s for s, _ in _reported(text)][:1] == ["war die Ursache schlicht:"]


def test_a_colon_announcing_a_list_still_reports_nothing() -> None:
    for text in ("Der Kämmerer sagte, es gebe fünf Posten:\nPersonal, Bau, Schulen.",
                 "Laut Gemeinde sind folgende Wege gesperrt:\nUferweg\nWaldweg",
                 "Laut Kurverwaltung treten diese Chöre auf:\nChor A\nChor B",
                 "Die Kämmerin sagte, sie habe eine Bitte an die Vereine:"):
        assert _reported(text) == [], text


def test_welche_after_a_cue_weighing_it_is_a_statement() -> None:
    cases = {
        "Die Bürgermeisterin betonte, welche Bedeutung der Hafen für Nordstadt habe.":
            "welche Bedeutung der Hafen für Nordstadt habe",
        "Der Prüfer bemängelte, welche Beträge ohne Beleg ausgegeben worden seien.":
            "welche Beträge ohne Beleg ausgegeben worden seien",
        "Die Trainerin hob hervor, welche Geduld das Team gezeigt habe.":
            "welche Geduld das Team gezeigt habe",
    }
    for text, content in cases.items():
        assert [s for s, _ in _reported(text)] == [content], text


def test_welche_after_a_plain_cue_still_asks() -> None:
    for text in ("Der Förster erläuterte, welche Wege im Winter gesperrt werden.",
                 "Die Gemeinde gab bekannt, welche Kitas im August schließen."):
        assert _reported(text) == [], text


def test_a_question_answered_after_a_colon_stays() -> None:
    text = "Der Förster erläuterte, welche Wege gesperrt werden: der Uferweg und der Waldweg."
    assert [s for s, _ in _reported(text)] == [
        "welche Wege gesperrt werden: der Uferweg und der Waldweg"]


def test_own_account_clause_starts_past_inner_marks() -> None:
    cases = {
        "Die Dr. Kramer Stiftung hat nach eigenen Angaben 40 Stipendien vergeben.":
            "Die Dr. Kramer Stiftung hat nach eigenen Angaben 40 Stipendien vergeben",
        "Die Prof. Lindner Schule hat nach eigenen Angaben einen Preis gewonnen.":
            "Die Prof. Lindner Schule hat nach eigenen Angaben einen Preis gewonnen",
        "Mit 2,5 Tonnen Honig hat die Imkerei nach eigenen Angaben ein gutes Jahr gehabt.":
            "Mit 2,5 Tonnen Honig hat die Imkerei nach eigenen Angaben ein gutes Jahr gehabt",
    }
    for text, content in cases.items():
        assert [s for s, _ in _reported(text)] == [content], text


def test_own_account_clause_still_stops_at_a_clause_mark() -> None:
    text = "Das Werk steht still, die Firma hat nach eigenen Angaben 30 Leute entlassen."
    assert [s for s, _ in _reported(text)] == [
        "die Firma hat nach eigenen Angaben 30 Leute entlassen"]


def test_clause_mark_skips_marks_inside_a_phrase() -> None:
    text = "Der 1. SC Nordstadt hat"
    assert clause_mark(text, len(text), 100, "de") is None  # an ordinal after an article
    text = "Der Umsatz stieg um 3. Die Firma hat"
    assert clause_mark(text, len(text), 100, "de") == text.index(" Die")  # a sentence's end
    text = "Mit 3,5 Tonnen hat"
    assert clause_mark(text, len(text), 100, "de") is None  # a decimal comma
    text = "Es regnet, 3, 4 oder 5 Tage hat"
    assert clause_mark(text, len(text), 100, "de") == text.index(" 4")  # a list's comma
