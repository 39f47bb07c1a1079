"""The state's common nouns alone, on every backend (issue 14, French entities). French
capitalises "l'État", "le Gouvernement", "la République", "la Constitution" as common nouns of
its own state ("le chef de l'État", "le Gouvernement a présenté"); the CRF model typed them ORG.
The spaCy path already drops a span made only of the pack's ``state_nouns``
(``spacyner``); this does the same for every backend's mentions, in the article's own pack,
whatever the case: "ÉTAT" in a heading too. A name holding one with other words ("États-Unis",
"République tchèque", "Conseil d'État") is kept."""

from __future__ import annotations

from collections.abc import Iterable

from dragoman.model import Mention


def without_state_nouns(mentions: Iterable[Mention], state_nouns: Iterable[str]) -> list[Mention]:
    """``mentions`` less those whose whole text is one of ``state_nouns`` (module docstring)."""
    nouns = {n.lower() for n in state_nouns}
    return [m for m in mentions if m.text.lower() not in nouns]
