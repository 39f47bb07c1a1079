"""German spans running on into a clause (germanclauses) and descriptors before a firm's name."""

from __future__ import annotations

from dragoman.entities import germanclauses, germanwords
from dragoman.model import EntityType, Mention


def _mention(text: str, span: str, label: EntityType = "ORG") -> Mention:
    start = text.index(span)
    return Mention(start, start + len(span), span, label, None, 0.9)


def _cut(text: str, span: str, label: EntityType = "ORG") -> str:
    cut = germanclauses.clause_cut(_mention(text, span, label), text)
    assert text[cut.start:cut.end] == cut.text
    return cut.text


def test_weekday_adjunct_cut() -> None:
    text = "Wie der Verband Nordlicht am Mittwoch mitteilte, steigen die Preise."
    assert _cut(text, "Verband Nordlicht am Mittwoch") == "Verband Nordlicht"


def test_year_adjunct_cut() -> None:
    text = "Ein Beschluss des Landesgerichts Steinau von 2017 gilt weiter."
    assert _cut(text, "Landesgerichts Steinau von 2017") == "Landesgerichts Steinau"
    text = "Die Werte der Agentur Blauberg seit 2012 sinken."
    assert _cut(text, "Agentur Blauberg seit 2012") == "Agentur Blauberg"


def test_edition_day_and_founding_year_kept() -> None:
    text = "Die Rundschau am Sonntag erschien früh."
    assert _cut(text, "Rundschau am Sonntag") == "Rundschau am Sonntag"
    text = "Der Ruderverein Wellenbrecher von 1887 lud ein."
    assert _cut(text, "Ruderverein Wellenbrecher von 1887") == "Ruderverein Wellenbrecher von 1887"


def test_clause_object_cut() -> None:
    text = "Im Jahr 1402 gab Herzog Otto III. das Marktrecht an den Ort."
    assert _cut(text, "Otto III. das Marktrecht", "PER") == "Otto III."
    text = "Danach erteilte die Gemeinde Altbrunn den Zuschlag."
    assert _cut(text, "Gemeinde Altbrunn den Zuschlag") == "Gemeinde Altbrunn"


def test_article_after_lower_case_word_or_given_name_kept() -> None:
    text = "Die Stiftung für das Moor sammelt Geld."
    assert _cut(text, "Stiftung für das Moor") == "Stiftung für das Moor"
    text = "Der Politiker Joop den Uyl regierte."
    assert _cut(text, "Joop den Uyl", "PER") == "Joop den Uyl"
    text = "Die Akademie der Künste tagte."
    assert _cut(text, "Akademie der Künste") == "Akademie der Künste"


def test_and_the_like_cut() -> None:
    text = "Das Geld geht an Deezer und Co, sagt sie."
    assert _cut(text, "Deezer und Co") == "Deezer"
    text = "Bei Hulu sieht man das. Hulu & Co. zahlen wenig."
    assert _cut(text, "Hulu & Co.") == "Hulu"


def test_firm_with_and_co_kept() -> None:
    text = "Der Juwelier Brillantwerk & Co. wurde verkauft."
    assert _cut(text, "Brillantwerk & Co.") == "Brillantwerk & Co."
    text = "Bei Weber sagt man: die Weber & Co. KG wächst."
    assert _cut(text, "Weber & Co.") == "Weber & Co."


def test_firm_descriptors() -> None:
    for word in ("Konsolenriese", "Supermarktkette", "Automarke", "Spiele-Publisher",
                 "Musik-Sparte", "Fluggesellschaft", "Billigflieger"):
        assert germanwords.org_descriptor(word), word
    for word in ("Riesenrad", "Markenrecht", "Kettensäge", "Flugzeug"):
        assert not germanwords.org_descriptor(word), word


def test_article_after_capitalised_preposition_kept() -> None:
    text = "Die Staatsoper Unter den Linden spielt heute."
    assert _cut(text, "Staatsoper Unter den Linden") == "Staatsoper Unter den Linden"
    text = "Der Gasthof Zu den Drei Eichen hat geöffnet."
    assert _cut(text, "Gasthof Zu den Drei Eichen") == "Gasthof Zu den Drei Eichen"


def test_founding_year_only_after_von() -> None:
    text = "Die Schützengilde Hohenfeld von 1563 lud ein."
    assert _cut(text, "Schützengilde Hohenfeld von 1563") == "Schützengilde Hohenfeld von 1563"
    text = "Der Turnverein Lindhorst seit 2019 wächst."
    assert _cut(text, "Turnverein Lindhorst seit 2019") == "Turnverein Lindhorst"


def test_firm_with_co_after_article_or_descriptor_kept() -> None:
    text = "Die Firma Ebeling & Co. liefert Schrauben. Herr Ebeling ist zufrieden."
    assert _cut(text, "Ebeling & Co.") == "Ebeling & Co."
    text = "Der Auftrag ging an die Brandl und Co. aus Passau."
    assert _cut(text, "Brandl und Co.") == "Brandl und Co."
    text = "Die Brauerei Haller GmbH und Co. stellt aus."
    assert _cut(text, "Haller GmbH und Co.") == "Haller GmbH und Co."


def test_descriptor_naming_people_too_keeps_person() -> None:
    from dragoman import analyze

    sentence = "Abwehrriese Per Mertesacker wird Jugendtrainer."
    people = {(m.text, m.label) for m in analyze(sentence, "de").mentions}
    assert ("Per Mertesacker", "PER") in people
    firms = {(m.text, m.label) for m in analyze("Elektronikriese Kellwert baut ein Werk.", "de").mentions}
    assert ("Kellwert", "ORG") in firms


def test_portuguese_das_before_a_plural_kept() -> None:
    text = "Die Miliz beherrscht das Viertel Vila das Palmeiras im Norden."
    assert _cut(text, "Vila das Palmeiras", "LOC") == "Vila das Palmeiras"
    text = "Der Strand Praia das Conchas ist beliebt."
    assert _cut(text, "Praia das Conchas", "LOC") == "Praia das Conchas"
    text = "Danach verlieh Graf Albrecht II. das Braurecht an den Ort."
    assert _cut(text, "Albrecht II. das Braurecht", "PER") == "Albrecht II."


def test_time_adjunct_before_an_object_cut() -> None:
    text = "Danach eröffnete die Stiftung Morgenrot am Mittwoch das Museum."
    assert _cut(text, "Stiftung Morgenrot am Mittwoch das Museum") == "Stiftung Morgenrot"
