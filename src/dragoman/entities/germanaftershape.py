"""The German steps run on the shaped mentions of ``germanspans`` (issue 14, pool A): place
types by a territory's noun or a feature's head (``germanterritories``), noun compounds typed a
place or an organisation dropped (``germancompoundnouns``), lone titles before a person made
its role (``germanloneroles``), one-word common nouns dropped (``germanlonenouns``), a
descriptor noun cut off a name the page writes without it (``germanbarenames``)."""

from __future__ import annotations

from dragoman.entities.germanbarenames import bare_names
from dragoman.entities.germancompoundnouns import without_noun_compounds
from dragoman.entities.germanlonenouns import without_lone_nouns
from dragoman.entities.germanloneroles import roles_onto_people
from dragoman.entities.germanterritories import place_labels
from dragoman.entities.spanshape import CommonWords
from dragoman.model import Mention


def after_shaping(text: str, mentions: list[Mention], common: CommonWords | None,
                  gazetteer: frozenset[str] | None) -> list[Mention]:
    """``mentions`` of ``text`` sorted by offset, with the steps of the docstring."""
    shaped = place_labels(sorted(mentions, key=lambda m: (m.start, m.end)), common, gazetteer)
    if common is not None:
        shaped = without_noun_compounds(text, shaped, common.lexicon, gazetteer)
    shaped = without_lone_nouns(text, shaped, common)  # one-word common nouns: germanlonenouns
    shaped = bare_names(text, shaped, common, gazetteer)  # "Kohlemine Adani" beside "Adani Group"
    return roles_onto_people(text, shaped)
