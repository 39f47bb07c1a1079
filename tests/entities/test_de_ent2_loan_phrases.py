"""English phrases typed as persons in German text (``entities/foreignphrases``)."""

from __future__ import annotations

import pytest

from dragoman.entities.foreignphrases import MAX_RANK, without_loan_phrases
from dragoman.entities.frequentwords import frequent_ranks
from dragoman.model import EntityType, Mention

pytestmark = pytest.mark.skipif(not frequent_ranks("en"), reason="en-frequent.txt.gz not shipped")


def _mention(text: str, span: str, label: EntityType = "PER", nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(span, start + 1)
    return Mention(start, start + len(span), span, label, None, 0.9)


def _kept(text: str, *spans: str, label: EntityType = "PER", language: str | None = "de") -> list[str]:
    mentions = [_mention(text, s, label) for s in spans]
    return [m.text for m in without_loan_phrases(text, mentions, None, language)]


@pytest.mark.parametrize(("text", "span"), [
    ("Die Plattform will künftig entschiedener gegen Hate Speech in Kommentaren vorgehen.",
     "Hate Speech"),
    ("Viele Zulieferer setzen seit Jahren auf Lean Production und kurze Wege im Werk.",
     "Lean Production"),
    ("Der Regionalverlag verdient inzwischen mehr mit Paid Content als mit Anzeigen.",
     "Paid Content"),
    ("Beim Machine Learning lernt die Software aus alten Messreihen.", "Machine Learning"),
])
def test_english_phrase_typed_person_is_dropped(text: str, span: str) -> None:
    assert _kept(text, span) == []


def test_only_the_phrase_goes_and_the_person_beside_it_stays() -> None:
    text = "Laut Sabine Krüger nimmt Hate Speech in den Foren der Stadt zu."
    assert _kept(text, "Sabine Krüger", "Hate Speech") == ["Sabine Krüger"]


@pytest.mark.parametrize(("text", "span"), [
    ("Gordon Brown sprach am Montag vor Studierenden in Edinburgh.", "Gordon Brown"),  # given name
    ("Rose Young leitet seit dem Frühjahr die Redaktion.", "Rose Young"),  # persons' words
    ("Minister Axel Vogel stellte den Jagdbericht vor.", "Axel Vogel"),  # rare words, titled
    ("Elon Musk kündigte ein neues Werk in Brandenburg an.", "Elon Musk"),  # seed-KB person
    ("Human Rights Watch kritisierte die Festnahmen scharf.", "Human Rights Watch"),  # KB body
    ("Die Zeitung gehörte damals zu News Corp, dem Konzern aus New York.", "News Corp"),  # closer
    ("Mit Apple Music hört die Familie im Auto Hörbücher.", "Apple Music"),  # KB word
    ("Die Rolling Stones spielten zwei Stunden im Olympiastadion.", "Rolling Stones"),  # plural
    ("Der Dienst „Next Issue“ bündelte Magazine in einer App.", "Next Issue"),  # quoted name
    ("Die Deutsche Bank meldete einen höheren Gewinn.", "Deutsche Bank"),  # a German word
    ("Green Day spielten am Abend in der ausverkauften Halle.", "Green Day"),  # persons' words
    ("Pink Floyd veröffentlichten das Album vor fünfzig Jahren.", "Pink Floyd"),  # given name
])
def test_names_of_english_words_stay(text: str, span: str) -> None:
    assert _kept(text, span) == [span]


def test_a_word_the_page_names_alone_keeps_the_span() -> None:
    text = "Office läuft auf jedem Rechner; die Office Apps gibt es auch für Tablets."
    mentions = [_mention(text, "Office"), _mention(text, "Office Apps")]
    kept = without_loan_phrases(text, mentions, None, "de")
    assert [m.text for m in kept] == ["Office", "Office Apps"]


def test_organisations_and_single_words_are_left_alone() -> None:
    text = "Über Social Media erreichte die Kampagne vor allem Speech-Trainer."
    assert _kept(text, "Social Media", label="ORG") == ["Social Media"]
    assert _kept("Die Rede hieß Speech und war kurz.", "Speech") == ["Speech"]


def test_a_language_that_does_not_capitalise_nouns_is_left_alone() -> None:
    text = "The platform will act against Hate Speech in comments."
    assert _kept(text, "Hate Speech", language="en") == ["Hate Speech"]
    assert _kept(text, "Hate Speech", language=None) == ["Hate Speech"]


def test_rare_english_words_read_as_names() -> None:
    ranks = frequent_ranks("en")
    assert ranks["speech"] < MAX_RANK <= ranks["vogel"]


def test_a_title_or_descriptor_before_keeps_an_artist_name() -> None:
    # "Ocean Storm" would be an English phrase; the role noun before it makes it a stage name
    assert _kept("Die Sängerin Ocean Storm trat am Freitag in Köln auf.", "Ocean Storm") == ["Ocean Storm"]
    assert _kept("Am Freitag zog Ocean Storm über die Küste der Bretagne.", "Ocean Storm") == []


def test_a_span_cut_out_of_a_longer_english_name_stays() -> None:
    text = "Laut Human Rights Watch wurden die Aktivisten ohne Anklage festgehalten."
    assert _kept(text, "Rights Watch") == ["Rights Watch"]
    text = "Nach dem Sommer steigt die Firma in Mobile Payment Services ein."
    assert _kept(text, "Mobile Payment") == ["Mobile Payment"]
