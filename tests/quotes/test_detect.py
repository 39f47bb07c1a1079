"""Quotation detection and attribution on original English, Arabic and French texts."""

from __future__ import annotations

import time

import pytest

from dragoman.language.segment import split_sentences
from dragoman.model import Article, Entity, Mention, Quote
from dragoman.quotes import find_quotes
from dragoman.quotes.marks import MAX_QUOTE_CHARS, find_quoted


def _article(text: str, lang: str, mentions: list[Mention] | None = None,
             entities: list[Entity] | None = None) -> Article:
    return Article(id="t", source="test", text=text, language=lang,
                   sentences=split_sentences(text, lang), mentions=mentions or [],
                   entities=entities or [])


def _quotes(text: str, lang: str = "en") -> list[Quote]:
    quotes, _ = find_quotes(_article(text, lang))
    for q in quotes:  # every record points into the text it came from
        assert text[q.start:q.end] == q.text
        if q.cue_start is not None and q.cue_end is not None:
            assert text[q.cue_start:q.cue_end] == q.cue
    return quotes


def _direct(quotes: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text.strip(" ,."), q.speaker_text) for q in quotes if q.direct]


@pytest.mark.parametrize("opening,closing", [
    ("“", "”"), ('"', '"'), ("«", "»"), ("„", "“"), ("‹", "›"), ("‘", "’"), ("'", "'"),
])
def test_every_quotation_style_is_found_and_attributed(opening: str, closing: str) -> None:
    text = (f"The harbour master Ingrid Solberg inspected the pier on Monday. "
            f"{opening}The ferries will run again by Friday,{closing} Solberg said.")
    assert _direct(_quotes(text)) == [("The ferries will run again by Friday", "Solberg")]


def test_speaker_before_the_quotation_with_a_colon_and_inverted_cue() -> None:
    text = ("Mayor Tomas Lind told reporters: “The bridge stays closed until the engineers "
            "sign off.” “We owe people a straight answer,” said Lind.")
    quotes = _quotes(text)
    assert _direct(quotes) == [
        ("The bridge stays closed until the engineers sign off", "Mayor Tomas Lind"),
        ("We owe people a straight answer", "Lind"),
    ]
    assert quotes[0].cue == "told" and quotes[0].addressee == "reporters"


def test_pronoun_and_appositive_speakers() -> None:
    text = ("Petra Novak, the union's chief negotiator, said the offer was an insult. "
            "“We will not sign this,” she said.")
    quotes = _quotes(text)
    reported = [q for q in quotes if not q.direct]
    assert reported and reported[0].speaker_text == "Petra Novak"
    assert reported[0].text == "the offer was an insult"
    assert _direct(quotes) == [("We will not sign this", "Petra Novak")]


def test_reported_speech_after_before_and_according_to() -> None:
    text = ("Finance minister Alan Reyes said that the budget would be balanced next year. "
            "The deficit had been overstated for months, Reyes said. "
            "According to the central bank, inflation fell in March.")
    reported = [(q.text, q.speaker_text, q.cue) for q in _quotes(text) if not q.direct]
    assert reported == [
        ("the budget would be balanced next year", "Finance minister Alan Reyes", "said"),
        ("The deficit had been overstated for months", "Reyes", "said"),
        ("inflation fell in March", "the central bank", "According to"),
    ]


def test_a_quotation_running_over_several_paragraphs_is_one_record() -> None:
    text = ("The coach, Maria Ortiz, spoke after the final.\n\n"
            "“We trained for this for three years. Every morning, in the rain.\n\n"
            "“Nobody gave us a chance, and now we are champions,” Ortiz said.")
    quotes = _quotes(text)
    assert len([q for q in quotes if q.direct]) == 1
    q = quotes[0]
    assert q.text.startswith("We trained") and q.text.endswith("champions,")
    assert q.speaker_text == "Ortiz"


def test_a_quotation_continued_after_the_cue_keeps_the_speaker() -> None:
    text = "“The river is rising,” warned hydrologist Ben Carter, “and it will peak tonight.”"
    quotes = _quotes(text)
    assert [q.speaker_text for q in quotes] == ["Ben Carter"] * 2
    assert quotes[1].cue == "warned"


def test_linked_mentions_give_the_entity_id_and_roles_resolve_to_it() -> None:
    text = ("The alliance's Secretary General, Jens Stoltenberg, arrived in Oslo. "
            "“We stand together,” the Secretary General said.")
    start = text.index("Jens Stoltenberg")
    mention = Mention(start, start + 16, "Jens Stoltenberg", "PER", "jens-stoltenberg")
    entity = Entity("jens-stoltenberg", "Jens Stoltenberg", "PER")
    quotes, _ = find_quotes(_article(text, "en", [mention], [entity]))
    assert [(q.speaker_id, q.speaker_name) for q in quotes] == [
        ("jens-stoltenberg", "Jens Stoltenberg")]


def test_scare_quotes_and_titles_are_not_statements() -> None:
    text = ("Critics called the plan a “disaster” in an editorial for the newspaper "
            "“Morning Post” on Sunday.")
    assert [q for q in _quotes(text) if q.direct] == []


# -- Arabic --------------------------------------------------------------------------------

def test_arabic_implicit_subject_and_clitics_resolve_to_the_earlier_speaker() -> None:
    text = ("استقبل وزير الخارجية العماني بدر البوسعيدي نظيره الإيطالي في مسقط.\n\n"
            "وقال «نريد أن تكون المنطقة جسرا للتجارة لا ساحة للحرب».\n\n"
            "وأضاف أن المحادثات تناولت أمن الملاحة في الخليج.\n\n"
            "كما شدد على أن “الحوار هو السبيل الوحيد”.")
    quotes = _quotes(text, "ar")
    assert [(q.direct, q.cue) for q in quotes] == [(True, "وقال"), (False, "وأضاف"),
                                                   (True, "شدد")]
    assert all("البوسعيدي" in (q.speaker_text or "") for q in quotes)
    assert quotes[1].text == "المحادثات تناولت أمن الملاحة في الخليج"


def test_arabic_explicit_speaker_after_the_verb_and_according_to() -> None:
    text = ('وأكد المتحدث باسم الهلال الأحمر أن "القافلة وصلت سالمة". '
            "وفقا لوزارة الزراعة، تراجع إنتاج القمح هذا العام.")
    quotes = _quotes(text, "ar")
    assert quotes[0].direct and quotes[0].text == "القافلة وصلت سالمة"
    assert (quotes[0].speaker_text or "").startswith("المتحدث باسم الهلال الأحمر")
    assert not quotes[1].direct and quotes[1].text == "تراجع إنتاج القمح هذا العام"
    assert quotes[1].speaker_text == "وزارة الزراعة"


def test_arabic_participle_and_nested_quotes() -> None:
    text = ("انتقدت النائبة سلمى العبيدي أداء الحكومة، قائلة: «سمعنا عبارة \"الحل قريب\" "
            "عشرات المرات».")
    quotes = _quotes(text, "ar")
    assert len(quotes) == 1 and quotes[0].direct
    assert quotes[0].text == "سمعنا عبارة \"الحل قريب\" عشرات المرات"
    assert "سلمى العبيدي" in (quotes[0].speaker_text or "")


def test_french_basic() -> None:
    text = ("La ministre Claire Dubois a visité le port. « Nous allons reconstruire le quai », "
            "a-t-elle déclaré. Selon la préfecture, les travaux dureront six mois.")
    quotes = _quotes(text, "fr")
    assert quotes[0].direct and quotes[0].text.strip() == "Nous allons reconstruire le quai"
    assert "Dubois" in (quotes[0].speaker_text or "")
    assert not quotes[1].direct and quotes[1].speaker_text == "la préfecture"


# -- bad input ------------------------------------------------------------------------------

def test_inch_signs_and_apostrophes_are_not_quotation_marks() -> None:
    text = ("The suspect is 5'11\" tall and ordered a 12\" pizza at Rosa's. "
            "Officers didn't say where he went.")
    assert find_quoted(text)[0] == []
    assert [q for q in _quotes(text) if q.direct] == []


def test_unbalanced_marks_never_produce_a_quotation_spanning_the_article() -> None:
    body = "The council met again on Tuesday to discuss the budget. " * 80
    text = "“This opening mark is never closed. " + body + "\n\n“Another one, " + body
    quotes, warnings = find_quotes(_article(text, "en"))
    assert all(q.end - q.start <= MAX_QUOTE_CHARS for q in quotes)
    assert any("unclosed" in w for w in warnings)


def test_a_page_of_only_quotations() -> None:
    text = "\n\n".join(f"“Line number {i} of a long poem that nobody attributes to anyone.”"
                       for i in range(40))
    quotes = _quotes(text)
    assert len(quotes) == 40 and all(q.direct for q in quotes)


def test_unsupported_language_and_empty_text() -> None:
    assert find_quotes(_article("", "en")) == ([], [])
    assert find_quotes(_article("“Hola”, dijo ella.", "xx"))[0] == []


def test_very_long_text_in_bounded_time() -> None:
    para = ("“We will rebuild the school,” the mayor said. Residents said that the storm "
            "was the worst in decades, according to the local paper. ")
    text = "\n\n".join([para * 5] * 200)  # about 130,000 characters
    t0 = time.perf_counter()
    quotes, _ = find_quotes(Article(id="t", source="t", text=text, language="en"))
    assert time.perf_counter() - t0 < 10
    assert len(quotes) >= 1000
