"""A one-word person name that is a word of a full name linked earlier in the same article is
that person, before any one-word entity the archive learned from another article (issue 14,
NTREX: "كيم" after "كيم جونج أون" reached a learned "كيم"). Original sentences; NER given by
hand. Near misses: two people sharing the word, the word before the full name, a KB name."""

from __future__ import annotations

import pytest

from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from tests.entities.mentions import linked


@pytest.fixture()
def linker() -> Linker:
    """A linker whose archive learned a one-word "Kim" / "كيم" and "Tanaka" elsewhere."""
    out = Linker(memory=Memory())
    text = "Kim waved from the stage. Later Kim sang two songs, and Tanaka joined in."
    linked(out, text, [("Kim", "PER"), ("Kim", "PER"), ("Tanaka", "PER")])
    text = "غنى كيم أمام الجمهور. وصفق الناس لكيم طويلا."
    linked(out, text, [("كيم", "PER")], "ar")
    return out


def ids(linker: Linker, text: str, items: list[tuple[str, str]], language: str = "en") -> list[str | None]:
    return [m.entity_id for m in linked(linker, text, items, language)]  # type: ignore[arg-type]


def test_arabic_family_name_first_joins_the_article_person(linker: Linker) -> None:
    text = "قال الزعيم كيم جونج أون إن بلاده مستعدة للحوار. وأضاف كيم أن الصواريخ ستبقى."
    found = ids(linker, text, [("كيم جونج أون", "PER"), ("كيم", "PER")], "ar")
    assert found == ["kim-jong-un", "kim-jong-un"]


def test_a_word_cut_from_two_names_joins_the_article_person(linker: Linker) -> None:
    # NER ran "كيم وترامب" (Kim and Trump) together: the grouping saw two full names opening
    # with كيم, and the later كيم alone reached the archive's one-word كيم.
    text = ("التقى كيم جونج أون بالرئيس دونالد ترامب في سنغافورة. واتفق كيم وترامب على "
            "مواصلة المحادثات. وقال كيم إن الاجتماع كان مثمرا.")
    found = ids(linker, text, [("كيم جونج أون", "PER"), ("دونالد ترامب", "PER"),
                               ("سنغافورة", "LOC"), ("كيم وترامب", "PER"), ("كيم", "PER")], "ar")
    assert found[0] == "kim-jong-un" and found[-1] == "kim-jong-un"


def test_english_family_name_first_joins_the_article_person(linker: Linker) -> None:
    text = "Kim Jong Un inspected a factory on Monday. Kim later met the army chiefs."
    assert ids(linker, text, [("Kim Jong Un", "PER"), ("Kim", "PER")]) == ["kim-jong-un"] * 2


def test_learned_full_name_wins_over_a_learned_one_word_name(linker: Linker) -> None:
    text = "Tanaka Hiroshi opened the new bridge in Osaka. Tanaka thanked the workers."
    found = ids(linker, text, [("Tanaka Hiroshi", "PER"), ("Osaka", "LOC"), ("Tanaka", "PER")])
    assert found[0] is not None and found[2] == found[0]


def test_two_people_sharing_the_word_join_neither(linker: Linker) -> None:
    text = "Kim Jong Un and Kim Yo Jong arrived together. Kim waved to the crowd."
    found = ids(linker, text, [("Kim Jong Un", "PER"), ("Kim Yo Jong", "PER"), ("Kim", "PER")])
    assert found[2] not in (found[0], found[1])


def test_a_place_word_keeps_its_place(linker: Linker) -> None:
    text = "Jordan Peterson gave a lecture on Friday. He later flew to Jordan for a visit."
    found = ids(linker, text, [("Jordan Peterson", "PER"), ("Jordan", "LOC")])
    assert found[1] == "country-JO"
