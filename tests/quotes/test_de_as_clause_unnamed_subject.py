"""A German "wie" clause closed by a speech verb whose subject no mention names ("Wie Coindesk
am Montag berichtete, …", "Wie die beiden Fachleute auf einer Tagung berichteten, …") on a page
where the entities stage found a person: the clause's subject speaks (``quotes/assubject.py``),
though elsewhere on such a page only mentions may (``speakers._mentions_only``). Original
sentences; a pronoun subject, a clause with no subject, a passive, a capitalised noun next to
an ordinary cue and English and French "as" clauses stay as they were."""

from __future__ import annotations

from tests.support.quoting import quotes_of

_LEAD = "Paul Senft kam spät nach Hause. "


def _reported(text: str, lang: str = "de", people: tuple[str, ...] = ("Paul Senft",)
              ) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in quotes_of(text, lang, people=people)
            if not q.direct]


def test_an_unrecognised_outlet_before_a_date_speaks() -> None:
    text = _LEAD + "Wie Nordpost am 3. März berichtete, hat die Firma drei Werke geschlossen."
    assert _reported(text) == [("hat die Firma drei Werke geschlossen", "Nordpost")]
    text = _LEAD + "Wie Eisblick am 31.08.23 berichtete, bleibt das Werk bis Juni geschlossen."
    assert _reported(text) == [("bleibt das Werk bis Juni geschlossen", "Eisblick")]


def test_a_common_noun_phrase_with_adjectives_speaks() -> None:
    text = (_LEAD + "Wie die beiden Gutachter auf einer Pressekonferenz am 7. Februar "
            "berichteten, ist die Brücke marode.")
    assert _reported(text) == [("ist die Brücke marode", "Gutachter")]


def test_a_trailing_as_clause_gives_the_clause_before_it() -> None:
    text = _LEAD + "Die Mieten steigen weiter, wie Lindwurm auf meine Anfrage erklärt."
    assert _reported(text) == [("Die Mieten steigen weiter", "Lindwurm")]


def test_a_role_with_its_genitive_speaks_whole() -> None:
    text = _LEAD + "Wie die Ärzte der Klinik am Abend berichteten, ist die Patientin wach."
    assert _reported(text) == [("ist die Patientin wach", "Ärzte der Klinik")]


def test_a_pronoun_subject_still_refers_back() -> None:
    text = _LEAD + "Wie er am Montag sagte, ist die Brücke marode."
    assert _reported(text) == [("ist die Brücke marode", "Paul Senft")]


def test_an_as_clause_without_a_subject_is_no_statement() -> None:
    for clause in ("Wie bereits berichtet", "Wie schon gesagt", "Wie Anfang März berichtet",
                   "Wie gestern berichtet"):
        assert _reported(_LEAD + clause + ", ist die Brücke marode.") == [], clause


def test_an_as_clause_with_no_speech_verb_is_no_statement() -> None:
    for clause in ("Wie Studien zeigen", "Wie Experten schätzen", "Wie Sie wissen",
                   "Wie dem Sender bestätigt wurde"):
        assert _reported(_LEAD + clause + ", steigen die Preise.") == [], clause


def test_a_capitalised_noun_after_an_ordinary_cue_still_does_not_speak() -> None:
    text = _LEAD + "Die Netze seien seit August kaputt, sagte Präzision am Montag."
    assert _reported(text) == []


def test_english_and_french_as_clauses_are_unchanged() -> None:
    text = "Paul Senft came home late. The bridge is closed, as the council said on Monday."
    assert _reported(text, "en") == [("The bridge is closed", "the council")]
    text = "Paul Senft came home late. As he said, the bridge is closed."
    assert _reported(text, "en") == [("the bridge is closed", "Paul Senft")]
    # (French "comme" clauses give no statement, before this rule and after it)
    text = "Paul Senft est rentré tard. Comme le rapporte Nordpost, la banque ferme."
    assert _reported(text, "fr") == []
