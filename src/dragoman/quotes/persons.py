"""Who can be a person: what "he" or "she" may refer to, and the person a sentence's opening
noun phrase names after its modifiers.

- A personal pronoun refers to a person: a person mention, a role phrase, or an unlabelled
  name. A phrase with a capitalised word holding a digit ("Covid-19", "H5N1") or headed by a
  document or figure noun (the pack's ``document_sources``: "Figures from Ohio", "the data")
  is a thing.
- "Presumptive Democratic White House nominee Joe Biden joined …": the sentence's subject is
  the person mention after the capitalised modifiers and role words that open it, not the
  organisation among them.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from dragoman.language.contentwords import content_words
from dragoman.language.normalize import normalize_for_match
from dragoman.language.thingnouns import thing_heads
from dragoman.model import Mention
from dragoman.quotes.groups import QUANTIFIERS
from dragoman.quotes.lexicon import Lexicon, Word, words
from dragoman.quotes.mentions import Mentions, Speaker
from dragoman.quotes.pronounscope import in_scope
from dragoman.quotes.speakers import DETERMINERS

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context

# Most words before a sentence subject's name ("Former Arizona governor Jan Brewer"); a
# name further in is an object, not the subject. 2, 3, 4 and 6 compared on PolNeAR train.
SUBJECT_LEAD_WORDS = 3
# Most modifier words before a person mention that still open its noun phrase ("Presumptive
# Democratic White House nominee Joe Biden": 5); the longest speaker phrase's length.
MODIFIER_WORDS = 8
# A comma and at most three words between a person's name and a role phrase after it: an
# appositive ("Sam Lau, the communications director").
_APPOSITIVE_GAP = re.compile(r"\s*,\s*(?:[\w'’-]+\s+){0,3}")

_DOCUMENTS: dict[str, frozenset[str]] = {}


def _documents(lex: Lexicon) -> frozenset[str]:
    rules = lex.rules
    if rules.code not in _DOCUMENTS:
        _DOCUMENTS[rules.code] = frozenset(normalize_for_match(w) for w in rules.document_sources)
    return _DOCUMENTS[rules.code]


def may_be_he_or_she(sp: Speaker, lex: Lexicon, pronoun: Speaker | None = None) -> bool:
    """Whether a personal pronoun may refer to ``sp``: not a name with a digit, nor a phrase
    with a document or figure noun before its first preposition, unless a person mention or
    a person role is in it; for a ``pronoun`` ("he", not a cue-less quotation going on with "A
    statement said: …"), nor one headed by a thing or body noun ("the affidavit", "the
    company"; not "the bank teller")."""
    if sp.label == "PER":
        return True
    found = words(sp.text)
    if any(lex.strip_clitic(w.key, lex.person_roles) in lex.person_roles for w in found):
        return True  # "the state's governor", "a 2019 candidate"
    if any(w.text[:1].isupper() and any(c.isdigit() for c in w.text) for w in found):
        return False  # "Covid-19", "H5N1" (not "the 38-year-old star")
    cut = next((n for n, w in enumerate(found) if w.key in lex.content_blockers), len(found))
    head = found[:cut]  # before "from Ohio"
    things = _not_he_or_she(lex.rules.code) if pronoun is not None else frozenset()
    if head and head[-1].key in things and head[-1].text.islower():
        return False  # "the paper", not "Paper Inc" nor "the letter carrier"
    return not any(w.key in _documents(lex) for w in head)


@cache
def _not_he_or_she(code: str) -> frozenset[str]:
    """Head nouns of a thing or a body: the pack's thing nouns and body nouns."""
    return thing_heads(code) | body_nouns(code)


def may_be_person(text: str, sp: Speaker, lex: Lexicon, mentions: Mentions, pos: int = -1) -> bool:
    """No mention labels ``sp`` an organisation or a place (``Mentions.may_be_person``), or a
    person role heads it after its determiners ("a spokesperson for the Universities and
    Colleges Employers' Association", "the director of Acme"), however much of it an
    organisation's name fills: what "he" may refer to. Not a role set off after a person's
    name ("Sam Lau, the communications director for X"): the name is the referent; nor one
    before a person named since, up to the pronoun at ``pos`` ("Die Sprecherin der Agentur …
    Tom Weber widersprach. „…“, sagte er": the named person is the one meant)."""
    if mentions.may_be_person(sp):
        return True
    if sp.label:
        return False
    person = mentions.last_person_before(sp.start)
    if person is not None and _APPOSITIVE_GAP.fullmatch(text, person.end, sp.start):
        return False
    since = mentions.last_person_before(pos) if pos > sp.end else None
    if since is not None and since.start >= sp.end:
        return False
    found = [w for w in words(sp.text) if w.key not in DETERMINERS]
    return bool(found) and lex.strip_clitic(found[0].key, lex.person_roles) in lex.person_roles


def first_person(sp: Speaker) -> bool:
    """"I", "we", "I’m": the writer or a quoted speaker's own words, no referent of a pronoun."""
    first = sp.text.split()[0].casefold() if sp.text.strip() else ""
    return first in ("i", "we") or first.startswith(("i'", "i’", "we'", "we’"))


def opening_mentions(text: str, chunk: list[Word], found: list[Mention],
                     lex: Lexicon) -> list[Mention]:
    """The mentions of ``found`` (inside ``chunk``, a sentence's first words) that may be its
    subject: those among its first ``SUBJECT_LEAD_WORDS`` words; and when no person mention is
    among them, the first person mention that only capitalised words and role words precede,
    one of them a role ("White House nominee Joe Biden", not "Democrats Joe Biden")."""
    lead_end = chunk[min(len(chunk) - 1, SUBJECT_LEAD_WORDS)].start
    out = [m for m in found if m.start <= lead_end]
    if any(m.label == "PER" for m in out):
        return out
    person = next((m for m in found if m.label == "PER" and m.start > lead_end), None)
    if person is None:
        return out
    before = [w for w in chunk if w.end <= person.start]
    roles = [w for w in before if lex.strip_clitic(w.key, lex.roles) in lex.roles]
    if (roles and len(before) <= MODIFIER_WORDS and "," not in text[chunk[0].start:person.start]
            and all(w.text[:1].isupper() or w in roles for w in before)):
        return [*out, person]
    return out


def group_candidates(sp: Speaker | None, candidates: list[tuple[int, Speaker]],
                     lex: Lexicon, ctx: _Context | None = None,
                     pos: int = -1) -> list[tuple[int, Speaker]]:
    """The referents ``candidates`` a group pronoun ``sp`` ("they") may have: an organisation
    or a phrase headed by a plural noun ("officials", "Sanders supporters", "Democrats"); never
    one person or a place ("Ann Lee …. They announced" is someone else). Any of them for
    another pronoun. Given the pronoun's context, only those in its scope
    (``pronounscope.in_scope``: not outside the quotation holding it, nor before an
    interview question)."""
    if ctx is not None:
        candidates = in_scope(ctx, sp, pos, candidates, is_group_pronoun(sp, lex))
    if not is_group_pronoun(sp, lex):
        return candidates
    return [c for c in candidates if c[1].label == "ORG" or _body(c[1], lex)
            or _counted_group(c[1].text.split(), lex, after_determiner=False) or (
        _plural_head(c[1], lex) and not first_person(c[1]) and (
            c[1].label in ("", "MISC") or _head(c[1].text.split(), lex)[-1].islower()))]  # "Lee supporters"


@cache
def body_nouns(code: str) -> frozenset[str]:
    """Nouns of a body of people in the pack of ``code`` ("government", "board", "club")."""
    words = content_words(code)
    return words.group_nouns | words.collective_roles


def _body(sp: Speaker, lex: Lexicon) -> bool:
    """A phrase headed by a noun of a body of people ("The government", "the board of Acme")."""
    head = _head(sp.text.split(), lex)
    return bool(head) and normalize_for_match(head[-1]) in body_nouns(lex.rules.code)


def is_group_pronoun(sp: Speaker | None, lex: Lexicon) -> bool:
    """``sp`` is a group pronoun of the pack ("they")."""
    return sp is not None and sp.text.casefold() in content_words(lex.rules.code).plural_pronouns


def plural_or_first_person(sp: Speaker, lex: Lexicon) -> bool:
    """"participants", "the aides", "residents in the Belvoir area", "I’m": not what "he" or
    "she" refers to: the phrase, or its head (its words before the first preposition), ends
    in a plural and holds no capitalised word."""
    ws = sp.text.split()
    if not ws or first_person(sp):
        return True
    if _counted_group(ws, lex) or _plural_common(ws, lex):
        return True
    head = _head(ws, lex)
    return len(head) < len(ws) and _plural_common(head, lex)


def _plural_common(ws: list[str], lex: Lexicon) -> bool:
    """A plural last word and no capitalised word (determiners and quantifiers aside: "Several
    fact checkers", "Many residents", "Both men")."""
    return _plural(ws, lex) and not any(w[:1].isupper() for w in ws
                                        if w.casefold() not in DETERMINERS
                                        and normalize_for_match(w) not in QUANTIFIERS)


def _counted_group(ws: list[str], lex: Lexicon, after_determiner: bool = True) -> bool:
    """Quantifiers and numbers alone, after any determiner ("All three", "All 12", "Some 40",
    "The two", "Both"): a counted group; not one holding a quantifier that counts one person
    ("Another one", "Each one", "One other", "The one"). Without ``after_determiner`` (what
    "they" may refer to), no determiner and two words at least: "the most" is a superlative."""
    keys = [normalize_for_match(w) for w in ws]
    counted = [k for k in keys if k not in DETERMINERS]
    if not after_determiner and (len(counted) < len(keys) or len(keys) < 2):
        return False
    return bool(counted) and all(
        k in QUANTIFIERS or k.isdigit() for k in counted) and not any(
        k in content_words(lex.rules.code).singular_quantifiers or k == "1" for k in counted)


def _head(ws: list[str], lex: Lexicon) -> list[str]:
    """The phrase's words before its first preposition ("residents" in "residents in the
    Belvoir area")."""
    cut = next((n for n, w in enumerate(ws) if n and w.casefold() in lex.content_blockers
                and w.casefold() not in lex.sentence_conjunctions), len(ws))
    return ws[:cut]


def _plural_head(sp: Speaker, lex: Lexicon) -> bool:
    """The head's last word ends like an English-style plural ("aides", "Democrats") or is a
    plural person noun of the pack ("men", "schoolchildren")."""
    return _plural(_head(sp.text.split(), lex), lex)


def _plural(ws: list[str], lex: Lexicon) -> bool:
    if not ws:
        return False
    last = ws[-1]
    return (last.endswith("s") and not last.endswith(("ss", "us", "is"))) or (
        last.islower()  # "Both men", "the townspeople"; not "Yemen", "Carmen"
        and last.endswith(content_words(lex.rules.code).plural_person_endings))


__all__ = ["SUBJECT_LEAD_WORDS", "first_person", "group_candidates", "is_group_pronoun",
           "may_be_he_or_she", "may_be_person", "opening_mentions", "plural_or_first_person"]
