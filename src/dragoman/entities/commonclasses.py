"""Spans of common classes NER takes for names of no person, organisation or place (issue 14,
second English round), read with the words around them (``notreferents`` applies them to the
settled NER mentions, before referents are formed):

* a season by itself or with a number ("Spring", "Winter 2024", "Spring 1"): a time, unless
  NER calls it a person ("Summer" is a given name too) or a place with its region after it
  ("Spring, Texas");
* a weekday in the plural ("Wednesdays"): a habit's time, never anyone's name;
* a phrase of peoples' adjectives ("Native American", "African American", "Latin American"):
  a group, no person or place;
* an author of a reference list ("Okafor B," "Mendez RA," ... "et al."): a surname and its
  initials, beside another or "et al.", is a citation, no entity to found;
* an imperative verb opening a line's span before its object ("Enter Pelican Town and talk",
  "Install Windows 11 on a PC"; not a sentence's subject: "Open University research found"),
  or a gerund before a given name ("Taking Archie"): the verb is cut off, the name after it kept;
* a lower-case conjunction NER took into a name's front ("and Princes Charles"): cut off;
* a question word opening a span of three words or more ("How Major Hospitals"): a
  headline's words;
* the number sign "No." closing a span ("4A No." of "4A No. 3"): cut off; alone, no entity;
* an ordinal NER left before a street's name ("18th" | "Street Brewery"): joined to it;
* a music genre by itself ("Rap", "R&B"): a kind of music, no body or place, unless written
  as a name ("the Blues won", "Pop said");
* a broadcaster's name NER cut before its number ("BBC Radio" | "4"): the number joined;
* a footnote's number run into a name and the next sentence's ("Harbour Courier.2 Okafor"):
  two names, split at the number;
* a span of Latin letters with no capital at all ("masala"): no name in a Latin script;
* a "person" of two words or more, none a given name, every one of which the article also
  writes in lower case ("Location Details" beside "location", "details"): common words, unless
  the article writes it as a person ("Mark Dale, the grocer", "Faith Rowe sang") and never
  the whole phrase in lower case;
* a one-word "person" with no given name that the article writes as a service or firm
  ("via Twitter", "Axios users"): an organisation; not one described as a person after it
  ("via Okafor's lawyer", "via Okafor, the press officer").

The word lists are the packs' (``EntityWords``: ``seasons``, ``people_qualifiers``,
``imperatives``, ``genres`` …; ``weekdays``, ``auxiliaries`` and the apposition words of
``LanguageRules``)."""

from __future__ import annotations

import re

from dragoman.entities.kb import token_key
from dragoman.entities.nameclass import given_name_keys
from dragoman.entities.openers import CLOSED_OPENERS
from dragoman.entities.packwords import alternation, every_pack, every_pack_in_order
from dragoman.entities.tokenize import tokenize
from dragoman.entities.wordclass import nationality
from dragoman.language.rules import all_rules
from dragoman.model import Mention

# Season names.
SEASONS = every_pack(lambda w: w.seasons)
# Words that make a peoples' adjective with a demonym after them ("Native American"), or are
# one of a continent ("African", "Asian").
PEOPLE_QUALIFIERS = every_pack(lambda w: w.people_qualifiers)
# Imperative verbs that open a heading or menu line before a name ("Enter Pelican Town",
# "Install Windows"); given names are never cut (``given_name_keys``).
IMPERATIVES = every_pack(lambda w: w.imperatives)
# Nouns written right after a service's or a firm's one-word name, never after a person's
# ("Twitter users", "the Axios app").
SERVICE_NOUNS = every_pack(lambda w: w.service_nouns)
# A preposition before a service ("via Twitter").
_SERVICE_BEFORE = re.compile(
    r"\b" + alternation(every_pack_in_order(lambda w: w.service_prepositions)) + r"\s$",
    re.IGNORECASE)
_NEXT = re.compile(r"[ ](\w+)")
# Music genres, alone no entity ("Rap", "R&B", "Grime").
GENRES = every_pack(lambda w: w.genres)
# Last words of a broadcaster's name a channel number follows ("BBC Radio 4", "Channel 5").
NUMBERED_BROADCASTERS = every_pack(lambda w: w.numbered_broadcasters)
_CHANNEL_NUMBER = re.compile(r" \d{1,2}\b(?![.,:]\d)")
# Question words opening a headline's words, never a name's ("How Major Hospitals").
QUESTION_OPENERS = every_pack(lambda w: w.question_openers)
# Letters a gerund before a given name has at least ("Taking"; not "King", "Ming"). Set by hand.
GERUND_MIN = 6
# Words of a street an ordinal numbers ("18th Street", "5th Avenue").
NUMBERED_STREETS = every_pack(lambda w: w.numbered_streets)
_ORDINAL_BEFORE = re.compile(r"(?<![\w.])\d+(?:st|nd|rd|th) $")
_NUMBER_SIGN = every_pack(lambda w: w.number_signs)
# A surname (maybe hyphenated or of two words) and one to three initials, as reference lists
# write their authors ("Okafor B", "Mendez-Ruiz RA"), maybe "Jr" after.
_AUTHOR = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? [A-Z]{1,3}(?: Jr)?")
_ONE_INITIAL = re.compile(r" [A-Z]$")
_AUTHOR_IN_LIST = re.compile(r"\b[A-Z][\w'’-]+ [A-Z]{1,3}(?: Jr)?[,.]")
# An author list's "and" run into the names beside it by a page's markup ("JrandHalloran").
_GLUED_AND = re.compile(r"(?<=[A-Za-z])and(?=[A-Z])|^and(?=[A-Z])")
# Characters either side of a span read for the reference list around it. Set by hand.
CITATION_WINDOW = 80
# Authors (the span's included) a window must hold to be a reference list without "et al.".
CITATION_AUTHORS_MIN = 2
_LINE_START = re.compile(r"(?:^|[\n.!?:|•]|\d\.)\s*$")
# What follows an imperative's object: the line's or sentence's end, or a closed-class word
# (``openers.CLOSED_OPENERS``), maybe after a number ("Install Windows 11 on a PC", "Enter
# Harrow Vale and talk"). A name that opens a sentence as its subject has its verb or an
# apposition after it instead ("Open University research found", "Visit Scotland said",
# "Choose Love, the charity"): its first word is no imperative.
_AFTER_OBJECT = re.compile(r"(?: \d+)?(?:[ \t]*(?:\n|\Z|[.!?:;)])| (?P<word>[a-z]+)\b)")
# Apposition openers the packs' ``naming_articles`` and ``relative_pronouns`` lack.
_APPOSITION_EXTRA = every_pack(lambda w: w.apposition_openers)


def _weekday_keys() -> frozenset[str]:
    return frozenset(token_key(w) for rules in all_rules() for w in rules.weekdays)


_WEEKDAYS = _weekday_keys()


def time_span(m: Mention) -> bool:
    """A season by itself or with numbers (not NER's person), or a weekday in the plural."""
    keys = [token_key(m.text[a:b]) for a, b in tokenize(m.text)]
    keys = [k for k in keys if k]
    if not keys:
        return False
    if len(keys) == 1 and keys[0].endswith("s") and keys[0][:-1] in _WEEKDAYS:
        return True  # "Wednesdays"
    return (m.label != "PER" and keys[0] in SEASONS
            and all(k in SEASONS or k.isdigit() for k in keys))


# A comma and a capitalised word: the region after a place's name ("Spring, Texas").
_REGION_AFTER = re.compile(r", [A-Z]")


def _region_after(text: str, m: Mention) -> bool:
    """A place NER found whose region follows it ("Spring, Texas"): a town, no season."""
    return m.label == "LOC" and _REGION_AFTER.match(text, m.end) is not None


# "the" right before a span: a team's or a band's nickname ("the Blues", "the Jazz").
_THE_BEFORE = re.compile(r"\bthe $", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?)\n]|\Z)")


def _named_so(text: str, m: Mention) -> bool:
    """A genre's word used as a name: the subject of a person's or a team's verb ("Pop said",
    "the Blues won"; ``_person_verb``), or a nickname after "the" closing its clause ("for the
    Jazz."); not "the R&B and pop categories"."""
    after = _NEXT.match(text, m.end)
    if after is not None and _person_verb(after[1]):
        return True
    return (_THE_BEFORE.search(text, max(0, m.start - 4), m.start) is not None
            and _CLAUSE_END.match(text, m.end) is not None)


def people_phrase(text: str) -> bool:
    """Two or three words of which the last is a demonym and the others demonyms or peoples'
    qualifiers ("Native American", "African American"); not a demonym alone (``wordclass``
    links that to its country), nor a name a demonym opens ("American Airlines")."""
    words = [text[a:b] for a, b in tokenize(text)]
    if not 2 <= len(words) <= 3 or nationality(words[-1]) is None:
        return False
    return all(token_key(w) in PEOPLE_QUALIFIERS or nationality(w) is not None for w in words[:-1])


def citation_author(text: str, m: Mention) -> bool:
    """A span made of reference-list authors ("Okafor B", "Mendez RA", and runs of them the
    page's markup glued: "Lund JrandHale ME"), closed by a comma or dot, in a window holding
    "et al" or another author."""
    closing = text[m.end : m.end + 1]
    if closing not in (",", ".") or (closing == "." and _ONE_INITIAL.search(m.text)):
        return False  # "Marcus T." signs a letter; a list writes "Okafor B," without the dot
    parts = [p.strip() for p in _GLUED_AND.split(m.text) if p.strip()]
    if not parts or not all(_AUTHOR.fullmatch(p) or (p.isalpha() and p[:1].isupper()) for p in parts):
        return False
    if not any(_AUTHOR.fullmatch(p) for p in parts):
        return False
    window = text[max(0, m.start - CITATION_WINDOW) : m.end + CITATION_WINDOW]
    if "et al" in window:
        return True
    # a given name and its initial ("Joshua Y.") signs a reader's letter, no citation
    return (token_key(parts[0].split()[0]) not in given_name_keys()
            and len(_AUTHOR_IN_LIST.findall(window)) >= CITATION_AUTHORS_MIN)


def leading_cut(text: str, m: Mention) -> int:
    """Characters of a word opening a span that is none of the name after it: an imperative
    verb when the span opens its line or sentence ("Enter Pelican Town" -> 6), a gerund
    before a given name ("Taking Archie"), a lower-case conjunction ("and Princes Charles");
    0 when none, never the whole."""
    spans = tokenize(m.text)
    if len(spans) < 2 or not m.text[spans[1][0]].isupper():
        return 0
    first = m.text[slice(*spans[0])]
    key = token_key(first)
    if first.islower():
        return spans[1][0] if key in _conjunctions() else 0
    if key in given_name_keys():
        return 0
    if (key in IMPERATIVES and _LINE_START.search(text[max(0, m.start - 40) : m.start])
            and _object_follows(text, m.end)):
        return spans[1][0]
    second = token_key(m.text[slice(*spans[1])])
    gerund = len(key) >= GERUND_MIN and key.endswith("ing")
    return spans[1][0] if gerund and second in given_name_keys() else 0


def _object_follows(text: str, end: int) -> bool:
    """Whether what follows a span ending at ``end`` reads as the rest of an imperative
    sentence after its object (``_AFTER_OBJECT``), not as a subject's verb or apposition."""
    found = _AFTER_OBJECT.match(text, end)
    return found is not None and (found["word"] is None or found["word"] in CLOSED_OPENERS)


def _conjunctions() -> frozenset[str]:
    return _CONJUNCTIONS


_CONJUNCTIONS = frozenset(token_key(w) for rules in all_rules() for w in rules.list_conjunctions
                          if w.isalpha() and w.islower())


def headline_words(m: Mention) -> bool:
    """A span of three words or more opened by a question word ("How Major Hospitals")."""
    words = m.text.split()
    return len(words) >= 3 and words[0][:1].isupper() and token_key(words[0]) in QUESTION_OPENERS


def number_sign_end(m: Mention) -> int:
    """Where a span ends once a closing number sign, and the lower-case words before it, are
    cut off ("4A No." -> 2, "Holy and No." -> 4); 0 when nothing is left; ``len`` when there
    is no sign."""
    words = m.text.split()
    if not words or words[-1].casefold() not in _NUMBER_SIGN:
        return len(m.text)
    kept = words[:-1]
    while kept and kept[-1].islower():
        kept.pop()
    return m.text.index(kept[-1], sum(len(w) + 1 for w in kept[:-1])) + len(kept[-1]) if kept else 0


def ordinal_before(text: str, m: Mention) -> int:
    """Characters of an ordinal written right before a span opened by a street word
    ("18th " before "Street Brewery"); 0 when none."""
    first = m.text.split(maxsplit=1)[0] if m.text.strip() else ""
    if token_key(first) not in NUMBERED_STREETS:
        return 0
    found = _ORDINAL_BEFORE.search(text, max(0, m.start - 12), m.start)
    return m.start - found.start() if found else 0


_LETTERS = re.compile(r"[^\W\d_]+")
# A word, a dot and a footnote's number glued to it, then a capitalised word ("Line.2 Warren").
_FOOTNOTE = re.compile(r"(?<=[a-z])\.\d{1,3}\s+(?=[A-Z])")


def footnote_split(m: Mention) -> Mention | None:
    """The name after a footnote's number inside ``m`` ("Okafor" of "Harbour Courier.2
    Okafor"), ``m`` cut to the name before it; None when there is no such number."""
    found = _FOOTNOTE.search(m.text)
    if found is None:
        return None
    right = Mention(m.start + found.end(), m.end, m.text[found.end():], m.label, None, m.score)
    m.end, m.text = m.start + found.start(), m.text[: found.start()]
    return right


def _apposition_words() -> frozenset[str]:
    """Words opening an apposition or a relative clause after a comma ("a", "who"), of every
    pack."""
    return frozenset({w for r in all_rules() for w in (*r.naming_articles, *r.relative_pronouns,
                                                       *r.definite_articles) if " " not in w}
                     | _APPOSITION_EXTRA)


_APPOSITION = _apposition_words()
_SPEECH_VERBS = frozenset(w for r in all_rules() for w in r.speech_verbs if " " not in w)
_AUXILIARIES = frozenset(w for r in all_rules() for w in r.auxiliaries if " " not in w)
# Auxiliaries of the plural only: things' names take them ("Harbour Tools are"), one person's
# never.
PLURAL_AUXILIARIES = every_pack(lambda w: w.plural_auxiliaries)
# Irregular past tenses news writes after a person's name ("Faith Rowe sang", "Will Dane
# won"); regular ones end in "-ed".
_PAST_VERBS = every_pack(lambda w: w.past_verbs)
# A possessive, or a comma and a word, or a space and a word, right after a span.
_AFTER_SPAN = re.compile(r"(?P<possessive>['’]s\b)|(?P<comma>,)? (?P<word>[a-z]+)\b")


def described_person(text: str, m: Mention) -> bool:
    """Whether the words right after ``m`` write it as someone's name: a possessive ("Mark
    Dale's lawyer"), or an apposition or relative clause after a comma ("Guy Hart, the peer",
    "Rose Field, who")."""
    found = _AFTER_SPAN.match(text, m.end)
    return found is not None and bool(found["possessive"] or (
        found["comma"] and found["word"] in _APPOSITION))


def person_grammar(text: str, m: Mention) -> bool:
    """Whether ``m`` is written as a sentence's person: described (``described_person``) or
    the subject of a verb in the singular ("Victoria Lane was a comedian", "Faith Rowe sang",
    "Mark Dale joined"; ``_person_verb``). A heading's common words stand alone, before a
    closed word or a noun ("Location Details\n", "Clean Jokes for Kids", "Each Harbour
    container"), and things are plural ("Harbour Tools are")."""
    found = _AFTER_SPAN.match(text, m.end)
    return described_person(text, m) or (found is not None and not found["comma"]
                                         and _person_verb(found["word"]))


def _person_verb(word: str) -> bool:
    return (word in _SPEECH_VERBS or word in _PAST_VERBS or word.endswith("ed")
            or (word in _AUXILIARIES and word not in PLURAL_AUXILIARIES))


def not_a_persons_words(text: str, m: Mention) -> bool:
    """Whether the common words of ``m`` (``common_words``) are no one's name: the article
    writes the whole phrase in lower case too ("the online abuse of players" beside "Online
    Abuse reports rose"), or no place the article writes ``m``'s words has a person's grammar
    after them (``person_grammar``: a heading "Mark Dale" over "Mark Dale joined the board")."""
    phrase = re.compile(rf"(?<!\w){re.escape(m.text.lower())}(?!\w)")
    if phrase.search(text) is not None:
        return True
    name = re.compile(rf"(?<!\w){re.escape(m.text)}(?!\w)")
    return not any(person_grammar(text, Mention(found.start(), found.end(), m.text, m.label))
                   for found in name.finditer(text))


def lower_case_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case (built once per article)."""
    return frozenset(w for w in _LETTERS.findall(text) if w.islower())


def common_words(m: Mention, lower: frozenset[str]) -> bool:
    """A span of Latin letters with no capital, or a "person" of two words or more, none a
    given name, that the article writes each word of in lower case too (``lower``)."""
    words = _LETTERS.findall(m.text)
    if not words or not m.text.isascii():
        return False  # other scripts have no case; accented Latin names are left alone too
    if not any(c.isupper() for c in m.text):
        return True  # "masala"
    return (m.label == "PER" and len(words) >= 2
            and all(w.casefold() in lower and token_key(w) not in given_name_keys() for w in words))


def common_class_kept(text: str, m: Mention) -> bool:
    """False when ``m`` (a settled NER mention of ``text`` with no entity yet) names none of
    its own: a time, a citation's author, a headline's words, a number sign; else True, with
    words that are none of the name cut off or an ordinal joined, and a peoples' phrase kept
    as a group too unsure to found an entity."""
    if (time_span(m) and not _region_after(text, m)) or citation_author(text, m) or headline_words(m):
        return False
    if m.text.strip().casefold() in GENRES and not _named_so(text, m):
        return False  # "Rap"; not "the Blues" (a team) nor "Pop said" (a surname)
    if m.label == "ORG" and (m.text.split() or [""])[-1].casefold() in NUMBERED_BROADCASTERS and (
            number := _CHANNEL_NUMBER.match(text, m.end)):
        m.end, m.text = number.end(), text[m.start : number.end()]  # "BBC Radio 4"
    end = number_sign_end(m)
    if end == 0:
        return False
    m.end, m.text = m.start + end, m.text[:end]
    if cut := leading_cut(text, m):
        m.start, m.text = m.start + cut, m.text[cut:]
    if shift := ordinal_before(text, m):
        m.start, m.text = m.start - shift, text[m.start - shift : m.end]
    if people_phrase(m.text):  # "Native American": a group
        m.label, m.score = "MISC", 0.0
    return True


def service_keys(text: str, mentions: list[Mention]) -> frozenset[str]:
    """Name keys of the one-word "persons" the article writes as a service or firm at least
    once: after "via" ("via Twitter") or before a service noun ("Axios users"); never a given
    name (the Linker retypes those as persons)."""
    out: set[str] = set()
    for m in mentions:
        if m.label != "PER" or " " in m.text.strip() or not m.text[:1].isupper():
            continue
        key = token_key(m.text)
        if key in out or key in given_name_keys():
            continue
        after = _NEXT.match(text, m.end)
        if described_person(text, m):
            continue  # "via Dale's lawyer", "via Okafor, the press officer": a person
        if (_SERVICE_BEFORE.search(text, max(0, m.start - 20), m.start)
                or (after is not None and after[1].casefold() in SERVICE_NOUNS)):
            out.add(key)
    return frozenset(out)
