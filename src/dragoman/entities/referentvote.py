"""The type of a referent from all its evidence (issue 14; used by ``referents``): the NER type
of each form (summed scores), the knowledge-base type of the full name, titles and honorifics, a
given name in front, speech verbs, organisation and place head words, an age after the name,
and the kind its list's heading names (``listkind``); the form that heads a referent
(``referent_head``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from dragoman.entities.articled import article_led
from dragoman.entities.givenlearned import faker_given_keys, name_closer_keys
from dragoman.entities.kb import name_key, token_key
from dragoman.entities.linkdoc import article_lines
from dragoman.entities.mediumnames import medium_referent
from dragoman.entities.nameclass import given_name_keys, head_type
from dragoman.entities.ownednames import owned_referent
from dragoman.entities.packwords import every_pack
from dragoman.entities.placeheadpeople import person_with_place_surname
from dragoman.entities.placenouns import place_noun_led
from dragoman.entities.products import firm_unit_referent, product_referent
from dragoman.entities.townteams import team_referent
from dragoman.model import EntityType, Mention

if TYPE_CHECKING:
    from dragoman.language.rules import LanguageRules

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
# A given name and a place's head word ("Ben Street") with a person's cue in the page (a title,
# a speech verb, the surname alone; ``placeheadpeople``) weighs as the head word's place vote
# it replaces: the cue was written for the person. Chosen by hand, not fitted.
PLACE_SURNAME_WEIGHT = HEAD_WEIGHT
# A full name opening with a listed given name and written in a list beside names the article
# types as people ("Ann Vale, Tom Reed and Lia Moss"; ``paired.listed_people``) gains this
# for each of its forms: NER types a name alike at each mention, so the list's reading must
# outweigh every form's NER vote (each at most 1). Not counted against an organisation's or
# place's head word, a KB type or a list heading of another kind. Set by hand, not fitted.
LISTED_WEIGHT = 1.0
_GIVEN_NAMES = given_name_keys()  # the English list and every language pack's

# Mentions of a word alone cued as a person's before a two-word name whose first word no
# given-name list holds may be the person's full name (``person_by_surname``): one such
# mention is as likely a second person or a firm's short name. Set by hand, not tuned.
UNKNOWN_GIVEN_CUED = 2

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
    aged: bool = False  # a person's age after it ("Ann Lee, 35,"), or a speaker label ("Ann Lee: …")
    plural: bool = False  # a plural title before it ("Judges Lee"): more names may follow
    kind: str | None = None  # the kind its list's heading names ("Artists": PER; ``listkind``)
    listed: bool = False  # listed beside names typed as people (``paired.listed_people``)


def vote(forms: list[Form], kb_type: KbType | None, heads: bool, text: str = "",
         pack: LanguageRules | None = None) -> EntityType:
    """The type of a referent from all its evidence (see the module docstring and the
    weights above). ``heads``: the forms are full names (a given name in front counts).
    An honorific ("Mr.", "السيد") or an age ("Ann Lee, 35,") settles it: they are written
    beside people only (``_aged``). Given the article's ``text``, a product's name written
    with its version or model number is MISC (``products``: "Python 3.6", "RTX 3080"), as is
    one written after a firm's name or with a trademark sign (``brandcues``: "Nvidia GeForce
    Now", "Boot Camp®") or after a possessive determiner (``ownednames``: "on your Mac"), and
    one written after a place noun and "of" is a place unless titled (``placenouns``: "the
    island of Tresca"); one written after a definite article only is no person's
    (``articled``: "The Week"). ``pack``: the article's language pack, whose words of media
    count (``mediumnames``); every pack's when None."""
    if any(f.honorific or aged(f) for f in forms):
        return "PER"
    if text and not any(f.titled for f in forms) and any(place_noun_led(text, f.mention) for f in forms):
        return "LOC"
    votes: dict[str, float] = {}
    against = False  # evidence other than NER's that the name is no person's
    surnamed = person_with_place_surname(forms, text, pack)  # "Ben Street said"
    if surnamed:
        votes["PER"] = PLACE_SURNAME_WEIGHT
    for f in forms:
        votes[f.mention.label] = votes.get(f.mention.label, 0.0) + f.mention.score
        if f.titled:
            votes["PER"] = votes.get("PER", 0.0) + TITLE_WEIGHT
        if f.speaks:
            votes["PER"] = votes.get("PER", 0.0) + SPEECH_WEIGHT
        if f.kind is not None and _kind_holds(f, kb_type):
            votes[f.kind] = votes.get(f.kind, 0.0) + LIST_KIND_WEIGHT
            against = against or f.kind != "PER"
        head_kind = head_type(f.mention.text)
        head_kind = None if surnamed and head_kind == "LOC" else head_kind
        if head_kind is not None and f.mention.label != "MISC":  # a MISC name stays one ("Europa League")
            votes[head_kind] = votes.get(head_kind, 0.0) + HEAD_WEIGHT
        against = against or head_kind is not None
    head = max(forms, key=lambda f: len(f.words))
    if heads and _given_led(head, forms, kb_type):
        votes["PER"] = votes.get("PER", 0.0) + GIVEN_NAME_WEIGHT
    if heads and kb_type is not None:
        known = kb_type(head.mention.text, False)
        if known is not None:
            votes[known] = votes.get(known, 0.0) + KB_WEIGHT
            against = against or known != "PER"
    if heads and not against and any(f.listed for f in forms) and _given_led(head, forms):
        votes["PER"] = votes.get("PER", 0.0) + LISTED_WEIGHT * len(forms)
    first: dict[str, int] = {f.mention.label: n for n, f in reversed(list(enumerate(forms)))}
    best = max(votes, key=lambda t: (votes[t], -first.get(t, len(forms))))
    written = _written_as(forms, text, best, kb_type, pack) if text else None
    if written is not None:
        return written
    if best == "PER" and text and _articled_only(forms, text):
        best = max((t for t in votes if t != "PER"), key=lambda t: votes[t], default="ORG")
    return best if best in ("PER", "ORG", "LOC", "MISC") else "MISC"  # type: ignore[return-value]


def _written_as(forms: list[Form], text: str, best: str, kb_type: KbType | None,
                pack: LanguageRules | None) -> EntityType | None:
    """The type the words around a referent's names give it over its vote ``best``, if any:
    a product's (``products``: "Python 3.6"; ``ownednames``: "on your Mac"), a firm's unit or
    service's (``products.firm_unit_referent``: "Google DeepMind said"), a medium's ("an
    article in Healthline … on Healthline"; ``mediumnames``), a thing owned's (after the
    medium's: "a post on our Healthline")."""
    if product_referent(forms, text, best, kb_type):
        return "MISC"
    if team_referent(forms, text, best, kb_type, pack):  # "Boston beat Tampa Bay 4-2" (townteams)
        return "ORG"
    if firm_unit_referent(forms, text, best, kb_type):
        return "ORG"
    if medium_referent(forms, text, best, kb_type, pack):
        return "ORG"
    if owned_referent(forms, text, best, kb_type):
        return "MISC"
    return None


def _articled_only(forms: list[Form], text: str) -> bool:
    """Whether every form is one word after a definite article ("The Week", "the Thames"),
    none with a title or a speech verb: no person's (``articled``)."""
    return all(article_led(text, f.mention) and not (f.titled or f.speaks) for f in forms)


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


def _given_led(head: Form, forms: list[Form], kb_type: KbType | None = None) -> bool:
    """Whether a given name opens the full name as a person's: not that of two makers' firm
    ("Simon & Schuster"), nor one before a head word where no form is NER's person ("Travis
    County" typed MISC, whose head word casts no vote; "Michael Bay" typed PER keeps it).
    A given name of Faker's wider list only (``faker_led``) counts too. Where no form is NER's
    person, neither does a town the knowledge base or the gazetteer knows by the full name
    ("Ann Arbor", retyped a place after "from" by ``locativeplaces``)."""
    if not head.words or _makers(head):
        return False
    if head.words[0] not in _GIVEN_NAMES and not faker_led(head, kb_type):
        return False
    if any(f.mention.label == "PER" for f in forms):
        return True
    return head_type(head.mention.text) is None and not (
        kb_type is not None and kb_type(head.mention.text, True) == "LOC")


# A name opening with a given name of Faker's list (``givenlearned.faker_given_keys``) is a
# person's full name when it has this many words, each capitalised: one word alone may be a
# place or a brand ("Constanze" alone is no full name), longer ones are titles of works.
FAKER_WORDS = (2, 3)


def faker_led(head: Form, kb_type: KbType | None) -> bool:
    """Whether the full name opens with a given name of Faker's list ("Constanze Kurz",
    "Priya Raman"): two or three capitalised words, the first no acronym ("LÍF Leirvík"), no
    head word, no last word that closes other kinds of names (``givenlearned.name_closer_keys``:
    "Reagan Communications"), and neither the full name (a town included), its first word nor
    its first two words a name the knowledge base types ("Santa Clara", "Victoria Station";
    "Elon Musk Kryptowährungen" ran past a known name)."""
    words = head.mention.text.split()
    if not FAKER_WORDS[0] <= len(words) <= FAKER_WORDS[1] or not all(w[:1].isupper() for w in words):
        return False
    if not head.words or head.words[0] not in faker_given_keys() or kb_type is None:
        return False
    if head_type(head.mention.text) is not None or token_key(words[-1]) in name_closer_keys():
        return False
    if words[0].isupper() and not head.mention.text.isupper():
        return False
    known = (head.mention.text, " ".join(words[:2])) if len(words) > 2 else (head.mention.text,)
    return all(kb_type(n, True) is None for n in (*known, words[0]))


def _makers(f: Form) -> bool:
    """Two names joined by "&": a firm or a duo ("Simon & Schuster", "Chase & Status")."""
    return "&" in f.mention.text


def aged(f: Form) -> bool:
    """An age after the form that is a person's: not after an acronym, where the number is a
    seat count or a score ("KVP (45)", "KVP, 45,"). A town's name may be a child's
    ("Charlotte, 3,"): the knowledge base is not asked. A bare number in brackets counts
    after a form NER calls a person only (``_form``: "Liverpool (2)" is a score)."""
    return f.aged and not f.mention.text.isupper()


def person_by_surname(head: Form, f: Form, kb_type: KbType | None, cued: int = 0, text: str = "",
                      pack: LanguageRules | None = None) -> bool:
    """Whether a two-word full name NER typed a place or an organisation is a person's all
    the same, as its last word ``f`` stands alone as a person (``person_cued``): "Gal Abdush"
    LOC, then "Abdush said".
    Only when a given name opens it ("Alex Barrios", "Crystal Heath"): without one, places and
    firms whose last word is cued as a person's joined it ("Capitol Hill" and "Senator Hill",
    "Greenfield Dynamics" and "Dynamics said", "Rio Tinto"). Not when the knowledge base knows
    the full name or the word alone ("Morgan Stanley", "Washington"), nor, without a known
    given name, when ``text`` writes the word as a firm's (``firm_context``: "Barratt Redrow";
    ``pack``: the article's language pack)."""
    if len(head.words) != 2 or head.words[-1] != f.words[0] or kb_type is None:
        return False
    if article_led(text, f.mention):
        return False  # "The Week": no surname alone
    if not person_cued(f):
        return False
    name = head.mention.text
    known_given = head.words[0] in _GIVEN_NAMES
    if not known_given and not (cued >= UNKNOWN_GIVEN_CUED and _unknown_given(head, f, kb_type)
                                and not firm_context(text, f.mention.text, pack)):
        return False
    return kb_type(name, False) is None and kb_type(f.mention.text, True) is None


def surname_of(head: Form, f: Form, text: str) -> bool:
    """Whether the one-word form ``f`` may be the surname of the full name ``head``: its last
    word, not written after a definite article ("The Week" is no "Indy Week"; ``articled``)."""
    return head.words[-1] == f.words[0] and not article_led(text, f.mention)


def _unknown_given(head: Form, f: Form, kb_type: KbType) -> bool:
    """Whether the first word of a two-word name may be a given name no list holds ("Crystal
    Heath" ORG, then "Heath" PER twice): NER calls the full name an organisation (places are
    named after people and hills: "Capitol Hill" LOC beside "Senator Hill") and the last word
    alone a person (not by a speech verb only: firms speak too, "Dynamics said"), and the
    first word is neither a head word nor a name the knowledge base knows alone."""
    first = head.mention.text.split()[0]
    return (f.mention.label == "PER" and head.mention.label == "ORG" and first.isalpha()
            and first[:1].isupper()
            and head_type(head.mention.text) is None and kb_type(first, True) is None)


# How many words either side of a name a firm's word (the packs' ``firm_words``) is looked
# for in. Set by hand, not tuned.
FIRM_WINDOW = 4
_WORD = re.compile(r"\w+")


def firm_context(text: str, name: str, pack: LanguageRules | None = None) -> bool:
    """Whether the text writes the one-word ``name`` as a firm's: a pronoun of a thing after it
    in its sentence (``firm_pronouns``: "Redrow said its sales fell"), or a firm's word
    (``firm_words``) within ``FIRM_WINDOW`` words of it ("Redrow told investors"); the words of
    the article's ``pack``, every pack's when None."""
    words, pronouns = _firm_words(pack)
    if not name or not (words or pronouns):
        return False
    for found in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        before = _WORD.findall(text[max(0, found.start() - 80) : found.start()])[-FIRM_WINDOW:]
        after_text = re.split(r"[.!?]", text[found.end() : found.end() + 300], maxsplit=1)[0]
        after = _WORD.findall(after_text.lower())
        if pronouns & set(after) or words & {w.lower() for w in before + after[:FIRM_WINDOW]}:
            return True
    return False


def _firm_words(pack: LanguageRules | None) -> tuple[frozenset[str], frozenset[str]]:
    """The firm's words and pronouns of ``pack`` (``firm_context``); every pack's when None."""
    if pack is not None:
        return pack.entity_words.firm_words, pack.entity_words.firm_pronouns
    return _every_firm_word()


@lru_cache(maxsize=1)
def _every_firm_word() -> tuple[frozenset[str], frozenset[str]]:
    return every_pack(lambda w: w.firm_words), every_pack(lambda w: w.firm_pronouns)


def person_cued(f: Form) -> bool:
    """Whether a mention is cued as a person's: NER's type, a title, an honorific or a speech
    verb (organisations speak too: ``referents`` asks this of most mentions of a word)."""
    return f.mention.label == "PER" or f.titled or f.honorific or f.speaks


def referent_head(forms: list[Form], text: str | None = None, latin: bool = True) -> Mention:
    """The first of the longest forms; given ``text``, one in running text before one on a
    Title Case line ("Anne Vergier et Paul Crase", a heading): a heading's name founds no
    entity, and the surname alone would then found one of its own. A form as written
    before one read without its genitive "-s" (``germanlink.genitive_bare``)."""
    longest = max(len(f.words) for f in forms)
    tied = [f for f in forms if len(f.words) == longest]
    # "Mario Draghi" before "Mario Draghis" (a German genitive, grouped by ``genitive_bare``)
    tied = [f for f in tied if name_key(f.mention.text).split() == f.words] or tied
    if text is not None and len(tied) > 1:
        tied = [f for f in tied if not on_title_case_line(text, f.mention, latin)] or tied
    return min(tied, key=lambda f: f.mention.start).mention


def on_title_case_line(text: str, m: Mention, latin: bool) -> bool:
    """Whether ``m`` stands on a Title Case line of ``text``; each line is judged once per
    article (``linkdoc.article_lines``), however many forms of names it holds."""
    return article_lines(text, latin).holds(m.start, m.end)
