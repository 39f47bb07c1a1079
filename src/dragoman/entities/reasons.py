"""Why the linker linked a mention where it did: the values of ``Mention.reason``.

Kept apart from the linker (``referents.py``, ``linking.py``) so that the pages that show a
link's reason (``views/detail.py``) read this table without loading the linker.
"""

from __future__ import annotations

__all__ = ["LINK_REASONS", "describe"]

# Why a mention links where it does (``Mention.reason``, exported per mention).
LINK_REASONS = {
    "kb-name": "its name or spelling is a knowledge-base name of the entity",
    "archive-name": "its name or spelling is a name the archive learned for the entity",
    "archive-surname": "a surname alone: exactly one person of the archive has it",
    "new": "an unknown name: a new learned entity",
    "referent": "another form of a referent of this article (full name, surname, title)",
    "article-surname": "a surname alone: the one full name of this article ending with it",
    "split": "one side of two names NER ran together",
    "nationality": "a nationality word: its country",
    "kb-detected": "a knowledge-base name found in the text where NER found none",
    "spotted": "a learned name written in another script, found in the text",
    "role-title": "a role title: its holder on the article's date",
    "context": "a context word (the alliance) for an entity named in the article",
    "given": "linked before the linker ran (an upstream step or the caller gave the entity)",
    "quote-place": "a place name in a quotation, found in the gazetteer (quotes/places.py)",
    "correction": "an analyst's correction moved the link (store/corrections.py)",
}


def describe(reason: str) -> str:
    """The sentence that explains a reason ("" for none; the code itself for an unknown one,
    e.g. one a newer release stored)."""
    return LINK_REASONS.get(reason, reason)
