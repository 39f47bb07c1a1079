"""A role's owner and its holder NER ran into one name (issue 14, French entities). French
writes a role, its owner and the holder's name in a row with no comma: "le président du Sénat
Gérard Larcher", "l'entraîneur du PSG Luis Enrique", "le PDG de LVMH Bernard Arnault". The
CRF model tagged the run as one organisation ("Sénat Gérard Larcher" ORG, "PDG de LVMH Bernard
Arnault" ORG). Where a role noun and "de"/"du"/"des" come right before the mention, or open
it, and the mention ends in a person's full name opened by a known given name, the run is cut:
the owner keeps NER's label, the name is a person. Not after a head of a body or place named
after a person ("le proviseur du lycée Victor Hugo": ``eponym_heads``), nor a linked mention."""

from __future__ import annotations

import re
from functools import cache

from dragoman.entities.kb import name_key
from dragoman.entities.nameclass import hand_given_name_keys
from dragoman.language.nameparticles import SURNAME_PARTICLES
from dragoman.language.rules import LanguageRules
from dragoman.model import Mention

# the words of a name after its given name: one to three ("Ursula von der Leyen")
SURNAME_WORDS_MAX = 3  # set by hand
# the text read before a mention for its role and link: "président-directeur général de la "
BEFORE_CHARS = 48  # set by hand
_WORD = re.compile(r"\S+")
_ELIDED = re.compile(r"^[dlDL]['’]")  # an elided "de" or article glued to the owner's name


@cache
def _role_before(links: tuple[str, ...]) -> re.Pattern[str]:
    """A role word and one of the pack's ``owner_links`` ending the text read before a mention
    ("président du "); an elided link ends at its apostrophe."""
    forms = [r"\s+".join(map(re.escape, link.split())) + ("" if link[-1] in "'’" else r"\s+")
             for link in links]
    return re.compile(r"([\w-]+)\s+(?:" + "|".join(forms) + r")$")


_ROLES: dict[str, frozenset[str]] = {}


def _roles(rules: LanguageRules) -> frozenset[str]:
    """The pack's role nouns, lower case (kept per language: the pack is no hashable key)."""
    if rules.code in _ROLES:
        return _ROLES[rules.code]
    words = rules.entity_words
    _ROLES[rules.code] = frozenset({*(w.lower() for w in (*rules.person_roles, *rules.name_occupations)),
                                    *words.owner_roles})
    return _ROLES[rules.code]


def _after_role(words: list[str], roles: frozenset[str], links: tuple[str, ...]) -> int:
    """Words of a role and its link opening the mention ("PDG de" -> 2, "PDG d'Airbus" -> 1:
    the elided link stays on the owner's word), else 0."""
    if len(words) > 2 and words[0].lower() in roles:
        lowered = [w.lower() for w in words[1:3]]
        for link in links:
            if link[-1] in "'’":
                if lowered[0].startswith(link):
                    return 1
            elif lowered[:len(link.split())] == link.split():
                return 1 + len(link.split())
    return 0


def _holder(words: list[str]) -> int:
    """Index of the given name opening a full name that ends the mention, else -1."""
    given = hand_given_name_keys()  # cached
    for i in range(max(1, len(words) - SURNAME_WORDS_MAX - 1), len(words) - 1):
        tail = words[i + 1:]
        if name_key(words[i]) in given and words[i][:1].isupper() and tail[-1][:1].isupper() \
                and all(w[:1].isupper() or w.lower() in SURNAME_PARTICLES for w in tail):
            return i
    return -1


def split_role_owners(text: str, mentions: list[Mention], rules: LanguageRules) -> list[Mention]:
    """``mentions`` with each owner-and-holder run cut in two (module docstring). A place's
    mention is kept whole: a place named after a person ("Roissy Charles de Gaulle"), as is an
    owner ending in a given name ("Jean Paul Gaultier", a firm)."""
    words_of = rules.entity_words
    if not words_of.owner_roles:
        return mentions
    roles, given = _roles(rules), hand_given_name_keys()
    out: list[Mention] = []
    for m in mentions:
        spans = [(w.start(), w.end()) for w in _WORD.finditer(m.text)]
        words = [m.text[a:b] for a, b in spans]
        if m.label in ("PER", "LOC") or m.entity_id is not None or len(words) < 3:
            out.append(m)
            continue
        opened = _after_role(words, roles, words_of.owner_links)
        before = _role_before(words_of.owner_links).search(text[max(0, m.start - BEFORE_CHARS):m.start])
        holder = _holder(words)
        owner = words[opened:holder] if holder > opened else []
        if not owner or not (opened or (before and before.group(1).lower() in roles)) \
                or _ELIDED.sub("", owner[0], count=1).lower() in words_of.eponym_heads \
                or name_key(owner[-1]) in given:
            out.append(m)
            continue
        start = m.start + spans[opened][0]
        elided = _ELIDED.match(owner[0])
        start += elided.end() if elided else 0  # "PDG d'Airbus": the owner is "Airbus"
        end = m.start + spans[holder - 1][1]
        split = m.start + spans[holder][0]
        out.append(Mention(start, end, text[start:end], m.label, None, m.score))
        out.append(Mention(split, m.end, text[split:m.end], "PER", None, m.score))
    return out
