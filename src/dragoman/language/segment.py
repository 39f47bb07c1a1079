"""Multilingual sentence segmentation with character offsets (sentencex)."""

from __future__ import annotations

import re
from bisect import bisect_left

from dragoman.errors import MissingDependency

# Languages that write an ordinal as a number and a full stop ("zum 45. Welttag", "am 9.
# November"): the segmenter's cut after such a number before a capitalised word is no sentence
# end, unless a personal pronoun opens the next piece ("Er wurde 70. Er feierte …").
_ORDINAL_DOT_LANGUAGES = frozenset({"de"})
_ORDINAL_END = re.compile(r"(?:^|\s)\d{1,3}\.$")
_NEXT_WORD = re.compile(r"\w+")


def split_sentences(text: str, language: str | None) -> list[tuple[int, int]]:
    """Sentence spans (start, end) covering the non-space text, paragraph by paragraph."""
    try:
        from sentencex import segment
    except ImportError as exc:  # pragma: no cover - core dependency
        raise MissingDependency("sentencex", "core", "sentence segmentation") from exc
    lang = language if language and language != "und" else "en"
    spans: list[tuple[int, int]] = []
    pos = 0
    for paragraph in text.split("\n"):
        para_start = pos
        pos += len(paragraph) + 1
        if not paragraph.strip():
            continue
        cursor = 0
        for sentence in segment(lang, paragraph):
            piece = sentence.strip()
            if not piece:
                continue
            found = paragraph.find(piece, cursor)
            if found < 0:  # segmenter altered the text; fall back to the rest of the paragraph
                found = cursor
                piece = paragraph[cursor:].strip()
            start, end = para_start + found, para_start + found + len(piece)
            if lang in _ORDINAL_DOT_LANGUAGES and spans and spans[-1][1] > para_start and (
                    _after_ordinal(text, spans[-1], start, lang)):
                start = spans.pop()[0]
            spans.append((start, end))
            cursor = found + len(piece)
    return spans


def _after_ordinal(text: str, previous: tuple[int, int], start: int, lang: str) -> bool:
    """The previous piece ends on an ordinal ("zum 45.") and this one opens on a capitalised
    word that is no personal pronoun: one sentence, cut by the segmenter."""
    from dragoman.language.rules import pack_of

    word = _NEXT_WORD.match(text, start)
    if word is None or not word.group()[:1].isupper() or not _ORDINAL_END.search(
            text, previous[0], previous[1]):
        return False
    rules = pack_of(lang)
    return rules is None or word.group().casefold() not in rules.speaker_pronouns


class LineIndex:
    """The lines of ``text``, its line breaks found once (on the first question): a page may be
    one line of thousands of spans, each asking for its line."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._breaks: list[int] | None = None

    def line_of(self, start: int, end: int) -> tuple[int, int]:
        """From after the last line break before ``start`` to the first one at or after ``end``
        (the text's end where there is none): a span across a break takes both lines."""
        if self._breaks is None:
            self._breaks = [m.start() for m in re.finditer("\n", self.text)]
        before = bisect_left(self._breaks, start)
        after = bisect_left(self._breaks, end)
        return (self._breaks[before - 1] + 1 if before else 0,
                self._breaks[after] if after < len(self._breaks) else len(self.text))
