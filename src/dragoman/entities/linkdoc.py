"""One article as the linker sees it (``linking.Linker``): its tokens, name keys and
mentions, and what is computed once per article (its words, its Title Case lines) rather
than once per mention."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dragoman.model import Mention

# A line of at least this many Latin words of 4+ letters, this share of them capitalised,
# is a Title Case headline; NER spans there found no new entity (known ones still link).
# Calibrated on NTREX-128 English headlines (docs.tsv), e.g. "Perrier Bottle", "SNL Appearance".
TITLE_CASE_MIN_WORDS = 4
TITLE_CASE_SHARE = 0.8
# Tokens after which a capitalised word starts a sentence rather than continues a name.
SENTENCE_END = frozenset({".", "!", "?", ":", ";", '"', "“", "”", "«", "»", "(", ")", "—", "-", "–"})
_TITLE_WORD = re.compile(r"\b[A-Za-zÀ-ÖØ-öø-ÿ]{4,}\b")
_WORD = re.compile(r"\w+")


@dataclass(slots=True)
class Doc:
    """One article being linked: its tokens, keys and mentions."""

    text: str
    language: str | None
    date: str | None
    ner: bool  # whether NER ran on the text
    # NER learned from Wikipedia fragments (see ner.fragment_trained): its one-word names
    # found no new entities.
    fragment_names: bool = False
    spans: list[tuple[int, int]] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    breaks: list[bool] = field(default_factory=list)  # a line break before token i
    mentions: list[Mention] = field(default_factory=list)
    derived: set[int] = field(default_factory=set)  # id() of title and context mentions
    occupied: bytearray = field(default_factory=bytearray)  # 1 where a mention lies
    # Computed once per article (each was a pass over the whole text per mention).
    words: frozenset[str] | None = None  # every \w+ run of the text
    title_case: dict[tuple[int, int], bool] = field(default_factory=dict)  # line -> Title Case

    def covered(self, start: int, end: int) -> bool:
        return any(self.occupied[start:end])

    def has_word(self, word: str) -> bool:
        if self.words is None:
            self.words = frozenset(_WORD.findall(self.text))
        return word in self.words

    def in_title_case_line(self, mention: Mention) -> bool:
        start = self.text.rfind("\n", 0, mention.start) + 1
        end = self.text.find("\n", mention.end)
        line = (start, end if end >= 0 else len(self.text))
        if line not in self.title_case:
            self.title_case[line] = title_case_line(self.text[line[0] : line[1]])
        return self.title_case[line]

    def add(self, mention: Mention, derived: bool = False) -> None:
        self.mentions.append(mention)
        self.occupied[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
        if derived:
            self.derived.add(id(mention))


def title_case_line(line: str) -> bool:
    """Whether a Latin-script line is written in Title Case (a headline: "Perrier Bottle
    Sparks Row"), where capitals say nothing about names."""
    words = _TITLE_WORD.findall(line)
    if len(words) < TITLE_CASE_MIN_WORDS:
        return False
    return bool(sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words))


def common_in_text(doc: Doc, name: str) -> bool:
    """A one-word Latin name the same text also writes in lower case ("Within", "Street"
    at a sentence start, "within", "street" elsewhere): an everyday word, not a name."""
    if " " in name or not name[:1].isupper() or not name.isalpha() or not name.isascii():
        return False
    # ``\bword\b`` matches exactly where a whole \w+ run of the text is ``word``.
    return doc.has_word(name.lower())


def mention_fields(m: Mention) -> tuple[int, int, str, str, str | None, float]:
    """What dataclass equality compares, hashable."""
    return (m.start, m.end, m.text, m.label, m.entity_id, m.score)
