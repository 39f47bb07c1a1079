"""End to end on the two seed pages: the same people, organisations and places get the same
ids in the English and the Arabic article (skipped without ../shared)."""

from __future__ import annotations

import pytest

import dragoman
from tests.conftest import shared_path


@pytest.fixture(scope="module")
def seed_entities() -> dict[str, dict[str, set[str]]]:
    seeds = shared_path("seeds")
    out: dict[str, dict[str, set[str]]] = {}
    for path in sorted(seeds.glob("*.txt")):
        article = dragoman.extract_text(path.read_text(encoding="utf-8"))
        forms: dict[str, set[str]] = {}
        for m in article.mentions:
            if m.entity_id:
                forms.setdefault(m.entity_id, set()).add(m.text)
        out[article.language or "und"] = forms
    return out


@pytest.mark.shared
@pytest.mark.parametrize(
    ("english", "arabic"),
    [
        ("Jens Stoltenberg", "ينس ستولتنبرغ"),
        ("NATO", "الناتو"),
        ("Ukraine", "أوكرانيا"),
        ("Kremlin", "الكرملين"),
        ("Moscow", "موسكو"),
        ("Kyiv", "كييف"),
    ],
)
def test_seed_names_share_ids_across_languages(
    seed_entities: dict[str, dict[str, set[str]]], english: str, arabic: str
) -> None:
    en = {i for i, forms in seed_entities["en"].items() if english in forms}
    ar = {i for i, forms in seed_entities["ar"].items() if arabic in forms}
    assert en and en == ar


@pytest.mark.shared
def test_arabic_seed_links_putin_zelensky_and_the_alliance(
    seed_entities: dict[str, dict[str, set[str]]]
) -> None:
    ar = seed_entities["ar"]
    assert any("بوتين" in f for f in ar.get("vladimir-putin", set()))
    assert any("زيلينسكي" in f for f in ar.get("volodymyr-zelensky", set()))
    assert "الحلف" in ar["nato"]
    assert "the alliance" in seed_entities["en"]["nato"]
    # Stoltenberg is the one person both seeds share; Peskov and Levits are one each.
    assert "jens-stoltenberg" in ar and "dmitry-peskov" in seed_entities["en"]
