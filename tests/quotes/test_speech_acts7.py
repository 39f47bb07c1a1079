"""Speech acts whose content is no finite clause (PolNeAR train classes, original sentences):
commitments ("vowed to …"), requests ("urged X to …", "called for …"), accusations and
criticism ("accused X of …", "criticized X for …") and names given ("called X a …"), and the
look-alikes that state nothing."""

from __future__ import annotations

import pytest

import dragoman
from dragoman.model import Quote


def _reported(text: str) -> list[Quote]:
    return [q for q in dragoman.analyze(text, lang="en").quotes if not q.direct]


@pytest.mark.parametrize(("text", "cue", "content", "speaker"), [
    ("Mayor Lena Ortiz vowed Tuesday to reopen the river ferry by spring.", "vowed",
     "to reopen the river ferry by spring", "Lena Ortiz"),
    ("Councilman Ray Dubois promised not to raise parking fees this year.", "promised",
     "not to raise parking fees this year", "Ray Dubois"),
    ("Governor Alma Reyes urged lawmakers to pass the flood relief bill before the recess.",
     "urged", "to pass the flood relief bill before the recess", "Alma Reyes"),
    ("Senator Paul Hendry accused the utility of hiding the inspection reports from "
     "regulators.", "accused", "the utility of hiding the inspection reports from regulators",
     "Paul Hendry"),
    ("Union leader Marco Bianchi criticized the board for cutting night shifts without "
     "notice.", "criticized", "the board for cutting night shifts without notice",
     "Marco Bianchi"),
    ("Opposition leader Nadia Haddad called for an independent inquiry into the contract "
     "awards.", "called for", "an independent inquiry into the contract awards",
     "Nadia Haddad"),
    ("Historian Ellen Park called the monument a reminder of a painful century.", "called",
     "the monument a reminder of a painful century", "Ellen Park"),
])
def test_a_speech_act_reports_its_speakers_statement(text: str, cue: str, content: str,
                                                     speaker: str) -> None:
    found = _reported(text)
    assert [(q.cue, q.text) for q in found] == [(cue, content)]
    assert speaker in (found[0].speaker_text or "")


@pytest.mark.parametrize("text", [
    "Ray Dubois did not promise to raise parking fees.",  # a negated cue
    "Ray Dubois plans to raise parking fees next year.",  # an intention
    "The board called the police after the break-in at the depot.",  # no name given
    "Residents praised the new library on Main Street.",  # an object, no clause
    "Critics who accused the firm of fraud were never heard at the hearing.",  # a relative
    "It was the target it pledged to reach at the summit in Lisbon.",  # no "that"
    "If the council pledged to cut fees, residents would cheer loudly.",  # a condition
    "Mayor Tom Ruiz attacked rivals as well as allies in his long speech.",  # a comparison
    "Red Cross protocol called for the patients to be moved to a shelter.",  # a thing speaks
])
def test_look_alikes_state_nothing(text: str) -> None:
    assert _reported(text) == []


def test_a_second_verb_after_and_is_its_own_statement() -> None:
    text = "Senator Joan Price vowed to fight the closure and said the plant would stay open."
    found = _reported(text)
    assert [(q.cue, q.text) for q in found] == [
        ("vowed", "to fight the closure"), ("said", "the plant would stay open")]


def test_a_quoted_name_after_called_stays_a_direct_quotation() -> None:
    text = 'Councillor Ivy Marsh called the budget a "shameful betrayal of every renter."'
    quotes = dragoman.analyze(text, lang="en").quotes
    assert [q.direct for q in quotes] == [True]


@pytest.mark.parametrize("text", [
    "Why did the senator urge voters to stay home on election day?",  # a question
    "Residents called for hours without an answer from the hotline.",  # a duration
    "The chief called for 20 minutes before the line went dead.",
    "The lawyers for Senator Ann Lee vowed to fight the ruling in court.",  # a link word
])
def test_questions_durations_and_embedded_names_state_nothing(text: str) -> None:
    assert _reported(text) == []


def test_the_possessor_speaks_not() -> None:
    # the possessed role noun speaks ("Lee's rivals", quotes/possessedrole.py), never "Lee"
    found = _reported("Lee's rivals criticized him for the delay at the port.")
    assert all(q.speaker_text != "Lee" for q in found)
    assert [q.speaker_text for q in found] in ([], ["Lee's rivals"])


@pytest.mark.parametrize("verb", ["blasted", "slammed"])
def test_blast_and_slam_take_no_speech_act_frame(verb: str) -> None:
    # their physical senses take the same "X for Y" frame
    assert _reported(f"The storm {verb} the harbor for two days in a row.") == []


def test_speech_acts_are_language_data_reached_through_the_lexicon() -> None:
    from dragoman.language.rules import rules_for
    from dragoman.quotes.lexicon import lexicon

    en_rules, fr_rules = rules_for("en"), rules_for("fr")
    assert en_rules is not None and fr_rules is not None
    en, fr = lexicon(en_rules), lexicon(fr_rules)
    assert en.acts["vowed"] == ("to", False) and en.acts["called for"] == ("noun", True)
    assert "blasted" not in en.acts and "slammed" not in en.acts
    assert not fr.acts and not fr.act_verbs  # another language adds its own in its pack


def test_a_clause_after_a_conjunction_keeps_its_speaker() -> None:
    text = "Three years after Mayor Ann Lee vowed to rebuild the pier, the work has not begun."
    assert [(q.cue, q.speaker_text) for q in _reported(text)] == [("vowed", "Ann Lee")]
