"""German-only span shaping after the CRF (dragoman.entities.germanspans); original sentences."""

from __future__ import annotations

from dragoman.entities import germanlink
from dragoman.entities import germanspans as gs
from dragoman.entities.ner import recognize
from dragoman.entities.spanshape import shipped_common_words
from dragoman.model import EntityType, Mention


def _m(text: str, surface: str, label: EntityType) -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, label, None, 0.9)


def test_german_exonyms_are_places() -> None:
    assert gs.known_place("Warschau", None)
    assert gs.known_place("Kärntens", None)  # genitive -s
    assert not gs.known_place("Wohnzimmer", None)


def test_noun_suffix_and_compound() -> None:
    common = shipped_common_words("de")
    assert gs.common_noun("Digitalisierung", common)
    assert gs.common_noun("Kommunikation", common)
    assert not gs.common_noun("Lindqvist", common)
    assert gs.noun_compound("Corona-Beschränkungen", common)
    assert not gs.noun_compound("Baden-Württemberg", common)


def test_shaping_drops_nouns_and_retypes() -> None:
    common = shipped_common_words("de")
    text = "Die Verwaltung der Sparkasse meldete, dass die Nordbank ihre Filiale in der Kirchstraße schließt."
    mentions = [_m(text, "Verwaltung", "ORG"), _m(text, "Nordbank", "LOC"),
                _m(text, "Kirchstraße", "ORG")]
    shaped = {(m.text, m.label) for m in gs.shape_german(text, mentions, common, None)}
    assert shaped == {("Nordbank", "ORG"), ("Kirchstraße", "LOC")}


def test_place_after_preposition_is_added() -> None:
    common = shipped_common_words("de")
    text = "Der Zug fuhr am Morgen nach Warschau weiter."
    shaped = gs.shape_german(text, [], common, None)
    assert [(m.text, m.label) for m in shaped] == [("Warschau", "LOC")]


def test_place_adjective_and_compound_is_no_name() -> None:
    common = shipped_common_words("de")
    text = "Der Dessauer Wohnungsmangel trifft vor allem Familien."
    shaped = gs.shape_german(text, [_m(text, "Dessauer Wohnungsmangel", "ORG")], common, None)
    assert shaped == []
    kept = "Sie besuchten den Wiener Zentralfriedhof."
    assert len(gs.shape_german(kept, [_m(kept, "Wiener Zentralfriedhof", "LOC")], common, None)) == 1
    person = "Gestern sprach Peter Zimmermann."
    assert len(gs.shape_german(person, [_m(person, "Peter Zimmermann", "PER")], common, None)) == 1


def test_recognize_german_sentence() -> None:
    text = "Die Bürgermeisterin Petra Albrecht reiste gestern nach Warschau."
    found = {(m.text, m.label) for m in recognize(text, "de")}
    assert ("Warschau", "LOC") in found
    assert all(m[0] not in ("Bürgermeisterin", "Die") for m in found)



def test_given_name_makes_a_person() -> None:
    common = shipped_common_words("de")
    text = "Am Abend lobte Ministerpräsidentin Renate Albers die Feuerwehr, während Thomas Brückner zuhörte."
    mentions = [_m(text, "Ministerpräsidentin Renate Albers", "ORG"), _m(text, "Thomas", "LOC")]
    shaped = {(m.text, m.label) for m in gs.shape_german(text, mentions, common, None)}
    assert shaped == {("Renate Albers", "PER"), ("Thomas Brückner", "PER")}


def test_company_word_keeps_organisation() -> None:
    common = shipped_common_words("de")
    text = "Die Hamburger Hafengesellschaft und die Max Weber Stiftung legten Zahlen vor."
    mentions = [_m(text, "Hamburger Hafengesellschaft", "ORG"), _m(text, "Max Weber Stiftung", "ORG")]
    shaped = {(m.text, m.label) for m in gs.shape_german(text, mentions, common, None)}
    assert shaped == {("Hamburger Hafengesellschaft", "ORG"), ("Max Weber Stiftung", "ORG")}


def _shaped(text: str, spans: list[tuple[str, EntityType]]) -> set[tuple[str, EntityType, str | None]]:
    common = shipped_common_words("de")
    mentions = [_m(text, s, label) for s, label in spans]
    return {(m.text, m.label, m.role) for m in gs.shape_german(text, mentions, common, None)}


def test_month_and_time_words_are_no_names() -> None:
    text = "Bis Mitte März lag kaum Schnee, und nach dem 3. Oktober Sorgen die Wirte sich."
    assert _shaped(text, [("Mitte März", "PER"), ("Oktober Sorgen", "PER")]) == set()
    # a given name that is also a month, before a surname or after a given name, stays a person
    person = "Damals schrieb August Weidenbach an Carl August Lemberg."
    assert _shaped(person, [("August Weidenbach", "PER"), ("Carl August Lemberg", "PER")]) == {
        ("August Weidenbach", "PER", None), ("Carl August Lemberg", "PER", None)}


def test_disease_is_no_name_nor_town() -> None:
    text = "Die Klassische Schweinepest erreichte den Hof, wie einst die Pest die Stadt."
    assert _shaped(text, [("Klassische Schweinepest", "ORG"), ("Pest", "LOC")]) == set()
    town = "Der Zug hält in Budapest."
    assert _shaped(town, [("Budapest", "LOC")]) == {("Budapest", "LOC", None)}


def test_inflected_event_is_no_name() -> None:
    text = "Nach den Olympischen Winterspielen kehrte sie zur Europameisterschaft zurück."
    assert _shaped(text, [("Olympischen Winterspielen", "ORG"),
                          ("Europameisterschaft", "ORG")]) == set()


def test_role_and_possessive_before_name_are_cut() -> None:
    text = "Vorne stand Weltmeisterin Lena Marquardt, dahinter Ottos Mechaniker Bruno Sailer."
    assert _shaped(text, [("Weltmeisterin Lena Marquardt", "PER"),
                          ("Ottos Mechaniker Bruno Sailer", "ORG")]) == {
        ("Lena Marquardt", "PER", "Weltmeisterin"),
        ("Bruno Sailer", "PER", "Ottos Mechaniker")}
    # a role before a common noun is no name at all
    noun = "Zum Glück haben die Hausmeister Sachen für uns aufbewahrt."
    assert _shaped(noun, [("Hausmeister Sachen", "PER")]) == set()


def test_people_noun_and_org_descriptor_are_cut() -> None:
    text = "Der Finne Aki Lindroos lobte die Oppositionspartei Narodna Volja."
    assert _shaped(text, [("Finne Aki Lindroos", "ORG"),
                          ("Oppositionspartei Narodna Volja", "ORG")]) == {
        ("Aki Lindroos", "PER", "Finne"), ("Narodna Volja", "ORG", None)}
    # a place adjective before a place noun is no people's noun: "Berner Oberland" stays
    place = "Wir wanderten durch das Berner Oberland."
    assert _shaped(place, [("Berner Oberland", "LOC")]) == {("Berner Oberland", "LOC", None)}


def test_genitive_name_before_its_noun_ends_the_span() -> None:
    text = "Seit Jahren liest sie Gerda Brandts Erzählungen, und Norwegens Regierung schweigt."
    shaped = _shaped(text, [("Gerda Brandts Erzählungen", "PER"), ("Norwegens Regierung", "ORG")])
    assert shaped == {("Gerda Brandts", "PER", None), ("Norwegens", "LOC", None)}
    # a given name in -s is no genitive
    name = "Im Tor stand Markus Feldhaus."
    assert _shaped(name, [("Markus Feldhaus", "PER")]) == {("Markus Feldhaus", "PER", None)}


def test_slavic_womens_names_are_people() -> None:
    text = "Im Sprint siegte Darina Kolesova vor der Norwegerin."
    assert _shaped(text, [("Darina Kolesova", "ORG")]) == {("Darina Kolesova", "PER", None)}


def test_name_forms_for_the_linker() -> None:
    assert germanlink.german_disease("Pest", "de")
    assert germanlink.german_disease("Vogelgrippe", "de")
    assert not germanlink.german_disease("Budapest", "de")
    assert not germanlink.german_disease("Pest", "en")
    # "Die Reden Mario Draghis" beside "Mario Draghi sagte": one referent's keys
    assert germanlink.genitive_bare(["mario", "draghis"], {"draghi": 1}, "de") == ["mario", "draghi"]
    assert germanlink.genitive_bare(["mario", "draghis"], {}, "de") == ["mario", "draghis"]
    assert germanlink.genitive_base("Silvio Berlusconis", "de") == "Silvio Berlusconi"
    assert germanlink.genitive_base("Günter Grass", "de") is None
    assert germanlink.genitive_base("Silvio Berlusconis", "it") is None
