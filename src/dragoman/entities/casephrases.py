"""Capitalised spans that are common words, and link labels a page's markup glued together,
read with the whole article (``notreferents`` drops them from the settled NER mentions,
before referents are formed):

* a Title Case span of one word or more ("Drug Reaction", "Black", "Regression") that the
  article writes in lower case as the same phrase more than ``COMMON_RATIO`` times as often as
  it writes it capitalised where a name would be (inside a sentence of running text, not at a
  sentence's or line's start nor on a Title Case heading line; a phrase of several words
  counts at a sentence's start in running text too, where only a first word is capitalised,
  and twice after a definite article, the pack's ``name_articles``: "the Supreme Court"): a
  common phrase Title Case, emphasis or a sentence's start capitalised. Not a name the
  knowledge base knows ("White House" beside "a white house"), nor one holding a given name
  ("Heather Moor"), nor a word the article also writes inside a longer name ("Weil" beside
  "Robert Weil"), nor a name the article writes capitalised in its sentences often enough
  ("the Supreme Court" twice, "the supreme court" once);
* a peoples' adjective (``commonclasses.PEOPLE_QUALIFIERS``: "Black", "Indigenous") alone, or
  before one capitalised plural that heads no organisation or place ("Indigenous Peoples"),
  in an article that writes it capitalised before a lower-case word ("Black voters",
  "Indigenous communities"; a speech verb is none: "Black said"): a group, no person, body or
  place; not a surname the article writes in a person's longer name ("Jack Black") or before a
  speech verb ("Black said she …"), nor a name the knowledge base knows ("Black Sea", "White
  House");
* a term the text defines in brackets ("(the "Website")"), or a heading's span opening with a
  gerund the article writes in lower case ("Using Images"; ``termphrases``);
* a group of people named by the article's common words (``group_phrase``: "Assembly Members"
  beside "the assembly" and "the members"; not "Young Conservatives", "United Auto Workers");
* a word of link labels glued by a page's markup ("CrossrefMedlineGoogle Scholar",
  "AppleUser2013Welches"): a capitalised word right after letters and digits inside one word,
  or four capitalised runs in one word ("SafeBrowsingProtectionLevel", a setting's
  identifier), or three of which one is a name the knowledge base knows and the word is not
  ("Crossref|Medline|Google"). Real names written in mixed case have two runs ("McDonald",
  "DeSantis", "YouTube", "PlayStation", "iPhone"), or three runs none of which the knowledge
  base knows alone ("OpenStreetMap", "GlaxoSmithKline", "SonneMondSterne").
"""

from __future__ import annotations

import re
from functools import lru_cache

from dragoman.entities.commonclasses import PEOPLE_QUALIFIERS
from dragoman.entities.kb import token_key
from dragoman.entities.linkdoc import TitleCaseLines
from dragoman.entities.nameclass import given_name_keys, head_keys
from dragoman.entities.packwords import name_articles
from dragoman.entities.referentvote import KbType
from dragoman.entities.spanshape import NAME_PARTICLES
from dragoman.entities.speechcue import speaks_after
from dragoman.entities.termphrases import defined_term, defined_terms, gerund_heading
from dragoman.language.rules import all_rules
from dragoman.model import Mention

# Lower-case writings of a phrase per capitalised writing where a name stands, above which the
# phrase is a common one. Calibrated on the 593 pages of the analyst pool (dev material): at 2
# "Drug Reaction" (7 lower : 1 named), "Purpose of the Review" (1 : 0) and "Black" among
# costume lists (21 : 2) go; "Housing Executive" (2 : 2), "Supreme Court" (1 : 2) and "Linux"
# (2 : 1) stay. At 1 "Linux" went too.
COMMON_RATIO = 2
# Capitalised runs in one word that make it glued labels by themselves; three make it so when
# one run is a name the knowledge base knows. Set by hand (mixed-case names hold two runs:
# "McDonald", "YouTube"; some three: "OpenStreetMap").
GLUED_RUNS_ALONE = 4
GLUED_RUNS_KNOWN = 3
# Fewest letters of a run that counts as a known name inside a glued word ("Google"; not "In").
KNOWN_RUN_MIN = 4

# A capitalised word before a lower-case one ("Black voters").
_BEFORE_LOWER = re.compile(r"(?<![\w-])([A-Z][a-z]+) (?=([a-z]+))")
# A sentence's closing mark inside a line, before a space, a quote or the line's end.
_SENTENCE_CLOSE = re.compile(r"[.!?](?=[\s\"”’']|$)")
_RUN = re.compile(r"[A-Z][a-z]+")
_DIGIT_GLUE = re.compile(r"[^\W\d_]\d+[A-Z][a-z]")
# What may stand right before a capitalised word that opens a sentence, a line or a quotation
# (the last non-space character; none at the text's start).
_OPENERS = frozenset(".!?:;•|\"“‘'«„([—–-*#>")
# Characters around a lower-case writing that make it part of an address, handle or tag
# ("github.com/linux", "#black", "python-dev"), no running text.
_NOT_RUNNING = "/.@#_-"


class CasePhrases:
    """The case evidence of one article (``text``) for its settled mentions."""

    def __init__(self, text: str, mentions: list[Mention], kb_type: KbType) -> None:
        self.text = text
        self.kb_type = kb_type
        self.longer_words: frozenset[str] = frozenset(
            token_key(w) for m in mentions if len(m.text.split()) > 1 for w in m.text.split())
        self.person_words: frozenset[str] = frozenset(
            token_key(w) for m in mentions if m.label == "PER" and len(m.text.split()) > 1
            for w in m.text.split())
        self.adjectives: frozenset[str] = frozenset(
            token_key(w) for w, after in _BEFORE_LOWER.findall(text)
            if token_key(w) in PEOPLE_QUALIFIERS and token_key(after) not in speech_words())
        self.terms = defined_terms(text)  # (the "Website")
        self._seen: dict[str, bool] = {}
        self._lower: dict[str, bool] = {}  # word -> written in lower case in running text
        self._lines = TitleCaseLines(text, running=True)

    def refused(self, m: Mention) -> bool:
        """Whether ``m`` is a common phrase of the article or glued link labels (see the
        module docstring): no entity to found."""
        if defined_term(m, self.terms, self.kb_type):
            return True  # whatever NER typed it: (the "Service")
        if m.label not in ("PER", "ORG", "LOC"):
            return False
        return (glued_labels(m.text, self.kb_type) or self.group_adjective(m)
                or self.common_phrase(m) or gerund_heading(self.text, m, self.kb_type)
                or self.group_phrase(m))

    def group_adjective(self, m: Mention) -> bool:
        """A peoples' adjective, alone or before one plural that heads no name, that the
        article writes as a group's adjective ("Black voters")."""
        words = m.text.split()
        if not words or token_key(words[0]) not in self.adjectives or not _title_word(words[0]):
            return False
        if len(words) == 1:  # not "Jack Black", nor "Black said …"
            alone = (token_key(words[0]) not in self.person_words
                     and not speaks_after(self.text, m.end, speech_words()))
        else:
            plural = words[1]
            alone = (len(words) == 2 and _title_word(plural) and plural.endswith("s")
                     and not {token_key(plural), token_key(plural[:-1])} & head_keys().keys())
        return alone and self.kb_type(m.text, True) is None

    def common_phrase(self, m: Mention) -> bool:
        """A Title Case span the article writes in lower case more often than as a name."""
        words = m.text.split()
        shaped = [w for w in words if w not in NAME_PARTICLES]
        if not shaped or not all(_title_word(w) for w in shaped):
            return False
        if len(words) == 1 and token_key(m.text) in self.longer_words:
            return False  # "Weil" beside "Robert Weil"
        if any(token_key(w) in given_name_keys() for w in shaped):
            return False
        if m.text.lower() not in self.text:
            return False  # most names: no lower-case writing at all (a cheap test first)
        if m.text not in self._seen:
            self._seen[m.text] = (self.kb_type(m.text, True) is None
                                  and self._lower_share(m.text))
        return self._seen[m.text]

    def group_phrase(self, m: Mention) -> bool:
        """A span of two or more Title Case words whose last word is a plural noun of people the
        packs know (``people_plurals``) and every word of which the article also writes in lower
        case in running text, the first one after a definite article too: a group named with the
        article's own common words ("Assembly Members" beside "the assembly", "the members";
        NTREX). Not an adjective before the plural ("Young Conservatives" beside "young"
        alone), a KB name, a given name, a span a body's or place's head closes ("Farm Workers
        Union"), or a proper first word never written in lower case ("United Auto Workers")."""
        words = m.text.split()
        if len(words) < 2 or not all(_title_word(w) and w.isalpha() for w in words):
            return False
        keys = [token_key(w) for w in words]
        if keys[-1] not in people_plurals() or keys[-1] in head_keys():
            return False
        if any(k in given_name_keys() for k in keys):
            return False
        if not all(self._written_lower(w) for w in words):
            return False
        first = words[0].lower()
        if not any(_after_article(self.text, found.start())
                   for found in whole_phrase(first).finditer(self.text)):
            return False  # "liberal", "young": adjectives, never after "the" alone
        return self.kb_type(m.text, True) is None

    def _written_lower(self, word: str) -> bool:
        low = word.lower()
        if low not in self._lower:
            self._lower[low] = any(_running(self.text, found)
                                   for found in whole_phrase(low).finditer(self.text))
        return self._lower[low]

    def _lower_share(self, phrase: str) -> bool:
        text = self.text
        lower = sum(1 for found in whole_phrase(phrase.lower()).finditer(text) if _running(text, found))
        if lower == 0:
            return False
        several = len(phrase.split()) > 1
        named = 0
        for found in whole_phrase(phrase).finditer(text):
            if self._on_heading(found.start()):
                continue
            if not _opens(text, found.start()):
                # "the Supreme Court": a definite article before a phrase of several words
                # written capitalised marks a body's name, and weighs as much again
                named += 2 if several and _after_article(text, found.start()) else 1
            elif _opens_sentence(text, found.start()):
                # a sentence's start capitalises its first word only: a phrase of several
                # words written capitalised there is a name ("Simple Minds toured Scotland")
                named += several
        return lower > COMMON_RATIO * named

    def _on_heading(self, at: int) -> bool:
        """Whether the line holding ``at`` is a Title Case heading (``title_case_line``)."""
        return self._lines.holds(at, at)


@lru_cache(maxsize=1)
def people_plurals() -> frozenset[str]:
    """Plural nouns of people or groups: every pack's one-word ``speaker_roles`` ending in one
    "s" ("members", "workers", "voters")."""
    return frozenset(token_key(role) for rules in all_rules() for role in rules.speaker_roles
                     if " " not in role and role.endswith("s") and not role.endswith("ss")
                     and len(role) > 3)


@lru_cache(maxsize=1)
def speech_words() -> frozenset[str]:
    """Every pack's speech verbs ("said"): one right after a peoples' adjective makes it a
    surname ("Black said …")."""
    return frozenset(token_key(v) for rules in all_rules() for v in rules.speech_verbs)


def glued_labels(text: str, kb_type: KbType) -> bool:
    """Whether a span holds a word of link labels glued by a page's markup (see the module
    docstring): "CrossrefMedlineGoogle Scholar", "AppleUser2013Welches Netz"."""
    for word in re.split(r"[\s\-‐–/]+", text):
        if _DIGIT_GLUE.search(word):
            return True
        runs = _RUN.findall(word)
        if len(runs) >= GLUED_RUNS_ALONE:
            return True
        if (len(runs) >= GLUED_RUNS_KNOWN and kb_type(word, True) is None
                and any(len(r) >= KNOWN_RUN_MIN and kb_type(r, False) is not None for r in runs)):
            return True
    return False


def _title_word(word: str) -> bool:
    """A word written in Title Case: a capital, then lower-case letters only ("Drug"; not
    "EAT", "iPhone", "McDonald")."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and letters[0].isupper() and all(c.islower() for c in letters[1:])


def whole_phrase(phrase: str) -> re.Pattern[str]:
    """``phrase`` as whole words."""
    return re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")


def _running(text: str, found: re.Match[str]) -> bool:
    """Whether a lower-case writing stands in running text, not in an address or tag."""
    before = text[found.start() - 1: found.start()]
    after = text[found.end(): found.end() + 2]
    return ((not before or before not in _NOT_RUNNING)
            and not (after[:1] and after[:1] in _NOT_RUNNING and after[1:2].isalnum()))


def _after_article(text: str, at: int) -> bool:
    """Whether a pack's ``name_articles`` word ("the") stands right before ``at``."""
    words = text[max(0, at - 12): at].split()
    return bool(words) and text[at - 1: at].isspace() and words[-1].casefold() in name_articles()


def _opens_sentence(text: str, at: int) -> bool:
    """Whether a capitalised word at ``at`` opens a sentence of running text: at the text's or
    a line's start, or after a sentence's closing mark (and a quotation mark), with a sentence's
    closing mark later on its line; not after a list's bullet, a label's colon or a bracket."""
    before = text[max(0, at - 40): at].rstrip(" \t").rstrip("\"“”‘’'«»„")
    if before and not before.endswith("\n") and before[-1] not in ".!?":
        return False
    end = text.find("\n", at)  # the rest of the line a sentence, no heading ("18. Cat Shield")
    return _SENTENCE_CLOSE.search(text, at, end if end >= 0 else len(text)) is not None


def _opens(text: str, at: int) -> bool:
    """Whether a capitalised word at ``at`` opens the text, a line, a sentence or a quotation,
    where any word is capitalised."""
    before = text[max(0, at - 40): at].rstrip(" \t")
    return not before or before.endswith("\n") or before[-1] in _OPENERS
