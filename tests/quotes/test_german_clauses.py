"""German reported statements whose span is no clause the cue reports
(``quotes/germanclauses.py``): a circumstance before a cue that opens a colon, a relative
clause behind "erklärt", a belief or a meaning of "meinen", an "according to" marker of the
next clause, the writer's "man kann sagen", a figure or table as source. Original sentences
with invented people and places; each rule with cases it must leave alone."""

from __future__ import annotations

from dragoman.model import Quote
from tests.support.quoting import quotes_of


def _reported(found: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in found if not q.direct]


def test_a_circumstance_before_a_cue_that_opens_a_colon_is_no_content() -> None:
    text = ("Sobald jemand nach dem Schlüssel fragte, sagte die Hausmeisterin nur: „Der liegt "
            "im Büro.“")
    found = quotes_of(text, "de")
    assert _reported(found) == []
    assert [q.text for q in found if q.direct] == ["Der liegt im Büro."]


def test_a_relative_clause_behind_a_declaring_cue_is_no_content() -> None:
    for text in ("Der Verband hat die Regel für nichtig erklärt, die seit Jahren umstritten war.",
                 "Die Kommission hat das Projekt zu einem Vorbild erklärt, das bald auch andere "
                 "Städte nachahmen sollen.",
                 "Um den Unterricht zu sichern, hat die Behörde eine Ausnahme erklärt, die auf "
                 "einer Zusage des Anbieters beruht."):
        assert _reported(quotes_of(text, "de")) == [], text


def test_a_demonstrative_subject_behind_the_cue_stays_a_statement() -> None:
    for text, person, content in (
            ("Der Trainer Olaf Brenning erklärte, das stimme so nicht.", "Olaf Brenning",
             "das stimme so nicht"),
            ("Die Ärztin Vera Lind sagte, die Lage sei ernst.", "Vera Lind", "die Lage sei ernst")):
        found = quotes_of(text, "de", people=(person,))
        assert [t for t, _ in _reported(found)] == [content], text


def test_meinen_of_a_belief_or_a_meaning_is_no_statement() -> None:
    for text in ("Offenbar meint die Trainerin, mit dieser Aufstellung das Spiel gewinnen zu "
                 "können.",
                 "Mit der Formel meinte der Lehrer die Summe aller Kräfte, die auf den Körper "
                 "wirken."):
        assert _reported(quotes_of(text, "de")) == [], text


def test_meinen_before_reported_speech_stays_a_statement() -> None:
    text = "Die Abgeordnete Ilse Wagner meinte dazu, das Gesetz komme zu spät."
    found = quotes_of(text, "de", people=("Ilse Wagner",))
    assert [t for t, _ in _reported(found)] == ["das Gesetz komme zu spät"]


def test_a_marker_of_the_next_clause_reports_nothing_before_it() -> None:
    for text in ("Die Rechnung müssten am Ende wieder die Mieter zahlen: Laut Berechnungen des "
                 "Mieterbundes würden die Kosten um ein Drittel steigen.",
                 "Das Problem ist nicht die neue Brücke, die laut Baudezernent Anton Reiher "
                 "ohnehin kommen wird."):
        found = quotes_of(text, "de", people=("Anton Reiher",) if "Reiher" in text else ())
        assert all(not t.startswith(("Die Rechnung", "Das Problem")) for t, _ in _reported(found))


def test_a_marker_inside_its_clause_stays() -> None:
    text = "Verletzt wurde laut der Polizei Neustadt bei dem Brand niemand."
    assert len(_reported(quotes_of(text, "de"))) == 1


def test_the_writers_own_voice_is_no_reported_statement() -> None:
    text = ("Man kann das ohne jede Übertreibung sagen: Dass die Bäder im Sommer geöffnet "
            "bleiben, ist ein großer Erfolg der Bürgerinitiative.")
    assert _reported(quotes_of(text, "de")) == []


def test_a_figure_with_no_owner_is_no_speaker() -> None:
    for text in ("Das Vertrauen in die Parteien sei laut Umfragen deutlich gesunken.",
                 "Laut Statistik fahren die meisten Pendler noch immer mit dem Auto."):
        found = _reported(quotes_of(text, "de"))
        assert len(found) == 1 and found[0][1] is None, text


def test_a_figure_with_an_owner_keeps_its_owner() -> None:
    text = "Laut einer Umfrage des Instituts Kronberg liegt die Partei bei zwanzig Prozent."
    found = _reported(quotes_of(text, "de", others=(("Instituts Kronberg", "ORG"),)))
    assert len(found) == 1 and found[0][1] is not None and "Kronberg" in found[0][1]


def test_a_document_stays_a_source() -> None:
    text = "Mehrere Künstler unterstützen laut der Mitteilung die neue Initiative für Musiker."
    found = _reported(quotes_of(text, "de"))
    assert len(found) == 1 and found[0][1] == "Mitteilung"


def test_an_impersonal_cue_takes_no_speaker_from_an_earlier_sentence() -> None:
    text = ("Der Skispringer Tom Brandt ist positiv getestet worden. Er muss in Quarantäne.\n\n"
            "„Die Athleten wurden sofort isoliert“, hieß es in der Mitteilung des Verbands.")
    found = [q for q in quotes_of(text, "de", people=("Tom Brandt",)) if q.direct]
    assert [(q.text, q.speaker_text) for q in found] == [
        ("Die Athleten wurden sofort isoliert", None)]


def test_a_personal_cue_keeps_its_speaker() -> None:
    text = "„Die Athleten wurden sofort isoliert“, sagte Verbandsarzt Tom Brandt."
    found = [q for q in quotes_of(text, "de", people=("Tom Brandt",)) if q.direct]
    assert [q.speaker_text for q in found] == ["Tom Brandt"]


def test_an_impersonal_cue_pointing_back_to_a_work_keeps_its_author() -> None:
    text = ("Die Autorin Hanna Seidel schreibt über Gärten. „Jede Pflanze braucht ihre Zeit“, "
            "heißt es da.")
    found = [q for q in quotes_of(text, "de", people=("Hanna Seidel",)) if q.direct]
    assert [q.speaker_text for q in found] == ["Hanna Seidel"]


def test_a_subject_noun_phrase_behind_the_cue_stays_a_statement() -> None:
    for text, content in (
            ("Die Ärztin Vera Lind sagte, die vier Patienten seien außer Gefahr.",
             "die vier Patienten seien außer Gefahr"),
            ("Die Ärztin Vera Lind sagte, das vor Jahren gebaute Haus sei marode.",
             "das vor Jahren gebaute Haus sei marode")):
        found = quotes_of(text, "de", people=("Vera Lind",))
        assert [t for t, _ in _reported(found)] == [content], text


def test_a_particle_that_makes_another_verb() -> None:
    # "absagen" (cancel): no statement; "sagte, …" with "ab" inside the content stays
    assert _reported(quotes_of("Am Montag sagte Ida Wendt die Lesung ab, weil sie krank war.", "de")) == []
    assert _reported(quotes_of("Ida Wendt sagte, die Lesung falle ab sofort aus.", "de")) == [
        ("die Lesung falle ab sofort aus", "Ida Wendt")]
