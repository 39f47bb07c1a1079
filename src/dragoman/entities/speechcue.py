"""Speech verbs next to a name: evidence that it names someone who speaks (a person or an
organisation), read by the referent grouping (entities/referents.py)."""

from __future__ import annotations

from dragoman.entities.kb import token_key
from dragoman.entities.tokenize import tokenize
from dragoman.language.rules import rules_for


def speech_words(language: str | None) -> frozenset[str]:
    rules = rules_for(language)
    return frozenset(token_key(v) for v in rules.speech_verbs) if rules is not None else frozenset()


def speaks(text: str, start: int, end: int, speech: frozenset[str]) -> bool:
    """A speech verb right after the name ("Ashford said") or right before it ("said
    Ashford", "قال السفير ...")."""
    if not speech:
        return False
    after = tokenize(text, end, min(len(text), end + 30))
    before = tokenize(text, max(0, start - 30), start)
    words = [text[a:b] for a, b in after[:1] + before[-1:]]
    return any(token_key(w) in speech for w in words)


def speaks_after(text: str, end: int, speech: frozenset[str]) -> bool:
    """A speech verb right after the name ("Navarro said")."""
    after = tokenize(text, end, min(len(text), end + 30))
    return bool(speech) and bool(after) and token_key(text[slice(*after[0])]) in speech
