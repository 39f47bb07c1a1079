"""An acronym + noun pair after a determiner that cannot be the noun's article is one name
("die IG Metall"), where a compound written apart keeps its cut ("die CDU Fraktion" -> "CDU";
``germangenders``, ``germanframing``); a firm's or person's genitive before the noun it owns
types as the seed KB knows it ("Teslas Fabrik" -> "Teslas" ORG; ``germangenitives``).
Sentences written for these tests."""

from __future__ import annotations

import pytest

import dragoman
from dragoman.entities.germangenders import not_its_article, singular_gender


def _names(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.label) for m in dragoman.analyze(text, lang="de").mentions}


@pytest.mark.parametrize(("noun", "gender"), [
    ("Netz", "n"), ("Metall", "n"), ("Bahnnetz", "n"), ("Bericht", "m"),
    ("Sendung", None), ("Belegschaft", None), ("Fraktion", None), ("Streiks", None), ("netz", None),
    ("Dienstwaffe", None), ("Impfpflicht", None),
])
def test_singular_gender(noun: str, gender: str | None) -> None:
    assert singular_gender(noun) == gender


def test_article_agreement() -> None:
    assert not_its_article("die", "Metall") and not_its_article("der", "Netz")
    assert not not_its_article("das", "Netz") and not not_its_article("der", "Bericht")
    assert not not_its_article("die", "Entscheidung")
    assert not not_its_article("dieser", "Bericht") and not not_its_article("jener", "Beschluss")


@pytest.mark.parametrize(("text", "name"), [
    ("Die IG Metall verlangt für die Beschäftigten der Stahlbranche mehr Geld.", "IG Metall"),
    ("Ein Sprecher der DB Netz kündigte weitere Baustellen im Sommer an.", "DB Netz"),
    ("Nach einem Bericht der XY Netz wurden die Kabel im Frühjahr verlegt.", "XY Netz"),
])
def test_pair_after_foreign_article_stays(text: str, name: str) -> None:
    assert (name, "ORG") in _names(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Die CDU Fraktion enthielt sich bei der Abstimmung im Landtag.", "CDU"),
    ("Seit das FBI Druck auf die Betreiber ausübt, verschwinden die Foren.", "FBI"),
    ("Die ORF Sendung über den Skandal wurde kurzfristig abgesetzt.", "ORF"),
    ("Die VW Belegschaft demonstrierte vor dem Werkstor in Emden.", "VW"),
    ("Dieser TÜV Bericht listet gravierende Mängel an der Brücke auf.", "TÜV"),
    # the determiner after a conjunction or a verb is the acronym's own, the noun an object
    ("Weil die FDP Geld von einem Unternehmer annahm, ermittelt die Behörde.", "FDP"),
    ("Im Herbst hat die CIA Material zu dem Anschlag gesammelt.", "CIA"),
    ("Als die NATO Alarm gab, starteten zwei Abfangjäger.", "NATO"),
])
def test_compound_written_apart_is_cut(text: str, name: str) -> None:
    names = {n for n, _ in _names(text)}
    assert name in names and not any(n.startswith(name + " ") for n in names)


def test_known_owner_genitive() -> None:
    assert ("Teslas", "ORG") in _names("Teslas Fabrik in Brandenburg soll weiter wachsen.")
    assert ("Erdogans", "PER") in _names("Die Aggressionspolitik Erdogans beunruhigt die Nachbarn.")


def test_genitive_name_head_stays() -> None:
    assert ("Universität Wiens", "ORG") in _names("Die Universität Wiens feiert im Herbst ein Jubiläum.")
