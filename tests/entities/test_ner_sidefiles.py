"""Training of the NER side files (eval/ner_sidefiles.py) read back by the runtime loaders."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from eval.ner_sidefiles import (
    cross_fitted_buckets,
    entry_key,
    save_char_model,
    train_char_model,
    word_counts,
)

from dragoman.entities.charmodel import load_char_model
from dragoman.entities.gazetteer import MAX_ENTRY_TOKENS

# Toy names end in "-ovski" or "-escu"; other words do not.
NAMES = ["petrovski", "ivanovski", "markovski", "ionescu", "popescu", "georgescu", "dimovski"]
OTHERS = ["house", "river", "green", "table", "walked", "city", "went", "bridge", "market"]


def test_letter_model_scores_unseen_names_and_survives_a_round_trip(tmp_path: Path) -> None:
    names, others = word_counts([(w, True) for w in NAMES] + [(w, False) for w in OTHERS * 2])
    assert names == Counter(NAMES) and others["house"] == 2
    model = train_char_model(names, others)
    assert model.log_odds("stefanovski") > model.log_odds("garden")
    path = tmp_path / "m.letters.json.gz"
    save_char_model(model, path)
    loaded = load_char_model(path)
    assert abs(loaded.log_odds("vasilescu") - model.log_odds("vasilescu")) < 0.01
    crossed = cross_fitted_buckets(names, others)
    assert set(crossed) == set(NAMES) | set(OTHERS)


def test_gazetteer_entries_are_normalized_token_sequences() -> None:
    assert entry_key("New York") == entry_key("NEW  york") == "new york"
    assert entry_key("X") is None
    assert entry_key(" ".join(["Ab"] * (MAX_ENTRY_TOKENS + 1))) is None
