"""Context spotting of learned names across scripts (``entities/contextspot.py``): a place
the Arabic text introduces with a settlement word needs the ordinary context, not the short
names' larger one; a one-word name is never an everyday Arabic word. Original sentences;
NER replaced by names given by hand (``tests/entities/mentions.py``)."""

from __future__ import annotations

from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from dragoman.model import EntityType
from tests.entities.mentions import linked

EN = ("Floods hit Talo on Monday, and the mayor Ilsabet Crandwick asked the engineer "
      "Marguerite Fenwortham to inspect the dams.")
PEOPLE_EN: list[tuple[str, EntityType]] = [
    ("Talo", "LOC"), ("Ilsabet Crandwick", "PER"), ("Marguerite Fenwortham", "PER")]
PEOPLE_AR: list[tuple[str, EntityType]] = [
    ("إلسابيت كراندويك", "PER"), ("مارغريت فينورثام", "PER")]


def _ids(linker: Linker, text: str, items: list[tuple[str, EntityType]]) -> dict[str, str | None]:
    return {m.text: m.entity_id for m in linked(linker, text, items, "ar")}


def _learned() -> tuple[Linker, str]:
    linker = Linker(memory=Memory())
    out = {m.text: m.entity_id for m in linked(linker, EN, PEOPLE_EN, "en")}
    place = out["Talo"]
    assert place is not None
    return linker, place


def test_a_short_place_after_a_settlement_word_is_spotted() -> None:
    linker, place = _learned()
    ar = ("ضربت الفيضانات مدينة تالو يوم الاثنين، وطلبت العمدة إلسابيت كراندويك من "
          "المهندسة مارغريت فينورثام فحص السدود.")
    ids = _ids(linker, ar, PEOPLE_AR)
    assert ids.get("تالو") == place


def test_a_short_place_without_a_settlement_word_needs_more_context() -> None:
    linker, place = _learned()
    ar = ("ضربت الفيضانات تالو يوم الاثنين، وطلبت العمدة إلسابيت كراندويك من "
          "المهندسة مارغريت فينورثام فحص السدود.")
    ids = _ids(linker, ar, PEOPLE_AR)
    assert ids.get("تالو") != place


def test_an_everyday_word_is_never_a_learned_one_word_name() -> None:
    linker = Linker(memory=Memory())
    en = ("The coach Zorica praised the striker Ilsabet Crandwick and the keeper "
          "Marguerite Fenwortham after the match.")
    items: list[tuple[str, EntityType]] = [
        ("Zorica", "PER"), ("Ilsabet Crandwick", "PER"), ("Marguerite Fenwortham", "PER")]
    linked(linker, en, items, "en")
    ar = ("أطلقت القوات صواريخ قرب الملعب، ونجت اللاعبة إلسابيت كراندويك والحارسة "
          "مارغريت فينورثام.")
    out = linked(linker, ar, PEOPLE_AR, "ar")
    assert all(m.text != "صواريخ" for m in out)
