"""The Turkish pack: one module (dragoman/language/tr.py), asked by every capability.

Sentences are original, written for these tests."""

from __future__ import annotations

from datetime import date

from dragoman.extract.dates import find_dates
from dragoman.extract.plaintext import is_chrome_line
from dragoman.language import detect_language, rules_for, split_sentences
from dragoman.language.rules import right_to_left
from dragoman.model import Article, Quote
from dragoman.quotes import find_quotes
from dragoman.quotes.marks import find_quoted


def _quotes(text: str) -> list[Quote]:
    article = Article(id="t", source="test", text=text, language="tr",
                      sentences=split_sentences(text, "tr"))
    return find_quotes(article)[0]


def test_the_pack_is_discovered_and_describes_the_language() -> None:
    rules = rules_for("tr")
    assert rules is not None and rules.script == "Latn"
    assert rules.has_case and not rules.right_to_left and not right_to_left("tr")
    assert rules.verb_final and not rules.subject_after_verb  # SOV
    assert {"dedi", "söyledi", "açıkladı", "belirtti", "ifade etti"} <= set(rules.speech_verbs)
    assert {"ki", "diye"} <= set(rules.complementizers)
    assert {"Bay", "Bayan", "Sayın", "Cumhurbaşkanı"} <= set(rules.titles)


def test_turkish_news_is_detected_as_turkish() -> None:
    text = ("Belediye meclisi dün akşam yaptığı toplantıda köprünün yeniden yapılmasına "
            "karar verdi ve çalışmaların ilkbaharda başlayacağını açıkladı.")
    lang, score = detect_language(text)
    assert lang == "tr" and score > 0.5


def test_dates_in_turkish_text() -> None:
    found = find_dates("Karar 14 Mart 2025 Cuma günü meclis tarafından onaylandı.")
    assert [d.value for d in found] == [date(2025, 3, 14)]
    assert [d.value for d in find_dates("Toplantı 3 Kasım 2024 tarihinde yapıldı.")] == [
        date(2024, 11, 3)]


def test_turkish_site_chrome_lines() -> None:
    assert is_chrome_line("Tüm hakları saklıdır.")
    assert is_chrome_line("İlgili Haberler")
    assert not is_chrome_line("Bakan, köprünün ilkbaharda yeniden açılacağını söyledi.")


def test_turkish_quotation_marks_are_read() -> None:
    for opening, closing in rules_for("tr").quote_marks:  # type: ignore[union-attr]
        text = f"Vali, {opening}Yol yarın açılacak{closing} dedi."
        spans, _ = find_quoted(text)
        assert [text[s.start:s.end] for s in spans] == ["Yol yarın açılacak"]


def test_inverted_cue_with_the_speaker_after_the_verb() -> None:
    text = "“Köprüyü yeniden inşa edeceğiz, bundan kimsenin şüphesi olmasın”, dedi Erdoğan."
    quotes = _quotes(text)
    assert len(quotes) == 1 and quotes[0].direct
    assert quotes[0].cue == "dedi" and quotes[0].speaker_text == "Erdoğan"
    assert quotes[0].text.startswith("Köprüyü yeniden")


def test_verb_final_cue_with_the_subject_before_the_quotation() -> None:
    text = "Bakan Ayşe Kaya, “Yeni hastane önümüzdeki yıl hizmete girecek.” dedi."
    quotes = _quotes(text)
    assert len(quotes) == 1 and quotes[0].direct and quotes[0].cue == "dedi"
    assert quotes[0].speaker_text == "Bakan Ayşe Kaya"


def test_a_multi_word_cue_closing_the_sentence() -> None:
    text = 'Sözcü Mehmet Demir, "Görüşmeler olumlu bir havada geçti" ifade etti.'
    quotes = _quotes(text)
    assert [(q.cue, q.speaker_text) for q in quotes] == [("ifade etti", "Sözcü Mehmet Demir")]


def test_verb_final_reported_speech_between_subject_and_cue() -> None:
    text = "Bakan Ayşe Kaya, ekonominin bu yıl güçlü büyüyeceğini söyledi."
    quotes = _quotes(text)
    assert [(q.direct, q.cue, q.speaker_text, q.text) for q in quotes] == [
        (False, "söyledi", "Bakan Ayşe Kaya", "ekonominin bu yıl güçlü büyüyeceğini")]


def test_reported_speech_after_dedi_ki_and_a_quotation_closed_by_diye() -> None:
    quotes = _quotes("Ali Kaya dedi ki ekonomi bu yıl büyüyecek.")
    assert [(q.speaker_text, q.text) for q in quotes] == [("Ali Kaya", "ekonomi bu yıl büyüyecek")]
    quotes = _quotes("Sayın Kaya, “Bu karar yanlış” diye konuştu.")
    assert [(q.direct, q.cue, q.speaker_text) for q in quotes] == [
        (True, "diye konuştu", "Sayın Kaya")]


def test_a_comma_after_an_adverbial_is_no_speaker() -> None:
    assert _quotes("Dün akşam, yağmur nedeniyle maç ertelendi ve taraftarlar evlerine döndü.") == []
