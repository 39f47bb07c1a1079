"""Head nouns of phrases that name a thing or a body, never a person a personal pronoun ("he",
"she") refers to: documents and writings ("the affidavit", "the letter"), media ("the paper",
"the tabloid") and companies ("the bank"). Read by ``dragoman.quotes.persons.may_be_he_or_she``
beside the pack's ``document_sources`` and the body nouns of ``language.contentwords``
(``group_nouns``, ``collective_roles``: "the company", "the campaign", kept there): "As the
paper noted, … Although he says" goes on with the person named before, not "the paper". A
phrase headed by a person noun ("the company's founder", "the bank teller") is still a
person. A pack with no entry has no such list."""

from __future__ import annotations

from functools import cache

from dragoman.language.normalize import normalize_for_match

_PACKS = {
    "en": """
affidavit article blog book column complaint document editorial email indictment lawsuit
letter memo memoir motion op-ed paper petition post release ruling statement tweet website
bank channel corporation magazine network newspaper outlet station tabloid university
""",
}


@cache
def thing_heads(code: str | None) -> frozenset[str]:
    """The thing and body nouns of the pack of ``code``, as the quote rules key words."""
    return frozenset(normalize_for_match(w) for w in _PACKS.get(code or "", "").split())


__all__ = ["thing_heads"]
