"""Whether a span overlaps any of many spans, in logarithmic time per question.

``places.place_mentions`` asked this of every capitalised word against every mention of the
article, a scan of all mentions per word: on a page of 10,000 attributed quotations
(``bench/hostile_shapes.py``, quotes10k) that was 150 M comparisons and most of the quotes
stage's time."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from itertools import accumulate


def overlap_test(spans: Iterable[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test ``overlaps(start, end)``: whether [start, end) overlaps any of ``spans`` (as
    ``any(a < end and start < b for a, b in spans)``). ``spans`` are read once, now."""
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    furthest = list(accumulate((b for _, b in ordered), max))  # largest end among the first i+1

    def overlaps(start: int, end: int) -> bool:
        before = bisect_left(starts, end)  # the spans starting before ``end``
        return before > 0 and furthest[before - 1] > start

    return overlaps
