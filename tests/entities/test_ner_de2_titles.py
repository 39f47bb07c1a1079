"""German titles of works and campaigns quoted after the noun that names them are no names
(issue 15, second pass: ``entities/germantitles``). Sentences written for these tests."""

from __future__ import annotations

from dragoman.entities import germantitles
from dragoman.model import EntityType, Mention


def _mention(text: str, span: str, label: EntityType = "ORG") -> Mention:
    start = text.index(span)
    return Mention(start, start + len(span), span, label, None, 0.9)


def _kept(text: str, *spans: tuple[str, EntityType]) -> list[str]:
    mentions = [_mention(text, span, label) for span, label in spans]
    return [m.text for m in germantitles.retype_titles(text, mentions) if m.label != "MISC"]


def test_quoted_campaign_and_tool_titles_go() -> None:
    text = 'Die Kampagne "Rettet die Ostsee" und das Online-Tool "Frag den Fisch" starten in Kiel.'
    assert _kept(text, ("Rettet die Ostsee", "PER"), ("Frag den Fisch", "ORG"), ("Kiel", "LOC")) == ["Kiel"]


def test_names_inside_a_work_title_go_and_names_outside_stay() -> None:
    text = "Der Roman „Die Fähre Rügen“ von Hanna Brückner erscheint im Mai."
    assert _kept(text, ("Rügen", "LOC"), ("Hanna Brückner", "PER")) == ["Hanna Brückner"]


def test_guillemets_and_english_quotes_after_a_compound_noun() -> None:
    text = "Der Instagram-Filter »Morgen in Bremen« und das Album “Nordlicht Tour” sind neu."
    assert _kept(text, ("Bremen", "LOC"), ("Nordlicht Tour", "ORG")) == []


def test_bodies_with_quoted_names_keep_them() -> None:
    text = 'Die Initiative „Nachbarn Helfen“ und der Verein "Tafel Wedel" sammeln Spenden.'
    assert _kept(text, ("Nachbarn Helfen", "ORG"), ("Tafel Wedel", "ORG")) == [
        "Nachbarn Helfen", "Tafel Wedel"]


def test_lower_case_quotation_after_a_work_noun_is_speech() -> None:
    text = 'Er nannte die Studie "einen Weckruf für Jens Albers und die FDP".'
    assert _kept(text, ("Jens Albers", "PER"), ("FDP", "ORG")) == ["Jens Albers", "FDP"]


def test_work_noun_not_right_before_the_mark_or_lower_case_keeps_the_name() -> None:
    text = 'Der Film von Lena Hartl, „Sommer in Triest“, und ein film "Abend in Graz" laufen.'
    assert _kept(text, ("Lena Hartl", "PER"), ("Triest", "LOC"), ("Graz", "LOC")) == [
        "Lena Hartl", "Triest", "Graz"]


def test_long_quotation_after_a_work_noun_is_not_a_title() -> None:
    text = ('Der Bericht "Warum die Stadt Hamburg im kommenden Jahrzehnt mehr Geld für Brücken, '
            'Schulen und Busse braucht" liegt vor.')
    assert _kept(text, ("Hamburg", "LOC")) == ["Hamburg"]


def test_mention_across_the_closing_mark_stays() -> None:
    text = 'Die App "Bus" Kiel zeigt Abfahrten.'
    assert _kept(text, ('Bus" Kiel', "ORG")) == ['Bus" Kiel']


def test_title_spans_of_two_works_in_one_sentence() -> None:
    text = 'Das Buch "Anna" und der Film „Karl“ kamen gut an.'
    assert [text[s:e] for s, e in germantitles.title_spans(text)] == ["Anna", "Karl"]


def test_through_recognize_campaign_title_is_misc() -> None:
    from dragoman.entities import ner

    text = 'Amnesty International und die Kampagne "Stop Hunger Now" sammeln in Wien Spenden.'
    found = {m.text: m.label for m in ner.recognize(text, "de")}
    assert found.get("Stop Hunger Now", "MISC") == "MISC" and found["Wien"] == "LOC"


def test_titles_become_misc_not_dropped() -> None:
    text = "Die Serie „Nachtzug Leipzig“ läuft ab Montag."
    out = germantitles.retype_titles(text, [_mention(text, "Leipzig", "LOC")])
    assert [(m.text, m.label) for m in out] == [("Leipzig", "MISC")]


def test_a_match_after_spiel_is_no_title() -> None:
    text = 'Das Spiel "Freiburg gegen Mainz" endete torlos, das Videospiel "Mainz Racer" nicht.'
    assert _kept(text, ("Freiburg", "ORG"), ("Mainz", "ORG"), ("Mainz Racer", "ORG")) == [
        "Freiburg", "Mainz"]


def test_naming_verb_before_the_noun_makes_it_speech() -> None:
    text = 'Die Ministerin nannte die Studie "Ein Signal an Berlin" und lobte den Bericht „Klare Worte“.'
    assert _kept(text, ("Berlin", "LOC"), ("Klare Worte", "ORG")) == ["Berlin", "Klare Worte"]


def test_comma_and_speech_verb_after_the_mark_makes_it_speech() -> None:
    text = ('Zum Bericht „Ein Erfolg für Bremen“, sagte Uwe Lenz, stehe er. '
            'Der Bericht „Bremen Heute“, der neu ist.')
    assert _kept(text, ("Bremen", "LOC"), ("Bremen Heute", "ORG")) == ["Bremen"]


def test_places_in_a_rally_motto_stay() -> None:
    text = 'Unter dem Motto „Frieden für Kiel“ zogen sie los, der Slogan "Rettet Bremen" blieb.'
    assert _kept(text, ("Kiel", "LOC"), ("Rettet Bremen", "ORG")) == ["Kiel", "Rettet Bremen"]
