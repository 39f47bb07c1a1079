"""A word with a suspended hyphen, a coordinator and a compound are one noun inside a speaker
phrase ("Land- und Forstwirt", "die Schul- und Sportdezernentin", "Innen- oder
Justizminister"): the phrase after the cue goes on through the coordinator to the name.
Original sentences, with near misses whose speaker must not change."""

from __future__ import annotations

from dragoman.language.rules import rules_for
from dragoman.model import Quote
from dragoman.quotes.lexicon import lexicon, words
from dragoman.quotes.suspendedhyphen import suspended_coordination
from tests.support.quoting import quotes_of


def _speakers(found: list[Quote]) -> list[str | None]:
    return [q.speaker_name or q.speaker_text for q in found if q.direct]


def test_coordinated_compound_role_after_the_cue() -> None:
    cases = (
        ("„Die Ernte war schlecht“, sagt Land- und Forstwirt Georg Huber aus dem Allgäu.",
         "Georg Huber"),
        ("„Die Schulen bleiben offen“, sagte die Schul- und Sportdezernentin Sabine Erdmann "
         "am Dienstag.", "Sabine Erdmann"),
        ("„Das ist nicht hinnehmbar“, erklärte Innen- und Sportsenatorin Iris Spranger.",
         "Iris Spranger"),
        ("„Die Pflege braucht mehr Geld“, sagte Alten- und Krankenpfleger Tim Ott.", "Tim Ott"),
        ("„Der Strompreis sinkt“, so Wirtschafts- und Energieministerin Lea Falk.", "Lea Falk"),
        ("„Wir müssen sparen“, betonte der Finanz- sowie Wirtschaftsdezernent Tobias Lang.",
         "Tobias Lang"),
        ("„Die Tiere sind gesund“, sagte Zoo- und Tierparkdirektor Dr. Jan Brecht am Montag.",
         "Jan Brecht"),
    )
    for text, person in cases:
        assert _speakers(quotes_of(text, "de", people=(person,))) == [person], text


def test_coordinated_compound_before_the_cue_keeps_its_speaker() -> None:
    text = "Innen- und Heimatminister Karl Vogt sagte: „Wir haben die Lage im Griff.“"
    assert _speakers(quotes_of(text, "de", people=("Karl Vogt",))) == ["Karl Vogt"]


def test_coordinated_compound_role_is_one_speaker() -> None:
    # no person named: the whole coordinated role is the speaker, as "die Verkehrsministerin"
    for text in ("Die Bau- und Verkehrsministerin sagte: „Wir bauen die Brücke neu.“",
                 "„Wir bauen die Brücke neu“, sagte die Bau- und Verkehrsministerin am Montag."):
        assert _speakers(quotes_of(text, "de")) == ["Bau- und Verkehrsministerin"], text
    text = "„Die Tiere sind gesund“, sagte der Zoo- oder Tierparkdirektor gestern."
    assert _speakers(quotes_of(text, "de")) == ["Zoo- oder Tierparkdirektor"]


def test_near_misses_keep_their_speakers() -> None:
    # "und" after a name opens a second verb; a dash before "und" is no suspended hyphen;
    # a coordinated compound after the name is no part of the speaker
    for text in ("„Wir sind zufrieden“, sagte Trainer Paul Weber und lachte.",
                 "„Das hat geklappt“, sagte Paul Weber - und ging.",
                 "„Das hat geklappt“, sagte Paul Weber am Vor- und Nachmittag.",
                 "„Das hat geklappt“, sagte Paul Weber, Bau- und Verkehrsminister.",
                 "„Die Preise steigen“, sagte Paul Weber über Miet- und Kaufpreise.",
                 "Miet- und Kaufpreise steigen weiter. „Das trifft alle“, sagte Paul Weber."):
        assert _speakers(quotes_of(text, "de", people=("Paul Weber",))) == ["Paul Weber"], text


def test_suspended_coordination_shape() -> None:
    rules = rules_for("de")
    assert rules is not None
    lex = lexicon(rules)
    for text, expected in (("Bau- und Verkehrsministerin", True), ("Innen- oder Justizminister", True),
                           ("Finanz- sowie Wirtschaftsdezernent", True),
                           ("Bau und Verkehrsministerin", False),  # no hyphen
                           ("Bau - und Verkehr", False),  # a dash set off by spaces
                           ("Bau-und Verkehr", False),  # a hyphen glued to the conjunction
                           ("Bau- mit Verkehr", False)):  # no coordinator
        ws = words(text)
        assert suspended_coordination(text, ws, 1, lex) is expected, text
