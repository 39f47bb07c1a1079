"""German reported speech of issue 16 (twenty-second session): a present plural cue after a
comma with its subject closing the sentence (``quotes/invertedplural.py``), the source after
an impersonal cue and short past reports it closes (``quotes/impersonalsource.py``), and plural
nouns of people as subjects on pages naming a person (``quotes/speakingphrase.py``). Original
sentences with invented people and places; each rule with cases it must leave alone."""

from __future__ import annotations

from dragoman.model import Quote
from tests.support.quoting import quotes_of


def _reported(found: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in found if not q.direct]


# A person named first: the entities stage then finds people on the page.
_NAMED = "Bürgermeisterin Lena Vogt eröffnete die Sitzung. "


def test_present_plural_cue_with_its_subject_closing_the_sentence() -> None:
    for text, content, speaker in (
            ("Der Winter könnte hart werden, warnen Meteorologen.",
             "Der Winter könnte hart werden", "Meteorologen"),
            ("Die Reform sei unausgegoren, kritisieren die Grünen.",
             "Die Reform sei unausgegoren", "Grünen"),
            ("Der Bus fahre zu selten, monieren Anwohner aus dem Viertel.",
             "Der Bus fahre zu selten", "Anwohner"),
            ("Das Gesetz schütze die Mieter kaum, erklären Juristen der Universität Bonn.",
             "Das Gesetz schütze die Mieter kaum", "Juristen"),
            ("Die Preise würden weiter steigen, prognostizieren Analysten.",
             "Die Preise würden weiter steigen", "Analysten")):
        assert _reported(quotes_of(text, "de")) == [(content, speaker)], text


def test_present_plural_forms_that_are_infinitives_or_take_objects_report_nothing() -> None:
    for text in ("Wir wollen davor warnen, dass die Kosten steigen.",
                 "Wenn die Preise steigen, fordern Gewerkschaften mehr Lohn.",
                 "Wenn es kalt wird, warnen die Behörden vor Glätte.",
                 "Nach dem Spiel kritisieren die Fans den Trainer.",
                 "Der Zug ist voll, kritisieren die Fahrgäste den Betreiber.",
                 "Die Preise steigen, fordern Sie daher ein Angebot an.",
                 "Die Regierung wird die Bürger warnen, sobald Gefahr besteht.",
                 "Der Plan ist gut, warnen ist aber trotzdem nötig."):
        assert _reported(quotes_of(text, "de")) == [], text


def test_the_source_after_an_impersonal_cue_speaks() -> None:
    for text, content, speaker in (
            ("Die Brücke werde im Mai fertig, hieß es aus dem Rathaus.",
             "Die Brücke werde im Mai fertig", "Rathaus"),
            ("Man prüfe alle Optionen, hieß es aus Regierungskreisen.",
             "Man prüfe alle Optionen", "Regierungskreisen"),
            ("Die Züge fahren wieder planmäßig, hieß es bei der Bahn.",
             "Die Züge fahren wieder planmäßig", "Bahn"),
            ("Das Werk wird geschlossen, hieß es vom Konzern.",
             "Das Werk wird geschlossen", "Konzern"),
            ("Der Kandidat habe keine Chance, hieß es aus dem Umfeld der Parteichefin.",
             "Der Kandidat habe keine Chance", "Umfeld der Parteichefin")):
        assert _reported(quotes_of(text, "de")) == [(content, speaker)], text


def test_a_place_or_a_thing_after_an_impersonal_cue_names_no_one() -> None:
    assert _reported(quotes_of("Eine Entscheidung sei noch nicht gefallen, hieß es aus Berlin.",
                               "de")) == [("Eine Entscheidung sei noch nicht gefallen", None)]
    for text in ("Der Laden öffnet um neun, heißt es bei Regen nicht.",
                 "Aller Anfang ist schwer, heißt es im Volksmund.",
                 "Der Verein heißt Eintracht, hieß es bei der Taufe."):
        assert _reported(quotes_of(text, "de")) == [], text


def test_a_short_indicative_clause_closed_by_the_past_cue_is_a_report() -> None:
    for text, content in (("Die Straße bleibt bis Freitag gesperrt, hieß es.",
                           "Die Straße bleibt bis Freitag gesperrt"),
                          ("Das Konzert wird verschoben, hieß es.", "Das Konzert wird verschoben")):
        assert _reported(quotes_of(text, "de")) == [(content, None)], text
    for text in ("Kleider machen Leute, heißt es.", "Zeit ist Geld, heißt es.",
                 "Geh nach Hause, hieß es.", "Die Sonne scheint, hieß es damals."):
        assert _reported(quotes_of(text, "de")) == [], text


def test_plural_nouns_of_people_speak_on_pages_naming_a_person() -> None:
    for text, content, speaker in (
            ("Die Mieten steigen weiter, sagen die Anwohner.", "Die Mieten steigen weiter",
             "die Anwohner"),
            ("Die Lage sei ernst, sagten die Ärztinnen.", "Die Lage sei ernst", "die Ärztinnen"),
            ("Die Gewerkschafter kritisierten, der Lohn sei zu niedrig.",
             "der Lohn sei zu niedrig", "Die Gewerkschafter")):
        found = quotes_of(_NAMED + text, "de", people=("Lena Vogt",))
        assert _reported(found) == [(content, speaker)], text
    for text in ("Die Anwohner freuten sich über das Fest.",
                 "Die Ärztinnen arbeiten im Schichtdienst.",
                 "Die Steuer steigt im Januar, sagte Vogt."):
        assert all(sp != "Die Anwohner" and sp != "Die Steuer"
                   for _, sp in _reported(quotes_of(_NAMED + text, "de", people=("Lena Vogt",)))), text


def test_a_subordinate_clause_or_an_object_before_the_plural_verb_reports_nothing() -> None:
    # review: a condition, a fronted object with its relative clause, a noun object after the
    # head noun; a main clause before the comma still reports
    for text in ("Falls die Schleuse klemmt, warnen Lotsen.",
                 "Sobald der Wahlkreis ausgezählt ist, berichten Reporter.",
                 "Alles, was sie gesehen haben, schildern die Passanten.",
                 "Den Kuchen, den viele lieben, erklären die Konditorinnen.",
                 "Das Bad ist geschlossen, fordern Anwohner Ersatz."):
        assert _reported(quotes_of(text, "de")) == [], text
    assert _reported(quotes_of("Die Mieten, die neuen Tarife und die Gebühren steigen, warnen "
                               "Mieterschützer.", "de")) == [
        ("Die Mieten, die neuen Tarife und die Gebühren steigen", "Mieterschützer")]


def test_the_object_of_a_circumposition_after_an_impersonal_cue_is_no_source() -> None:
    # review: "vom … an" names a time ("Tag" is a head of "Bundestag")
    assert _reported(quotes_of("Der Plan sei aussichtslos, hieß es vom ersten Tag an.", "de")) == [
        ("Der Plan sei aussichtslos", None)]
    assert _reported(quotes_of("Der Plan sei aussichtslos, hieß es vom Bundestag.", "de")) == [
        ("Der Plan sei aussichtslos", "Bundestag")]
