"""Reported speech constructions of the French and German press (issue 16, classes read off
the dev pages of eval/data/quotes/real and written passages): inverted subjects after the
content (with adverbs before them, a phrase or a colon quotation after them), press titles
and compounds as speakers, elided "qu’", "X zufolge", "nach eigenen Angaben", "wie X
mitteilte", "à l’en croire". Original sentences written for these tests."""

from __future__ import annotations

from dragoman.model import Quote
from tests.support.quoting import quotes_of as _quotes


def _reported(found: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in found if not q.direct]


def test_a_press_title_after_the_content_is_the_speaker() -> None:
    text = "Les loyers ont grimpé de 8 % en un an, souligne le quotidien régional."
    assert _reported(_quotes(text, "fr")) == [
        ("Les loyers ont grimpé de 8 % en un an", "le quotidien régional")]


def test_a_weekday_between_the_cue_and_its_inverted_subject() -> None:
    text = ("La hausse des prix devrait ralentir d’ici l’automne, a estimé mardi la Banque de "
            "Bretagne.")
    found = _quotes(text, "fr", others=(("Banque de Bretagne", "ORG"),))
    assert _reported(found) == [("La hausse des prix devrait ralentir d’ici l’automne",
                                 "Banque de Bretagne")]


def test_an_adverb_before_a_german_inverted_subject() -> None:
    text = ("Generell sei die Nachfrage nach Rädern gestiegen, sagt auch der Sprecher des "
            "Radverbands, Peter Lohmann.")
    found = _quotes(text, "de", people=("Peter Lohmann",))
    assert _reported(found) == [("Generell sei die Nachfrage nach Rädern gestiegen",
                                 "Peter Lohmann")]


def test_an_opening_adverb_is_not_the_subject_of_an_inverted_cue() -> None:
    text = ("Le bilan est lourd. Ainsi, sept vélos sur dix étaient mal rangés, a constaté la "
            "mairie, qui a publié le rapport.")
    assert _reported(_quotes(text, "fr")) == [
        ("Ainsi, sept vélos sur dix étaient mal rangés", "la mairie")]


def test_a_phrase_after_an_inverted_subject_is_no_content() -> None:
    text = ("Le chantier prendra trois mois de retard, a reconnu l’architecte Hugo Besson lors "
            "d’une réunion publique.")
    found = _quotes(text, "fr", people=("Hugo Besson",))
    assert _reported(found) == [("Le chantier prendra trois mois de retard", "Hugo Besson")]


def test_content_before_an_inverted_cue_whose_quotation_follows_a_colon() -> None:
    text = ("Vor allem in den Städten fehle es an Ladesäulen, sagt Energieexperte Tobias "
            "Frank: „Das sieht man an jeder Ecke.“")
    found = _quotes(text, "de", people=("Tobias Frank",))
    assert [q.text for q in found if q.direct] == ["Das sieht man an jeder Ecke."]
    assert _reported(found) == [("Vor allem in den Städten fehle es an Ladesäulen",
                                 "Tobias Frank")]


def test_a_german_compound_ending_with_a_role_is_a_speaker() -> None:
    text = "Die Reform komme viel zu spät, kritisiert der Verbandschef."
    assert _reported(_quotes(text, "de")) == [("Die Reform komme viel zu spät",
                                               "Verbandschef")]
    text = "Die Reform komme viel zu spät, kritisiert der Vorgang. Jana Roth lacht."
    assert _reported(_quotes(text, "de", people=("Jana Roth",))) == []  # no role, no name


def test_an_object_verb_with_a_clause_set_off_by_a_comma() -> None:
    text = "Die Stiftung Prüfhaus kritisierte, viele Müslis enthielten zu viel Zucker."
    found = _quotes(text, "de", others=(("Stiftung Prüfhaus", "ORG"),))
    assert _reported(found) == [("viele Müslis enthielten zu viel Zucker", "Stiftung Prüfhaus")]
    text = "Die Stiftung Prüfhaus kritisierte die Hersteller scharf."
    assert _reported(_quotes(text, "de", others=(("Stiftung Prüfhaus", "ORG"),))) == []


def test_an_elided_complementizer_glued_to_the_next_word() -> None:
    text = "La vétérinaire Julie Morin rappelle qu’une alimentation trop riche fatigue le chien."
    found = _quotes(text, "fr", people=("Julie Morin",))
    assert _reported(found) == [("une alimentation trop riche fatigue le chien", "Julie Morin")]


def test_a_postposed_marker_takes_the_phrase_before_it() -> None:
    text = "Dem Jahresbericht zufolge stiegen die Mieten in Kassel um acht Prozent."
    assert _reported(_quotes(text, "de")) == [
        ("stiegen die Mieten in Kassel um acht Prozent", "Jahresbericht")]
    text = "Rund 2000 Beschäftigte beteiligten sich am Streik, der Gewerkschaft zufolge."
    assert _reported(_quotes(text, "de")) == [
        ("Rund 2000 Beschäftigte beteiligten sich am Streik", "Gewerkschaft")]


def test_a_subject_source_marker_takes_the_clause_subject() -> None:
    text = "Die Firma Lumo hat nach eigenen Angaben im Vorjahr zehn Millionen Euro umgesetzt."
    found = _quotes(text, "de", others=(("Lumo", "ORG"),))
    # the whole clause, its subject and verb included (``germanreported.trimmed``), not the
    # fragment after the marker
    assert [(t, "Lumo" in (s or "")) for t, s in _reported(found)] == [
        ("Die Firma Lumo hat nach eigenen Angaben im Vorjahr zehn Millionen Euro umgesetzt", True)]


def test_a_wie_clause_holds_the_cue_after_the_content() -> None:
    text = "Die Schule bleibe bis Freitag geschlossen, wie die Stadtverwaltung mitteilte."
    assert _reported(_quotes(text, "de")) == [
        ("Die Schule bleibe bis Freitag geschlossen", "Stadtverwaltung")]
    text = "Wie ein Sprecher der Polizei mitteilte, wurde bei dem Unfall niemand verletzt."
    found = _quotes(text, "de", others=(("Polizei", "ORG"),))
    assert [t for t, _ in _reported(found)] == ["wurde bei dem Unfall niemand verletzt"]


def test_a_marker_with_no_source_refers_to_the_person_last_named() -> None:
    text = ("Paul Girard a rencontré les syndicats jeudi. À l’en croire, les négociations "
            "reprendront la semaine prochaine.")
    found = _quotes(text, "fr", people=("Paul Girard",))
    assert _reported(found) == [("les négociations reprendront la semaine prochaine",
                                 "Paul Girard")]


def test_new_press_cues() -> None:
    text = "Le syndicat a fait savoir que la grève continuera jusqu’à vendredi."
    assert _reported(_quotes(text, "fr")) == [("la grève continuera jusqu’à vendredi",
                                               "Le syndicat")]
    text = "Le club a confirmé mercredi que son entraîneur partira en juin."
    assert _reported(_quotes(text, "fr")) == [("son entraîneur partira en juin", "Le club")]


def test_a_listed_inverted_cue_keeps_its_pronoun_subject() -> None:
    text = ("Le maire Paul Girard a visité l’école jeudi. Les travaux finiront avant la "
            "rentrée, a-t-il ajouté.")
    found = _quotes(text, "fr", people=("Paul Girard",))
    assert _reported(found) == [("Les travaux finiront avant la rentrée", "Paul Girard")]


def test_plural_subjects_of_french_cues() -> None:
    text = "Les enquêteurs ont indiqué que le feu était parti d’un transformateur."
    assert _reported(_quotes(text, "fr")) == [("le feu était parti d’un transformateur",
                                               "Les enquêteurs")]


def test_time_words_before_a_german_subject_are_no_speaker() -> None:
    text = "Wie der Mieterverein am Montag mitteilte, steigen die Beiträge im Januar."
    assert _reported(_quotes(text, "de")) == [("steigen die Beiträge im Januar", "Mieterverein")]


def test_romance_adverbs_and_as_clauses_before_an_inverted_subject() -> None:
    cases = [
        ("es", "Las obras terminarán en verano, indicó este martes la concejala Marta Gil.",
         "Las obras terminarán en verano", "Marta Gil"),
        ("es", "El mercado abrirá los domingos, como explicó el alcalde Jorge Ruiz.",
         "El mercado abrirá los domingos", "Jorge Ruiz"),
        ("pt", "As obras vão terminar no verão, disse ontem a vereadora Ana Lima.",
         "As obras vão terminar no verão", "Ana Lima"),
        ("it", "Il mercato aprirà la domenica, come ha spiegato il sindaco Marco Rossi.",
         "Il mercato aprirà la domenica", "Marco Rossi"),
    ]
    for lang, text, content, person in cases:
        assert _reported(_quotes(text, lang, people=(person,))) == [(content, person)], text


def test_a_name_set_off_after_a_role_phrase_that_goes_on() -> None:
    text = ("Die Zinsen würden weiter sinken, sagt auch der Sprecher der Vereinigung für "
            "Sparer (VfS), Jürgen Kranz.")
    found = _quotes(text, "de", people=("Jürgen Kranz",), others=(("Vereinigung für Sparer",
                                                                   "ORG"),))
    assert _reported(found) == [("Die Zinsen würden weiter sinken", "Jürgen Kranz")]


def test_so_set_off_inside_the_sentence_attributes_the_whole_sentence() -> None:
    text = "Die Lage im Hafen, so Jana Roth, sei seit Wochen angespannt."
    found = _quotes(text, "de", people=("Jana Roth",))
    assert _reported(found) == [("Die Lage im Hafen, so Jana Roth, sei seit Wochen angespannt",
                                 "Jana Roth")]
    text = "Er kam spät, so gegen zehn Uhr, und ging sofort nach Hause."
    assert _reported(_quotes(text, "de")) == []  # no source after "so"
