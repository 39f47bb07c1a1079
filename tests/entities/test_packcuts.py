"""The pack-word cuts run in the article's own language only (entities/packcuts.py, review of
issue 14); original sentences."""

from __future__ import annotations

from dragoman.entities.packcuts import pack_cuts
from dragoman.model import EntityType, Mention


def _mention(text: str, surface: str, label: EntityType = "ORG") -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, label)


def test_english_head_and_adjective_ending_are_left_alone() -> None:
    text = "The Commission earlier rejected the plan drawn up in Brussels."
    mentions = [_mention(text, "Brussels", "LOC"), _mention(text, "Commission")]
    assert [m.text for m in pack_cuts(text, mentions, "en")] == ["Commission", "Brussels"]


def test_french_head_takes_its_adjective() -> None:
    text = "Le Conseil constitutionnel a validé la loi votée à Paris."
    mentions = [_mention(text, "Paris", "LOC"), _mention(text, "Conseil")]
    assert [m.text for m in pack_cuts(text, mentions, "fr")] == [
        "Conseil constitutionnel", "Paris"]


def test_no_language_reads_every_pack() -> None:
    text = "Abonnez-vous pour suivre le match de Lyon."
    mentions = [_mention(text, "Abonnez", "LOC"), _mention(text, "Lyon", "LOC")]
    assert [m.text for m in pack_cuts(text, mentions, None)] == ["Lyon"]


def test_spanish_ministry_is_left_alone() -> None:
    text = "El Ministerio de Salud informó de nuevos casos en Rosario."
    mentions = [_mention(text, "Ministerio de Salud"), _mention(text, "Rosario", "LOC")]
    assert pack_cuts(text, mentions, "es") == mentions
