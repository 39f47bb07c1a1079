"""`make eval` writes only figures that say their split and what tuned them, and the
extraction eval's date gold is read from URLs by the evaluation's own code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from eval import url_dates
from eval.provenance import ProvenanceError, check_provenance
from eval.run import write_result


def test_a_result_with_split_and_tuned_on_is_written(tmp_path: Path) -> None:
    figures = {"split": "test", "tuned_on": "dev", "f1": 0.9,
               "dev": {"split": "dev", "f1": 0.95}}
    path = write_result("probe", figures, tmp_path)
    assert json.loads(path.read_text()) == figures


@pytest.mark.parametrize("figures", [
    {"f1": 0.9},
    {"split": "test", "f1": 0.9},
    {"tuned_on": "dev", "f1": 0.9},
    {"split": "", "tuned_on": "dev", "f1": 0.9},
    {"split": "test", "tuned_on": "dev", "section": {"split": None, "f1": 0.5}},
    {"skipped": "no data", "f1": 0.1},
])
def test_a_result_without_them_is_refused_and_not_written(tmp_path: Path,
                                                           figures: dict[str, object]) -> None:
    with pytest.raises(ProvenanceError):
        write_result("probe", figures, tmp_path)
    assert not (tmp_path / "probe.json").exists()


def test_a_skipped_result_carries_no_figure_and_passes() -> None:
    check_provenance("probe", {"skipped": "data absent", "seconds": 0.0})


def test_every_evaluation_names_split_and_tuned_on_in_its_source() -> None:
    """Each module eval/run.py runs writes both keys somewhere in its result (the run itself
    refuses one without them; this catches a module that forgot them before a long run)."""
    from eval.run import EVALUATIONS

    root = Path(__file__).resolve().parents[1]
    for entry in EVALUATIONS:
        source = (root / (entry.partition(":")[0].replace(".", "/") + ".py")).read_text()
        assert '"split"' in source and '"tuned_on"' in source, entry


@pytest.mark.parametrize(("url", "day"), [
    ("https://www.example.org/world/2024/05/25/nato-troops", "2024-05-25"),
    ("https://example.org/world/2024/may/25/nato-troops", "2024-05-25"),
    ("https://example.org/news/nato-troops-2024-05-25/", "2024-05-25"),
    ("https://example.org/2024-05-25-nato-troops", "2024-05-25"),
    ("https://example.org/2024/05/25", "2024-05-25"),
    ("https://example.org/2024/02/30/no-such-day", None),
    ("https://example.org/article/1234/56/78", None),
    ("https://example.org/about", None),
    (None, None),
])
def test_url_day_reads_the_day_a_url_states(url: str | None, day: str | None) -> None:
    assert url_dates.url_day(url) == day


def test_the_extraction_date_gold_is_not_dragomans_url_rule() -> None:
    import eval.extraction_scoring as scoring

    source = Path(scoring.__file__).read_text(encoding="utf-8")
    assert "url_date" not in source.replace("url_dates", "")
    assert scoring.url_day("https://example.org/2024/05/25/x") == "2024-05-25"


@pytest.mark.parametrize("path", sorted((Path(__file__).resolve().parents[1] / "eval" / "results")
                                        .glob("*.json")), ids=lambda p: p.name)
def test_every_written_result_carries_split_and_tuned_on(path: Path) -> None:
    check_provenance(path.name, json.loads(path.read_text(encoding="utf-8")))
