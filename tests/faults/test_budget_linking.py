"""The linker's position indexes answer exactly what its former passes over every mention
answered (those passes made one page with thousands of titles and names quadratic)."""

from __future__ import annotations

import random

from dragoman.entities.spanindex import SpanIndex, TakenSpans
from dragoman.model import Mention

GAP, GAP_CHARS = 3, " ,،"


def _crosses(mentions: list[Mention], start: int, end: int) -> bool:
    return any(m.start < end and start < m.end and not (start <= m.start and m.end <= end)
               for m in mentions)


def _beside(text: str, mentions: list[Mention], start: int, end: int) -> bool:
    for m in mentions:
        if m.label != "PER":
            continue
        after = text[end:m.start] if m.start >= end else None
        before = text[m.end:start] if m.end <= start else None
        for gap in (after, before):
            if gap is not None and len(gap) <= GAP and not gap.strip(GAP_CHARS):
                return True
    return False


def test_span_index_matches_a_pass_over_every_mention() -> None:
    rng = random.Random(11)
    for _ in range(300):
        text = "".join(rng.choice("ab ,،.") for _ in range(rng.randint(5, 60)))
        mentions = []
        for _ in range(rng.randint(0, 8)):
            a = rng.randrange(len(text))
            b = rng.randint(a + 1, min(len(text), a + 8))
            mentions.append(Mention(a, b, text[a:b], rng.choice(("PER", "ORG"))))
        index = SpanIndex.of(text, mentions, GAP, GAP_CHARS)
        for _ in range(20):
            s = rng.randrange(len(text))
            e = rng.randint(s + 1, min(len(text), s + 10))
            assert index.crosses(s, e) == _crosses(mentions, s, e), (text, mentions, s, e)
            assert index.beside_person(s, e) == _beside(text, mentions, s, e), (text, mentions, s, e)


def test_taken_spans_match_a_pass_over_every_span() -> None:
    rng = random.Random(12)
    for _ in range(300):
        taken, spans = TakenSpans(), list[tuple[int, int]]()
        for _ in range(rng.randint(1, 15)):
            s = rng.randrange(100)
            e = rng.randint(s + 1, s + 12)
            assert taken.contains(s, e) == any(a <= s and e <= b for a, b in spans)
            if rng.random() < 0.6:
                taken.add(s, e)
                spans.append((s, e))
