"""One-word German common nouns tagged as names (``germanlonenouns``) and descriptor nouns
before a name the page has as an organisation (``germanbarenames``), issue 14. Sentences
written for these tests."""

from __future__ import annotations

import time
from functools import lru_cache

import pytest

from dragoman.entities.germanbarenames import bare_names
from dragoman.entities.germanlonenouns import lone_noun, lone_nouns, without_lone_nouns
from dragoman.entities.ner import CrfModel, CrfRecognizer
from dragoman.model import EntityType, Mention


@lru_cache(maxsize=1)
def _model() -> CrfModel:
    model = CrfRecognizer().model("de")
    assert model is not None and model.common is not None
    return model


def _mention(text: str, span: str, label: EntityType, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(span, start + 1)
    return Mention(start, start + len(span), span, label, None, 0.9)


def _kept(text: str, span: str, label: EntityType, others: tuple[tuple[str, EntityType], ...] = ()) -> bool:
    m = _mention(text, span, label)
    ms = [m, *(_mention(text, s, lab) for s, lab in others)]
    return m in without_lone_nouns(text, ms, _model().common)


def test_side_file_ships() -> None:
    nouns = lone_nouns()
    assert len(nouns) > 500
    assert {"hotel", "konferenz", "saison", "ware"} <= nouns
    # names WikiANN tags alone, given names, places, seed-KB names are never listed
    assert not {"siemens", "volkswagen", "berlin", "anna"} & nouns


@pytest.mark.parametrize(("text", "span", "label"), [
    ("Das Hotel liegt direkt am Hafen.", "Hotel", "LOC"),
    ("Nach der Konferenz flogen alle heim.", "Konferenz", "ORG"),
    ("Der Händler schickte die Ware zurück.", "Ware", "LOC"),
    ("Die neue Saison beginnt im Herbst.", "Saison", "ORG"),
    ("Sie schickte die Unterlagen per Mail.", "Mail", "MISC"),
    ("Zwei Hotels am See sind schon ausgebucht.", "Hotels", "LOC"),
    # words German writes in lower case, capitalised by their place
    ("Ich denke, das reicht.", "Ich", "ORG"),
    ("Natürlich kommen wir morgen.", "Natürlich", "ORG"),
    ("Sie strich die Wand in Grau und Weiß.", "Weiß", "ORG"),
    # no name of several words on the page holds the word: dropped (review; a club named
    # only by its short form is a known cost)
    ("Nach dem Spiel der Borussia feierten alle.", "Borussia", "ORG"),
])
def test_lone_common_noun_dropped(text: str, span: str, label: EntityType) -> None:
    assert not _kept(text, span, label)


@pytest.mark.parametrize(("text", "span", "label", "others"), [
    # persons are left (a dictionary's nouns are surnames too)
    ("Hotel sagte, er komme morgen.", "Hotel", "PER", ()),
    # a name the tagger cut after a capitalised word that is no common noun
    ("Wir wohnten im Grand Hotel am Meer.", "Hotel", "LOC", ()),
    # a one-word title in quotation marks
    ("Die Sendung „Konferenz“ läuft am Sonntag.", "Konferenz", "MISC", ()),
    # a word the page writes after an honorific or a given name
    ("Herr Konferenz widersprach. Konferenz blieb dabei.", "Konferenz", "ORG", ()),
    # a word of a person's name on the page
    ("Jonas Saison kam zu spät. Saison entschuldigte sich.", "Saison", "ORG", (("Jonas Saison", "PER"),)),
    # the short form of a name of several words on the page (review)
    ("Die Borussia Neunkirchen siegte. Nach dem Spiel der Borussia feierten alle.", "Borussia", "ORG",
     (("Borussia Neunkirchen", "ORG"),)),
    ("Der Nationalpark Wattenmeer wächst. Im Wattenmeer brüten Vögel.", "Wattenmeer", "LOC",
     (("Nationalpark Wattenmeer", "ORG"),)),
    # after a preposition a name follows with no article
    ("Sie wohnt in Nord, er in Süd.", "Nord", "LOC", ()),
    ("Wir kaufen bei Netto ein.", "Netto", "ORG", ()),
    # after a noun of a town's part
    ("Die Schule im Stadtteil Nord wird saniert.", "Nord", "LOC", ()),
    # names that are no listed noun
    ("Siemens baut Stellen ab.", "Siemens", "ORG", ()),
    ("Volkswagen erhöht die Preise.", "Volkswagen", "ORG", ()),
    ("Der Bundestag stimmte zu.", "Bundestag", "ORG", ()),
])
def test_names_kept(text: str, span: str, label: EntityType,
                    others: tuple[tuple[str, EntityType], ...]) -> None:
    assert _kept(text, span, label, others)


def test_compound_first_part_not_kept_by_a_longer_name() -> None:
    # review: a word cut before a hyphen is a compound's first part, not the short form
    text = "Die Stiftung Safe Sport hilft. Sie fördert Sport- und Kulturvereine."
    lone = _mention(text, "Sport", "ORG", nth=1)
    ms = [lone, _mention(text, "Safe Sport", "ORG")]
    assert lone not in without_lone_nouns(text, ms, _model().common)


def test_lone_noun_reads_plural_and_genitive() -> None:
    assert lone_noun("Hotels") and lone_noun("Konferenz")
    assert not lone_noun("HOTEL") and not lone_noun("Berlin")


def _bare(text: str, spans: list[tuple[str, EntityType, int]]) -> list[tuple[str, str]]:
    ms = [_mention(text, s, lab, nth) for s, lab, nth in spans]
    out = bare_names(text, ms, _model().common, _model().gazetteer)
    for m in out:
        assert text[m.start:m.end] == m.text
    return [(m.text, m.label) for m in out]


def test_descriptor_cut_by_an_organisation_on_the_page() -> None:
    text = "Die Kohlemine Kestrelmont gehört zur Kestrelmont Holding."
    got = _bare(text, [("Kohlemine Kestrelmont", "ORG", 0), ("Kestrelmont Holding", "ORG", 0)])
    assert got == [("Kestrelmont", "ORG"), ("Kestrelmont Holding", "ORG")]


def test_descriptor_cut_by_a_compound_modifier() -> None:
    text = "Die Kohlemine Kestrelmont ist umstritten. Die Kestrelmont-Aktie fiel."
    assert _bare(text, [("Kohlemine Kestrelmont", "ORG", 0)]) == [("Kestrelmont", "ORG")]


def test_person_reading_of_the_span_follows_the_firm() -> None:
    text = ("Die Kohlemine Kestrelmont fördert Kohle. Über die Kohlemine Kestrelmont wird gestritten. "
            "Das Kestrelmont-Geschäft ist groß.")
    got = _bare(text, [("Kohlemine Kestrelmont", "ORG", 0), ("Kohlemine Kestrelmont", "PER", 1)])
    assert got == [("Kestrelmont", "ORG"), ("Kestrelmont", "ORG")]


@pytest.mark.parametrize(("text", "spans"), [
    # no evidence on the page: the noun may be part of the name
    ("Die Kohlemine Kestrelmont ist umstritten.", [("Kohlemine Kestrelmont", "ORG", 0)]),
    # a bare occurrence after a preposition of place is no evidence
    ("Die Kohlemine Kestrelmont liegt in Kestrelmont.", [("Kohlemine Kestrelmont", "ORG", 0)]),
    # a known place after a body's noun
    ("Die Berufsfeuerwehr Biel rückte aus. Die Biel-Region ist betroffen.",
     [("Berufsfeuerwehr Biel", "ORG", 0)]),
    # a noun that heads names itself
    ("Die Brauerei Schlenkerla braut Bier. Das Schlenkerla-Bier ist berühmt.",
     [("Brauerei Schlenkerla", "ORG", 0)]),
    # a legal form ends the name
    ("Die Kohlemine Kestrelmont GmbH meldet Verluste. Kestrelmont Holding zahlt.",
     [("Kohlemine Kestrelmont GmbH", "ORG", 0), ("Kestrelmont Holding", "ORG", 0)]),
    # spans typed a place are left
    ("Die Kohlemine Kestrelmont liegt fern. Die Kestrelmont-Aktie fiel.",
     [("Kohlemine Kestrelmont", "LOC", 0)]),
])
def test_descriptor_kept(text: str, spans: list[tuple[str, EntityType, int]]) -> None:
    assert _bare(text, spans) == [(s, lab) for s, lab, _ in spans]


def test_hostile_repetition_stays_linear() -> None:
    def cost(n: int) -> float:
        text = "Die Kohlemine Kestrelmont und das Hotel. " * n
        ms = [m for i in range(n) for m in (
            Mention(i * 41 + 4, i * 41 + 25, "Kohlemine Kestrelmont", "ORG"),
            Mention(i * 41 + 34, i * 41 + 39, "Hotel", "LOC"))]
        assert text[ms[-1].start:ms[-1].end] == "Hotel"
        began = time.process_time()
        bare_names(text, without_lone_nouns(text, ms, _model().common), _model().common, _model().gazetteer)
        return time.process_time() - began

    cost(50)
    small, large = cost(500), cost(4000)
    assert large < 20 * max(small, 0.01)  # linear is 8x
