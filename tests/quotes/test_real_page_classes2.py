"""Second round of error classes read off the dev pages of the real-page set
(eval/data/quotes/real): reported speech beside a colon-introduced quotation, German "so X",
role speakers resolved to the person quoted, names NER missed in German. Original French,
German and English sentences written for these tests."""

from __future__ import annotations

from dragoman.model import Quote
from tests.support.quoting import quotes_of as _quotes


def _reported(found: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in found if not q.direct]


def test_reported_content_before_a_colon_quotation() -> None:
    text = ("Auch Jana Roth von der Feuerwehr ist unzufrieden. Sie sagt, die Stadt habe die "
            "Warnungen lange ignoriert: „Wir haben das seit Jahren gemeldet.“")
    found = _quotes(text, "de", people=("Jana Roth",), others=(("Feuerwehr", "ORG"),))
    assert [q.text for q in found if q.direct] == ["Wir haben das seit Jahren gemeldet."]
    assert [t for t, _ in _reported(found)] == ["die Stadt habe die Warnungen lange ignoriert"]
    text = ("Le pont restera fermé tout l’hiver, selon l’ingénieur Paul Mercier : « les piles "
            "sont trop abîmées pour rouvrir ».")
    found = _quotes(text, "fr", people=("Paul Mercier",))
    assert _reported(found) == [("Le pont restera fermé tout l’hiver", "Paul Mercier")]


def test_a_cue_whose_quotation_follows_without_a_colon_reports_nothing_more() -> None:
    text = "Jana Roth sagte am Montag: „Wir bauen die Halle bis Mai um.“"
    found = _quotes(text, "de", people=("Jana Roth",))
    assert _reported(found) == [] and len(found) == 1


def test_so_names_the_source_of_the_clause_before_it() -> None:
    text = ("Die Stadt habe die Warnungen der Anwohner monatelang ignoriert, so Jana Roth. "
            "„Das Dach wird im Mai repariert“, so der Sprecher der Stadt Tim Kühn.")
    found = _quotes(text, "de", people=("Jana Roth", "Tim Kühn"))
    assert _reported(found) == [("Die Stadt habe die Warnungen der Anwohner monatelang "
                                 "ignoriert", "Jana Roth")]
    assert [(q.text, q.speaker_text) for q in found if q.direct] == [
        ("Das Dach wird im Mai repariert", "Tim Kühn")]


def test_so_that_goes_on_is_no_source() -> None:
    text = ("Die Halle wurde gesperrt, so dass die Spiele verlegt werden mussten. Der Verein "
            "plant um, so gut es geht. Die Linke, so der Vorwurf, verhindere die Debatte.")
    found = _quotes(text, "de")
    assert _reported(found) == []


def test_a_role_without_a_name_is_the_person_last_quoted() -> None:
    text = ("„Die Mücken wandern nach Norden“, sagt Jonas Brandt vom Institut in Kiel. Die "
            "Winter würden wärmer. „Das braucht aber Zeit“, gibt der Virologe zu bedenken.")
    found = _quotes(text, "de", people=("Jonas Brandt",), others=(("Kiel", "LOC"),))
    assert [q.speaker_text for q in found if q.direct] == ["Jonas Brandt", "Jonas Brandt"]
    text = ("« Les fibres sont essentielles », indique Claire Dubois. Elle reçoit chaque "
            "semaine des patients. « Il faut manger des légumes », précise la naturopathe.")
    found = _quotes(text, "fr", people=("Claire Dubois",))
    assert [q.speaker_text for q in found] == ["Claire Dubois", "Claire Dubois"]


def test_a_role_keeps_its_words_when_the_last_speaker_disagrees_or_is_no_person() -> None:
    text = ("« Les travaux commencent lundi », a déclaré Paul Mercier. « Le chantier durera "
            "deux ans », précise la directrice.")
    found = _quotes(text, "fr", people=("Paul Mercier",))
    assert [q.speaker_text for q in found] == ["Paul Mercier", "la directrice"]
    text = ("“We will reopen the bridge,” the city council said. “It was never safe,” the "
            "spokesman said.")
    found = _quotes(text, "en", others=(("city council", "ORG"),))
    assert found[-1].speaker_text == "the spokesman"


def test_a_role_appositive_before_the_verb_is_the_name_before_it() -> None:
    text = "Claire Dubois, fondatrice WARA affirme « C’est une bonne décision pour la forêt »."
    found = _quotes(text, "fr", people=("Claire Dubois",))
    assert [q.speaker_text for q in found] == ["Claire Dubois"]


def test_german_names_ner_missed_when_the_article_shows_them_to_be_names() -> None:
    text = ("Die Tauben sterben im Dach. (STADTBLATT berichtete, dass die Netze seit August "
            "Löcher haben.)\n\nJana Roth ist entsetzt.")
    found = _quotes(text, "de", people=("Jana Roth",))
    assert _reported(found) == [("die Netze seit August Löcher haben", "STADTBLATT")]
    text = ("Herr Kühn leitet die Halle. Jana Roth war auch dort. Die Netze seien seit "
            "August kaputt, sagte Kühn am Montag.")
    found = _quotes(text, "de", people=("Jana Roth",))
    assert _reported(found) == [("Die Netze seien seit August kaputt", "Kühn")]


def test_a_capitalised_noun_is_still_no_name_in_german() -> None:
    text = ("Jana Roth kennt die Halle. Die Netze seien seit August kaputt, sagte Präzision "
            "am Montag.")
    found = _quotes(text, "de", people=("Jana Roth",))
    assert _reported(found) == []


def test_an_acronym_is_not_what_he_refers_to() -> None:
    text = ("„Ich bin Fußballfan“, sagt Tim Kühn. (STADTBLATT berichtete, dass die Halle "
            "gesperrt ist.)\n\nWeiter schreibt er: „Das Dach muss repariert werden.“")
    found = _quotes(text, "de", people=("Tim Kühn",))
    assert [q.speaker_text for q in found if q.direct][-1] in ("Tim Kühn", "Kühn")


def test_heisst_es_takes_its_source_from_the_phrase_before_it() -> None:
    text = ("„Wir prüfen die Zahlen noch.“ Beim BfArM indessen heißt es, man könne dazu "
            "derzeit nichts sagen.")
    found = _quotes(text, "de")
    assert [q.speaker_text for q in found if q.direct] != ["BfArM"]
    assert _reported(found) == [("man könne dazu derzeit nichts sagen", "BfArM")]
    text = "Im Bericht der Stadt heißt es, die Halle sei seit Jahren marode. Jana Roth lacht."
    found = _quotes(text, "de", people=("Jana Roth",))
    assert _reported(found) == []


def test_an_elided_article_before_a_common_source() -> None:
    text = ("Parmi les blessés se trouvaient, toujours selon l’association locale, trois "
            "enfants du quartier.")
    found = _quotes(text, "fr")
    assert [(q.text, q.speaker_text) for q in found] == [
        ("Parmi les blessés se trouvaient", "association locale")]


def test_a_phrase_before_a_colon_is_no_reported_content() -> None:
    text = ("Il ministro Marco Ferri ha poi aggiunto, rivolto ai giornalisti presenti: «Il "
            "ponte riaprirà a maggio».")
    found = _quotes(text, "it", people=("Marco Ferri",))
    assert _reported(found) == [] and [q.speaker_text for q in found] == ["Marco Ferri"]


def test_a_topic_after_the_cue_is_no_reported_content() -> None:
    text = ("(Das Blatt Stadtecho berichtete über Tim Kühn, den Leiter der Halle, der seit "
            "Jahren dort arbeitet.)\n\nJana Roth schweigt.")
    found = _quotes(text, "de", people=("Tim Kühn", "Jana Roth"),
                    others=(("Stadtecho", "ORG"),))
    assert _reported(found) == []


def test_an_adverb_before_the_subjects_name_keeps_the_name_for_he() -> None:
    text = ("Die Firma Hanfwerk schweigt. Auch Tim Kühn, selbst Patient und Berater in Berlin, "
            "ärgert sich. Er sagt, die Behörden wüssten zu wenig über den Markt.")
    found = _quotes(text, "de", people=("Tim Kühn",), others=(("Hanfwerk", "ORG"),))
    assert [(q.text, q.speaker_name) for q in found] == [
        ("die Behörden wüssten zu wenig über den Markt", "Tim Kühn")]
