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

from dragoman.language.normalize import normalize_for_match
from dragoman.model import Mention
from dragoman.quotes.lexicon import Lexicon, Word, words
from dragoman.quotes.mentions import Speaker

# Most words before a sentence subject's name ("Former Arizona governor Jan Brewer"); a
# name further in is an object, not the subject. 2, 3, 4 and 6 compared on PolNeAR train.
SUBJECT_LEAD_WORDS = 3
# Most modifier words before a person mention that still open its noun phrase ("Presumptive
# Democratic White House nominee Joe Biden": 5); the longest speaker phrase's length.
MODIFIER_WORDS = 8

_DOCUMENTS: dict[str, frozenset[str]] = {}


def _documents(lex: Lexicon) -> frozenset[str]:
    rules = lex.rules
    if rules.code not in _DOCUMENTS:
        _DOCUMENTS[rules.code] = frozenset(normalize_for_match(w) for w in rules.document_sources)
    return _DOCUMENTS[rules.code]


def may_be_he_or_she(sp: Speaker, lex: Lexicon) -> bool:
    """Whether a personal pronoun may refer to ``sp``: not a name with a digit, nor a phrase
    with a document or figure noun before its first preposition, unless a person mention or
    a person role is in it."""
    if sp.label == "PER":
        return True
    found = words(sp.text)
    if any(lex.strip_clitic(w.key, lex.person_roles) in lex.person_roles for w in found):
        return True  # "the state's governor", "a 2019 candidate"
    if any(w.text[:1].isupper() and any(c.isdigit() for c in w.text) for w in found):
        return False  # "Covid-19", "H5N1" (not "the 38-year-old star")
    cut = next((n for n, w in enumerate(found) if w.key in lex.content_blockers), len(found))
    return not any(w.key in _documents(lex) for w in found[:cut])  # before "from Ohio"


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


__all__ = ["SUBJECT_LEAD_WORDS", "first_person", "may_be_he_or_she", "opening_mentions"]
