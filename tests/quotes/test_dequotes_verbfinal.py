"""German reported statements read off the classes of issue 16 (the analyst pool's German
quotations): a passive or stative participle cue, a cue closing a relative clause or glued to
the span before it (``quotes/verbfinal.py``), a phrase added to the cue's object
(``quotes/appendedphrase.py``), an indirect question or exclamation after a skipped phrase
(``quotes/clauses.question_start``), a postposed marker opening a verb-second clause, an
opening marker before a closing "so X" and a marker inside a relative clause
(``quotes/markers.py``, ``quotes/clauseshape.py``), a gist noun after "so"
(``quotes/germanclauses.py``). Original sentences with invented people and places; each rule
with near misses it must leave alone."""

from __future__ import annotations

from dragoman.language.rules import rules_for
from dragoman.language.speakerwords import speaker_words
from dragoman.model import Quote
from dragoman.quotes.lexicon import lexicon
from dragoman.quotes.verbfinal import verb_final_cue
from tests.support.quoting import quotes_of


def _reported(found: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in found if not q.direct]


def _texts(text: str, people: tuple[str, ...] = ()) -> list[str]:
    return [t for t, _ in _reported(quotes_of(text, "de", people=people))]


def test_a_passive_or_stative_participle_reports_nothing() -> None:
    for text in ("Diese Befunde werden durch eine neue Erhebung der Universität Kiel erneut "
                 "bestätigt.",
                 "Der Verdacht ist inzwischen durch zwei Gutachten bestätigt.",
                 "In Sachsen ist ein weiterer Fall bestätigt, ebenso in Thüringen.",
                 "Die Entscheidung wird vom Vorstand ausdrücklich betont.",
                 "Die Risiken sind in dem Papier ausführlich erklärt, auch für Laien."):
        assert _reported(quotes_of(text, "de")) == [], text


def test_a_participle_near_miss_keeps_its_statement() -> None:
    assert _texts("Die Brücke wird im Mai geschlossen, bestätigt der Sprecher der Stadt.") == [
        "Die Brücke wird im Mai geschlossen"]
    assert _texts("Die Stadtwerke haben bestätigt, dass die Preise im Januar steigen.") == [
        "die Preise im Januar steigen"]
    assert _texts("Die Lieferung sei bestätigt, sagte ein Sprecher des Konzerns.") == [
        "Die Lieferung sei bestätigt"]
    assert _texts("Die Trainerin, die seit Jahren im Verein ist, sagte, das Team sei bereit.") == [
        "das Team sei bereit"]


def test_a_cue_closing_a_relative_clause_reports_nothing() -> None:
    for text in ("Die Firma plant Anlagen, mit denen sie sich große Gewinne verspricht.",
                 "Es geht um Ergebnisse, die der Verband erneut bestätigt.",
                 "Die Kommission legte einen Bericht vor, über den die Presse ausführlich "
                 "berichtete.",
                 "Das ist genau das, was die Gewerkschaft seit Jahren fordert.",
                 "Die Schule, über die die Zeitung berichtet, wird saniert."):
        assert _reported(quotes_of(text, "de")) == [], text


def test_a_relative_clause_near_miss_keeps_its_statement() -> None:
    assert _texts("Viele Menschen, die hier wohnen, sagen, die Lage sei ernst.") == [
        "die Lage sei ernst"]
    assert _texts("Die Zeugin, die den Unfall beobachtet hatte, sagte, der Wagen sei zu "
                  "schnell gewesen.") == ["der Wagen sei zu schnell gewesen"]
    assert _texts("Die Brücke bleibt gesperrt, wie die Stadt mitteilte.") == [
        "Die Brücke bleibt gesperrt"]


def test_a_phrase_added_to_the_object_is_no_content() -> None:
    for text in ("Anna Roth warnte vor neuem Hass, auch in Europa, und wandte sich gegen Gewalt.",
                 "Anna Roth warnte vor neuem Hass, vor allem im Netz.",
                 "Die Ministerin warnte vor Engpässen, insbesondere bei Medikamenten."):
        people = ("Anna Roth",) if "Anna Roth" in text else ()
        assert _reported(quotes_of(text, "de", people=people)) == [], text


def test_a_clause_after_the_object_stays_content() -> None:
    assert _texts("Anna Roth warnte vor neuem Hass, der Staat müsse handeln.", ("Anna Roth",)) == [
        "der Staat müsse handeln"]
    assert _texts("Anna Roth warnte, auch in Europa wachse der Hass.", ("Anna Roth",)) == [
        "auch in Europa wachse der Hass"]
    assert _texts("Die Ministerin sagte, auch in Bayern gebe es Probleme.") == [
        "auch in Bayern gebe es Probleme"]


def test_a_degree_question_is_content_and_another_question_none() -> None:
    assert _texts("Einige Beobachter wiesen darauf hin, wie erstaunlich ruhig es um die "
                  "Regierung ist.") == ["wie erstaunlich ruhig es um die Regierung ist"]
    assert _texts("Die Forscherin erklärte, wie schwierig es sei, die Daten zu erheben.") == [
        "wie schwierig es sei, die Daten zu erheben"]
    assert _texts("Die Forscherin erklärte, wie er das Gerät bedient.") == []
    assert _texts("Die Ministerin betonte am Montag, dass der Haushalt solide sei.") == [
        "der Haushalt solide sei"]


def test_a_postposed_marker_opening_the_sentence_reports_from_its_verb() -> None:
    assert _texts("Fachleuten zufolge ist es nicht ratsam, das Medikament ohne Rezept zu "
                  "nehmen.") == ["ist es nicht ratsam, das Medikament ohne Rezept zu nehmen"]
    assert _texts("Ermittlern zufolge soll der Mann mehrere Autos beschädigt haben, bevor er "
                  "floh.") == ["soll der Mann mehrere Autos beschädigt haben, bevor er floh"]
    assert _texts("Polizeiangaben zufolge wurden zwei Menschen verletzt.") == [
        "wurden zwei Menschen verletzt"]


def test_a_closing_so_source_states_the_sentence_an_opening_marker_began() -> None:
    found = _reported(quotes_of("Ersten Ermittlungen zufolge wurde ein Zeuge gegen 21 Uhr auf "
                                "das Feuer aufmerksam, so die Polizei in einer Mitteilung.", "de"))
    assert [sp for _, sp in found] == ["Polizei"]
    assert found[0][0].endswith("auf das Feuer aufmerksam")
    # an indefinite source too: the opening marker gives way to it
    found = _reported(quotes_of("Laut ersten Erkenntnissen fuhr der Wagen zu schnell, so ein "
                                "Sprecher der Polizei.", "de"))
    assert [sp for _, sp in found] == ["Sprecher"]
    # "so stark wie": no source, the sentence stays the marker's
    assert _texts("Dem Bericht zufolge steigen die Mieten weiter, so stark wie seit Jahren "
                  "nicht.") == ["steigen die Mieten weiter, so stark wie seit Jahren nicht"]


def test_a_marker_inside_a_relative_clause_reports_nothing() -> None:
    assert _texts("Von dem Treffen, bei dem laut Anna Roth der Plan entstanden sei, habe er "
                  "gehört.", ("Anna Roth",)) == []
    assert _texts("Die Preise steigen laut Polizei nicht weiter.") == [
        "Die Preise steigen laut Polizei nicht weiter"]


def test_a_gist_noun_after_so_is_no_source() -> None:
    for text in ("Die Gebühr soll nur unter den Musikern verteilt werden, so das Ziel der "
                 "Initiative Fair Play.",
                 "Die Plattformen, so die Lesart der damaligen Richter, leiten nur Inhalte "
                 "durch."):
        assert _reported(quotes_of(text, "de")) == [], text
    assert [sp for _, sp in _reported(quotes_of("Die Preise steigen weiter, so die "
                                                "Verbraucherzentrale.", "de"))] == [
        "Verbraucherzentrale"]


def _statement(text: str, content: str, cue: str) -> Quote:
    start, at = text.index(content), text.index(cue)
    return Quote(start, start + len(content), content, False, cue, at, at + len(cue))


def test_an_infinitive_after_wuerde_is_no_participle() -> None:
    rules = rules_for("de")
    assert rules is not None
    lex, sw = lexicon(rules), speaker_words("de")
    text = "Wenn man zurückblickt, würde ich sagen, ist es ein Fortschritt."
    assert not verb_final_cue(text, _statement(text, "ist es ein Fortschritt", "sagen"), lex, sw)
    text = "Wenn man zurückblickt, wird das gesagt, ist es ein Fortschritt."
    assert verb_final_cue(text, _statement(text, "ist es ein Fortschritt", "gesagt"), lex, sw)


def test_a_phrase_fronted_in_a_reported_clause_opens_the_content() -> None:
    assert _texts("Der Sprecher sagte, in Europa wachse die Sorge.") == [
        "in Europa wachse die Sorge"]
    assert _texts("Anna Roth warnte, vor allem Kinder seien gefährdet.", ("Anna Roth",)) == [
        "vor allem Kinder seien gefährdet"]
    # no verb after the phrase, or an indirect question: no content
    assert _texts("Die Ministerin sagte, für die Kinder.") == []
    assert _texts("Er bestätigte, in welchem Umfang die Stellen wegfallen.") == []


def test_an_indirect_yes_no_question_after_the_comma_is_no_fronted_phrase() -> None:
    assert _texts("Mit diesem Verfahren stellt die Behörde fest, ob eine Anlage die Auflagen "
                  "erfüllt.") == []
