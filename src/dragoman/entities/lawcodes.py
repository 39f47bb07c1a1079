"""A law code NER tags as an organisation or a person (issue 14, the analyst pool: "§ 1631
BGB", "§ 263 StGB"): a one-word name written right after a section sign and its number, with
the numbers of a paragraph, sentence or item between ("§ 3 Abs. 2 Nr. 1 TierSchG"), is the code
the section belongs to, a work, no referent. Every mention of that word in the article is
dropped then ("das BGB regelt …"), unless the knowledge base knows the name as an entity
(``notreferents`` reads these words as it reads an acronym the article defines). The
section sign is written the same in every language; the abbreviations between are read by
their shape (a short word, a dot, a number), not by a word list."""

from __future__ import annotations

import re

from dragoman.model import Mention

# "§ 1631", "§§ 823 ff.", then "Abs. 2", "Satz 1", "Nr. 3", "S. 1" (word of at most five
# letters, opening with a letter so that a run of bare numbers cannot backtrack, an optional
# dot, a number), as many as written, then the code's name.
_SECTION_CODE = re.compile(
    r"§§?\s*\d+[a-z]?(?:\s*(?:ff?\.|[-–]\s*\d+[a-z]?))?(?:[ \u00a0]+[^\W\d_]\w{0,4}\.?[ \u00a0]*\d+[a-z]?)*"
    r"[ \u00a0]+([^\W\d_][\w-]*)")


def law_codes(text: str, mentions: list[Mention]) -> frozenset[str]:
    """The one-word unlinked names, as written, that the text writes right after a section
    sign and its numbers somewhere (module docstring)."""
    if "§" not in text:
        return frozenset()
    codes = {found[1] for found in _SECTION_CODE.finditer(text) if found[1][:1].isupper()}
    return frozenset(m.text.strip() for m in mentions
                     if m.entity_id is None and m.text.strip() in codes)
