"""The type of a referent from all its evidence (issue 14; used by ``referents``): the NER type
of each form (summed scores), the knowledge-base type of the full name, titles and honorifics, a
given name in front, speech verbs, organisation and place head words, an age after the name,
and the kind its list's heading names (``listkind``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from dragoman.entities.nameclass import given_name_keys, head_type
from dragoman.model import EntityType, Mention

# Evidence weights for a referent's type, in units of one NER mention of score 1. Chosen by
# hand, not fitted: a title or honorific (written for people only) outweighs two NER votes;
# a given name in front ("Morgan Stanley" has one too) and the KB type of a full name (not
# of a one-word name: "Georgia", "Jordan") count as one and two; a speech verb as half a
# vote, as organisations speak too ("Chelsea said").
TITLE_WEIGHT = 2.0
GIVEN_NAME_WEIGHT = 1.0
SPEECH_WEIGHT = 0.5
KB_WEIGHT = 2.0
# An organisation's or place's head word in a form ("Fox News", "Rubio Avenue"; ``nameclass.
# head_type``) weighs as a title: people's names hold none. Not for a form NER calls MISC
# (events and works have such words too). Chosen by hand, not fitted.
HEAD_WEIGHT = 2.0
# A list's heading naming its items' kind ("Artists", "Group of the Year"; ``listkind``) weighs
# as a title: NER reads a bare line of a list without context. Not counted where the knowledge
# base or a given name in front says otherwise (``_kind_holds``). Chosen by hand, not fitted.
LIST_KIND_WEIGHT = 2.0
_GIVEN_NAMES = given_name_keys()  # the English list and every language pack's

KbType = Callable[[str, bool], str | None]  # (name, gazetteer towns too) -> KB type, or None


@dataclass(slots=True)
class Form:
    """A mention with the evidence read around it."""

    mention: Mention
    words: list[str]  # token keys of the name, titles and possessive cut off
    role: str | None
    titled: bool  # a title or honorific before it
    speaks: bool  # a speech verb next to it
    honorific: bool = False  # Mr, Ms, Dr, السيد …
    aged: bool = False  # a person's age after it ("Ann Lee, 35,")
    plural: bool = False  # a plural title before it ("Judges Lee"): more names may follow
    kind: str | None = None  # the kind its list's heading names ("Artists": PER; ``listkind``)


def vote(forms: list[Form], kb_type: KbType | None, heads: bool) -> EntityType:
    """The type of a referent from all its evidence (see the module docstring and the
    weights above). ``heads``: the forms are full names (a given name in front counts).
    An honorific ("Mr.", "السيد") or an age ("Ann Lee, 35,") settles it: they are written
    beside people only (``_aged``)."""
    if any(f.honorific or aged(f) for f in forms):
        return "PER"
    votes: dict[str, float] = {}
    for f in forms:
        votes[f.mention.label] = votes.get(f.mention.label, 0.0) + f.mention.score
        if f.titled:
            votes["PER"] = votes.get("PER", 0.0) + TITLE_WEIGHT
        if f.speaks:
            votes["PER"] = votes.get("PER", 0.0) + SPEECH_WEIGHT
        if f.kind is not None and _kind_holds(f, kb_type):
            votes[f.kind] = votes.get(f.kind, 0.0) + LIST_KIND_WEIGHT
        head_kind = head_type(f.mention.text) if f.mention.label != "MISC" else None
        if head_kind is not None:  # a MISC name stays one ("Europa League", a competition)
            votes[head_kind] = votes.get(head_kind, 0.0) + HEAD_WEIGHT
    head = max(forms, key=lambda f: len(f.words))
    if heads and _given_led(head, forms):
        votes["PER"] = votes.get("PER", 0.0) + GIVEN_NAME_WEIGHT
    if heads and kb_type is not None:
        known = kb_type(head.mention.text, False)
        if known is not None:
            votes[known] = votes.get(known, 0.0) + KB_WEIGHT
    first: dict[str, int] = {f.mention.label: n for n, f in reversed(list(enumerate(forms)))}
    best = max(votes, key=lambda t: (votes[t], -first.get(t, len(forms))))
    return best if best in ("PER", "ORG", "LOC", "MISC") else "MISC"  # type: ignore[return-value]


def _kind_holds(f: Form, kb_type: KbType | None) -> bool:
    """Whether the kind of a form's list heading counts: lists mix kinds ("Artists", then a
    city, "London"; "Bands", then a singer, "Jack White"; "Authors", then a publisher), so not
    for a name the knowledge base types otherwise, nor for a name opening with a given name
    under a heading of groups or places, nor for two names joined by "&" under a heading of
    people. Asked of listed forms only."""
    if f.kind != "PER" and f.words and f.words[0] in _GIVEN_NAMES:
        return False
    if f.kind == "PER" and _makers(f):
        return False  # two makers: a firm or a duo ("Simon & Schuster", "Chase & Status")
    known = kb_type(f.mention.text, True) if kb_type is not None else None
    return known is None or known == f.kind


def _given_led(head: Form, forms: list[Form]) -> bool:
    """Whether a given name opens the full name as a person's: not that of two makers' firm
    ("Simon & Schuster"), nor one before a head word where no form is NER's person ("Travis
    County" typed MISC, whose head word casts no vote; "Michael Bay" typed PER keeps it)."""
    if not head.words or head.words[0] not in _GIVEN_NAMES or _makers(head):
        return False
    return any(f.mention.label == "PER" for f in forms) or head_type(head.mention.text) is None


def _makers(f: Form) -> bool:
    """Two names joined by "&": a firm or a duo ("Simon & Schuster", "Chase & Status")."""
    return "&" in f.mention.text


def aged(f: Form) -> bool:
    """An age after the form that is a person's: not after an acronym, where the number is a
    seat count or a score ("KVP (45)", "KVP, 45,"). A town's name may be a child's
    ("Charlotte, 3,"): the knowledge base is not asked. A bare number in brackets counts
    after a form NER calls a person only (``_form``: "Liverpool (2)" is a score)."""
    return f.aged and not f.mention.text.isupper()


def person_by_surname(head: Form, f: Form, kb_type: KbType | None) -> bool:
    """Whether a two-word full name NER typed a place or an organisation is a person's all
    the same, as its last word ``f`` stands alone as a person (``person_cued``): "Gal Abdush"
    LOC, then "Abdush said".
    Only when a given name opens it ("Alex Barrios", "Crystal Heath"): without one, places and
    firms whose last word is cued as a person's joined it ("Capitol Hill" and "Senator Hill",
    "Greenfield Dynamics" and "Dynamics said", "Rio Tinto"). Not when the knowledge base knows
    the full name or the word alone ("Morgan Stanley", "Washington")."""
    if len(head.words) != 2 or head.words[-1] != f.words[0] or kb_type is None:
        return False
    if head.words[0] not in _GIVEN_NAMES or not person_cued(f):
        return False
    name = head.mention.text
    return kb_type(name, False) is None and kb_type(f.mention.text, True) is None


def person_cued(f: Form) -> bool:
    """Whether a mention is cued as a person's: NER's type, a title, an honorific or a speech
    verb (organisations speak too: ``referents`` asks this of most mentions of a word)."""
    return f.mention.label == "PER" or f.titled or f.honorific or f.speaks
