"""Error classes read off the dev pages of the real-page set (eval/data/quotes/real): one test
per class, on original French and German sentences written for these tests."""

from __future__ import annotations

from dragoman.quotes.marks import find_quoted
from tests.support.quoting import quotes_of as _quotes


def test_a_short_quoted_phrase_inside_a_clause_is_no_continuation() -> None:
    text = ("„Wir bauen die Halle bis Mai um“, sagte Jana Roth. Sie sprach von einem "
            "„Neustart“ für das Viertel.")
    found = _quotes(text, "de", people=("Jana Roth",))
    assert [q.text for q in found] == ["Wir bauen die Halle bis Mai um"]
    text = ("« Nous rouvrirons la salle en juin », a déclaré Paul Mercier. Le maire a aussi "
            "évoqué une « renaissance » du quartier.")
    found = _quotes(text, "fr", people=("Paul Mercier",))
    assert [q.text.strip() for q in found] == ["Nous rouvrirons la salle en juin"]


def test_a_quoted_phrase_after_selon_is_not_the_last_speakers() -> None:
    text = ("« Le pont restera fermé », a déclaré Paul Mercier. Selon les pompiers, le feu est "
            "parti d’« un court-circuit dans la cave du bâtiment ».")
    found = _quotes(text, "fr", people=("Paul Mercier",))
    assert not any("court-circuit" in q.text and q.speaker_text == "Paul Mercier"
                   for q in found)
    assert any("court-circuit" in q.text and q.speaker_text == "pompiers" for q in found)


def test_a_quotation_reopened_on_each_paragraph_ends_before_a_heading() -> None:
    text = ("« Le premier jour, nous avons tout perdu.\n\n« Le deuxième jour, nous sommes "
            "partis vers le sud.\n\nUn intertitre\n\nLa suite du récit, « entre guillemets ».")
    spans, _ = find_quoted(text)
    first = text[spans[0].start:spans[0].end].strip()
    assert first.startswith("Le premier jour") and first.endswith("partis vers le sud.")
    assert spans[0].paragraphs == 2 and text[spans[1].start:spans[1].end].strip() == "entre guillemets"


def test_the_speaker_before_a_colon() -> None:
    text = ("Die Folgen sind schwer. Mit dabei war auch Jana Roth von der Feuerwehr: „Wir "
            "haben im Dach mehrere große Löcher gefunden.“")
    found = _quotes(text, "de", people=("Jana Roth",), others=(("Feuerwehr", "ORG"),))
    assert len(found) == 1 and found[0].speaker_text == "Jana Roth"


def test_a_document_named_before_a_colon_does_not_speak() -> None:
    text = ("Lukas Brandt hat eine Petition gestartet. In der Petition heisst es: „Wir wollen "
            "ein Turnier ohne Diskriminierung, für alle Fans in allen Stadien der Welt.“")
    found = _quotes(text, "de", people=("Lukas Brandt",), others=(("Petition", "ORG"),))
    assert len(found) == 1 and found[0].speaker_text != "Petition"


def test_a_capitalised_german_noun_is_no_speaker() -> None:
    text = ("Lukas Brandt betreibt die Halle am Rhein.\n\nTauben finden nicht raus\n\nViele "
            "Tauben sterben im Netz. „Wir haben im Dach mehrere große Löcher entdeckt, durch "
            "die die Vögel nicht mehr herausfinden können.“")
    found = _quotes(text, "de", people=("Lukas Brandt",))
    assert len(found) == 1 and found[0].speaker_text == "Lukas Brandt"


def test_an_uncued_quotation_is_not_given_to_an_organisation_subject() -> None:
    text = ("Jana Roth leitet den Verein. Die Petition hat schon 5000 Unterschriften. "
            "„Wir wollen nichts anderes als die gleichen Rechte für alle Menschen in allen "
            "Ländern der Welt.“")
    found = _quotes(text, "de", people=("Jana Roth",), others=(("Petition", "ORG"),))
    assert len(found) == 1 and found[0].speaker_text == "Jana Roth"


def test_a_cue_inside_a_relative_clause_reports_nothing_before_it() -> None:
    text = ("La salle restera fermée jusqu’en mai. C’est ce qu’a annoncé Paul Mercier, "
            "adjoint au maire, mercredi matin.")
    found = _quotes(text, "fr", people=("Paul Mercier",))
    assert not any(q.text.startswith("C’est ce") for q in found)


def test_german_content_needs_a_comma_or_dass_after_the_cue() -> None:
    assert _quotes("Auf seinem Kanal erklärt der junge Mann seit Jahren alles zum Thema "
                   "Geld und Sparen.", "de") == []
    found = _quotes("Der Sprecher Jan Ott sagte, die Halle bleibe bis Mai geschlossen.", "de",
                    people=("Jan Ott",))
    assert len(found) == 1 and found[0].text == "die Halle bleibe bis Mai geschlossen"


def test_a_bracket_after_a_source_ends_it() -> None:
    found = _quotes("Selon les estimations de la WCF (Fondation des chimpanzés), il restait "
                    "200 éléphants dans la zone.", "fr", others=(("WCF", "ORG"),))
    assert len(found) == 1 and found[0].speaker_text == "WCF"


def test_a_remark_in_brackets_after_a_quotation_is_not_its_attribution() -> None:
    text = ("Jana Roth pfeift seit Jahren. „Ich bin seit zehn Jahren Schiedsrichterin und "
            "liebe diesen Sport über alles.“ (Die Zeitung berichtete, dass der Verband "
            "zustimmt.)")
    found = _quotes(text, "de", people=("Jana Roth",), others=(("Zeitung", "ORG"),))
    direct = [q for q in found if q.direct]
    assert len(direct) == 1 and direct[0].cue != "berichtete"
    assert direct[0].speaker_text == "Jana Roth"


def test_cue_verbs_and_roles_read_off_real_pages() -> None:
    found = _quotes("« Il faudra deux ans pour tout reconstruire », constate Claire Martin, "
                    "ingénieure.", "fr", people=("Claire Martin",))
    assert len(found) == 1 and found[0].speaker_text == "Claire Martin"
    found = _quotes("Jana Roth forscht in Basel. „Die Lage ist ernst“, sagt die Virologin.",
                    "de", people=("Jana Roth",))
    assert len(found) == 1 and "Virologin" in (found[0].speaker_text or "")
