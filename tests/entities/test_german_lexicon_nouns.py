"""German common nouns from German Wiktionary (``ner-de.nouns.txt.gz``, eval/ner_de_nouns.py;
issue 15): a one-word mention or a span made only of such nouns is no name; names that are
also nouns (surnames, places, brands written as names) keep theirs. Sentences written for
these tests."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from eval.ner_de_nouns import compact, front_coded, named_building, reached_names

import dragoman
from dragoman.entities.germanpeople import listed_noun, titled_words
from dragoman.entities.ner import CrfRecognizer
from dragoman.entities.spanshape import (
    CommonWords,
    lexicon_nouns,
    noun_shaped,
    noun_stems,
    shipped_common_words,
)


def _common() -> CommonWords:
    model = CrfRecognizer().model("de")
    assert model is not None and model.common is not None
    return model.common


def _texts(text: str) -> list[str]:
    return [m.text for m in dragoman.analyze(text, "de").mentions]


@pytest.mark.parametrize("word", ["Refrain", "Krebs", "Krebse", "Bäckerei", "Regenwald", "Gurken"])
def test_german_lexicon_knows_common_nouns(word: str) -> None:
    assert _common().noun(word)


@pytest.mark.parametrize("word", ["Müller", "Fischer", "Keller", "Merkel", "Sachsen",
                                  "Niedersachsen", "Schweden", "Essen", "Bundespolizei", "NASDAQ", "Berner",
                                  "DFB-Pokal"])
def test_german_lexicon_leaves_names_out(word: str) -> None:
    assert not _common().noun(word)


def test_german_lexicon_is_read_by_the_tagger_only() -> None:
    shipped = shipped_common_words("de")
    assert shipped is not None and not shipped.lexicon and _common().lexicon


def test_german_lexicon_reads_words_of_a_nouns_shape_only() -> None:
    assert noun_shaped("Umlage") and noun_shaped("Corona-Krise")
    assert not noun_shaped("SuperStar") and not noun_shaped("EEG-Umlage")


def test_german_lexicon_file_round_trip(tmp_path: Path) -> None:
    forms = compact({"kongress", "kongresse", "kongresses", "kongressen", "bäume"})
    assert "kongresses" not in forms and "kongresse" in forms and "bäume" in forms
    path = tmp_path / "ner-xx.nouns.txt.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write('# {"licence": "CC BY-SA 4.0"}\n!sachsen\n')
        handle.write("".join(line + "\n" for line in front_coded(forms)))
    nouns, names = lexicon_nouns(path)
    assert nouns == forms and names == {"sachsen"}
    assert all(any(s in nouns for s in noun_stems(f)) for f in ("kongresses", "kongressen"))


def test_german_lexicon_names_reaching_a_noun_are_listed() -> None:
    assert reached_names({"sachsen", "berlin"}, {"sachse"}) == {"sachsen"}


@pytest.mark.parametrize("text, word", [
    ("Der Refrain des Liedes blieb allen Zuhörern im Kopf.", "Refrain"),
    ("Fachleute sprachen in Wien über Krebs und seine Behandlung.", "Krebs"),
    ("Im Garten wachsen Tomaten, Gurken und Kräuter.", "Gurken"),
    ("Forscher entdeckten im Regenwald eine neue Froschart.", "Regenwald"),
])
def test_german_common_noun_is_no_name(text: str, word: str) -> None:
    assert not any(word in t for t in _texts(text))


@pytest.mark.parametrize("text, name", [
    ("Angela Merkel besuchte am Dienstag die Altstadt von Bonn.", "Angela Merkel"),
    ("Thomas Müller traf zweimal für den FC Bayern München.", "Thomas Müller"),
    ("Herr Keller wollte sich zu den Vorwürfen nicht äußern.", "Keller"),
    ("Die Bäckerei Fischer schließt nach vierzig Jahren ihre Filiale in Bonn.", "Bäckerei Fischer"),
    ("Am Flughafen Frankfurt fielen zahlreiche Flüge aus.", "Flughafen Frankfurt"),
    ("Die Polizei in Sachsen ermittelt gegen mehrere Verdächtige.", "Sachsen"),
    ("In Schweden wird am Sonntag gewählt.", "Schweden"),
])
def test_german_names_that_are_also_nouns_stay(text: str, name: str) -> None:
    assert name in _texts(text)


# Review pass (rev_de_lexicon): names that are also rare dictionary nouns keep their mention
# where the text says they are names; sentences written for these tests.
@pytest.mark.parametrize("text, name", [
    ("Weihbischof Schick segnete am Sonntag die neue Orgel der Gemeinde.", "Schick"),
    ("Frau Krebs vom Ordnungsamt erklärte die neuen Regeln.", "Krebs"),
    ("Sophie Funke übernimmt im Herbst die Leitung des Stadtarchivs.", "Sophie Funke"),
    ("Peer Pütz spielt künftig in der zweiten Liga.", "Peer Pütz"),
    ("Die Marienkirche am Markt öffnet wieder für Besucher.", "Marienkirche"),
])
def test_german_lexicon_noun_named_by_its_context_stays(text: str, name: str) -> None:
    assert name in _texts(text)


def test_german_lexicon_surname_after_a_title_elsewhere_on_the_page_stays() -> None:
    text = ("Beim Festgottesdienst sprach Erzbischof Schick über Flucht. Danach, so fuhr Schick "
            "fort, brauche es Mut.")
    people = [m for m in dragoman.analyze(text, "de").mentions if m.text == "Schick"]
    assert people and all(m.label == "PER" for m in people)


@pytest.mark.parametrize("text, word", [
    ("Weil Ärzte Antibiotika zu oft verschreiben, wachsen die Resistenzen.", "Antibiotika"),
    ("Wenn Landwirte Glyphosat spritzen, sterben viele Insekten.", "Glyphosat"),
    ("Der Steinkauz ist Vogel des Jahres.", "Jahres"),
    # a role before a lexicon noun the tagger takes for no person: no name there either
    ("Der Minister Kompromisse anzubieten, lehnte die Opposition ab.", "Kompromisse"),
    ("Ein Hauch von Oregano gibt der Soße den letzten Schliff.", "Oregano"),
    # a place adjective before a lexicon noun stays a noun phrase ("Wiener Mundart" and others
    # on pool A outnumber "Kasseler Sparkasse")
    ("Die Lieder sind in Wiener Mundart geschrieben.", "Mundart"),
])
def test_german_lexicon_nouns_with_no_name_cue_still_go(text: str, word: str) -> None:
    assert not any(word in t for t in _texts(text))


def test_german_protected_names_leave_learned_nouns_common() -> None:
    common = _common()
    assert common.noun("Jahres") and common.noun("Wahlen")  # learned nouns, also "!" lines
    assert not common.noun("Sachsen")


def test_german_listed_noun_leaves_the_lexicon_out() -> None:
    common = _common()
    assert common.noun("Schick") and not listed_noun("Schick", common)
    assert listed_noun("Zeitung", common) and listed_noun("Verwaltung", common)


def test_german_titled_words_read_the_page() -> None:
    titled = titled_words("Gestern sprach Frau Igel, dann Ministerin Taube und Jonas Specht.")
    assert titled("Igel") and titled("Taube") and titled("Specht") and titled("Spechts")
    assert not titled("Gestern") and not titled("Ministerin")


def test_german_lexicon_leaves_church_compounds_out() -> None:
    assert named_building("frauenkirche") and named_building("paulskirchen")
    assert not named_building("kirche") and not named_building("kirchenmusik")
