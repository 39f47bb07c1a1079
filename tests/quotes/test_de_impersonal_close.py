"""German statements closed or split by an impersonal cue after a comma ("…, heißt es.", "…,
hieß es aus dem Rathaus.", "X, heißt es dort, sehe …"; ``quotes/impersonalclose.py``): the
clause is reported with no speaker, or with the source named after the cue; sayings, "heißt es
abwarten" and subordinate clauses report nothing. Original sentences, invented places."""

from __future__ import annotations

from tests.support.quoting import quotes_of


def _reported(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in quotes_of(text, "de") if not q.direct]


def test_a_closing_impersonal_cue_reports_the_clause_before_it() -> None:
    cases = {
        "Der Umsatz sei im Sommer deutlich gestiegen, heißt es in der Mitteilung.":
            "Der Umsatz sei im Sommer deutlich gestiegen",
        "Die Mensa bleibe bis Ende Mai geschlossen, hieß es.":
            "Die Mensa bleibe bis Ende Mai geschlossen",
        "Man wolle die Anwohner früher informieren, heißt es weiter.":
            "Man wolle die Anwohner früher informieren",
        "Es gebe keine Hinweise auf Brandstiftung, hieß es am Abend.":
            "Es gebe keine Hinweise auf Brandstiftung",
    }
    for text, said in cases.items():
        assert _reported(text) == [(said, None)], text


def test_a_source_after_the_cue_is_kept() -> None:
    text = "Die Straße sei wieder frei, hieß es von der Feuerwehr."
    assert _reported(text) == [("Die Straße sei wieder frei", "Feuerwehr")]


def test_a_split_clause_is_one_statement_with_no_fronted_speaker() -> None:
    cases = (
        "Bei der Reform, heißt es dort, sehe sich die Kammer als Vorreiter.",
        "Die Ursache des Brandes, heißt es im Bericht, sei noch unklar.",
        "Ab Montag, heißt es in der Verordnung, gelte wieder die alte Regel.",
    )
    for text in cases:
        assert _reported(text) == [(text[:-1], None)], text


def test_sayings_and_time_to_do_report_nothing() -> None:
    for text in ("Wenn es regnet, heißt es abwarten.",
                 "Bis zum Saisonende heißt es nun durchhalten.",
                 "Wer zu spät kommt, heißt es im Volksmund, den bestraft das Leben.",
                 "Was lange währt, heißt es, wird endlich gut.",
                 "Ganz im Gegenteil, heißt es.",
                 "Nach neunzig Minuten hieß es 0:0.",
                 "Das Kind heißt Anna und ist drei Jahre alt."):
        assert _reported(text) == [], text


def test_other_cues_are_left_alone() -> None:
    assert _reported("Aus dem Rathaus hieß es, die Anlage sei ein Gewinn für das Viertel.") == [
        ("die Anlage sei ein Gewinn für das Viertel", "Rathaus")]
    assert _reported("„Das ist gut“, hieß es aus dem Rathaus.") == []


def test_a_short_saying_in_the_indicative_reports_nothing() -> None:
    # review: a short clause with no finite of indirect speech is a saying or a motto
    for text in ("Neue Besen kehren gut, heißt es.",
                 "Wissen ist Macht, hieß es damals in der Schule.",
                 "Kommt der Regen, kommt der Schlamm, heißt es im Dorf.",
                 "Erst die Arbeit, dann das Vergnügen, heißt es.",
                 "Große Hunde bellen selten, heißt es bekanntlich."):
        assert _reported(text) == [], text


def test_a_short_statement_with_a_konjunktiv_or_a_long_one_is_still_reported() -> None:
    cases = {
        "Die Kantine öffne erst im Juni, heißt es.": "Die Kantine öffne erst im Juni",
        "Der Zug, heißt es nun, komme erst morgen.": "Der Zug, heißt es nun, komme erst morgen",
        "Der neue Hafen bietet ab Mai täglich zwei Fähren nach Norderney und Juist an, hieß es.":
            "Der neue Hafen bietet ab Mai täglich zwei Fähren nach Norderney und Juist an",
        "Die Vorräte seien bald aufgebraucht, hieß es am späten Abend.":
            "Die Vorräte seien bald aufgebraucht",
    }
    for text, said in cases.items():
        assert _reported(text) == [(said, None)], text
