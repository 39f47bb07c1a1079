"""Review fixes of the German news pool pass (issue 15): a dateline's agency and a stock ticker
define no acronym (germanacronyms), a given name that is an everyday noun alone is no person
(germangiven), and both rules read each candidate with bounded work on one long line.
Sentences written for these tests."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from dragoman.entities import germanacronyms, germangiven, germanphrases
from dragoman.entities.spanshape import shipped_common_words
from dragoman.model import EntityType, Mention


def _mention(text: str, span: str, label: EntityType = "ORG", nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(span, start + 1)
    return Mention(start, start + len(span), span, label, None, 0.9)


def _added(text: str, mentions: list[Mention]) -> list[tuple[str, str]]:
    out = germanacronyms.defined_acronyms(text, mentions)
    return [(m.text, m.label) for m in out[len(mentions):]]


# ------------------------------------------------------------------ A: datelines


@pytest.mark.parametrize("dash", [" - ", " – ", " — ", "—"])
def test_dateline_agency_after_a_place_is_no_acronym(dash: str) -> None:
    text = f"Bamberg (BB){dash}Der Stadtrat hat getagt. Später hieß es, BB sei gut vertreten."
    assert _added(text, [_mention(text, "Bamberg", "LOC")]) == []


def test_bracket_without_a_dash_still_defines() -> None:
    text = "Bamberg (BB) meldet neue Zahlen. Auch BB wächst."
    assert _added(text, [_mention(text, "Bamberg", "LOC")]) == [("BB", "LOC"), ("BB", "LOC")]


def test_hyphenated_compound_after_the_bracket_still_defines() -> None:
    text = "Die Landesanstalt für Wald (LfW)-Chefin sprach. Die LfW plant mehr."
    added = _added(text, [_mention(text, "Landesanstalt für Wald")])
    assert ("LfW", "ORG") in added and len(added) == 2


# ------------------------------------------------------------------ B: tickers


def test_ticker_whose_letters_are_not_in_the_name_is_no_acronym() -> None:
    text = "Auch Lorvanta (LVQ) gab an der Börse nach. Später kaufte man LVQ wieder."
    assert _added(text, [_mention(text, "Lorvanta")]) == []
    assert not germanacronyms.agrees("Kestrawerk", "KSX")
    assert not germanacronyms.agrees("Amsterdam", "ANP")


def test_acronyms_of_compound_names_still_agree() -> None:
    for name, acronym in (("Landesamt für Denkmalpflege", "LfD"), ("Oberlandesgericht", "OLG"),
                          ("Bundesverfassungsgericht", "BVerfG"), ("Schleswig-Holstein", "SH"),
                          ("Kreisverwaltung Mayen", "KVM"), ("Weltgesundheitsorganisation", "WHO")):
        assert germanacronyms.agrees(name, acronym), (name, acronym)


# ------------------------------------------------------------------ D: noun given names

_COMMON = shipped_common_words("de")


def test_given_name_that_is_a_noun_alone_is_no_person() -> None:
    text = "Ernst Vollrath eröffnete die Ausstellung. Die Gäste nahmen die Lage mit Ernst auf."
    person = _mention(text, "Ernst Vollrath", "PER")
    out = germangiven.untagged_people(text, [person], _COMMON, None)
    assert [m.text for m in out] == ["Ernst Vollrath"]


def test_other_given_name_alone_after_the_full_name_still_added() -> None:
    text = "Reinhold Vollrath eröffnete die Ausstellung. Danach dankte man Reinhold herzlich."
    person = _mention(text, "Reinhold Vollrath", "PER")
    out = germangiven.untagged_people(text, [person], _COMMON, None)
    assert [(m.text, m.label) for m in out] == [("Reinhold Vollrath", "PER"), ("Reinhold", "PER")]


# ------------------------------------------------------------------ linear work


class _Counting:
    """A pattern that records how far back each search reads."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.spans: list[int] = []

    def search(self, text: str, lo: int, hi: int) -> re.Match[str] | None:
        self.spans.append(hi - lo)
        return self.pattern.search(text, lo, hi)


def test_given_name_rule_reads_a_bounded_window_per_candidate(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _Counting(germanphrases.LINE_WORD_BEFORE)
    monkeypatch.setattr(germangiven, "LINE_WORD_BEFORE", counting)
    text = "und Holger Krahmer sagte, dass " * 300 + "sagte Holger dann " * 300  # one line
    out = germangiven.untagged_people(text, [], None, None)
    assert len(out) == 600
    assert max(counting.spans) <= germanphrases.WORD_LOOK_BACK
    assert len(counting.spans) <= 3 * 600  # a few reads per candidate, none per character before


def test_acronyms_make_one_pass_however_many_definitions(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    finditer = re.finditer

    def counting(pattern: str, text: str) -> Iterator[re.Match[str]]:
        calls.append(pattern)
        return finditer(pattern, text)

    monkeypatch.setattr(germanacronyms.re, "finditer", counting)
    text = "die Bundesagentur für Arbeit (BA) und " * 400
    body = "Bundesagentur für Arbeit"
    mentions = [_mention(text, body, nth=k) for k in range(400)]
    out: list[Any] = germanacronyms.defined_acronyms(text, mentions)
    assert len(out) == 800 and len(calls) == 1


# ------------------------------------------------------------------ C: the definer's type


def test_tagged_use_of_a_defined_acronym_takes_the_definers_type() -> None:
    text = "Die Föderation Nordland (FN) trat 1990 bei. Später verließ die FN das Bündnis."
    place = _mention(text, "Föderation Nordland", "LOC")
    tagged = _mention(text, "FN", nth=1)  # the tagger's ORG
    out = germanacronyms.defined_acronyms(text, [place, tagged])
    assert sorted((m.start, m.text, m.label) for m in out)[1:] == [
        (text.index("FN"), "FN", "LOC"), (tagged.start, "FN", "LOC")]


def test_tagged_use_before_the_definition_or_inside_a_longer_span_keeps_its_type() -> None:
    text = "Die FN tagt. Die Föderation Nordland (FN) trat bei. Der FN Verband klagt."
    early = _mention(text, "FN")
    place = _mention(text, "Föderation Nordland", "LOC")
    longer = _mention(text, "FN Verband")
    out = germanacronyms.defined_acronyms(text, [early, place, longer])
    assert early in out and longer in out
    assert [(m.text, m.label) for m in out[3:]] == [("FN", "LOC")]


def test_ticker_spelling_the_start_of_a_one_word_name_is_no_acronym() -> None:
    text = "Auch Korvatek (KOR) legte zu. Händler kauften KOR."
    assert _added(text, [_mention(text, "Korvatek")]) == []
    town = "Berlin (BE) meldet neue Zahlen."  # two letters: a state's code
    assert _added(town, [_mention(town, "Berlin", "LOC")]) == [("BE", "LOC")]
    body = "Der Landesgerichtshof (LGH) urteilt. Der LGH tagt."  # not the name's start
    assert len(_added(body, [_mention(body, "Landesgerichtshof")])) == 2


def test_acronym_of_a_body_typed_a_place_is_an_organisation() -> None:
    text = "Das Landeskriminalamt (LKA) warnt. Das LKA rät zur Vorsicht."
    body = _mention(text, "Landeskriminalamt", "LOC")
    assert _added(text, [body]) == [("LKA", "ORG"), ("LKA", "ORG")]
