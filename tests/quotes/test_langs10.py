"""German quotation classes read off a new sample of real pages that are in no set (issue 16,
htmldate-eval pages outside the quotation, NER and entity-audit sets): press verbs the pack
lacked ("scherzte", the separable "hielt … fest", "resümierte"), professions as speakers
("Publizist", "Journalistin", one after the other joined by "und"), and a colon's clause that
ends on a preposition phrase, no speaker; and verbs of joking and irony, which report a
statement in every pack ("a plaisanté", "ha scherzato", "ironizó", "пошутила"). Original
sentences written for these tests."""

from __future__ import annotations

import pytest

from dragoman.model import Quote
from tests.support.quoting import quotes_of


def _found(found: list[Quote]) -> list[tuple[bool, str, str | None]]:
    return [(q.direct, q.text, q.speaker_text) for q in found]


def test_joking_verb_before_colon_opens_a_quotation() -> None:
    text = "Am Ende der Sitzung scherzte Ingrid Hahn: „Ich bleibe hier, solange die Stadt mich braucht.“"
    found = quotes_of(text, "de", people=("Ingrid Hahn",))
    assert [q.text for q in found if q.direct] == [
        "Ich bleibe hier, solange die Stadt mich braucht."]


def test_separable_hielt_fest_is_a_cue_and_holding_someone_is_not() -> None:
    direct = "„Wir bauen das Rathaus im nächsten Jahr neu“, hielt die Ministerin Vera Kunz fest."
    assert _found(quotes_of(direct, "de", people=("Vera Kunz",))) == [
        (True, "Wir bauen das Rathaus im nächsten Jahr neu", "Vera Kunz")]
    reported = quotes_of("Die Ministerin hielt fest, dass der Bau im Mai beginne.", "de")
    assert [(q.direct, q.text) for q in reported] == [(False, "der Bau im Mai beginne")]
    assert quotes_of("Die Polizei hielt den Fahrer an der Grenze fest.", "de") == []


def test_summing_up_verb_reports_the_clause() -> None:
    found = quotes_of("Der Trainer resümierte, die Mannschaft habe zu wenig Tore geschossen.", "de")
    assert [(q.direct, q.text) for q in found] == [
        (False, "die Mannschaft habe zu wenig Tore geschossen")]
    assert found[0].speaker_text is not None and "Trainer" in found[0].speaker_text


def test_two_professions_joined_by_und_name_a_speaker() -> None:
    text = "Die Reform werde scheitern, sagte die Journalistin und Autorin Eva Brandt."
    found = quotes_of(text, "de", people=("Eva Brandt",))
    assert [(q.direct, q.text) for q in found] == [(False, "Die Reform werde scheitern")]
    assert found[0].speaker_text in ("die Journalistin", "Eva Brandt")


def test_colon_clause_ending_on_a_preposition_is_no_speaker() -> None:
    text = ("„Die Mieten steigen weiter“, sagte Vera Kunz. Die VDB-Präsidentin zweifelt zudem an "
            "der Wirkung der EZB-Politik auf Firmen: „Wir sehen bisher keinen Nutzen für den "
            "Handel.“")
    found = quotes_of(text, "de", people=("Vera Kunz",), others=(("EZB", "ORG"), ("VDB", "ORG")))
    second = [q for q in found if q.text.startswith("Wir sehen")]
    assert len(second) == 1
    assert second[0].speaker_text is None or "zweifelt" not in second[0].speaker_text


def test_team_named_by_its_head_keeps_the_head() -> None:
    text = ("„Die Wälder schrumpfen schneller als erwartet“, schreiben Forscher um Anna Roy in "
            "einer neuen Studie.")
    found = quotes_of(text, "de", people=("Anna Roy",))
    assert len(found) == 1 and found[0].direct
    assert found[0].speaker_text is not None and "Roy" in found[0].speaker_text


@pytest.mark.parametrize(("lang", "text", "content", "person"), [
    ("fr", "« Les loyers vont encore grimper », a plaisanté Claire Dubois devant les invités.",
     "Les loyers vont encore grimper", "Claire Dubois"),
    ("it", "« Gli affitti saliranno ancora », ha scherzato Chiara Russo davanti agli ospiti.",
     "Gli affitti saliranno ancora", "Chiara Russo"),
    ("es", "«Los alquileres seguirán subiendo», ironizó Lucía Gómez ante los invitados.",
     "Los alquileres seguirán subiendo", "Lucía Gómez"),
    ("pt", "«Os aluguéis vão subir ainda mais», ironizou Ana Souza diante dos convidados.",
     "Os aluguéis vão subir ainda mais", "Ana Souza"),
    ("ru", "«Аренда будет только расти», пошутила Анна Петрова перед гостями.",
     "Аренда будет только расти", "Анна Петрова"),
])
def test_joke_and_irony_verbs_attribute_the_quotation(lang: str, text: str, content: str,
                                                      person: str) -> None:
    found = quotes_of(text, lang, people=(person,))
    assert [(q.direct, q.text.strip(), q.speaker_text) for q in found] == [
        (True, content, person)]
