"""Multilingual sentence segmentation with character offsets (sentencex)."""

from __future__ import annotations

from dragoman.errors import MissingDependency


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
            spans.append((para_start + found, para_start + found + len(piece)))
            cursor = found + len(piece)
    return spans
