"""The type of a learned entity is the vote of its mentions, each counted once (issue 14, the
analyst pool: "Netflix" typed LOC by its first sighting, counted twice, over two later ORG
sightings); on a tie the type its sightings were surer of wins. Original sentences; near
misses: a clear majority, an equal tie in sureness keeps the first sighting."""

from __future__ import annotations

from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from tests.entities.mentions import linked


def _types(items: list[tuple[str, str, float]]) -> list[str]:
    linker = Linker(memory=Memory())
    out = []
    for text, label, score in items:
        found = linked(linker, text, [("Vextrion", label)], score=score)  # type: ignore[list-item]
        entity = found[0].entity_id
        assert entity is not None
        out.append(linker.memory.types[entity])
    return out


def test_the_first_sighting_counts_once() -> None:
    items = [("You can stream it on Vextrion from Friday.", "LOC", 0.6),
             ("Vextrion raised its prices this spring.", "ORG", 0.9),
             ("Shares of Vextrion fell after the report.", "ORG", 0.9)]
    assert _types(items)[-1] == "ORG"


def test_a_tie_goes_to_the_surer_sightings() -> None:
    items = [("You can stream it on Vextrion from Friday.", "LOC", 0.55),
             ("Vextrion raised its prices this spring.", "ORG", 0.99)]
    assert _types(items) == ["LOC", "ORG"]


def test_an_even_tie_keeps_the_first_sighting() -> None:
    items = [("You can stream it on Vextrion from Friday.", "LOC", 0.9),
             ("Vextrion raised its prices this spring.", "ORG", 0.9)]
    assert _types(items) == ["LOC", "LOC"]


def test_a_clear_majority_wins() -> None:
    items = [("Vextrion raised its prices this spring.", "ORG", 0.6),
             ("Shares of Vextrion fell after the report.", "ORG", 0.6),
             ("You can stream it on Vextrion from Friday.", "LOC", 0.99)]
    assert _types(items) == ["ORG", "ORG", "ORG"]
