"""Words of a question put to a named person ("A reporter asked Ortiz how she felt", "Mr. Lee
asked Dana Roy whether …"): the asking verbs, and what opens the question right after the
person asked. Read by ``dragoman.quotes.pronounfloor``: the one asked answers, so a pronoun
after the question goes on with that person, not the asker. A pack with no entry has no such
rule. A request ("asked Ortiz to resign") opens no question and is left alone."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class AskWords:
    verbs: frozenset[str] = frozenset()
    question_openers: frozenset[str] = frozenset()


_PACKS = {
    "en": AskWords(
        verbs=frozenset({"asked", "asks", "ask", "questioned", "pressed"}),
        question_openers=frozenset({"whether", "if", "how", "why", "what", "who", "when",
                                    "where", "which", "about"}),
    ),
}
_NONE = AskWords()


def ask_words(code: str | None) -> AskWords:
    """The asking words of the pack of ``code`` (empty for a pack with none)."""
    return _PACKS.get(code or "", _NONE)


__all__ = ["AskWords", "ask_words"]
