"""What the words of a name say about it, whatever NER said (issue 14, "entities an analyst
can trust"). The word lists live in the language packs (``LanguageRules.group_words``,
``organisation_heads``, ``place_heads``, ``given_names``); every pack's are read, as an
article names foreign organisations too ("Church of England" in a German article).

* a mention made only of words naming a group of people (``Muslim``, ``Jews``,
  ``Republican``, ``jüdische``) is no person and founds no entity; it may still name a known
  one (a party of the knowledge base). A person's span led by one loses it ("Republican
  Ann Lee" → "Ann Lee"); one closed by one, or by a plural acronym ("Iowa Republican",
  "Tory MPs"), founds no entity;
* the first or last word of a name of two words or more, or the end of a German compound,
  may be an organisation's or a place's head word ("Fox News", "Universität Hamburg",
  "Bundesministerium", "Rubio Avenue"): evidence of the type (``referents``);
* an acronym whose letters are the initials of a full name of the article ("LAPD" after
  "Los Angeles Police Department", "OBR" for "Office for Budget Responsibility") is that
  name's referent (``referents``; read by ``nameowners``);
* a speech verb NER glued to the end of a name ("WARA affirme", "JBN erklärt") is cut off;
* a name closed or opened by a document word (``document_heads``, ``document_leads``: "Autumn
  Statement", "Code de la route", "Grundgesetz") is a law or a text and founds no entity.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from dragoman.entities import enheads
from dragoman.entities.events import event_name
from dragoman.entities.givenlearned import learned_given_keys
from dragoman.entities.headline import common_acronym, role_closed
from dragoman.entities.kb import name_key, token_key
from dragoman.entities.nonames import headline_run
from dragoman.entities.tokenize import tokenize
from dragoman.language import en
from dragoman.language.rules import all_rules, rules_for

# Shortest head word matched as the end of a longer word (a German compound:
# "Bundesministerium", "Linkspartei"); shorter ones ("Amt", "Bank", "Rat") only as a whole
# word. Set by hand (no "-bank" surname compounds), not tuned.
COMPOUND_HEAD_MIN = 6
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
POSSESSIVES = frozenset({"'s", "’s", "'S", "’S"})
_NEXT_WORD = re.compile(r" (\w+)")  # one space, then a word
_QUARTER = re.compile(r"[NS][EW]")  # the compass quarter closing a US street address
_ORDINALS = tuple(p for r in all_rules() if (p := r.entity_words.ordinal_opener))  # "125th Street"
# An amount with separators right before a mention, one space between ("150.000 ", "2,5 ").
_AMOUNT = re.compile(r"\d[.,\u202f\u00a0]\d+ $")
_AMOUNT_CHARS = 24


@lru_cache(maxsize=1)
def group_keys() -> frozenset[str]:
    """Token keys of every pack's group words, with a plural "-s"."""
    out: set[str] = set()
    for rules in all_rules():
        for word in rules.group_words:
            key = token_key(word)
            out.update((key, key + "s"))
    return frozenset(out)


@lru_cache(maxsize=1)
def hand_given_name_keys() -> frozenset[str]:
    """Name keys of the hand-listed given names only (the English list and every pack's): a
    name alone is dropped by these (``wordclass.given_name_alone``), where the learned list
    would drop the one-word names of artists too ("Romy", "Dave")."""
    words = (*en.GIVEN_NAMES, *(w for rules in all_rules() for w in rules.given_names))
    return frozenset(name_key(w) for w in words)


@lru_cache(maxsize=1)
def given_name_keys() -> frozenset[str]:
    """Name keys of the common given names: the English list, every pack's and the list learned
    from the NER training corpora (``givenlearned``)."""
    return hand_given_name_keys() | (learned_given_keys() - title_keys())  # no "Pope", "Rabbi"


@lru_cache(maxsize=1)
def head_keys() -> dict[str, str]:
    """Token key of each head word -> "ORG" or "LOC" (a word both are is neither)."""
    out: dict[str, str] = {}
    english = (("ORG", enheads.ORGANISATION_HEADS), ("LOC", enheads.PLACE_HEADS))
    for kind, words in (*english, *((k, w) for r in all_rules() for k, w in
                                   (("ORG", r.organisation_heads), ("LOC", r.place_heads)))):
        for word in words:
            key = token_key(word)
            out[key] = kind if out.get(key, kind) == kind else ""
    return {k: v for k, v in out.items() if v}


def _words(text: str) -> list[str]:
    return [text[a:b] for a, b in tokenize(text) if text[a:b] not in POSSESSIVES]


def group_words_only(text: str) -> bool:
    """A mention made only of group words ("Muslim", "Jewish", "Republicans")."""
    keys = [k for w in _words(text) if (k := token_key(w))]
    return bool(keys) and all(k in group_keys() for k in keys)


def leading_group_cut(text: str) -> int:
    """Characters of group words at the front of a span whose rest is a capitalised name
    ("Republican Ann Lee" -> 11); 0 when none, never the whole."""
    spans = [s for s in tokenize(text) if text[slice(*s)] not in POSSESSIVES]
    drop = 0
    while drop < len(spans) - 1 and token_key(text[slice(*spans[drop])]) in group_keys():
        drop += 1
    if not drop or not text[spans[drop][0]].isupper():
        return 0
    return spans[drop][0]


@lru_cache(maxsize=1)
def title_keys() -> frozenset[str]:
    """Token keys of every pack's titles, role words and honorifics."""
    return frozenset(token_key(w) for rules in all_rules() for w in
                     (*rules.titles, *rules.role_titles, *rules.role_modifiers, *rules.honorifics))


def possessive_cut(text: str) -> int:
    """Characters before the owned name of a span NER ran over a possessive, "CNN's Kaitlan
    Collins" -> 6: the owner is one capitalised word that is no title or group word (titles
    may lead it: "Mr. Trump's Truth Social" -> 12), the owned name two to four capitalised
    words without an organisation's or a place's head word ("King's College London",
    "Lloyd's Banking Group" stay); 0 when none. The owner is dropped, not kept as an entity."""
    spans = tokenize(text)
    words = [text[a:b] for a, b in spans]
    p = next((i for i, w in enumerate(words) if w in POSSESSIVES), 0)
    if not p:
        return 0
    # titles, honorifics and their dots may lead the owner ("Mr. Trump's Truth Social")
    owner = [w for w in words[:p] if w != "." and token_key(w) not in title_keys()]
    rest = words[p + 1 :]
    if len(owner) != 1 or not owner[0][:1].isupper() or token_key(owner[0]) in group_keys():
        return 0
    if not 2 <= len(rest) <= 4 or not all(w[:1].isupper() for w in rest):
        return 0
    if any(token_key(w) in head_keys() for w in rest):
        return 0
    return spans[p + 1][0]


def trailing_verb_cut(text: str, language: str | None) -> int:
    """Where a span ends once a lower-case one-word speech verb of ``language`` that NER
    glued to its end is cut off ("WARA affirme" -> 4), or the capitalised verbs of a headline
    or byline (the pack's ``headline_verbs``: "By Ann Lee Published", "Ann Lee Says");
    ``len(text)`` when none, never the whole."""
    rules = rules_for(language)
    spans = tokenize(text)
    if rules is None or len(spans) < 2:
        return len(text)
    headline = _headline_verbs(language)
    keep = len(spans)
    while keep > 1 and text[spans[keep - 1][0]].isupper() and (
            text[slice(*spans[keep - 1])].casefold() in headline):
        keep -= 1
    last = text[slice(*spans[keep - 1])]
    if keep == len(spans) and last.islower() and last in one_word_verbs(language):
        return spans[-2][1]
    return spans[keep - 1][1]


@lru_cache(maxsize=64)  # built once per language, not per mention
def one_word_verbs(language: str | None) -> frozenset[str]:
    rules = rules_for(language)
    return frozenset(v for v in rules.speech_verbs if " " not in v) if rules else frozenset()


@lru_cache(maxsize=64)
def _headline_verbs(language: str | None) -> frozenset[str]:
    rules = rules_for(language)
    return frozenset(w.casefold() for w in rules.headline_verbs) if rules else frozenset()


def person_span_refused(text: str) -> bool:
    """A span typed a person that names none: it closes with a group word ("Iowa
    Republican")."""
    words = _words(text)
    return len(words) >= 2 and token_key(words[-1]) in group_keys()


def founds_no_entity(text: str, label: str) -> bool:
    """Whether a mention may name a known entity but never found a new one: group words
    alone, a person's span closed by one, a span closed by a plural acronym ("MPs",
    "Tory MPs", "NGOs": a kind of people or things), an occupation noun alone ("Rapper"), an
    event ("Folk Festival", ``events``) or a person's span closed by a title compound."""
    words = _words(text)
    if words and _PLURAL_ACRONYM.fullmatch(words[-1]):
        return True
    if (len(words) == 1 and token_key(words[0]) in occupation_keys()) or common_acronym(text, label):
        return True  # "Rapper"; "DNA", "PhD"
    if role_closed(text, title_keys()):
        return True  # "Lifeguard Capt.", "Labour MP"
    if document_name(text, person=label == "PER") or headline_run(words) or event_name(text):
        return True  # "Autumn Statement", "Harbourside Folk Festival"
    return (group_words_only(text) or (label == "PER" and person_span_refused(text))
            or (label == "PER" and role_compound_closed(words)))


# Shortest title matched as the end of a compound closing a person's span ("Sparkassen-
# präsident", "Vereinssprecher"): shorter titles ("rat", "graf") end surnames too. Most letters
# of the compound before it must be COMPOUND_HEAD_MIN / 2, a real first part. Set by hand.
ROLE_COMPOUND_MIN = 7


def role_compound_closed(words: list[str]) -> bool:
    """A person's span closed by a compound whose end is a title and holding no given name
    ("Frankfurt Sparkassenpräsident"): a role, not the name of the one who holds it."""
    if not words or any(token_key(w) in given_name_keys() for w in words):
        return False
    key = token_key(words[-1])
    return any(len(key) - len(t) >= COMPOUND_HEAD_MIN // 2 and key.endswith(t)
               for t in _long_title_keys())


@lru_cache(maxsize=1)
def _long_title_keys() -> frozenset[str]:
    return frozenset(t for t in title_keys() if len(t) >= ROLE_COMPOUND_MIN and t.isalpha())


# Document words that also close people's names: a given name ("Buffalo Bill") or a surname
# ("Ann Code", "Tom Charter"); a span NER calls a person keeps them.
_NAME_DOCUMENT_WORDS = frozenset({"bill", "code", "charter"})


@lru_cache(maxsize=1)
def _document_keys() -> tuple[frozenset[str], frozenset[str]]:
    """Token keys of every pack's document words: (closing ones, opening ones)."""
    packs = all_rules()
    heads = {token_key(w) for rules in packs for w in rules.document_heads}
    leads = {token_key(w) for rules in packs for w in rules.document_leads}
    return frozenset(heads), frozenset(leads)


def document_name(text: str, person: bool = False) -> bool:
    """The name of a law, code, treaty, tax or budget statement, no organisation: closed by a
    document word ("Stamp Duty Tax", "Autumn Statement"; two words or more), opened by one
    ("Code de la route", "Constitution de 2014") or made of a German compound ending with one
    ("Grundgesetz", "Koalitionsvertrag"). ``person``: NER called the span a person, which only
    a closing document word that is no name's word refutes, after a first word that is no
    given name ("Dance Act", "Rock Act": a category of an awards list; not "Ann Act")."""
    words = _words(text)
    keys = [k for k in (token_key(w) for w in words if w[:1].isalpha()) if k]
    if not keys:
        return False
    heads, leads = _document_keys()
    if len(keys) >= 2 and keys[-1] in heads:
        names = given_name_keys()
        return not person or (keys[-1] not in names | _NAME_DOCUMENT_WORDS and keys[0] not in names)
    if person:
        return False
    first = keys[0]
    # an opening word followed by a capitalised one may start a name ("Code Pink")
    followed = len(words) >= 2 and not words[1][:1].isupper()
    return (first in leads and (len(words) == 1 or followed)) or (len(keys) == 1 and any(
        len(lead) >= COMPOUND_HEAD_MIN and len(first) > len(lead) and first.endswith(lead)
        for lead in leads))


@lru_cache(maxsize=4096)  # asked per form, per referent vote and per owner check of an article
def head_type(text: str) -> str | None:
    """"ORG" or "LOC" when a head word says so: the first or last word of a name of two
    words or more (the last one deciding when both are: "University Avenue" is a place),
    or a compound ending with one ("Bundesministerium"), or one after a pack's ordinal ("125th
    Street"); a place head that is a surname, not after a given name (``en.SURNAME_PLACE_HEADS``:
    "Barbara Castle"). A city's closing quarter is passed over ("Pennsylvania Avenue NW")."""
    words = [w for w in _words(text) if w[:1].isalpha()]
    if len(words) >= 3 and _QUARTER.fullmatch(words[-1]):
        words = words[:-1]
    heads = head_keys()
    found: str | None = None
    ends = (words[0], words[-1]) if len(words) >= 2 else words[: any(p.match(text) for p in _ORDINALS)]
    for n, word in enumerate(ends):
        key = token_key(word)
        if n == 1 and key in _surname_head_keys() and name_key(words[-2]) in given_name_keys():
            continue  # a surname after a given name ("Barbara Castle"), no site
        found = heads.get(key) or heads.get(key[:-1] if key.endswith("s") else "") or found
    # an inner head word a lower-case connector follows ("Max Planck Institute for Radio Astronomy")
    found = found or next((k for w, after in pairwise(words[1:]) if after.islower()
                           and w[:1].isupper() and (k := heads.get(token_key(w)))), None)
    for word in words if found is None else ():
        if kind := _compound_head(token_key(word), heads):
            return kind
    return found


@lru_cache(maxsize=1)
def _surname_head_keys() -> frozenset[str]:
    return frozenset(token_key(w) for w in en.SURNAME_PLACE_HEADS)


def _compound_head(key: str, heads: dict[str, str], shortest: int = COMPOUND_HEAD_MIN) -> str:
    """The type of the longest head word of at least ``shortest`` letters that ends the longer
    word ``key`` ("bundesministerium" -> "ORG"); "" if none. Its suffixes are looked up, not
    every head tried: the packs hold hundreds."""
    for i in range(1, len(key) - shortest + 1):
        if kind := heads.get(key[i:]):
            return kind
    return ""


def organisation_word(word: str) -> bool:
    """Whether a word is an organisation's head word or a compound ending with one, also in
    the genitive ("Instituts", "Bundesanstalt")."""
    return head_word(word, "ORG")


def head_word(word: str, kind: str, shortest: int = COMPOUND_HEAD_MIN) -> bool:
    """Whether a word is a head word of ``kind`` ("ORG", "LOC") or a compound ending with one
    of at least ``shortest`` letters, also in the genitive ("Instituts", "Bundesanstalt",
    "Nordseeinsel")."""
    key, heads = token_key(word), head_keys()
    keys = (key, key[:-1]) if key.endswith("s") else (key,)
    return any(heads.get(k) == kind or _compound_head(k, heads, shortest) == kind for k in keys)


@lru_cache(maxsize=1)
def occupation_keys() -> frozenset[str]:
    """Token keys of every pack's occupation nouns written before a name ("rapper", "singer")."""
    return frozenset(token_key(w) for rules in all_rules() for w in rules.name_occupations)


def currency_code(text: str, start: int, name: str) -> bool:
    """Whether a mention is a currency code after its amount: an ISO 4217 code right
    after a number written with thousands or decimal separators ("2.500.000 GNF", "1,250.50
    USD"); a bare number before an acronym is more often a year or a count ("2019 NATO")."""
    return (len(name) == 3 and name in _currency_codes()
            and _AMOUNT.search(text, max(0, start - _AMOUNT_CHARS), start) is not None)


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    """ISO 4217 codes, current and former (babel/CLDR): "5,000 NHS nurses" names no currency."""
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


def head_after(text: str, end: int, limit: int, language: str | None) -> int:
    """Where a name ending at ``end`` ends once a capitalised organisation's or place's head
    word NER left out right after it (one space between) is taken in ("New York" + "Avenue",
    "Carroll" + "Apartments", "Gaza" + "Police"); ``end`` when there is none, when the word
    reaches ``limit`` (the next mention's start) or in a language that capitalises every
    noun (German "in Bayern Platz finden")."""
    rules = rules_for(language)
    found = _NEXT_WORD.match(text, end)
    if rules is None or rules.capitalised_nouns or found is None or found.end() > limit:
        return end
    word = found.group(1)
    key = token_key(word)
    heads = head_keys()
    if not word[:1].isupper() or not (key in heads or (key.endswith("s") and key[:-1] in heads)):
        return end
    return found.end()
