"""A name defined by the acronym after it, made one mention (issue 14).

News introduces an organisation with its acronym in brackets: "Faune et Flore Internationale
(FFI)", "Conseil national de transition (CNT)". NER cuts such long names at their lower-case
words ("Faune" | "Flore Internationale") or glues a word before them ("L'ONG Faune"); the
acronym says where the name starts. When the capitalised words right before the bracket, read
backwards over name particles ("et", "de", "of", "&") and ``DEFINITION_LINKS`` ("for"), have
the acronym's letters as initials and NER tagged a name among them, those words become one
mention, replacing the NER spans inside them (the words a span ran in with from before,
"L'ONG", go with it). Its type is ORG
unless the spans were places only ("Émirats arabes unis (EAU)"), or people only and the name
has no particle and no head word ("Franklin Delano Roosevelt (FDR)"). A bracket holding fewer
than ``ACRONYM_MIN`` or more than ``ACRONYM_MAX`` capitals defines nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from dragoman.entities.nameclass import head_type
from dragoman.entities.packwords import every_pack
from dragoman.entities.spanshape import NAME_PARTICLES
from dragoman.entities.tokenize import tokenize
from dragoman.model import EntityType, Mention

# Letters of an acronym that defines a name: three (NER keeps a name of two words whole) up to
# six ("UNESCO"; longer ones are rarely written out). Set by hand.
ACRONYM_MIN = 3
ACRONYM_MAX = 6
# Characters looked back from the bracket for the name's words.
LOOK_BACK = 160
# Lower-case prepositions inside a name its acronym defines, beyond the name particles
# ("Royal Society for the Protection of Birds (RSPB)", "Council on Trade Policy (CTP)"): the
# acronym's initials vouch for them (``EntityWords.definition_links``).
DEFINITION_LINKS = every_pack(lambda w: w.definition_links)
_DEFINED = re.compile(rf" \(([A-Z]{{{ACRONYM_MIN},{ACRONYM_MAX}}})\)")


def acronym_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (in text order) with each name an acronym defines made one mention (see
    the module docstring); unchanged when no bracket defines one."""
    if " (" not in text:
        return mentions
    starts = [m.start for m in mentions]
    dropped: set[int] = set()  # id() of the mentions a defined name replaces
    added: list[Mention] = []
    for found in _DEFINED.finditer(text):
        span = _defined_span(text, found.start(), found.group(1))
        if span is not None and (made := _merged(mentions, starts, text, *span)) is not None:
            dropped.update(id(m) for m in made[1])
            added.append(made[0])
    if not added:
        return mentions
    kept = [m for m in mentions if id(m) not in dropped]
    return sorted(kept + added, key=lambda m: (m.start, m.end))


def _defined_span(text: str, end: int, acronym: str) -> tuple[int, int] | None:
    """``(start, end)`` of the words before ``end`` whose initials spell ``acronym``."""
    lo = max(0, end - LOOK_BACK)
    spans = tokenize(text, lo, end)
    letters = list(acronym)
    start = end
    for a, b in reversed(spans):
        word = text[a:b]
        if not letters:
            break
        if word[:1].isupper() and word[0] == letters[-1]:
            letters.pop()
            start = a
        elif (word.lower() not in NAME_PARTICLES and word not in DEFINITION_LINKS) or start == end:
            return None
    return (start, end) if not letters else None


def _merged(mentions: list[Mention], starts: list[int], text: str, start: int,
            end: int) -> tuple[Mention, list[Mention]] | None:
    """The one mention of the name at ``text[start:end]`` and the NER spans it replaces (those
    inside it, found by binary search on ``starts``), or None when none is to be replaced."""
    i = bisect_left(starts, start)
    if i > 0 and mentions[i - 1].end > start:
        i -= 1  # a span that ran in from before ("L'ONG Faune")
    inside: list[Mention] = []
    while i < len(mentions) and mentions[i].start < end:
        if mentions[i].entity_id is None and start < mentions[i].end:
            inside.append(mentions[i])
        i += 1
    if not inside or any(m.end > end for m in inside):
        return None
    if len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end):
        return None
    labels = {m.label for m in inside}
    name = text[start:end]
    label: EntityType = "LOC" if labels == {"LOC"} else "ORG"
    if labels == {"PER"} and _person_shaped(name):
        label = "PER"  # "Franklin Delano Roosevelt (FDR)"
    return Mention(start, end, name, label, None, max(m.score for m in inside)), inside


def _person_shaped(name: str) -> bool:
    """A name that may be a person's: no particle joins its words and no head word types it
    (people have acronyms too: "Franklin Delano Roosevelt (FDR)"; "Faune et Flore
    Internationale" is no person's)."""
    return head_type(name) is None and not any(w.lower() in NAME_PARTICLES for w in name.split())


# An acronym of two to six capitals in brackets (with a plural "s": "(FRBs)"), and the words
# before it on its line.
_BRACKETED = re.compile(r"\(([A-Z]{2,6})s?\)")
_TERM_WORD = re.compile(r"[^\W\d_]+")
# Lower-case words a term's acronym may skip ("reaction with eosinophilia": R, E): short
# function words of any language, by length. Set by hand, not tuned.
SKIPPED_WORD_MAX = 4


def defined_terms(text: str) -> frozenset[str]:
    """Acronyms the text defines with lower-case words, a term and no name: "fast radio
    bursts (FRBs)", "drug reaction with eosinophilia and systemic symptoms (DRESS)". The
    words before the bracket, read backwards (short ones may be passed over, hyphenated
    ones are read part by part), must be lower case and their initials spell the acronym.
    One pass over the brackets."""
    if " (" not in text:
        return frozenset()
    out: set[str] = set()
    for found in _BRACKETED.finditer(text):
        before = text[max(0, found.start() - LOOK_BACK) : found.start()].rsplit("\n", 1)[-1]
        if _spelled_in_lower_case(found[1].casefold(), _TERM_WORD.findall(before)):
            out.add(found[1])
    return frozenset(out)


def _spelled_in_lower_case(letters: str, words: list[str]) -> bool:
    i = len(letters) - 1
    for word in reversed(words):
        if i < 0 or not word.islower():
            break
        if word[0] == letters[i]:
            i -= 1
        elif len(word) > SKIPPED_WORD_MAX:
            return False
    return i < 0
