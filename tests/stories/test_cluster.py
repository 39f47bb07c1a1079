"""The clusterer and its index on synthetic vectors (no model needed)."""

from __future__ import annotations

import numpy as np

from dragoman.model import Article
from dragoman.stories.cluster import STORY_WINDOW_DAYS, Clusterer
from dragoman.stories.index import SignatureIndex

DIM = 64


def _event_vectors(events: int, per_event: int, noise: float, seed: int = 1):
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((events, DIM))
    out = []
    for e in range(events):
        for k in range(per_event):
            v = centres[e] + noise * rng.standard_normal(DIM)
            out.append((e, k, (v / np.linalg.norm(v)).astype(np.float32)))
    return out


def _article(i: int, day: str | None) -> Article:
    return Article(id=f"a{i}", source=f"s{i}", text="x", language="en", published=day)


def test_index_returns_the_true_nearest_among_candidates() -> None:
    rng = np.random.default_rng(7)
    data = rng.standard_normal((500, DIM)).astype(np.float32)
    data /= np.linalg.norm(data, axis=1, keepdims=True)
    index = SignatureIndex(DIM)
    for i, v in enumerate(data):
        index.add(str(i), v)
    found = 0
    for q in range(50):
        query = data[q] + 0.1 * rng.standard_normal(DIM).astype(np.float32)
        found += str(int(np.argmax(data @ query))) in index.query(query, 24)
    assert found >= 48
    index.remove("3")
    assert "3" not in index and len(index) == 499
    assert "3" not in index.query(data[3], 500)


def test_events_become_stories_deterministically() -> None:
    stream = _event_vectors(events=12, per_event=6, noise=0.5)
    order = np.random.default_rng(3).permutation(len(stream))
    runs = []
    for _ in range(2):
        clusterer = Clusterer(DIM)
        runs.append([clusterer.assign(_article(int(i), "2025-01-01"), stream[i][2]).story_id
                     for i in order])
    assert runs[0] == runs[1]
    by_event: dict[int, set[str]] = {}
    for i, story in zip(order, runs[0], strict=True):
        by_event.setdefault(stream[i][0], set()).add(story)
    assert all(len(s) == 1 for s in by_event.values())
    assert len(set(runs[0])) == 12


def test_time_window_and_out_of_order_dates() -> None:
    (_, _, v0), (_, _, v1), (_, _, v2) = _event_vectors(events=1, per_event=3, noise=0.2)
    clusterer = Clusterer(DIM)
    first = clusterer.assign(_article(0, "2025-05-10"), v0)
    late = clusterer.assign(_article(1, "2025-07-01"), v1)
    early = clusterer.assign(_article(2, "2025-05-08"), v2)  # older than the story's start
    assert late.story_id != first.story_id  # beyond STORY_WINDOW_DAYS
    assert late.storyline_id == first.storyline_id
    assert early.story_id == first.story_id
    assert STORY_WINDOW_DAYS < (61 - 10)


def test_duplicates_and_empty_vectors() -> None:
    (_, _, v0), (_, _, v1) = _event_vectors(events=2, per_event=1, noise=0.0)
    clusterer = Clusterer(DIM)
    original = clusterer.assign(_article(0, "2025-01-01"), v0)
    dup = clusterer.assign(_article(1, "2025-01-01"), v1, original_story=original.story_id)
    assert dup.story_id == original.story_id
    story = clusterer.stories[original.story_id]
    assert (story.count, story.duplicates) == (1, 1)
    empty = clusterer.assign(_article(2, None), np.zeros(DIM, dtype=np.float32))
    assert empty.new_story
