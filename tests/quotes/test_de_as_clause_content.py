"""A German "wie" clause that is the content of its sentence, not a comment on it
(``quotes/ascontent.py``): an indirect question after a verb of asking ("Die Nachbarn fragen
sich, wie die Gemeinde darauf reagierte.") or a clause whose verb has an object of its own
("…, wie der Kapitän die Niederlage erklärte.") reports no statement, on a page with people
and without. Original sentences; comment clauses with a dative, a preposition's object, a
title opened by a capitalised article or a bare "das" keep their speaker."""

from __future__ import annotations

from tests.support.quoting import quotes_of

_LEAD = "Jonas Wendt kam spät nach Hause. "


def _reported(text: str, people: tuple[str, ...] = ("Jonas Wendt",)
              ) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in quotes_of(text, "de", people=people)
            if not q.direct]


def test_an_indirect_question_after_a_verb_of_asking_reports_nothing() -> None:
    for lead, people in ((_LEAD, ("Jonas Wendt",)), ("", ())):
        text = lead + "Die Nachbarn fragen sich, wie die Gemeinde darauf reagierte."
        assert _reported(text, people) == []
        text = lead + "Der Reporter erkundigte sich, wie die Klinik den Vorfall erklärte."
        assert _reported(text, people) == []


def test_a_clause_whose_verb_has_its_own_object_reports_nothing() -> None:
    text = _LEAD + "Viele Fans wollen wissen, wie der Kapitän die Niederlage erklärte."
    assert _reported(text) == []
    text = _LEAD + "Wie die Senatorin die neue Regel begründete, überzeugte kaum jemanden."
    assert _reported(text) == []


def test_comment_clauses_with_a_dative_or_a_prepositions_object_keep_their_speaker() -> None:
    text = _LEAD + "Wie die Sprecherin den Reportern sagte, bleibt die Halle geschlossen."
    assert _reported(text) == [("bleibt die Halle geschlossen", "Sprecherin")]
    text = _LEAD + "Wie die Feuerwehr über die sozialen Medien mitteilte, ist die Straße frei."
    assert _reported(text) == [("ist die Straße frei", "Feuerwehr")]
    text = _LEAD + "Der Hafen bleibt geschlossen, wie die Behörde auf eine Anfrage erklärte."
    assert _reported(text) == [("Der Hafen bleibt geschlossen", "Behörde")]


def test_a_title_with_a_capitalised_article_or_a_bare_demonstrative_keeps_its_speaker() -> None:
    text = "Wie das Magazin Der Stern berichtete, schließt das Werk im Mai."
    assert [s for _, s in _reported(text, ())] != []
    text = "Die Halle wird saniert, wie die Gemeinde das bereits angekündigt hatte."
    assert _reported(text, ()) == [("Die Halle wird saniert", "Gemeinde")]


def test_a_dative_object_after_the_subject_is_no_part_of_it() -> None:
    text = "Wie der Trainer dem Sender erklärte, fehlt der Torwart am Samstag."
    assert _reported(text, ()) == [("fehlt der Torwart am Samstag", "Trainer")]
