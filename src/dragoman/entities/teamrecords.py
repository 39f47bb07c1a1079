"""Teams written with their season record (issue 14, helper en_entities): a schedule or a
standings page writes each team's won-lost record in brackets right after its name ("No. 13
Denver East (9-2) at No. 4 Pine Creek (9-1)", "Legacy (7-4) at Cherry Creek (10-0)"). A team is
named by its school, its town or its nickname, so NER types it a person ("Legacy", "Denver
East", "Broomfield") or a place ("Cherry Creek"); the audit's convention types a team ORG. A
name written so is retyped ORG with every other mention of it in the article, before the
article's referents are formed; so is a person's mention of one word that opens or closes a
team's name of two words or more ("Valor has ended …" after "Valor Christian (6-4)"), unless
it is a common given name or closes a person's name the article writes ("Collins said" beside
"Jake Collins" and "Fort Collins (8-1)").

Read only where the article pairs ``RECORDED_NAMES_MIN`` different names so in matchups, each
record followed closely by the other side's recorded name ("Legacy (7-4) at No. 1 Cherry Creek
(10-0)", "Rock Canyon (8-3) No. 5 Ralston Valley (8-2)"), with no list punctuation nor list
conjunction between: a list of places or people with number pairs in brackets is a poll, a date
range, an age range or a vote ("Ohio (48-45), Florida (49-47) and Georgia (47-46)", "Leeds
(12-14), Manchester (16-18)"; review of issue 14), and only names in a matchup are read as
teams. Never for a person: a fighter's or a pitcher's record is written the same way ("Jon
Jones (27-1)"), so a name that opens with a common given name, that the article also writes as
the last words of a longer person's name ("Silva (34-11)" beside "Anderson Silva"), or with a
title before it ("Coach Legacy") stays as NER typed it; and where such persons are as many as
the other recorded names or more (a fight card: "Ali Rahim (12-3)" beside three given names),
none is read as a team. A number of three digits or more is no
record (a year span: "Florence Nightingale (1820-1910)"), nor one without a dash ("Ann Lee
(45)": an age)."""

from __future__ import annotations

import re
from itertools import pairwise

from dragoman.entities.coordination import conjunction_words
from dragoman.entities.kb import name_key, token_key
from dragoman.entities.nameclass import given_name_keys
from dragoman.entities.titles import titles_before
from dragoman.model import Mention

# Different names written with a record in matchups an article needs before any is a team:
# calibrated on pool A's one schedule page (about thirty recorded teams), set above the two
# corners of a fight card, whose fighters also carry records.
RECORDED_NAMES_MIN = 3

# Labels NER gives a team's name that this rule turns ORG (MISC is left alone: a product's
# version "(1-2)" is not a team).
_RETYPED = frozenset({"PER", "LOC"})

# A won-lost(-tied) record wherever the text writes one: one or two digits each, a hyphen or
# an en dash between, in round brackets.
_BRACKETED = re.compile(r"\(\d{1,2}[-\u2013]\d{1,2}(?:[-\u2013]\d{1,2})?\)")
# A record right after the name: at most one space before the bracket.
_RECORD = re.compile(r"[ \u00a0]?" + _BRACKETED.pattern)
# How far past a mention's end the record is looked for (a space, the record's 10 characters).
_RECORD_REACH = 14
# Most characters between two records of one matchup: the connector and the second side's
# name (" at No. 18 Fountain-Fort Carson " is 32 on pool A's schedule page, its longest);
# calibrated on that page, with room for a longer name.
MATCHUP_SPAN_MAX = 45
# What never stands between the two sides of a matchup: list or clause punctuation, a line
# break (a table's rows); a full stop may ("No. 5"), except right after the record, where it
# ends a sentence.
_LIST_MARKS = frozenset(",;:!?\n")


def teams_with_records(text: str, mentions: list[Mention]) -> None:
    """Retype ORG, in place, each unlinked PER or LOC mention of a name that the article writes
    with a won-lost record after it in a matchup (module docstring)."""
    recorded = _matchup_names(text, [m for m in mentions if m.label in _RETYPED
                                     and m.entity_id is None and has_record(text, m.end)])
    recorded.discard("")
    if len(recorded) < RECORDED_NAMES_MIN:
        return
    tails = _person_tails(mentions)
    persons = _persons(text, mentions, recorded, tails)
    teams = recorded - persons
    if len(teams) <= len(persons):
        return  # a fight card, a list of pitchers: people with records
    given = given_name_keys()
    ends = {w for k in teams if " " in k for w in (k.split()[0], k.split()[-1])
            if w not in given and w not in tails}  # not "Collins" of "Jake Collins"
    for m in mentions:
        key = name_key(m.text)
        if m.entity_id is None and ((m.label in _RETYPED and key in teams)
                                    or (m.label == "PER" and key in ends)):
            m.label = "ORG"  # "Valor has ended …" of "Valor Christian (6-4)"


def has_record(text: str, end: int) -> bool:
    """Whether a won-lost record in brackets follows ``end`` ("Legacy (7-4)")."""
    return _RECORD.match(text[end : end + _RECORD_REACH]) is not None


def _matchup_names(text: str, recorded: list[Mention]) -> set[str]:
    """Name keys of the ``recorded`` mentions whose record stands in a matchup: the text's
    record before or after it is at most ``MATCHUP_SPAN_MAX`` characters away, with no list
    mark nor list conjunction between (module docstring). The other side may be untagged or
    an organisation ("Chatfield (6-5) at No. 3 Arapahoe (8-2)")."""
    opens = [found.start() for found in _BRACKETED.finditer(text)]
    conjunctions = conjunction_words()
    paired: set[int] = set()
    for (a, b) in pairwise(opens):
        gap = text[text.index(")", a) + 1 : b]
        if (len(gap) <= MATCHUP_SPAN_MAX and not _LIST_MARKS.intersection(gap)
                and not gap.startswith(".")
                and not any(w.lower() in conjunctions for w in gap.split())):
            paired.update((a, b))
    return {name_key(m.text) for m in recorded if text.find("(", m.end) in paired}


def _person_tails(mentions: list[Mention]) -> set[str]:
    """Name keys of the last words (one or more, never all) of the article's PER mentions."""
    out: set[str] = set()
    for m in mentions:
        words = name_key(m.text).split()
        if m.label == "PER":
            out.update(" ".join(words[-size:]) for size in range(1, len(words)))
    return out


def _persons(text: str, mentions: list[Mention], keys: set[str], tails: set[str]) -> set[str]:
    """The ``keys`` that read as a person's name: a common given name opens it, a longer PER
    mention of the article ends with it (``tails``), or a title stands before one of its
    mentions."""
    given = given_name_keys()
    out = {k for k in keys if token_key(k.split()[0]) in given or k in tails}
    for m in mentions:  # "Anderson Silva" beside "Silva (34-11)" is in ``tails``
        key = name_key(m.text)
        if key in keys and titles_before(text, m.start):
            out.add(key)  # "Coach Legacy"
    return out
