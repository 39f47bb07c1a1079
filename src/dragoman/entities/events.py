"""Names of events: a festival, a summit, a championship or an awards night is no person,
organisation or place (issue 14; the entity audit's conventions leave events out), so a
name closed by an event's head word founds no entity ("Harbourside Folk Festival", "Lisbon
Climate Summit", "Northern Rowing Championships"); it may still name a known one. The head
words are the packs' (``EntityWords.event_heads``)."""

from __future__ import annotations

from dragoman.entities.kb import token_key
from dragoman.entities.packwords import every_pack
from dragoman.entities.tokenize import tokenize

# Head words closing an event's name.
EVENT_HEADS = every_pack(lambda w: w.event_heads)


def event_name(text: str) -> bool:
    """Whether a name of two words or more ends with an event's head word."""
    spans = tokenize(text)
    return len(spans) >= 2 and token_key(text[slice(*spans[-1])]) in EVENT_HEADS
