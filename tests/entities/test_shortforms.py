"""An Arabic short form of an organisation or place named in full earlier in the same article
joins it (``entities/shortforms.py``). Original names; mentions given by hand (no NER model)."""

from __future__ import annotations

from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from dragoman.model import EntityType
from tests.entities.mentions import tagged


def _ids(full: str, kind: EntityType, short: str, short_kind: EntityType = "PER"
         ) -> tuple[str | None, str | None]:
    text = f"نشرت {full} تقريرا عن الحادث. وقال مدير {short} إن التحقيق مستمر."
    out, _ = Linker(memory=Memory()).link(text, tagged(text, [(full, kind), (short, short_kind)], 0.9),
                                          language="ar")
    ids = {m.text: m.entity_id for m in out}
    return ids.get(full), ids.get(short)


def test_a_short_form_with_a_glued_preposition_joins_the_full_name() -> None:
    full, short = _ids("بيرنفيلد مورنينج كرونيكل", "ORG", "لمورنينج كرونيكل")
    assert full is not None and short == full


def test_a_short_form_spelled_with_another_vowel_letter_joins_the_full_name() -> None:
    full, short = _ids("بيرنفيلد مورنينج كرونيكل", "ORG", "مورننج كرونيكيل")
    assert full is not None and short == full


def test_other_words_one_word_and_arabic_words_found_their_own() -> None:
    for short in ("إيفننج كرونيكل", "كرونيكل", "الصحيفة الصباحية"):
        full, found = _ids("بيرنفيلد مورنينج كرونيكل", "ORG", short)
        assert found != full, short


def test_a_persons_last_words_are_no_organisations_short_form() -> None:
    # (a person's own short forms are the referent step's: "ماركو ويلسون" tagged PER joins him)
    full, short = _ids("جوزيف ماركو ويلسون", "PER", "ماركو ويلسون", "ORG")
    assert full is not None and short != full


def test_two_organisations_ending_alike_join_neither() -> None:
    text = ("نشرت بيرنفيلد مورنينج كرونيكل و هارلو مورنينج كرونيكل تقريرين. "
            "وقال مدير لمورنينج كرونيكل إن التحقيق مستمر.")
    items: list[tuple[str, EntityType]] = [("بيرنفيلد مورنينج كرونيكل", "ORG"),
                                           ("هارلو مورنينج كرونيكل", "ORG"), ("لمورنينج كرونيكل", "PER")]
    out, _ = Linker(memory=Memory()).link(text, tagged(text, items, 0.9), language="ar")
    ids = {m.text: m.entity_id for m in out}
    assert ids["لمورنينج كرونيكل"] not in (ids["بيرنفيلد مورنينج كرونيكل"], ids["هارلو مورنينج كرونيكل"])


def test_the_full_names_entity_type_counts_not_the_label_ner_gave_it() -> None:
    linker = Linker(memory=Memory())
    english = "The Pinecrest Evening Ledger said Tom Ashby met Hugo Weller. Ashby and Weller spoke."
    linker.link(english, tagged(english, [("Pinecrest Evening Ledger", "ORG"), ("Tom Ashby", "PER"),
                                          ("Hugo Weller", "PER")], 0.95), language="en")
    text = ("ذكرت باينكريست إيفننج ليدجر أن توم آشبي و هوغو ويلر التقيا. "
            "وقال المدير لإيفيننج ليدجر إن السوق مغلق.")
    items: list[tuple[str, EntityType]] = [("باينكريست إيفننج ليدجر", "PER"), ("توم آشبي", "PER"),
                                           ("هوغو ويلر", "PER"), ("لإيفيننج ليدجر", "PER")]
    out, _ = linker.link(text, tagged(text, items, 0.9), language="ar")
    ids = {m.text: m.entity_id for m in out}
    assert ids["باينكريست إيفننج ليدجر"] is not None
    assert ids["لإيفيننج ليدجر"] == ids["باينكريست إيفننج ليدجر"]


def test_a_person_does_not_join_the_body_or_place_named_after_them() -> None:
    # review: "شارع توماس بيركلي" (a street) then "توماس بيركلي" tagged a person
    for full in ("شارع توماس بيركلي", "ملعب هنري دالتون"):
        host, person = _ids(full, "LOC", " ".join(full.split()[1:]), "PER")
        assert host is not None and person != host, full
    # the same words tagged an organisation still join (a short form of the body)
    host, short = _ids("ملعب هنري دالتون", "LOC", "هنري دالتون", "ORG")
    assert host is not None and short == host
