"""German reported spans that state nothing, read off a judged sample of the analyst pool's
German quotations (issue 16; ``quotes/germanreported.py``): a span ending in a colon that
announces a list, an indirect question opened by a question determiner, and an "according to"
marker behind a comma that belongs to the next clause. Original sentences with invented
people and places; each rule with near misses it must leave alone."""

from __future__ import annotations

from dragoman.model import Quote
from tests.support.quoting import quotes_of


def _reported(text: str, others: tuple[tuple[str, str], ...] = ()
              ) -> list[tuple[str, str | None]]:
    found: list[Quote] = quotes_of(text, "de", others=others)
    return [(q.text, q.speaker_text) for q in found if not q.direct]


def test_a_span_ending_in_a_colon_reports_nothing() -> None:
    for text in ("Ab Montag gelten laut der Stadtverwaltung in Bussen diese Regeln:\n"
                 "- Maske tragen\n- Abstand halten",
                 "Nach Angaben des Veranstalters sind folgende Straßen gesperrt:\n"
                 "Hauptstraße, Marktplatz",
                 "Im Herbst erscheinen laut dem Analysten Tom Berg diese drei Geräte:",
                 "Die Ministerin sagte, es gebe vier Bereiche:\nBildung, Verkehr, Wohnen"):
        assert _reported(text) == [], text


def test_a_span_going_on_past_its_colon_stays() -> None:
    text = ("Im Herbst sollen laut Hersteller drei Modelle erscheinen: Modell A, Modell B und "
            "Modell C.")
    assert [s for s, _ in _reported(text)] == [
        "Im Herbst sollen laut Hersteller drei Modelle erscheinen: Modell A, Modell B und "
        "Modell C"]
    assert _reported("Die Regeln gelten laut der Stadtverwaltung ab Montag.") == [
        ("Die Regeln gelten laut der Stadtverwaltung ab Montag", "Stadtverwaltung")]


def test_an_indirect_question_with_a_determiner_reports_nothing() -> None:
    for text in ("Die Landrätin erläuterte, welche Straßen im Winter zuerst geräumt werden.",
                 "Der Kämmerer sagte, welchen Anteil die Stadt am Neubau übernimmt.",
                 "Eine Sprecherin des Klinikums schilderte am Dienstag im Ausschuss, welches "
                 "Ziel das Haus bis 2027 verfolgt.",
                 "Der Verband erklärte, welche neuen Regeln für Züchter gelten."):
        assert _reported(text) == [], text


def test_a_question_determiner_near_miss_keeps_its_statement() -> None:
    assert _reported("Der Bürgermeister sagte, welche Partei auch gewinne, die Schulden "
                     "blieben hoch.") == [
        ("welche Partei auch gewinne, die Schulden blieben hoch", "Bürgermeister")]
    assert _reported("Die Landrätin erklärte, die Straßen würden zuerst geräumt.") == [
        ("die Straßen würden zuerst geräumt", "Landrätin")]


def test_a_marker_inside_the_next_clause_reports_nothing_before_it() -> None:
    for text in ("Die Nachzahlung ist oft teuer, laut ADAC liegt der Beitrag bei zehn Cent.",
                 "Der Streik ist vorbei, nach Angaben des Landkreises fahren die Busse wieder.",
                 "Die Akkus, die im Labor getestet wurden, können dem Bericht zufolge länger "
                 "halten."):
        assert all(not s.startswith(("Die Nachzahlung", "Der Streik ist", "Die Akkus"))
                   for s, _ in _reported(text)), text


def test_a_marker_closing_its_span_stays() -> None:
    assert _reported("Der Streik ist vorbei, laut der Polizei.") == [
        ("Der Streik ist vorbei", "Polizei")]
    assert _reported("Die Preise steigen, laut ADAC um zehn Prozent.")[0][0].startswith(
        "Die Preise steigen")


def test_a_postposed_marker_after_a_verb_is_no_cue() -> None:
    for text in ("Die Händler haben dem Bericht zufolge im Vorjahr drei Millionen Euro umgesetzt.",
                 "Der Verein will Experten zufolge im Herbst eine neue Halle eröffnen.",
                 "Die neuen Akkus, die im Labor getestet wurden, können Experten zufolge länger "
                 "halten."):
        assert _reported(text) == [], text


def test_a_postposed_marker_opening_or_closing_its_clause_stays() -> None:
    assert _reported("Dem Bericht zufolge haben die Händler drei Millionen Euro umgesetzt.") == [
        ("haben die Händler drei Millionen Euro umgesetzt", "Bericht")]
    assert _reported("Die Händler haben drei Millionen Euro umgesetzt, offiziellen Angaben "
                     "zufolge.") == [
        ("Die Händler haben drei Millionen Euro umgesetzt", "Angaben")]


def test_a_span_opening_inside_the_source_parenthesis_starts_after_it() -> None:
    assert [s for s, _ in _reported("Nach Angaben des Verbands Kommunaler Betriebe (VKB) "
                                    "fehlen bundesweit 5000 Fachkräfte.")] == [
        "fehlen bundesweit 5000 Fachkräfte"]
    assert [s for s, _ in _reported("Laut Angaben der Agentur für Wohnen (AfW) werden im "
                                    "Herbst neue Stellen geschaffen.",
                                    others=(("Agentur für Wohnen", "ORG"),))] == [
        "werden im Herbst neue Stellen geschaffen"]


def test_a_parenthesis_inside_the_content_stays() -> None:
    assert next(s for s, _ in _reported("Nach Angaben der Polizei wurden drei Menschen "
                                        "verletzt (Stand: Mai).")).startswith("wurden drei")
    assert ("wurden (laut Zeugen) drei Menschen verletzt", "Polizei") in _reported(
        "Nach Angaben der Polizei wurden (laut Zeugen) drei Menschen verletzt.")


def test_a_colon_before_a_marker_inside_the_span_ends_the_writers_clause() -> None:
    assert _reported("Es gibt gute Nachrichten: Die Brücke wird laut der Stadt im Mai fertig.") \
        == [("Die Brücke wird laut der Stadt im Mai fertig", "Stadt")]
    assert next(s for s, _ in _reported("Die Brücke wird laut der Stadt im Mai fertig: Das "
                                        "ist eine gute Nachricht.")).startswith("Die Brücke")


def test_a_subject_source_marker_inside_its_clause_keeps_the_subject() -> None:
    assert _reported("Die Firma hat nach eigenen Angaben drei Millionen Euro umgesetzt.") == [
        ("Die Firma hat nach eigenen Angaben drei Millionen Euro umgesetzt", "Firma")]
    assert _reported("Der Verein soll eigenen Angaben zufolge bald an die Börse gehen.") == [
        ("Der Verein soll eigenen Angaben zufolge bald an die Börse gehen", "Verein")]
