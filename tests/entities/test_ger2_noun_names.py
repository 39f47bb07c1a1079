"""Real names the German noun rules (``entities/germannounpeople``) must keep: a verb after a
pronoun subject, family plurals, years and counts after a name, firms' camel case; sentences
written for these tests."""

import re

from dragoman.entities.germannounpeople import law, refine, versioned
from dragoman.model import Mention


def _every_capital(text: str) -> list[Mention]:
    return [Mention(start=m.start(), end=m.end(), text=m.group(), label="PER")
            for m in re.finditer(r"[A-ZÄÖÜ][\w-]*", text) if m.start() > 0]


def _kept(text: str, nouns: frozenset[str] = frozenset()) -> set[tuple[str, str]]:
    out = refine(text, _every_capital(text), lambda word: False, lambda word: word in nouns)
    return {(m.text, m.label) for m in out}


def test_verb_after_pronoun_subject_keeps_name() -> None:
    assert ("Kroos", "PER") in _kept("Alle feiern Kroos, heißt es.")
    assert ("Aiwanger", "PER") in _kept("Die wenigsten wählen Aiwanger am Sonntag.")
    assert ("Musk", "PER") in _kept("Diese zwei verklagten Musk vor Gericht.")
    assert ("Habeck", "PER") in _kept("Er sagt: Manche loben Habeck.")


def test_plural_noun_after_adjective_still_goes() -> None:
    assert ("Strompreise", "PER") not in _kept("Die hohen Strompreise treffen Rentner.")
    assert ("Versicherer", "PER") not in _kept("Alle großen Versicherer erhöhen Beiträge.")
    assert ("Steuern", "PER") not in _kept("Keine neuen Steuern, sagte er.")
    assert ("Heizkosten", "PER") not in _kept("Die hohen Heizkosten und die Mieten steigen.")


def test_family_plural_keeps_name() -> None:
    assert ("Obamas", "PER") in _kept("Die beiden Obamas besuchten Berlin.")
    assert ("Quandts", "PER") in _kept("Die reichen Quandts besitzen Aktien.")
    # a listed noun's "-s" plural is no family
    nouns = frozenset({"Handy", "Handys"})
    assert ("Handys", "PER") not in _kept("Die neuen Handys kosten viel.", nouns)


def test_year_or_count_after_name_is_no_version() -> None:
    text = "Obama 2008 war anders als Obama 2012."
    assert not versioned(text, "Obama")
    assert not versioned("Lewandowski 41 Tore, ein Rekord.", "Lewandowski",
                         lambda word: word == "Tore")
    assert not versioned("Musiala 21 Prozent besser.", "Musiala", lambda word: True)
    assert versioned("Android 14 kommt auf mehr Geräte.", "Android")
    assert ("Android 14", "MISC") in _kept("Bald kommt Android 14 auf mehr Geräte.")


def test_camel_case_firm_is_no_law() -> None:
    for name in ("NetzDG", "IfSG", "StGB", "AsylbLG", "BtMG", "StPO", "BauGB", "BayPAG"):
        assert law(name), name
    for name in ("ProG", "BioTecG", "AgroG", "VdO", "RoxO", "SolarTecG", "WohnG"):
        assert not law(name, f"Die Firma {name} wächst weiter."), name
    assert ("SolarTecG", "PER") in _kept("Das Unternehmen SolarTecG baut Module.")


def test_lower_case_close_is_law_in_law_context() -> None:
    assert law("UrhG", "Nach § 97 UrhG darf der Urheber klagen.")
    assert law("InsO", "Der Paragraf 17 InsO gilt hier.")
    assert not law("UrhG", "Die Firma UrhG wächst weiter.")


def test_review_listed_plural_after_numeral_still_goes() -> None:
    nouns = frozenset({"Autobauer", "Banken"})
    assert ("Autobauer", "PER") not in _kept("Die drei großen Autobauer leiden.", nouns)
    assert ("Banken", "PER") not in _kept("Die meisten kleinen Banken sparen.", nouns)


def test_review_repeated_year_is_a_version() -> None:
    assert versioned("Excel 2019 läuft aus. Mit Excel 2019 geht das.", "Excel")
    assert not versioned("Kohl 1990 feierte.", "Kohl")
    assert law("InsO", "Gemäß InsO muss er zahlen.")


def test_review_article_headline_plural_still_goes() -> None:
    assert ("Krankenhauskosten", "PER") not in _kept("Die hohen Krankenhauskosten.")
    assert ("Kitagebühren", "PER") not in _kept("Die steigenden Kitagebühren! Eltern klagen.")
