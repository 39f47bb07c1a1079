"""German reported speech going on in bare Konjunktiv sentences after a statement ("…, sagte
X. Das Ziel sei …"; ``quotes/germancontinued.py``): each such sentence is the statement's
speaker's; the writer's own sentences, first persons, imperatives, concessions, questions and
past tenses are not. Original sentences, invented people."""

from __future__ import annotations

from tests.support.quoting import quotes_of


def _reported(text: str, *people: str) -> list[tuple[str, str | None]]:
    """Reported statements of ``text`` with the speaker's name (``people``: the persons the
    entities stage would find)."""
    return [(q.text, q.speaker_name) for q in quotes_of(text, "de", people, continued=True)
            if not q.direct]


def test_a_konjunktiv_sentence_goes_on_with_the_statement_before_it() -> None:
    text = ("Die Schulleiterin Sabine Roth sagte, der Unterricht falle am Freitag aus. "
            "Die Heizung sei defekt.")
    assert _reported(text, "Sabine Roth") == [("der Unterricht falle am Freitag aus", "Sabine Roth"),
                               ("Die Heizung sei defekt", "Sabine Roth")]


def test_a_run_of_sentences_and_a_paragraph_break_go_on() -> None:
    text = ("Der Bürgermeister Klaus Berg kündigte an, die Brücke werde im Mai eröffnet.\n\n"
            "Die Baukosten lägen im Plan. Der Verkehr müsse bis dahin umgeleitet werden.")
    assert [s for _, s in _reported(text, "Klaus Berg")] == ["Klaus Berg"] * 3


def test_a_konjunktiv_ending_after_the_subject_counts() -> None:
    text = "Der Händler Ahmet Yilmaz sagte, das Geschäft laufe schlecht. Nun hoffe er auf Hilfe."
    assert ("Nun hoffe er auf Hilfe", "Ahmet Yilmaz") in _reported(text, "Ahmet Yilmaz")


def test_after_a_direct_quotation_too() -> None:
    text = "„Wir sind zufrieden“, sagte Eva Brandl. Die Zahl der Besucher sei gestiegen."
    assert _reported(text, "Eva Brandl") == [("Die Zahl der Besucher sei gestiegen", "Eva Brandl")]


def test_writer_sentences_do_not_go_on() -> None:
    cases = (
        "Der Trainer Jan Roth sagte, das Team müsse kämpfen. Dann spielte die Mannschaft gut.",
        "Der Professor Jens Albers sagte, die Studie sei fehlerhaft. Sie wurde im März gedruckt.",
        "Die Sprecherin Eva Lind sagte, der Zug komme später. Wie lange die Fahrt dauert, ist offen.",
        "Der Vorstand Ole Berg sagte, der Umsatz sei gut. Würden wir die Preise senken, hätten wir mehr.",
        "Die Forscherin Ina Kuhn sagte, das Eis schmelze. Lange Zeit habe ich das nicht geglaubt.",
        "Die Kanzlerin Eva Horn sagte, die Lage sei ernst. Was sage die Opposition dazu?",
        "Der Bischof Karl Mohr sagte, die Kirche müsse sich öffnen. Das Wetter: Es werde sonnig.",
    )
    for text in cases:
        assert len(_reported(text)) == 1, text


def test_no_statement_before_means_no_continuation() -> None:
    cases = (
        "Der Bericht erschien 2019. Er habe damals viel Aufsehen erregt.",
        "Sei nicht so streng mit dir. Das Leben ist kurz.",
        "Der Verein hat eine neue Halle. Sie sei groß, und sei es nur für den Winter.",
    )
    for text in cases:
        assert _reported(text) == [], text


def test_a_sentence_far_from_the_statement_does_not_go_on() -> None:
    text = ("Der Minister Hans Ebert sagte, die Steuern würden nicht erhöht.\n\n"
            "Im zweiten Teil des Abends trat eine Band auf.\n\nDer Sänger sei früher Lehrer gewesen.")
    assert len(_reported(text)) == 1


def test_a_sentence_naming_another_person_does_not_go_on() -> None:
    text = ("Der Regisseur Paul Hahn sagte, der Film sei fertig. "
            "Die Schauspielerin Mia Roth sehe das anders.")
    assert _reported(text, "Paul Hahn", "Mia Roth") == [("der Film sei fertig", "Paul Hahn")]


# -- the option: off by default (the quotation gold's convention), on by the setting ----------
_RUN = ("Die Försterin Greta Lang sagte, der Wald leide unter der Dürre. "
        "Viele Fichten seien bereits abgestorben.")


def test_off_by_default_no_continuation() -> None:
    assert [q.text for q in quotes_of(_RUN, "de", ("Greta Lang",)) if not q.direct] == [
        "der Wald leide unter der Dürre"]


def test_on_the_continuation_appears() -> None:
    assert _reported(_RUN, "Greta Lang")[-1] == ("Viele Fichten seien bereits abgestorben",
                                                  "Greta Lang")


def test_the_setting_is_read_from_the_environment_and_reaches_the_stage() -> None:
    from dragoman import analyze
    from dragoman.settings import Settings, load_settings

    assert Settings().continued_speech is False
    assert load_settings(environ={"DRAGOMAN_CONTINUED_SPEECH": "1"}).continued_speech is True
    assert load_settings(environ={"DRAGOMAN_CONTINUED_SPEECH": "0"}).continued_speech is False
    on = load_settings(environ={"DRAGOMAN_CONTINUED_SPEECH": "yes"})
    assert on.stage_options()["quotes"] == {"continued": True}
    off, with_it = (analyze(_RUN, lang="de", settings=s) for s in (Settings(), on))
    assert len(with_it.quotes) == len(off.quotes) + 1


# -- narrowed in review: shapes of the writer's own sentences --------------------------------
_SAID = "Der Landrat Uwe Kolb sagte, die Straße sei marode. "


def test_attributive_adjectives_and_prepositions_are_no_finite() -> None:
    for tail in ("Zwei große neue Brücken wurden im Mai eröffnet.",
                 "Mehrere kleine private Betriebe bekommen Geld.",
                 "Sachsens frühere rote Hochburg wählt jetzt anders.",
                 "Die Polizei fand das Auto mithilfe einer Drohne."):
        assert len(_reported(_SAID + tail, "Uwe Kolb")) == 1, tail


def test_a_singular_konjunktiv_two_stays_the_writers() -> None:
    for tail in ("Ein Neubau wäre für den Kreis ein Gewinn.", "Eine Umleitung gäbe es schon."):
        assert len(_reported(_SAID + tail, "Uwe Kolb")) == 1, tail


def test_set_phrases_with_a_konjunktiv_report_nothing() -> None:
    for tail in ("Gott sei Dank wurde niemand verletzt.",
                 "Die Strecke bleibt offen, es sei denn, der Frost kommt.",
                 "Es sei daran erinnert, dass der Kreis 2018 klagte.",
                 "Überall fehlen Leute, sei es im Bauamt oder im Bauhof.",
                 "Wie dem auch sei, die Wahl ist im Mai."):
        assert len(_reported(_SAID + tail, "Uwe Kolb")) == 1, tail
    assert len(_reported(_SAID + "Der Belag sei es nicht wert, geflickt zu werden.",
                         "Uwe Kolb")) == 2


def test_a_closing_clause_naming_another_speaker_is_theirs() -> None:
    for tail in ("Die Bürger müssten das wissen, findet die SPD.",
                 "Dazu passe nicht, dass die Preise steigen, merkte die FDP an."):
        assert len(_reported(_SAID + tail, "Uwe Kolb")) == 1, tail
    for tail in ("Man prüfe alles, auch die Brücken.", "Nun gelte es, die Löcher zu flicken.",
                 "Falls es friere, wären die Schäden groß.", "Geld gebe es, kaum Personal."):
        assert len(_reported(_SAID + tail, "Uwe Kolb")) == 2, tail
