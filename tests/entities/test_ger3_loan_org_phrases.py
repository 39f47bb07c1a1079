"""English phrases typed as organisations in German text, dropped only where the page uses them
as common nouns (``entities/foreignphrases.common_use``)."""

from __future__ import annotations

import pytest

from dragoman.entities.foreignphrases import without_loan_phrases
from dragoman.entities.frequentwords import frequent_ranks
from dragoman.entities.spanshape import shipped_common_words
from dragoman.model import EntityType, Mention

pytestmark = pytest.mark.skipif(not frequent_ranks("en") or shipped_common_words("de") is None,
                                reason="en-frequent or German common words not shipped")


def _kept(text: str, *spans: str, label: EntityType = "ORG", language: str | None = "de") -> list[str]:
    mentions = [Mention(text.index(s), text.index(s) + len(s), s, label, None, 0.9) for s in spans]
    kept = without_loan_phrases(text, mentions, shipped_common_words("de"), language)
    return [m.text for m in kept]


@pytest.mark.parametrize(("text", "span"), [
    ("Die Schulen wollen Medienbildung und Social Media im Unterricht verbinden.", "Social Media"),
    ("Mit Regressionsanalyse und Deep Learning sagt das Team Staus voraus.", "Deep Learning"),
    ("Der Bericht nennt Gesetze und Good Practices aus drei Ländern.", "Good Practices"),
    ("Die Gemeinde setzt auf Bürgerbeteiligung und Open Data im Rathaus.", "Open Data"),
    ("Public Relations und Öffentlichkeitsarbeit sind nicht dasselbe.", "Public Relations"),
    ("Das Seminar heißt fake news erkennen. Dort geht es um Fake News im Wahlkampf.", "Fake News"),
])
def test_phrase_used_as_a_common_noun_is_dropped(text: str, span: str) -> None:
    assert _kept(text, span) == []


@pytest.mark.parametrize(("text", "span"), [
    # listed with persons or bodies: a firm among them
    ("Investoren und Social Chain einigten sich auf den Preis.", "Social Chain"),
    ("Tonstudios, Plattenfirmen und Universal Music verlangen höhere Gebühren.", "Universal Music"),
    ("Sky News und andere Sender zeigten die Rede live.", "Sky News"),
    # an apposition after a comma, no list
    ("Red Bull, Hersteller von Energydrinks, baut ein neues Werk.", "Red Bull"),
    # no list, no lower-case use
    ("Laut Fast Company verlässt die Gründerin das Start-up.", "Fast Company"),
    ("Das Science Media Center befragte mehrere Virologen.", "Science Media Center"),
    ("Die Nachrichten liefert Interactive Data in Echtzeit.", "Interactive Data"),
])
def test_firm_names_stay(text: str, span: str) -> None:
    assert _kept(text, span) == [span]


def test_listed_noun_that_is_a_mention_tells_nothing() -> None:
    text = "Sparkasse Köln und Open Bank starten eine Kooperation."
    assert _kept(text, "Sparkasse Köln", "Open Bank") == ["Sparkasse Köln", "Open Bank"]


def test_no_german_pack_leaves_organisations_alone() -> None:
    text = "Researchers and Social Media firms met in London."
    assert _kept(text, "Social Media", language="en") == ["Social Media"]


def test_common_use_also_drops_a_person_span_closing_on_a_name_word() -> None:
    text = "Desinformation und Fake News gefährden die Wahl."
    assert _kept(text, "Fake News", label="PER") == []
    assert _kept("Laut Fake News gefährdet das die Wahl.", "Fake News", label="PER") == ["Fake News"]


@pytest.mark.parametrize(("text", "span"), [
    # a firm listed beside plural nouns of what it deals in or is cited with (review rev_ger3)
    ("Der Streit um Lizenzen und Universal Music geht weiter.", "Universal Music"),
    ("Laut Schätzungen und Global Data wächst der Markt um zehn Prozent.", "Global Data"),
    ("Die Sanktionen und Digital Ocean: Ein Cloudanbieter zieht sich zurück.", "Digital Ocean"),
])
def test_plural_listed_noun_tells_nothing_of_a_singular_phrase(text: str, span: str) -> None:
    assert _kept(text, span) == [span]


def test_plural_listed_noun_still_counts_for_a_plural_phrase() -> None:
    assert _kept("Der Bericht nennt Gesetze und Good Practices aus drei Ländern.",
                 "Good Practices") == []


@pytest.mark.parametrize(("text", "span"), [
    # a lower-case use inside an English quotation (review rev_ger3)
    ("\"We want to be an open bank for everyone\", sagte der Gründer von Open Bank.", "Open Bank"),
    ("\"A universal music language\", nannte er das. Universal Music bringt das Album.",
     "Universal Music"),
])
def test_lower_case_use_inside_english_quotation_tells_nothing(text: str, span: str) -> None:
    assert _kept(text, span) == [span]


def test_lower_case_use_beside_german_words_still_counts() -> None:
    text = "Das Seminar heißt machine learning für alle. Machine Learning ist dort Pflichtfach."
    assert _kept(text, "Machine Learning") == []
