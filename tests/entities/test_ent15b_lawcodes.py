"""A law code after a section sign and its numbers ("§ 1631 BGB") is no organisation or person
(``entities/lawcodes.py``, read by ``notreferents.without_non_referents``); every mention of
that word goes. Original sentences; codes and people invented or common, mentions given by
hand with NER's wrong guesses."""

from __future__ import annotations

from dragoman.entities.lawcodes import law_codes
from dragoman.entities.notreferents import without_non_referents
from dragoman.model import EntityType, Mention
from tests.entities.mentions import tagged


def _none(name: str, gazetteer: bool) -> str | None:
    return None


def _kept(text: str, spans: list[tuple[str, EntityType]]) -> list[str]:
    return [m.text for m in without_non_referents(text, tagged(text, spans), _none)]


def test_code_after_a_section_sign_goes() -> None:
    text = "Gesetzliche Grundlage ist § 449 KRG, sagte Petra Lindner."
    assert _kept(text, [("KRG", "ORG"), ("Petra Lindner", "PER")]) == ["Petra Lindner"]


def test_paragraph_and_sentence_numbers_between() -> None:
    text = "Die Kammer stützte sich auf § 12 Abs. 3 Satz 1 WzG. Das WzG gilt seit 2019."
    assert law_codes(text, tagged(text, [("WzG", "ORG")])) == frozenset({"WzG"})
    assert _kept(text, [("WzG", "ORG"), ("WzG", "ORG")]) == []


def test_several_sections_and_following_ones() -> None:
    text = "Nach §§ 823 ff. TVG haftet der Halter."
    assert _kept(text, [("TVG", "PER")]) == []


def test_names_without_a_section_sign_stay() -> None:
    text = "Nach Artikel 5 sprach Jonas Falk mit der Presse; das Heft 12 Brenner erschien im Mai."
    spans: list[tuple[str, EntityType]] = [("Jonas Falk", "PER"), ("Brenner", "ORG")]
    assert _kept(text, spans) == ["Jonas Falk", "Brenner"]


def test_section_sign_then_a_sentence_keeps_the_name() -> None:
    text = "Seit § 4 gilt, sagt Ilse Marek, habe sich viel geändert. Marek lacht."
    assert _kept(text, [("Ilse Marek", "PER"), ("Marek", "PER")]) == ["Ilse Marek", "Marek"]


def test_linked_mentions_are_kept() -> None:
    text = "Laut § 5 Oxbury muss gezahlt werden."
    m = tagged(text, [("Oxbury", "ORG")])
    m[0].entity_id = "oxbury"
    assert law_codes(text, m) == frozenset()


def test_text_without_section_sign() -> None:
    text = "The BGB and the Oxbury Trust met in Kiel."
    assert law_codes(text, [Mention(4, 7, "BGB", "ORG")]) == frozenset()


def test_a_run_of_bare_numbers_after_a_section_ends_quickly() -> None:
    """Years after a section number ("§ 184 2000 2001 …") are no "Abs. 2" parts: the pattern
    needs a letter first, so the run cannot backtrack through every split of the digits."""
    import time

    from dragoman.entities.lawcodes import _SECTION_CODE

    text = "Fälle nach § 184 " + " ".join(str(year) for year in range(1990, 2030)) + "."
    started = time.process_time()
    assert _SECTION_CODE.search(text) is None
    assert time.process_time() - started < 5  # a hang guard only (exponential was minutes)
