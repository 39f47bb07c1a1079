"""German names behind an article kept by the KB and the region list, and junk classes of
German pages cut or dropped (germanknown, germannouns, germanspans; issue 15, fourth pass).
Original sentences."""

from __future__ import annotations

from dragoman.entities import germanknown, germannouns
from dragoman.entities import germanspans as gs
from dragoman.entities.spanshape import shipped_common_words
from dragoman.language import de
from dragoman.language.nounclasses import NO_NOUN_CLASSES
from dragoman.language.rules import pack_of
from dragoman.model import EntityType, Mention


def _m(text: str, surface: str, label: EntityType = "ORG") -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, label, None, 0.9)


def _shaped(text: str, *spans: tuple[str, EntityType]) -> set[tuple[str, str]]:
    mentions = [_m(text, s, label) for s, label in spans]
    return {(m.text, m.label) for m in gs.shape_german(text, mentions, shipped_common_words("de"), None)}


def test_noun_classes_are_pack_fields() -> None:
    assert de.RULES.noun_classes.months and "januar" in de.RULES.noun_classes.months
    english = pack_of("en")
    assert english is not None and english.noun_classes is NO_NOUN_CLASSES


def test_kb_names_behind_an_article_stay_and_take_the_kb_type() -> None:
    assert germanknown.known_name("Kreml") and germanknown.known_name("Niederlanden")
    assert not germanknown.known_name("Keller")
    text = "Am Morgen schwieg der Kreml. Später sprach der Kreml von einer Provokation."
    assert _shaped(text, ("Kreml", "PER")) == {("Kreml", "ORG")}
    # a common noun written only behind its article still goes
    noun = "Am Morgen blieb der Keller dunkel. Später war der Keller nass."
    assert _shaped(noun, ("Keller", "LOC")) == set()


def test_rivers_and_regions_behind_an_article_stay() -> None:
    assert gs.known_place("Allgäu", None) and gs.known_place("Elbe", None)
    text = "Im Sommer stieg die Elbe stark an. Auch im Allgäu regnete es."
    assert _shaped(text, ("Elbe", "LOC"), ("Allgäu", "LOC")) == {("Elbe", "LOC"), ("Allgäu", "LOC")}
    # homographs of common words are no regions ("die Leine", "der Regen")
    assert not gs.known_place("Leine", None) and not gs.known_place("Regen", None)


def test_greeting_cut_before_a_name() -> None:
    text = "Hallo Jörg, vielen Dank für den Hinweis. Liebe Marta, gern geschehen."
    got = germannouns.noun_phrases(text, [_m(text, "Hallo Jörg", "PER"), _m(text, "Liebe Marta", "PER")],
                                   lambda w: False, lambda w: False)
    assert [(m.text, m.start) for m in got] == [("Jörg", text.index("Jörg")), ("Marta", text.index("Marta"))]
    # a greeting alone goes; a name opening like no greeting stays whole
    alone = "Hallo, und willkommen. Hiltrud Brandt sprach zuerst."
    got = germannouns.noun_phrases(alone, [_m(alone, "Hallo"), _m(alone, "Hiltrud Brandt", "PER")],
                                   lambda w: False, lambda w: False)
    assert [m.text for m in got] == ["Hiltrud Brandt"]


def test_address_pronouns_and_unit_abbreviations_are_no_names() -> None:
    text = "Kennst Du das Problem? Gib 2 EL Honig und TL Salz dazu. Dann ruht der Teig bei Ottmar."
    spans = [_m(text, "Kennst Du"), _m(text, "EL Honig"), _m(text, "TL Salz"), _m(text, "Ottmar", "PER")]
    got = germannouns.noun_phrases(text, spans, lambda w: False, lambda w: False)
    assert [m.text for m in got] == ["Ottmar"]
    # "EL" inside a word or a name is no unit: "ELBA Werke"
    name = "Der Auftrag ging an ELBA Werke."
    assert [m.text for m in germannouns.noun_phrases(name, [_m(name, "ELBA Werke")],
                                                     lambda w: False, lambda w: False)] == ["ELBA Werke"]


def test_run_on_through_a_contracted_preposition_cut() -> None:
    common = {"Montag", "Konsum", "Alkohol", "Dom", "Sonntag"}.__contains__
    text = "Das sagte Albrecht am Montag. Die Bundespolizei zum Konsum von Alkohol warnte."
    spans = [_m(text, "Albrecht am Montag", "PER"), _m(text, "Bundespolizei zum Konsum von Alkohol")]
    got = germannouns.noun_phrases(text, spans, common, lambda w: False)
    assert [m.text for m in got] == ["Albrecht", "Bundespolizei"]
    # names holding one stay: a building by where it stands, a Sunday paper
    kept = "Sie wohnt im Haus am Dom und liest die Post am Sonntag."
    spans = [_m(kept, "Haus am Dom"), _m(kept, "Post am Sonntag")]
    assert [m.text for m in germannouns.noun_phrases(kept, spans, common, lambda w: False)] == [
        "Haus am Dom", "Post am Sonntag"]


def test_descriptor_before_a_name_cut() -> None:
    text = "Die Zahlen von Orbeks Konkurrent Zentrix überraschten, sagte Talentscout Vanessa Kroll."
    got = _shaped(text, ("Orbeks Konkurrent Zentrix", "ORG"), ("Talentscout Vanessa Kroll", "PER"))
    assert got == {("Zentrix", "ORG"), ("Vanessa Kroll", "PER")}


def test_role_without_a_name_and_indeclinable_opener_dropped() -> None:
    text = "Ein Münchner Aktivist protestierte. Prima Sache, meinte Greta Lind."
    got = _shaped(text, ("Münchner Aktivist", "ORG"), ("Prima Sache", "ORG"), ("Greta Lind", "PER"))
    assert got == {("Greta Lind", "PER")}
    # a place adjective before an ensemble's word is a name; a role before a name stays too
    kept = "Am Abend spielten die Wiener Philharmoniker, und Trainer Anton Haller jubelte."
    assert _shaped(kept, ("Wiener Philharmoniker", "ORG"), ("Trainer Anton Haller", "PER")) == {
        ("Wiener Philharmoniker", "ORG"), ("Anton Haller", "PER")}


def test_genitive_owner_before_a_role_and_common_noun_before_a_genitive() -> None:
    text = "Schon lange herrscht Armut in Kenia. Der Wohlstand Kenias wächst, meldete Norwegens Ministerin."
    got = _shaped(text, ("Wohlstand Kenias", "ORG"), ("Norwegens Ministerin", "PER"))
    assert got == {("Kenia", "LOC"), ("Kenias", "LOC"), ("Norwegens", "LOC")}
    # a name's head before the genitive stays: "Universität Wiens"
    kept = "Er lehrte an der Universität Wiens."
    assert _shaped(kept, ("Universität Wiens", "ORG")) == {("Universität Wiens", "ORG")}
    # a genitive of no known place nor person stays in the span ("Gesundheit Ottos" unknown)
    unknown = "Man sprach über die Gesundheit Ottos im Sommer."
    assert _shaped(unknown, ("Gesundheit Ottos", "ORG")) == {("Gesundheit Ottos", "ORG")}
