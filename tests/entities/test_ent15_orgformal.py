"""An organisation's short name opening its formal name ("Ninth Circuit" of "Ninth Circuit
Court of Appeals") is one referent with it, unless the formal name's complement is a place
("Federal Reserve" is no "Federal Reserve Bank of New York"). Issue 14: no referent split
within an article. Original sentences; mentions given by hand."""

from __future__ import annotations

from dragoman.entities.kb import name_key
from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from dragoman.entities.orgformal import formal_host
from tests.entities.mentions import linked_ids


def _no_place(name: str, gazetteer: bool = False) -> str | None:
    return "LOC" if name in {"norway", "new york", "ohio"} else None


def _host(short: str, longer: list[str]) -> int | None:
    return formal_host(name_key(short).split(), [(name_key(n).split(), "ORG") for n in longer], _no_place)


def test_a_short_name_opens_a_formal_name_with_a_common_complement() -> None:
    assert _host("Ninth Circuit", ["Ninth Circuit Court of Appeals"]) == 0
    assert _host("Tarrow Chamber", ["Harbour Trust", "Tarrow Chamber of Commerce"]) == 1
    assert _host("D.C. Circuit", ["DC Circuit Court of Appeals"]) == 0  # dots do not count


def test_a_place_complement_names_another_organisation() -> None:
    assert _host("Red Cross", ["Red Cross Society of Norway"]) is None
    assert _host("Federal Reserve", ["Federal Reserve Bank of New York"]) is None


def test_two_formal_names_or_none_give_no_host() -> None:
    assert _host("Marston Institute", ["Marston Institute of Music", "Marston Institute of Law"]) is None
    assert _host("Marston Institute", ["Marston Institute Lecture Series"]) is None  # no link
    assert _host("Marston Institute", ["Marston Institute of"]) is None  # nothing after the link
    assert _host("Marston Institute", ["Marston Institute of Arts of Design"]) is None  # two links


def test_no_knowledge_base_no_host() -> None:
    assert formal_host(["ninth", "circuit"], [(["ninth", "circuit", "court", "of", "appeals"], "ORG")],
                       None) is None


def test_the_linker_gives_the_court_one_entity() -> None:
    text = ("The Eleventh Circuit Court of Appeals heard the case in March. "
            "Judges of the Eleventh Circuit then asked for new briefs.")
    ids = linked_ids(Linker(memory=Memory()), text, [("Eleventh Circuit Court of Appeals", "ORG"),
                                                     ("Eleventh Circuit", "ORG")])
    assert ids["Eleventh Circuit"] == ids["Eleventh Circuit Court of Appeals"] is not None


def test_the_linker_keeps_a_regional_bank_apart() -> None:
    text = ("The Federal Reserve raised rates in June. Economists at the Federal Reserve "
            "Bank of New York said the move was expected.")
    ids = linked_ids(Linker(memory=Memory()), text, [("Federal Reserve", "ORG"),
                                                     ("Federal Reserve Bank of New York", "ORG")])
    assert ids["Federal Reserve"] != ids["Federal Reserve Bank of New York"]


def _kb_org(name: str, gazetteer: bool = False) -> str | None:
    return "ORG" if name in {"world bank", "white house"} else _no_place(name, gazetteer)


def test_a_known_organisation_keeps_its_own_name() -> None:
    """A KB organisation is a referent of its own, not the opening of a longer unknown name."""
    longer = ["World Bank Group of Donors"]
    assert formal_host(name_key("World Bank").split(), [(name_key(n).split(), "ORG") for n in longer],
                       _kb_org) is None
    court = ["Ninth Circuit Court of Appeals"]
    assert formal_host(name_key("Ninth Circuit").split(), [(name_key(n).split(), "ORG") for n in court],
                       _kb_org) == 0  # no KB name of its own: joined


def test_a_whole_body_is_no_opening_of_its_unit() -> None:
    """A name ending in a body's head word ("Department") is no short form of its unit's name
    ("... Department Office of Inspector General"); a formal name never shortens another."""
    assert _host("Justice Department", ["Justice Department Office of Inspector General"]) is None
    assert _host("Department of Health", ["Department of Health Office of Public Affairs"]) is None
    assert _host("Harbour Department", ["Harbour Department of Works"]) == 0  # "of" right after the head
