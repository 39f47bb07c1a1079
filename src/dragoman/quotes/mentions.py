"""Who may speak: the ``Speaker`` record every attribution step passes on, and the article's
entity mentions searchable by position (with the countries and cities the quotation stage adds
as speakers)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from dragoman.model import Article, Mention
from dragoman.quotes.lexicon import Word
from dragoman.quotes.names import acronym, known_names
from dragoman.quotes.places import PlaceLookup, capital_runs, place_mentions


@dataclass(slots=True)
class Speaker:
    start: int
    end: int
    text: str
    entity_id: str | None = None
    name: str | None = None
    label: str = ""  # PER / ORG / ... when it comes from a mention


class Mentions:
    """The article's mentions, searchable by position."""

    def __init__(self, article: Article, places: PlaceLookup | None = None,
                 ws: list[Word] | None = None) -> None:
        self.items: list[Mention] = sorted(article.mentions, key=lambda m: m.start)
        self.has_people = any(m.label == "PER" for m in self.items)  # the entities stage ran
        self.names = {e.id: e.name for e in article.entities}
        # Words the article also writes in lower case are common words, not names,
        # even when capitalised at the start of a sentence ("The", "When").
        self.common = frozenset(re.findall(r"\b[a-z][a-z'’-]*\b", article.text))
        if places is not None and ws is not None:  # countries and cities as speakers
            lower = frozenset(w.text.casefold() for w in ws if w.text[:1].islower())
            runs = capital_runs([(w.start, w.end, w.text) for w in ws], article.text)
            self.items, found = place_mentions(article.text, self.items, runs, lower, places)
            self.names.update((k, v) for k, v in found.items() if k not in self.names)
        self.starts = [m.start for m in self.items]
        # Capitalised words also seen inside a sentence: names, not sentence-initial words
        # ("Despite", "Sometimes").
        self.inner_caps = frozenset(re.findall(r"(?<=[a-zà-ÿа-яё,] )[A-ZÀ-ÞА-ЯЁ][\w'’-]*",
                                               article.text))
        self.known_names = known_names(article.text, self.items)

    def within(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.items) and self.items[i].start < end:
            if self.items[i].end <= end:
                out.append(self.items[i])
            i += 1
        return out

    def last_person_before(self, pos: int) -> Mention | None:
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0:
            if self.items[i].label == "PER":
                return self.items[i]
            i -= 1
        return None

    def may_be_person(self, sp: Speaker) -> bool:
        """False for a speaker known to be an organisation or a place (a mention's label)."""
        if sp.label:
            return sp.label == "PER"
        names = re.findall(r"[^\W\d_]+", sp.text)
        if names and all(acronym(w) for w in names):
            return False  # "BfArM", "MANNSCHAFT": an organisation's short name
        # A phrase that is mostly an organisation or place name ("Michigan", "the House");
        # a role phrase naming one ("the Vermont senator") stays a possible person.
        other = sum(m.end - m.start for m in self.within(sp.start, sp.end) if m.label != "PER")
        return other * 2 < sp.end - sp.start

    def speaker(self, m: Mention) -> Speaker:
        name = self.names.get(m.entity_id or "") if m.entity_id else None
        return Speaker(m.start, m.end, m.text, m.entity_id, name, m.label)
