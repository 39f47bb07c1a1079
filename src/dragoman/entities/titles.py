"""Titles and role words written before a person's name (issue 14): the title words at the
front of a mention or right before it ("Ambassador", "Deputy Foreign Minister", "Mr.",
"السفير"), cut off the name and kept as the person's role by the referent grouping
(``referents``), and the lower-case role nouns of an apposition ("bouzouki player Ann
Lee", "le ministre Jean Dupont"), evidence of a person only. Word lists: the language
packs' ``titles``, ``role_titles``, ``role_modifiers``, ``honorifics`` and ``person_roles``."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from dragoman.entities.articled import article_noun as article_noun  # re-exported for linking
from dragoman.entities.germanlexicon import known_place
from dragoman.entities.kb import name_key, token_key
from dragoman.entities.memory import ARABIC, possessive_clitic
from dragoman.entities.nameclass import head_keys
from dragoman.entities.speechcue import speaks_after, speech_words
from dragoman.entities.tokenize import tokenize
from dragoman.language.rules import all_rules, capitalises_nouns
from dragoman.model import Mention

# Most title words read before a name ("Deputy Foreign Minister").
TITLE_MAX_WORDS = 3

# Titles written before a person's name that are the person's role, compared by
# ``token_key`` (which folds case, Arabic letter forms and the article ال): every language
# pack's ``titles``, ``role_titles`` and ``role_modifiers``; the packs' ``honorifics`` (a
# person, no role: "Mr", "السيد") are taken out of them; the modifiers are a role only with
# another title word ("Foreign Minister"), never alone.
ROLE_TITLES = frozenset(token_key(w) for rules in all_rules()
                        for w in (*rules.titles, *rules.role_titles, *rules.role_modifiers))
HONORIFICS = frozenset(token_key(w) for rules in all_rules() for w in rules.honorifics)
ROLE_MODIFIER_KEYS = frozenset(token_key(w) for rules in all_rules() for w in rules.role_modifiers)
# Lower-case role nouns naming one person ("spokesman", "ministre", "Sprecherin"), every
# pack's ``person_roles`` and ``name_occupations`` ("player", "anchor"): written right before
# a name, they say it is a person's.
PERSON_ROLES = frozenset(token_key(w) for rules in all_rules()
                         for w in rules.person_roles + rules.name_occupations)
_NEXT_WORD = re.compile(r"\s+(\w+)\s")


def leading_titles(name: str, plural: bool = True) -> list[tuple[int, int]]:
    """Spans of the title words at the front of a mention (never all of it); one capitalised
    word may lead them when a full name follows ("Economics Adviser Ann Lee")."""
    spans = tokenize(name)
    words = [name[a:b] for a, b in spans]
    lead = int(len(words) > 3 and words[0][:1].isupper() and not title_word(words[0], plural)
               and title_word(words[1], plural))
    n = lead
    while n < len(spans) - 1 and n < TITLE_MAX_WORDS and title_word(words[n], plural):
        n += 1
    if len(spans) - n == 1 and head_keys().get(token_key(words[n])) == "ORG":
        return []  # "General Assembly": a body's name, no title before a person's
    if n > lead and possessive_clitic(name, spans, n):
        return []  # "King’s College London", "Queen's University": a titled owner names a body
    return spans[:n] if n > lead and (not lead or len(spans) - n >= 2) else []


def only_honorific(name: str) -> bool:
    """A mention that is an honorific alone ("M.", "Mr", "السيد"): NER's piece of "M. Caldwell"."""
    return token_key(name.strip().rstrip(".")) in HONORIFICS


def titles_before(text: str, start: int, plural: bool = True) -> list[tuple[int, int]]:
    """Spans of the title words written right before ``start`` (spaces between only, or the
    dot of an abbreviated honorific: "M. Caldwell", "Dr. Okafor"); ``plural``: plural titles
    too ("Judges")."""
    spans = tokenize(text, max(0, start - 60), start)
    out: list[tuple[int, int]] = []
    end = start
    for a, b in reversed(spans):
        gap = text[b:end].strip()
        if text[a:b] == "." and not gap:
            continue  # the dot of "M.", judged with the word before it
        gap = gap.lstrip(".") if token_key(text[a:b]) in HONORIFICS and not out else gap
        if len(out) == TITLE_MAX_WORDS or gap or not title_word(text[a:b], plural):
            break
        out.insert(0, (a, b))
        end = a
    return out


def title_word(word: str, plural: bool = True) -> bool:
    """A title before a name: capitalised in Latin script; in Arabic, definite ("الرئيس
    ماكرون"; the construct "رئيس الوزراء", "سفير فرنسا" heads an organisation or place).
    ``plural``: a plural title counts too ("Judges")."""
    key = token_key(word)
    if key in HONORIFICS:
        return True
    if (key not in ROLE_TITLES and not (plural and plural_title(word))
            and _compound_role(word) not in ROLE_TITLES):
        return False
    if ARABIC.match(word):
        return word.lstrip("وف").startswith("ال")
    return word[:1].isupper()


def role_of(words: list[str]) -> str | None:
    """The role the title words name; None for honorifics alone or a lone modifier."""
    kept = [w for w in words if token_key(w) not in HONORIFICS]
    if not kept or all(token_key(w) in ROLE_MODIFIER_KEYS for w in kept):
        return None
    return " ".join(kept)


def _compound_role(word: str) -> str:
    """The key of the capitalised last part of a hyphenated compound ("Siemens-Chef" ->
    "chef", "CDU-Politikerin"): a title or role naming its first part's person; "" if none."""
    head, _, last = word.rpartition("-")
    return token_key(last) if head and last[:1].isupper() else ""


def plural_title(word: str) -> bool:
    """A title in the plural before a list of names, in Latin script ("Judges", "Sens.")."""
    key = token_key(word)
    return (key.endswith("s") and key[:-1] in ROLE_TITLES and key[:-1] not in HONORIFICS
            and word[:1].isupper() and not ARABIC.match(word))


def list_follows(text: str, end: int, conjunctions: AbstractSet[str]) -> bool:
    """Whether a list of names goes on after a name ending at ``end``: a comma or one of
    ``conjunctions`` (casefolded) next. Only then is a plural title before the name one
    ("Judges Lee, Ortiz and Hale"; not "Queens Park Rangers beat …", "Kings Cross")."""
    rest = text[end : end + 40]
    if rest.lstrip().startswith(","):
        return True
    found = _NEXT_WORD.match(rest)
    return found is not None and found.group(1).casefold() in conjunctions


def person_role_before(text: str, start: int) -> bool:
    """Whether a role noun of one person stands right before ``start``, spaces between only
    ("la ministre Rima Abdul", "Virologin Anna Kessler", "spokesman Ed Lowe", "Siemens-Chef
    Jo Kern", "dietitian Ana Pell": ``trade_noun``)."""
    spans = tokenize(text, max(0, start - 40), start)
    if not spans or text[spans[-1][1] : start].strip():
        return False
    word = text[slice(*spans[-1])]
    return token_key(word) in PERSON_ROLES or _compound_role(word) in PERSON_ROLES or trade_noun(word)


# Endings of English nouns of a person's trade that are no adjective before a name
# ("dietitian", "pediatrician", "historian", "cardiologist", "photographer",
# "scientist", "therapist", "pharmacist", "economist", "journalist"); political "-ist" words
# are left out, they qualify parties and countries too ("nationalist Vox", "socialist Cuba").
_TRADE_ENDINGS = ("ician", "itian", "orian", "ologist", "ographer", "ntist", "apist",
                  "acist", "nomist", "rnalist")


def trade_noun(word: str) -> bool:
    """A lower-case noun of a person's trade by its ending (``_TRADE_ENDINGS``)."""
    return word.isalpha() and word.islower() and word.endswith(_TRADE_ENDINGS)


def cued_one_words(text: str, mentions: list[Mention], language: str | None) -> set[str]:
    """Name keys of the article's one-word mentions that some evidence besides NER calls a
    name: a title or honorific written before one of them ("Senator Navarro", "Mr Navarro"),
    or a speech verb right after one ("Navarro said"; not "told Salon", where the name is
    the one spoken to)."""
    speech = speech_words(language)
    out: set[str] = set()
    for m in mentions:
        key = name_key(m.text)
        if not key or " " in key or key in out:
            continue
        if m.role or titles_before(text, m.start) or speaks_after(text, m.end, speech):
            out.add(key)
    return out


def genitive_place(name: str, language: str | None) -> bool:
    """A known place in the genitive, one word, in a language that writes it so right after its
    head noun (``capitalised_nouns``: German "Brasiliens", "Kenias"): after a role noun it is the
    role's country ("der Präsident Brasiliens"), not the role's holder."""
    if not capitalises_nouns(language) or " " in name.strip() or not name.endswith("s"):
        return False
    bare = [name[:-1], *([name[:-2]] if name.endswith("es") else [])]  # "Kenias", "Landes"
    return any(known_place(b, None) for b in bare)
