"""NER against ../shared: a dev-split smoke test and the seed pages (skipped when absent)."""

from __future__ import annotations

import pytest

from dragoman.entities import ner
from tests.conftest import shared_path

pytestmark = pytest.mark.shared

# Floors well below the measured dev F1 (README, eval/ner.py), on the first dev
# sentences only: this catches a broken model or feature drift, not small changes.
SMOKE_SENTENCES = 300
# Through text the WikiANN-trained models score 0.65-0.76 on WikiANN (see the README).
FLOOR = {"en": 0.8, "ar": 0.55, "de": 0.6, "fr": 0.5, "nl": 0.6, "pt": 0.6, "es": 0.5}


@pytest.mark.parametrize("language", sorted(FLOOR))
def test_dev_split_smoke(language: str) -> None:
    shared_path("data", "ner")
    from eval.ner import text_scores
    from eval.train_ner import splits

    figures = text_scores(ner.CrfRecognizer(), splits(language).dev[:SMOKE_SENTENCES], language)
    assert figures["f1"] >= FLOOR[language], figures


@pytest.mark.parametrize(
    ("seed", "language", "expected"),
    [
        (
            "000_f59efa0ce35a770c.txt",
            "en",
            [("Jens Stoltenberg", "PER"), ("NATO", "ORG"), ("Ukraine", "LOC"),
             ("Dmitry Peskov", "PER")],
        ),
        (
            "001_f93fbee1e8231e34.txt",
            "ar",
            [("أوكرانيا", "LOC"), ("فولوديمير زيلينسكي", "PER"), ("سيرجي لافروف", "PER"),
             ("فلاديمير بوتين", "PER")],
        ),
    ],
)  # fmt: skip
def test_seed_pages(seed: str, language: str, expected: list[tuple[str, str]]) -> None:
    # The raw page (site chrome and all): NER must not depend on extraction here.
    text = shared_path("seeds", seed).read_text(encoding="utf-8")
    mentions = ner.recognize(text, language)
    got = {(m.text, m.label) for m in mentions}
    for item in expected:
        assert item in got, (item, sorted(got))
    assert all(text[m.start : m.end] == m.text for m in mentions)
