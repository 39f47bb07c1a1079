"""The extraction scorer of ``eval/`` (moved out of the package), on a page written for it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from eval import extraction_scoring

BODY = [
    "The harbour of Port Elrond reopened on Thursday after a storm had closed it for three "
    "days, the port authority said in a statement issued in the morning.",
    "Ferry services resumed in the afternoon, and the first cargo ship is expected to dock "
    "on Friday once the channel has been surveyed by divers from the coast guard.",
    "[Fishing boats returned within hours.]",  # optional (a standfirst-like aside)
]


def _folder(tmp_path: Path) -> Path:
    (tmp_path / "html").mkdir()
    paragraphs = "".join(f"<p>{p.strip('[]')}</p>" for p in BODY)
    html = ("<html><head><title>Harbour reopens - Elrond Post</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav>"
            f"<article><h1>Harbour reopens</h1>{paragraphs}</article>"
            "<footer>Copyright Elrond Post. All rights reserved.</footer></body></html>")
    (tmp_path / "html" / "harbour.html").write_text(html, encoding="utf-8")
    truth = {"harbour.html": {"url": "https://post.example/2024/05/23/harbour-reopens",
                              "body": BODY}}
    (tmp_path / "ground_truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return tmp_path


def test_scores_dragoman_and_trafilatura(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert extraction_scoring.main([str(_folder(tmp_path)), "--json", "--quiet"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["pages"] == 1
    ours = figures["dragoman"]
    # the body came out whole, and nothing else did
    assert (ours["precision"], ours["recall"], ours["f1"]) == (1.0, 1.0, 1.0), ours
    assert set(figures["trafilatura"]) >= {"precision", "recall", "f1", "pages_per_second"}
    assert ours["dated_pages"] == 1  # the URL states the day


def test_optional_paragraphs_are_neither_required_nor_penalised(tmp_path: Path) -> None:
    (page,) = extraction_scoring.load_gold(_folder(tmp_path))
    required = " ".join(page.required)
    assert extraction_scoring.body_scores(required, page)[:2] == (1.0, 1.0)
    every = " ".join(page.paragraphs)
    assert extraction_scoring.body_scores(every, page)[:2] == (1.0, 1.0)
    precision, recall, _ = extraction_scoring.body_scores(BODY[0], page)
    assert precision == 1.0 and recall < 0.6


def test_a_folder_without_ground_truth_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert extraction_scoring.main([str(tmp_path), "--quiet"]) == 1
    assert "no ground_truth.json" in capsys.readouterr().err


@pytest.mark.parametrize(("word", "lemma"), [
    ("admitted", "admit"), ("quipped", "quip"), ("denied", "deny"), ("denies", "deny"),
    ("replied", "reply"), ("testified", "testify"), ("said", "say"), ("warned", "warn"),
    ("criticized", "criticize"), ("added", "add"), ("insisting", "insist"),
])
def test_the_polnear_speech_subset_knows_inflected_cues(word: str, lemma: str) -> None:
    """The reported-speech subset of the quotation scorers lemmatises its cue words on its own
    (never with Dragoman's lists): doubled consonants and -ied/-ies forms included."""
    from eval.quotes import _lemma
    assert _lemma(word) == lemma


@pytest.mark.parametrize(("source", "named"), [
    ("Tom Reyes", True),
    ("The White House", True),
    ("His aide, Ann Lee", True),
    ("The president", False),
    ("His spokesman", False),
    ("Several officials", False),
    ("He ", False),
    ("she", False),
])
def test_the_strict_scorer_judges_speakers_of_named_sources_only(source: str, named: bool) -> None:
    from eval.quotes_strict import _named

    assert _named(source) is named
