"""Sentence bounds for quotations: sentences split after a title joined again, a fallback
splitter, and whether a sentence ends between two offsets."""

from __future__ import annotations

import re

from dragoman.quotes.speakers import _TITLES

_END = re.compile(r"[.!?؟\n]")


def join_titles(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences split after a title or an initial ("Ms. | Okafor said") joined again."""
    out: list[tuple[int, int]] = []
    for s, e in sents:
        if out:
            last = re.search(r"(\w+)\.\s*$", text[max(out[-1][0], s - 12):s])
            if last and (last.group(1).casefold() in _TITLES or (
                    len(last.group(1)) == 1 and last.group(1).isupper())):
                out[-1] = (out[-1][0], e)
                continue
        out.append((s, e))
    return out


def fallback_sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in re.finditer(r"[.!?]+[\"”’»]?\s+|\n+", text):
        out.append((start, m.end()))
        start = m.end()
    out.append((start, len(text)))
    return out


def sentence_end(text: str, a: int, b: int) -> bool:
    """A sentence ends in text[a:b]; not at the dot of a title or an initial ("Rep.", "J.")
    nor inside parentheses ("(D-Wash.)")."""
    for m in _END.finditer(text, a, b):
        if m.group() == ".":
            if text.count("(", a, m.start()) > text.count(")", a, m.start()):
                continue
            word = re.search(r"\w+$", text[max(a, m.start() - 12):m.start()])
            if word is not None and (word.group().casefold() in _TITLES or (
                    len(word.group()) == 1 and word.group().isupper())):
                continue
        return True
    return False
