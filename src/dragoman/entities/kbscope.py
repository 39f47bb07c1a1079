"""Knowledge-base links a text's language rules out: a place's name in some languages only
(CLDR's German "Island" is Iceland; in English text it is the word "island") names that
place in text of those languages only (``KnowledgeBase.foreign_name``). Applied by
``Linker.link`` once the article's names are linked, before the context spotting."""

from __future__ import annotations

from dragoman.entities.kb import KnowledgeBase
from dragoman.entities.linkdoc import Doc
from dragoman.entities.memory import proclitic_variants

# The reason of a mention found as a nationality word (``wordclass.nationalities_in``).
NATIONALITY = "nationality"


def unlink_foreign_names(kb: KnowledgeBase, doc: Doc) -> None:
    """Take the KB link away from each mention that names its place only in other languages
    than the article's, under any reading ("the Island" too); "Iceland" in the same English
    article keeps its link. A nationality word is no name ("Argentine", French for
    Argentina, is also the English adjective)."""
    for m in doc.mentions:
        if m.entity_id is not None and m.entity_id in kb.entities and m.reason != NATIONALITY and any(
                kb.foreign_name(m.entity_id, v, doc.language) for _, v in proclitic_variants(m.text)):
            m.entity_id, m.reason = None, ""
