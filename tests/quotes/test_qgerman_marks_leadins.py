"""A colon-introduced quotation keeps the writer's words out (``quotes/colonintro.py``), a
straight quotation ending in a number closes at its mark (``quotes/digitclose.py``), a
title-case headline after a quotation's dash signs nothing (``quotes/germanheadline.py``), and
a page of one line of thousands of reference-shaped quotations stays fast
(``quotes/citations.py``). Sentences written for these tests."""

import time

import pytest

import dragoman
from dragoman.language.de_verbforms import present_infinitives
from dragoman.quotes.marks import find_quoted


def _quotes(text: str, lang: str = "de") -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in dragoman.analyze(text, lang=lang).quotes]


@pytest.mark.parametrize(("lang", "text", "content", "speaker"), [
    ("de", "Das Tempo gibt die erste Seite vor: „Ein Schritt nach dem anderen ist genug für uns“, "
           "sagte Anna Roth.", "Ein Schritt nach dem anderen ist genug für uns", "Anna Roth"),
    ("de", 'Ein weiteres Thema sei der Ausbau der Kitas: "Mit dem Geld des Bundes konnten wir die '
           'Quote steigern", so die Ministerin Paula Kern.',
     "Mit dem Geld des Bundes konnten wir die Quote steigern", "Paula Kern"),
    ("de", "Die Verlage wollen den Plattformen eine Chance geben:„Kann sein, dass das für uns ein "
           "Weg wird“, sagt Marc Holm.", "Kann sein, dass das für uns ein Weg wird", "Marc Holm"),
    ("en", "Her message to the council was simple: “We will build the bridge again this year,” "
           "said Ann Lee.", "We will build the bridge again this year,", "Ann Lee"),
])
def test_colon_introduced_quotation_is_the_marked_words(lang: str, text: str, content: str,
                                                        speaker: str) -> None:
    assert (content, speaker) in _quotes(text, lang)


def test_comma_lead_in_still_opens_the_statement() -> None:
    text = "With thousands of counting systems, “there is no single point of failure,” he said."
    assert [t for t, _ in _quotes(text, "en")] == [text[:text.index(",” he")] + ","]


@pytest.mark.parametrize("text", [
    'Gratis-Titel wie "Fortnite" und "Destiny 2" lassen sich streamen. Es fehlt "Call of Duty" noch.',
    'Der Markt sei "größer als vor COVID-19". Das Aufkommen liege hoch. "Gut so", sagte Jan Ott.',
    'Der Sender zeigt "Formel 1"-Rennen im Herbst. Danach kommt "Die Woche" ins Programm.',
])
def test_straight_quotation_ending_in_a_number_closes(text: str) -> None:
    spans, _ = find_quoted(text)
    assert spans and all('"' not in text[s.start:s.end] for s in spans)


@pytest.mark.parametrize(("text", "quoted"), [
    ('He bought a 12" pizza and said, "This is the best one in town."',
     ["This is the best one in town."]),
    ('"The new TV is 55" wide and cheap," said Ann Lee.', ['The new TV is 55" wide and cheap,']),
    ('The panel measures 24" by 36" and weighs little.', []),
])
def test_inch_signs_stay_inch_signs(text: str, quoted: list[str]) -> None:
    spans, _ = find_quoted(text)
    assert [text[s.start:s.end] for s in spans] == quoted


@pytest.mark.parametrize("head", ["Berlin Wählt", "Hamburg Feiert", "Leipzig Zeigt Mut"])
def test_title_case_headline_after_dash_signs_nothing(head: str) -> None:
    text = f"„Wir lassen niemanden zurück.“ – {head}\n\nDie Stadt stimmt am Sonntag ab."
    assert not [s for _, s in _quotes(text) if s and s in head]


@pytest.mark.parametrize(("signer", "speaker"), [
    ("Kai Dörfner", "Kai Dörfner"), ("Anna Klein", "Anna Klein"),
    ("Süddeutsche Zeitung", "Süddeutsche Zeitung"),
])
def test_signer_after_dash_still_signs(signer: str, speaker: str) -> None:
    text = f"„Das Buch hat mich begeistert.“ – {signer}\n\nDas Buch erscheint im Herbst."
    assert ("Das Buch hat mich begeistert.", speaker) in _quotes(text)


def test_one_line_of_reference_quotations_is_fast() -> None:
    text = "Kern, Ute: „Wir gehen“ 2019 Verlag. " * 3000
    started = time.process_time()
    dragoman.analyze(text, "de")
    assert time.process_time() - started < 10


# Review narrowing: an inch sign inside a straight quotation whose own closing mark follows
# stays an inch sign; a signer whose surname or programme word is an adjective or adverb
# German writes in lower case ("Kurz", "Hart", "Aktuell", "Extra") keeps signing.
@pytest.mark.parametrize(("text", "quoted"), [
    ('"I am 5\'11"," he said, laughing at the question.', ['I am 5\'11",']),
    ('"Die 12"-Single war ein Hit", sagte der Produzent.', ['Die 12"-Single war ein Hit']),
    ('"My old set was 32". This one is much bigger," Ann Lee said.',
     ['My old set was 32". This one is much bigger,']),
    ('"Der Bildschirm misst 6,7", das ist viel", sagte die Testerin.',
     ['Der Bildschirm misst 6,7", das ist viel']),
])
def test_inch_sign_before_the_quotations_own_closing_mark(text: str, quoted: list[str]) -> None:
    spans, _ = find_quoted(text)
    assert [text[s.start:s.end] for s in spans] == quoted


@pytest.mark.parametrize("signer", ["Till Kurz", "Ansgar Hart", "Tjark Weiß", "RTL Aktuell",
                                    "Sport Extra", "Hamburg Digital"])
def test_adjective_in_a_signers_name_is_no_headline(signer: str) -> None:
    text = (f"„Wir werden in dieser Stadt niemanden zurücklassen, auch wenn es teuer wird.“ – "
            f"{signer}\n\nDie Stadt stimmt am Sonntag über den neuen Rat ab.")
    assert [s for _, s in _quotes(text)] == [signer]


@pytest.mark.parametrize(("word", "infinitive"), [("wählt", "wählen"), ("feiert", "feiern"),
                                                   ("startet", "starten")])
def test_present_form_gives_its_infinitive(word: str, infinitive: str) -> None:
    assert infinitive in present_infinitives(word)


def test_no_infinitive_without_the_present_ending() -> None:
    assert present_infinitives("aktuell") == ()
