"""Knowledge-base namesakes of one name, told apart by the article's context.

Arabic "هارلم" is a name of both Haarlem and Harlem; the resolver ranks such namesakes by
population (``NameResolver._pick``), so the translation of an article on Harlem took
Haarlem where its English original, by Harlem's own name, took Harlem. Once the article's
names are linked (``settle_ties``), a mention whose KB entity ties with namesakes of its
name (level in every way but rank: ``NameResolver.namesakes``) takes the one the article's
other entities support most, when one does: the namesake itself named in the article under
another name, its country or a place of its country named in it, or an entity of the
article the archive has seen it with (``CrossScript.context``: the English original named
Harlem beside the people of the story, whom the translation names too). With no support, or
as much for two of them, the ranking stands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dragoman.model import Mention

if TYPE_CHECKING:
    from dragoman.entities.resolve import NameResolver

# Mentions whose link is the resolver's pick among the KB entities of their name.
SETTLED_REASONS = frozenset({"kb-name", "kb-detected"})


def settle_ties(resolver: NameResolver, mentions: list[Mention]) -> None:
    """Relink each mention of a name KB namesakes share to the namesake the article's other
    linked mentions support most (see the module docstring); mentions change in place."""
    ties: dict[int, list[str]] = {}
    for m in mentions:
        if m.entity_id in resolver.kb.entities and m.reason in SETTLED_REASONS:
            namesakes = resolver.namesakes(m.text, m.label, m.entity_id)
            if len(namesakes) > 1:
                ties[id(m)] = namesakes
    if not ties:
        return  # the common case
    # the context: what the article names without a tie (a tied mention supports nothing)
    context = {m.entity_id for m in mentions if m.entity_id and id(m) not in ties}
    for m in mentions:
        namesakes = ties.get(id(m), [])
        best = _most_supported(resolver, namesakes, context) if namesakes else None
        if best is not None:
            m.entity_id = best


def _most_supported(resolver: NameResolver, namesakes: list[str], context: set[str]) -> str | None:
    """The one namesake with the most support in ``context``, if one has more than the others."""
    scored = sorted(((_support(resolver, i, context), i) for i in namesakes), reverse=True)
    (best, found), (second, _) = scored[0], scored[1]
    return found if best > second else None


def _support(resolver: NameResolver, entity_id: str, context: set[str]) -> int:
    """How many entities of ``context`` support the KB entity ``entity_id``: itself, a place
    of its country (the country too), an entity the archive named with it."""
    kb, cross = resolver.kb, resolver.memory.cross
    country = kb.entities[entity_id].country
    own = cross.context(entity_id) if entity_id in cross.forms else set()
    count = 0
    for other in context:
        entity = kb.entities.get(other)
        if (other == entity_id or other in own
                or (country is not None and entity is not None and entity.country == country)
                or (other in cross.forms and entity_id in cross.context(other))):
            count += 1
    return count
