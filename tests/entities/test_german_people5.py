"""German spans typed as people that hold no person (germanpeople, germanspans; issue 15,
fifth pass): noun phrases ending in a common noun, gender-inclusive nouns, job titles, time
nouns; and the names of people whose surname is a noun, which stay. Original sentences,
invented people."""

from __future__ import annotations

from dragoman.entities import germanpeople
from dragoman.entities import germanspans as gs
from dragoman.entities.germanlexicon import given_name
from dragoman.entities.germanlink import german_article_noun
from dragoman.entities.spanshape import shipped_common_words
from dragoman.model import EntityType, Mention


def _m(text: str, surface: str, label: EntityType = "PER") -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, label, None, 0.9)


def _shaped(text: str, *spans: tuple[str, EntityType]) -> set[tuple[str, str]]:
    mentions = [_m(text, s, label) for s, label in spans]
    return {(m.text, m.label) for m in gs.shape_german(text, mentions, shipped_common_words("de"), None)}


def test_adjective_before_a_common_noun_is_no_person() -> None:
    text = "Der Verein setzt ganz auf Freie Software und erklärt, was Gleichgestellte Personen dürfen."
    assert _shaped(text, ("Freie Software", "PER"), ("Gleichgestellte Personen", "PER")) == set()
    fuel = "Mit Grünem Wasserstoff will die Hütte bald Stahl kochen."
    assert _shaped(fuel, ("Grünem Wasserstoff", "PER")) == set()


def test_adjective_of_a_name_and_a_listed_word_after_an_adjective() -> None:
    text = "Wir wollen keine Trump'sche Politik machen, sagte sie. Herzlichen Dank, Maria."
    shaped = _shaped(text, ("Trump'sche Politik", "PER"), ("Herzlichen Dank", "PER"))
    assert not any(label == "PER" and " " in name for name, label in shaped)


def test_noun_written_behind_a_nameless_determiner_on_the_page() -> None:
    text = "Sie kaufte eine Sorte Tee und trank aus einer Tasse. Tasse Sorte stand auf der Dose."
    assert germanpeople.page_nouns(text, frozenset())("Sorte")
    assert not germanpeople.page_nouns(text, frozenset({"Sorte"}))("Sorte")
    assert _shaped(text, ("Tasse Sorte", "PER")) == set()
    # a surname the page writes with a given name is never such a noun, whatever stands before it
    person = "Premier Jablan sprach lange, nachdem Jablan kam. Milo Jablan lachte. Er traf keine Jablan."
    assert ("Premier Jablan", "PER") in _shaped(person, ("Premier Jablan", "PER"), ("Milo Jablan", "PER"))


def test_place_before_a_common_noun_keeps_the_place() -> None:
    text = "Die Firma sitzt in Cork, Irland Rechtsgrundlage der Verarbeitung ist Ihre Einwilligung."
    assert ("Irland", "LOC") in _shaped(text, ("Irland Rechtsgrundlage", "PER"))
    assert ("Irland Rechtsgrundlage", "PER") not in _shaped(text, ("Irland Rechtsgrundlage", "PER"))


def test_lower_case_word_inside_a_noun_phrase() -> None:
    text = "Beim Betreten gilt: Abnahme der Maske nur am Platz."
    assert _shaped(text, ("Abnahme der Maske", "PER")) == set()
    # a name particle after a given name stays a person
    name = "Gestern sprach Ursula von der Brüggen in Kassel."
    assert ("Ursula von der Brüggen", "PER") in _shaped(name, ("Ursula von der Brüggen", "PER"))


def test_noun_surnames_with_a_given_name_or_honorific_stay() -> None:
    text = "Karin Fischer lobte Jonas Stein, und Frau Stein dankte Martina Wille für die Hilfe."
    names = ("Karin Fischer", "Jonas Stein", "Frau Stein", "Martina Wille")
    spans: list[tuple[str, EntityType]] = [(name, "PER") for name in names]
    assert _shaped(text, *spans) == set(spans)


def test_unknown_given_name_of_an_adjective_shape_stays() -> None:
    # "Babette" is no listed given name, but no adjective either: the span stays
    assert not germanpeople.adjective("Babette", shipped_common_words("de"))
    assert germanpeople.adjective("Psychosozialer", shipped_common_words("de"))
    assert germanpeople.adjective("Grünem", shipped_common_words("de"))


def test_gender_inclusive_noun_cut_or_dropped() -> None:
    text = "Wie viele AbonnentInnen Lesefix zählt, sagt die Firma nicht."
    assert _shaped(text, ("AbonnentInnen Lesefix", "PER")) == set()
    alone = "Die Kandidat*innen stellten sich gestern vor."
    assert _shaped(alone, ("Kandidat*innen", "ORG")) == set()
    assert germanpeople.gendered("Lehrer:innen") and germanpeople.gendered("AutorInnen")
    # a name with an inner "In" is no gender-inclusive noun
    brand = "Sie suchte die Stelle über LinkedIn und bewarb sich sofort."
    assert _shaped(brand, ("LinkedIn", "ORG")) == {("LinkedIn", "ORG")}
    assert not germanpeople.gendered("LinkedIn")


def test_job_title_with_a_joining_word() -> None:
    text = "Er ist seit Mai Minister für Umwelt und Chef der Staatskanzlei des Landes."
    assert _shaped(text, ("Minister für Umwelt und Chef der Staatskanzlei des Landes", "ORG")) == set()
    place = "Gestern reiste der Präsident der Ukraine nach Wien."
    assert ("Ukraine", "LOC") in _shaped(place, ("Präsident der Ukraine", "ORG"))
    body = "Sie wurde Präsidentin des Bundesverfassungsgerichts im Herbst."
    assert _shaped(body, ("Präsidentin des Bundesverfassungsgerichts", "ORG")) == {
        ("Bundesverfassungsgerichts", "ORG")}
    # a body named by its purpose is no job title
    office = "Das Bundesamt für Kultur zahlt die Hälfte."
    assert _shaped(office, ("Bundesamt für Kultur", "ORG")) == {("Bundesamt für Kultur", "ORG")}


def test_time_noun_alone_is_no_name() -> None:
    text = "Zum Anfang drehen sich beide, dann folgt der Wechsel."
    assert _shaped(text, ("Anfang", "PER")) == set()
    # a surname of a person the page names stays
    named = "Lena Beginn las in Jena. Beginn las aus ihrem Roman."
    shaped = _shaped(named, ("Lena Beginn", "PER"))
    assert ("Lena Beginn", "PER") in shaped
    assert germanpeople.time_noun("Beginn", frozenset(), None)
    assert not germanpeople.time_noun("Beginn", frozenset({"Beginn"}), None)


def test_title_that_is_a_given_name_before_a_name() -> None:
    text = "Sie standen vor dem Denkmal von Meister Johann Sebastian in Leipzig."
    assert ("Johann Sebastian", "PER") in _shaped(text, ("Meister Johann Sebastian", "PER"))


def test_service_descriptor_names_an_organisation() -> None:
    text = "Jetzt startet Amazons Dienst Lumo auch in Österreich."
    assert ("Lumo", "ORG") in _shaped(text, ("Amazons Dienst Lumo", "PER"))


def test_abbreviated_surname_keeps_its_stop() -> None:
    text = "Am Montag kamen Holger K. und Tanja M. zum Prozess."
    assert _shaped(text, ("Holger K", "PER")) == {("Holger K.", "PER")}
    # not after an organisation, nor a full surname
    plain = "Am Montag kam Holger Kranz. Dann ging er."
    assert _shaped(plain, ("Holger Kranz", "PER")) == {("Holger Kranz", "PER")}


def test_article_noun_is_no_bare_surname() -> None:
    text = "Karin Fischer kam spät. Fischer sagte, die Personen hätten mit Fischer gesprochen."
    assert german_article_noun(text, text.index("Personen"), "de")
    assert not german_article_noun(text, text.index("Fischer sagte"), "de")
    assert not german_article_noun(text, text.index("Fischer gesprochen"), "de")
    # other languages are left alone
    assert not german_article_noun("He met the Personen group.", 12, "en")


def test_soft_hyphens_inside_a_given_name() -> None:
    assert given_name("Ma\u00adria") and given_name("Maria")
    text = "Gestern sprach Ma\u00adria Stein\u00adhauer in Jena."
    shaped = _shaped(text, ("Ma\u00adria Stein\u00adhauer", "PER"))
    assert ("Ma\u00adria Stein\u00adhauer", "PER") in shaped


def test_other_forms_of_a_refused_phrase_go() -> None:
    text = "Der Grüne Wasserstoff gilt als Hoffnung. Mit Grünem Wasserstoff fährt bald der Zug."
    shaped = _shaped(text, ("Grüne Wasserstoff", "ORG"), ("Grünem Wasserstoff", "PER"))
    assert shaped == set()
    # with no form refused as a person, an organisation of that shape stays
    firm = "Die Deutsche Bahn fährt. Mit der Deutschen Bahn reist er oft."
    assert ("Deutsche Bahn", "ORG") in _shaped(firm, ("Deutsche Bahn", "ORG"))


def test_soft_hyphen_surname_after_a_lone_given_name_is_whole() -> None:
    text = "Seither hat Johan\u00adnes Pfei\u00adfer zweimal gewonnen."
    shaped = _shaped(text, ("Johan\u00adnes", "PER"))
    assert ("Johan\u00adnes Pfei\u00adfer", "PER") in shaped


def test_title_with_a_place_then_a_name_without_a_listed_given_name() -> None:
    text = "Gestern sprach Präsident der Ukraine Sorokyn in Kiew."
    assert {("Ukraine", "LOC"), ("Sorokyn", "PER")} <= _shaped(
        text, ("Präsident der Ukraine Sorokyn", "ORG"))
    parts = germanpeople.person_after_title(_m(text, "Präsident der Ukraine Sorokyn", "ORG"), None)
    assert parts[1].role == "Präsident der Ukraine"
    # a title with no name after it, or a listed given name, is left to the other rules
    alone = _m(text, "Präsident der Ukraine", "ORG")
    assert germanpeople.person_after_title(alone, None) == [alone]
    named = "Gestern sprach Präsident der Ukraine Peter Sorokyn in Kiew."
    whole = _m(named, "Präsident der Ukraine Peter Sorokyn", "ORG")
    assert germanpeople.person_after_title(whole, None) == [whole]
