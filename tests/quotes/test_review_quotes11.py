"""Narrowings from the adversarial review of the issue-16 quotation rounds (eleventh
session), and the German rule-document and ordinal items: original sentences, each with a near
miss that must keep its behaviour."""

from __future__ import annotations

from dragoman.language.documents import rule_document
from dragoman.language.segment import split_sentences
from dragoman.model import Quote
from dragoman.quotes.sentences import past_dateline
from tests.support.quoting import quotes_of


def _all(found: list[Quote]) -> list[tuple[bool, str, str | None]]:
    return [(q.direct, q.text.strip(" ,"), q.speaker_text) for q in found]


def _cut(text: str) -> str:
    return text[past_dateline(text, 0, len(text)):]


def test_a_bare_capitalised_word_before_a_hyphen_or_an_aside_is_no_dateline() -> None:
    assert _cut("UK - EU shipments of cheese fell, the agency said.").startswith("UK - EU")
    assert _cut("US–Mexico flights were cut, the airline said.").startswith("US–Mexico")
    assert _cut("ACME — Not its rival — won the bid.").startswith("ACME")
    # near misses: a place with an agency or a region, or a bare place before an em dash
    assert _cut("DENVER (KDVR) - Snow closed the pass.") == "Snow closed the pass."
    assert _cut("LYON — Trams will stop at noon.") == "Trams will stop at noon."
    assert _cut("OSLO, Norway – A ferry ran aground.") == "A ferry ran aground."


def test_a_dateline_with_a_day_or_accented_capitals_is_cut() -> None:
    assert _cut("MADRID, May 14 (Efe) - Fares will rise.") == "Fares will rise."
    assert _cut("KÖLN (dpa) - Der Dom bleibt geschlossen.") == "Der Dom bleibt geschlossen."
    found = quotes_of("ZÜRICH (sda) - Die Bahn fährt wieder, teilte die Firma mit.", "de")
    assert [q.text for q in found if not q.direct] == ["Die Bahn fährt wieder"]


def test_a_quoted_title_in_a_list_is_not_signed_by_the_name_after_it() -> None:
    text = "The concert featured “Blue Moon,” Ella Moss, and a brass band from Leeds."
    assert [q for q in quotes_of(text, "en", people=("Ella Moss",)) if q.speaker_text] == []
    text = "Among the picks were “Vertigo,” Grace Kell, and two silent films."
    assert [q for q in quotes_of(text, "en", people=("Grace Kell",)) if q.speaker_text] == []
    # near miss: a statement opening its sentence, the verb left out, still signed
    text = "“The tide will turn by spring,” Noor Halim, a fellow at the Sea Institute."
    found = quotes_of(text, "en", people=("Noor Halim",))
    assert _all(found) == [(True, "The tide will turn by spring", "Noor Halim")]


def test_a_rule_document_after_laut_is_no_speaker() -> None:
    assert quotes_of("Laut den Seeschifffahrtsregeln muss das Boot warten.", "de") == []
    assert quotes_of("Laut der Bauordnung muss jede Treppe ein Geländer haben.", "de") == []
    assert quotes_of("Laut dem Jugendschutzgesetz dürfen sie dort nicht rauchen.", "de") == []
    # near misses: a study or a person after "laut" is a source
    found = quotes_of("Laut einer Studie schlafen die meisten Schüler zu wenig.", "de")
    assert [q.text for q in found] == ["schlafen die meisten Schüler zu wenig"]
    found = quotes_of("Laut Hafenmeister Ole Dahl muss das Boot warten.", "de",
                      people=("Ole Dahl",))
    assert [q.speaker_text for q in found] == ["Ole Dahl"]


def test_rule_document_words_match_compound_heads_only_for_their_language() -> None:
    assert rule_document("de", "Straßenverkehrsordnung")
    assert rule_document("de", "Hausregeln")
    assert not rule_document("de", "Gesetzentwurf")  # a bill: its authors speak
    assert not rule_document("de", "Regelwerkschef")
    assert not rule_document("de", "Anordnung")  # an order: whoever gave it is the source
    assert not rule_document("en", "rules")  # PolNeAR counts "according to state law"


def test_an_ordinal_does_not_end_a_german_sentence() -> None:
    text = "Der Chor sang zum 25. Jubiläum der Schule, und alle klatschten."
    assert [text[a:b] for a, b in split_sentences(text, "de")] == [text]
    text = "Am 4. März öffnet das Museum wieder. Es zeigt Bilder aus Kiel."
    assert len(split_sentences(text, "de")) == 2
    # near misses: a personal pronoun after the number opens a sentence; English is untouched
    text = "Sie wurde 90. Sie feierte mit der Familie."
    assert len(split_sentences(text, "de")) == 2
    text = "The score was 21. Nobody expected it."
    assert len(split_sentences(text, "en")) == 2


def test_a_colon_speaker_after_a_german_ordinal_is_read_from_the_whole_sentence() -> None:
    text = ("Der Bischof schrieb eine Predigt zum 30. Tag der Armen und rief alle auf, "
            "danach zu handeln: „Teilt euer Brot.“")
    found = quotes_of(text, "de")
    assert [(q.text, q.speaker_text) for q in found] == [("Teilt euer Brot.", "Bischof")]


def test_a_role_appositive_with_an_adjective_is_cut_off_the_content() -> None:
    text = "According to Ms. Okafor, a former senator, the ward was never cleaned."
    found = quotes_of(text, "en", people=("Okafor",))
    assert [q.text for q in found] == ["the ward was never cleaned"]
    # near miss: an adjective and a noun opening the statement itself stay in it
    text = "According to Ms. Okafor, a new ward will open in May."
    found = quotes_of(text, "en", people=("Okafor",))
    assert [q.text for q in found] == ["a new ward will open in May"]


def test_a_dateline_is_no_lead_in_of_a_direct_quotation() -> None:
    found = quotes_of("LILLE (AFP) - « Le pont tiendra », a dit l'ingénieur.", "fr")
    assert [(q.direct, q.text.strip()) for q in found] == [(True, "Le pont tiendra")]
    # near miss: words of the sentence before a short quotation still lead in
    found = quotes_of("Le maire « ne cédera pas », a dit son adjoint.", "fr")
    assert [q.text for q in found] == ["Le maire « ne cédera pas »"]
