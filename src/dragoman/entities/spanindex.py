"""Position indexes over an article's mentions, so that per-title checks of the linker
(``Linker._titles``) cost a few lookups instead of a pass over every mention: with
thousands of titles and mentions on one page those passes made linking quadratic."""

from __future__ import annotations

from dataclasses import dataclass, field

from dragoman.model import Mention


@dataclass(slots=True)
class SpanIndex:
    """Where mentions start, end and run across a character boundary."""

    text: str
    gap: int  # characters allowed between a title and a person's name beside it
    gap_chars: str  # characters such a gap may hold
    joined: bytearray = field(default_factory=bytearray)  # 1 at p: a mention holds p-1 and p
    person_starts: set[int] = field(default_factory=set)
    person_ends: set[int] = field(default_factory=set)

    @classmethod
    def of(cls, text: str, mentions: list[Mention], gap: int, gap_chars: str) -> SpanIndex:
        index = cls(text, gap, gap_chars, bytearray(len(text) + 1))
        for m in mentions:
            index.add(m)
        return index

    def add(self, m: Mention) -> None:
        if m.end - m.start > 1:
            self.joined[m.start + 1 : m.end] = b"\x01" * (m.end - m.start - 1)
        if m.label == "PER":
            self.person_starts.add(m.start)
            self.person_ends.add(m.end)

    def crosses(self, start: int, end: int) -> bool:
        """Whether a mention overlaps ``[start, end)`` without lying inside it: such a
        mention holds both sides of ``start`` or both sides of ``end``."""
        return bool(self.joined[start]) or (end < len(self.joined) and bool(self.joined[end]))

    def beside_person(self, start: int, end: int) -> bool:
        """Whether a person mention begins within ``gap`` characters after ``end`` or ends
        within ``gap`` characters before ``start``, with only ``gap_chars`` between."""
        for p in range(end, end + self.gap + 1):
            if p in self.person_starts and not self.text[end:p].strip(self.gap_chars):
                return True
        for p in range(max(0, start - self.gap), start + 1):
            if p in self.person_ends and not self.text[p:start].strip(self.gap_chars):
                return True
        return False


@dataclass(slots=True)
class TakenSpans:
    """Spans already taken, answering "does one of them contain this span?" by looking
    only at starts a span of the longest length taken could have."""

    ends: dict[int, int] = field(default_factory=dict)  # start -> furthest end
    longest: int = 0

    def contains(self, start: int, end: int) -> bool:
        return any(self.ends.get(a, -1) >= end for a in range(max(0, end - self.longest), start + 1))

    def add(self, start: int, end: int) -> None:
        self.ends[start] = max(self.ends.get(start, end), end)
        self.longest = max(self.longest, end - start)
