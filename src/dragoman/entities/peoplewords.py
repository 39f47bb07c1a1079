"""Adjectives of a people: a nationality ("German", "الروسية": ``wordclass.nationality``), a
people of a region or language with no country of its own ("Welsh", "Catalan": the packs'
``people_adjectives``), or a peoples' qualifier ("Native", "African": ``people_qualifiers``).
Alone such a word qualifies the noun it stands before ("a Welsh farmer", "the Welsh
government"); it is never a short form of a body or place whose name it opens ("Welsh
Parliament"), in the article (``linking._unify``) or later ones (``docentities.archive_forms``,
``linking._resolve_mention``) - issue 14, NTREX."""

from __future__ import annotations

from dragoman.entities.kb import name_key
from dragoman.entities.packwords import every_pack
from dragoman.entities.wordclass import nationality

_PEOPLE_WORDS = every_pack(lambda w: w.people_adjectives) | every_pack(lambda w: w.people_qualifiers)


def people_word(text: str) -> bool:
    """Whether ``text`` is one adjective (or noun) of a people (module docstring)."""
    key = name_key(text)
    return bool(key) and " " not in key and (key in _PEOPLE_WORDS or nationality(text) is not None)
