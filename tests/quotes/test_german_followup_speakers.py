"""German quotation follow-ups (issue 16): a date's dots inside a cue's clause
(``quotes/numberdots.py``, ``speakers.chunk_before``, ``cues._gapped``), the subject after a
fronted phrase and a cue before a colon (``quotes/versecond.py``), the owner of a document
after an impersonal cue (``quotes/nounsources.py``) and question words opening an indirect
question (``language/contentwords.py``). Original sentences with invented people and places;
each rule with cases it must leave alone."""

from __future__ import annotations

from dragoman.model import Quote
from dragoman.quotes.numberdots import number_dot
from tests.support.quoting import quotes_of


def _found(found: list[Quote]) -> list[tuple[bool, str, str | None]]:
    return [(q.direct, q.text, q.speaker_text) for q in found]


def test_dots_of_dates_end_no_phrase() -> None:
    for text in ("am 3. Mai", "vom 12. Juni", "bis 1. Januar", "am 5.6. gemeldet",
                 "am 03.05.2023", "am 31.08.23 berichtete"):
        assert all(number_dot(text, n) for n, c in enumerate(text) if c == "."), text
    for text in ("stieg auf 12. Die Polizei", "im Jahr 2023. Danach", "Sen. Lee", "Ende. Mai",
                 "die 300. Der", "3.5 Prozent", "120.000 Euro", "Version 3.0 der App",
                 "iOS 13.1.3 läuft"):
        assert not any(number_dot(text, n) for n, c in enumerate(text) if c == "."), text


def test_a_date_inside_an_as_clause_keeps_its_subject() -> None:
    for text, speaker in (
            ("Wie die Stadt am 3. Mai mitteilte, bleibt die Brücke gesperrt.", "Stadt"),
            ("Wie die Polizei am 5.6. mitteilte, wurde niemand verletzt.", "Polizei"),
            ("Wie der Landkreis bis 1. Januar erklärte, bleiben die Schulen offen.", "Landkreis"),
            ("Die Schule bleibt geschlossen, wie das Schulamt am 11. Februar bestätigte.",
             "Schulamt")):
        found = [(t, s) for d, t, s in _found(quotes_of(text, "de")) if not d]
        assert len(found) == 1 and found[0][1] == speaker, (text, found)


def test_a_date_inside_a_separable_cue() -> None:
    found = _found(quotes_of("Die Halle wird saniert, teilte die Gemeinde am 19. Juli mit.", "de"))
    assert found == [(False, "Die Halle wird saniert", "Gemeinde")]
    found = _found(quotes_of("Die Stadt teilte am 3. Mai mit, die Fähre bleibe im Hafen.", "de"))
    assert found == [(False, "die Fähre bleibe im Hafen", "Stadt")]


def test_a_month_in_a_name_and_a_number_before_a_new_sentence_stay() -> None:
    text = "Wie Trainerin Petra Lange am 8. Mai sagte, soll das Bad öffnen."
    assert [s for _, _, s in _found(quotes_of(text, "de", ("Petra Lange",)))] == ["Petra Lange"]
    text = "Die Zahl der Fälle stieg auf 12. Die Behörde sagte, die Lage sei unter Kontrolle."
    assert _found(quotes_of(text, "de")) == [(False, "die Lage sei unter Kontrolle", "Behörde")]
    text = "Der Umsatz lag bei 3,5 Millionen Euro, sagte der Geschäftsführer Paul Kranz."
    assert [s for _, _, s in _found(quotes_of(text, "de", ("Paul Kranz",)))] == ["Paul Kranz"]


def test_the_subject_after_a_fronted_phrase_speaks_before_a_colon() -> None:
    for text, people, speaker in (
            ("Nach dem Spiel sagte Anna Roth: „Wir haben verdient gewonnen.“", ("Anna Roth",),
             "Anna Roth"),
            ("Zum Auftakt der Saison sagte Anna Roth: „Wir wollen oben mitspielen.“",
             ("Anna Roth",), "Anna Roth"),
            ("Am Montag erklärte die Ministerin: „Wir handeln jetzt.“", (), "Ministerin"),
            ("Vor dem Finale sagte Kapitän Marco Berg am Freitag: „Wir sind bereit.“",
             ("Marco Berg",), "Marco Berg")):
        found = _found(quotes_of(text, "de", people))
        assert len(found) == 1 and found[0][0] and speaker in (found[0][2] or ""), (text, found)


def test_a_subject_before_the_cue_and_a_fronted_pronoun_stay() -> None:
    text = "Anna Roth sagte nach dem Spiel: „Wir haben verdient gewonnen.“"
    assert [s for _, _, s in _found(quotes_of(text, "de", ("Anna Roth",)))] == ["Anna Roth"]
    text = "Zum Auftakt der Saison sagte er: „Wir wollen oben mitspielen.“"
    assert [s for _, _, s in _found(quotes_of(text, "de"))] == [None]  # (no "Saison")


def test_an_impersonal_cue_quotes_the_owner_of_its_document() -> None:
    text = "„Wir sind zufrieden“, hieß es in der Mitteilung des DOSB."
    assert _found(quotes_of(text, "de", others=(("DOSB", "ORG"),))) == [
        (True, "Wir sind zufrieden", "DOSB")]
    text = "„Die Lage ist ernst“, heißt es in einer Studie von Anna Roth."
    assert _found(quotes_of(text, "de", ("Anna Roth",))) == [(True, "Die Lage ist ernst",
                                                            "Anna Roth")]


def test_an_impersonal_cue_without_a_named_owner_has_no_speaker() -> None:
    text = "„Die Lage ist ernst“, heißt es in der Einleitung des Entwurfs."
    assert _found(quotes_of(text, "de")) == [(True, "Die Lage ist ernst", None)]
    text = "Jan Wolf lobte das Team. „Wir sind stolz“, hieß es in einer Mitteilung des Vereins."
    assert _found(quotes_of(text, "de", ("Jan Wolf",))) == [(True, "Wir sind stolz", None)]


def test_one_word_question_words_open_indirect_questions() -> None:
    for text in ("Wieviel Geld die Firma verdient, verrät das Unternehmen nicht.",
                 "Worüber die Parteien streiten, sagte die Sprecherin nicht.",
                 "Inwiefern das Gesetz greift, erklärte die Sprecherin nicht."):
        assert [q for q in quotes_of(text, "de") if not q.direct] == [], text


def test_a_pronominal_adverb_inside_a_statement_leaves_it_alone() -> None:
    text = "Die Firma erhöht die Preise, womit sie auf die Kosten reagiert, sagte der Chef."
    assert _found(quotes_of(text, "de")) == [
        (False, "Die Firma erhöht die Preise, womit sie auf die Kosten reagiert", "Chef")]


def test_the_owner_of_a_text_speaks_not_of_a_group_an_event_or_a_request() -> None:
    text = "„Die Lage bleibt ernst“, heißt es in der Risikoeinschätzung des Landesamts."
    assert _found(quotes_of(text, "de", others=(("Landesamts", "ORG"),))) == [
        (True, "Die Lage bleibt ernst", "Landesamts")]
    for text, people, others in (
            ("„Wir trauern“, hieß es nach dem Tod von Jonas Pfeil.", ("Jonas Pfeil",), ()),
            ("„Das ist falsch“, hieß es im Umfeld von Jonas Pfeil.", ("Jonas Pfeil",), ()),
            ("„Er bleibt“, hieß es aus dem Team von Jonas Pfeil.", ("Jonas Pfeil",), ()),
            ("„Kein Kommentar“, hieß es auf Anfrage des Radiosenders WKL.", (),
             (("WKL", "ORG"),)),
            ("„Das reicht nicht“, hieß es mit Blick auf die Rede von Jonas Pfeil.",
             ("Jonas Pfeil",), ()),
            ("„Er war fleißig“, heißt es in der Akte von Jonas Pfeil.", ("Jonas Pfeil",), ())):
        assert [s for _, _, s in _found(quotes_of(text, "de", people, others))] == [None], text


def test_an_impersonal_or_indefinite_subject_after_a_fronted_phrase_is_no_speaker() -> None:
    text = "Aus dem Rathaus hieß es dazu: „Wir prüfen den Antrag.“"
    assert "dazu" not in [s for _, _, s in _found(quotes_of(text, "de"))]
    text = "Auf dem Revier sagte man: „Wir wissen nichts.“"  # (not "man"; as before the colon)
    assert [s for _, _, s in _found(quotes_of(text, "de"))] in ([None], ["Revier"])


def test_an_as_clause_reads_its_subject_across_a_date_and_a_name_holding_a_time_word() -> None:
    text = "Wie der Sprecher des Verbands am 17. Oktober erklärte, bleibt die Halle zu."
    assert [s for _, _, s in _found(quotes_of(text, "de"))] == ["Sprecher des Verbands"]
    for name in ("Sebastian Mai", "Frank Freitag", "Doris Ende"):
        text = f"Wie {name} sagte, bleibt die Mannschaft zusammen."
        assert [s for _, _, s in _found(quotes_of(text, "de", (name,)))] == [name], text
    text = "Wie die Feuerwehr am Montag mitteilte, bleibt die Halle zu."  # (no name: a time)
    assert [s for _, _, s in _found(quotes_of(text, "de"))] == ["Feuerwehr"]


def test_a_number_of_a_name_stays_in_an_as_clause_subject_but_not_a_date() -> None:
    text = "Wie Eintracht 07 am 2. Mai mitteilte, verlässt der Kapitän den Klub."
    assert [s for _, _, s in _found(quotes_of(text, "de"))] == ["Eintracht 07"]
    text = "Wie der Klub am 2. Mai mitteilte, verlässt der Kapitän den Verein."
    assert [s for _, _, s in _found(quotes_of(text, "de"))] == ["Klub"]
