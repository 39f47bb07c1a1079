"""One type per knowledge-base referent from a descriptor noun the page writes beside it.

A mention NER typed as a place may link to a KB firm (``COMPATIBLE_TYPES`` lets a LOC mention
take an ORG entity: metonymy), and then keeps its place label: "Amazon" on a German page about
cloud gaming showed as a place three times though the page calls it "Versandriese Amazon"
(pool A). When the page writes a noun of a firm ("Konzern", "Onlinehändler", "the retailer")
or of a town ("Hauptstadt", "the city") right before some mention of a KB entity, or a natural
feature's noun right after one ("the Amazon river"), the page has said what the name is:

* the noun agrees with the entity's KB type: every mention of the entity on the page takes
  that type (one type per referent);
* place nouns, and the KB entity is a firm: decided per mention, a page may name both senses
  ("Amazon reported profits … the Amazon rainforest"). A mention described as a place loses
  the link; one described as a firm, or written as a firm's (a speech verb right after it, no
  definite article before: "Amazon reported"), keeps it and is typed ORG; where no firm's noun
  was written at all, the other place-typed mentions lose the link too ("The Amazon is the
  longest river": no retailer);
* a person's title or trade among the nouns ("Sänger", "the singer": a person named like a
  firm), or no noun: nothing changes.

An organisation's head word alone after a definite article and typed a place ("by the Court",
"a seat in the Council") is a body named before in full, ORG (``_type_lone_heads``).

Nouns come from the language packs: ``noun_classes.org_descriptor_heads`` and
``place_descriptor_heads`` (heads of compounds where nouns are capitalised: "Medienkonzern"),
``entity_words``' ``body_kind_nouns``, ``place_nouns`` and ``feature_nouns`` (whole words),
every pack's titles and trades (``nameclass``). Mentions linked as nationalities ("German":
Germany) are no names of the entity and are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from dragoman.entities.kb import name_key, token_key
from dragoman.entities.nameclass import head_keys, occupation_keys, title_keys
from dragoman.entities.packwords import every_pack
from dragoman.entities.speechcue import speaks_after, speech_words
from dragoman.language.rules import LanguageRules, rules_for
from dragoman.model import EntityType, Mention

# Characters looked at either side of a mention for the noun that describes it.
LOOK_AROUND = 40
_LAST_WORD = re.compile(r"([^\W\d_][\w-]*)[ \t]+$")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w-]*)")
# Letters a compound keeps before its head ("Medien|konzern"), and the fewest letters of a
# tail shared by compounds of the pack to count as a head ("riese" of "Chipriese",
# "Techriese": "Versandriese"). Set by hand: shorter tails are endings ("-er", "-erer").
MIN_COMPOUND_PREFIX = 3
MIN_COMPOUND_PART = 5
# Compounds of the pack that must share a tail for it to be a head: two share endings by
# chance ("Anbieter", "Autovermieter": "ieter"); three did not in the German pack.
SHARED_TAIL_HEADS = 3
_REASONS_LEFT = frozenset({"nationality"})


def _shared_tails(heads: tuple[str, ...]) -> frozenset[str]:
    """Tails of at least ``MIN_COMPOUND_PART`` letters that ``SHARED_TAIL_HEADS`` compound
    heads of a pack or more end in after different first parts ("chipriese", "techriese",
    "handelsriese": "riese"): the pack lists compounds of one head, which names the same
    kind in other compounds too."""
    tails: set[str] = set()
    for i, a in enumerate(heads):
        for b in heads[i + 1 :]:
            n = 0
            while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
                n += 1
            if MIN_COMPOUND_PART <= n < min(len(a), len(b)):
                tails.add(a[-n:])
    return frozenset(t for t in tails if sum(h.endswith(t) for h in heads) >= SHARED_TAIL_HEADS)


@lru_cache(maxsize=16)
def _heads(language: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The firm and place heads of ``language``'s pack, shared compound tails included."""
    rules = rules_for(language)
    if rules is None:
        return (), ()
    org, place = rules.noun_classes.org_descriptor_heads, rules.noun_classes.place_descriptor_heads
    return (*org, *_shared_tails(org)), (*place, *_shared_tails(place))


def _is_head(word: str, heads: tuple[str, ...]) -> bool:
    low = word.lower().rpartition("-")[2]
    return any(low == h or (low.endswith(h) and len(low) - len(h) >= MIN_COMPOUND_PREFIX) for h in heads)


def _word_type(word: str, rules: LanguageRules, language: str | None) -> EntityType | None:
    """The type a noun written right before a name gives it, if any."""
    key, words = token_key(word), rules.entity_words
    if key in title_keys() or key in occupation_keys():
        return "PER"
    if rules.capitalised_nouns:
        if not word[:1].isupper():
            return None  # a noun is written with a capital there
        org_heads, place_heads = _heads(language)
        org, place = _is_head(word, org_heads), _is_head(word, place_heads)
        if rules.noun_classes.role_heads and _is_head(word, rules.noun_classes.role_heads):
            return "PER" if not (org or place) else None  # "Sänger", "Energieexperte"
    elif not word.islower():
        return None  # "the retailer Amazon": a lower-case common noun, no name's word
    else:
        org, place = False, False
    org = org or key in words.body_kind_nouns
    place = place or key in words.place_nouns
    if org == place:
        return None
    return "ORG" if org else "LOC"


def described_type(text: str, start: int, end: int, language: str | None) -> EntityType | None:
    """The type the noun right before a name (``text[start:end]``) gives it ("Konzern Amazon":
    ORG, "Hauptstadt Bern": LOC, "Sänger Mark": PER), or a feature's noun right after it
    ("Amazon river": LOC); None when there is no such noun."""
    rules = rules_for(language)
    if rules is None:
        return None
    before = _LAST_WORD.search(text, max(0, start - LOOK_AROUND), start)
    found = _word_type(before.group(1), rules, language) if before and before.end() == start else None
    after = _NEXT_WORD.match(text, end, min(len(text), end + LOOK_AROUND))
    if found is None and after is not None and after.group(1) in rules.entity_words.feature_nouns:
        return "LOC"  # lower case only: "Amazon River" may be a firm's product
    return found


def settle_described_types(text: str, mentions: list[Mention], language: str | None,
                           kb_type: Callable[[str], str | None]) -> None:
    """Type or unlink the mentions of each KB entity (``kb_type``: its KB type by id, None
    for no KB entity) by the nouns the page writes beside them (the module docstring);
    mentions change in place."""
    _type_lone_heads(text, mentions, kb_type)
    kb_mentions: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.entity_id is not None and m.reason not in _REASONS_LEFT and kb_type(m.entity_id) is not None:
            kb_mentions.setdefault(m.entity_id, []).append(m)
    by_name: dict[str, list[Mention]] | None = None  # read once, when a referent needs it
    for entity_id, group in kb_mentions.items():
        kind = kb_type(entity_id)
        if kind is None or (kind != "ORG" and all(m.label == kind for m in group)):
            continue  # the common case: nothing to settle (a firm's "the Amazon rainforest" is read)
        if by_name is None:
            by_name = {}
            for m in mentions:
                by_name.setdefault(name_key(m.text), []).append(m)
        forms = {name_key(m.text) for m in group}
        # the page's other mentions of the name say it too ("the Amazon river" left unlinked)
        same = [m for form in forms for m in by_name.get(form, ()) if m.entity_id in (None, entity_id)]
        own = {id(m): t for m in same if (t := described_type(text, m.start, m.end, language)) is not None}
        said = set(own.values())
        if said == {kind}:
            for m in group:
                m.label = kind  # type: ignore[assignment]
        elif kind == "ORG" and "LOC" in said and said <= {"ORG", "LOC"}:
            _settle_each(text, group, own, said, language)


def _settle_each(text: str, group: list[Mention], own: dict[int, EntityType], said: set[EntityType],
                 language: str | None) -> None:
    """A KB firm's mentions where the page writes a place's noun beside its name: decided per
    mention, the page may name both ("Amazon reported profits … the Amazon rainforest"). One
    described as a firm, or written as a firm's (``_firm_written``), keeps the firm, ORG; one
    described as a place loses it, as do the other place-typed ones where no noun of a firm
    was written beside any."""
    for m in group:
        kind = own.get(id(m))
        if kind == "ORG" or (kind is None and _firm_written(text, m, language)):
            m.label = "ORG"
        elif kind == "LOC" or (said == {"LOC"} and m.label == "LOC"):
            m.label, m.entity_id, m.reason = "LOC", None, ""


def _firm_written(text: str, m: Mention, language: str | None) -> bool:
    """A speech verb right after a mention that no definite article leads ("Amazon reported",
    not "the Amazon reported"): a firm speaks, a river or a forest does not."""
    return not _article_led(text, m) and speaks_after(text, m.end, speech_words(language))


def _article_led(text: str, m: Mention) -> bool:
    """Whether a definite article of a pack stands right before ``m`` ("the Council")."""
    before = _LAST_WORD.search(text, max(0, m.start - LOOK_AROUND), m.start)
    return before is not None and before.end() == m.start and before.group(1).casefold() in _articles()


@lru_cache(maxsize=1)
def _articles() -> frozenset[str]:
    return frozenset(a.casefold() for a in every_pack(lambda w: w.name_articles))


def _type_lone_heads(text: str, mentions: list[Mention], kb_type: Callable[[str], str | None]) -> None:
    """An organisation's head word written alone after a definite article and typed a place
    ("considered by the Court", "her seat in the Council"; ``nameclass.head_keys``) is the
    body the page named before in full: ORG, where an ORG-typed name of several words on the
    page holds the word ("the City Council … the Council"); without one the word may be a
    place's ("crossed the Channel"). Not one linked to a KB entity."""
    bodies = {token_key(w) for m in mentions if m.label == "ORG" and " " in m.text for w in m.text.split()}
    for m in mentions:
        if m.label != "LOC" or " " in m.text or not m.text[:1].isupper() or token_key(m.text) not in bodies:
            continue
        if m.entity_id is not None and kb_type(m.entity_id) is not None:
            continue
        if head_keys().get(token_key(m.text)) != "ORG":
            continue
        if _article_led(text, m):
            m.label = "ORG"
