"""Places whose name stands for their sports team (issue 14, helper teams-products; read by
``referentvote._written_as``): a sports page names a team by its town or state ("Boston beat
Tampa Bay 4-2", "Chicago scored twice in the third period", "Denver's defence") and NER types
the name a place; the audit's convention types a team ORG.

A referent typed LOC, ORG where the name is a town's (the linker would link it to the town), or
PER where the seed knowledge base knows the name as a place ("Alabama"; not a gazetteer town's,
as often a player's surname: "Jackson scored twice") is the team, ORG, and links to no town,
when its mentions' team evidence outweighs none of the place's:

* strong: a won-lost record after a name ``teamrecords`` typed a team ("No. 11 Windsor (9-2) at
  No. 6 Ponderosa (7-3)"; that rule retypes the mentions, this one keeps them off the town), a
  result verb after the name with a score later in its clause ("Liverpool won 2-1",
  "Boston beat Tampa Bay 4-2"), the name after a result verb or "lost to", "win over" with a
  score right after ("beat Tampa Bay 4-2"), "scored" followed by a scoring word in the clause
  ("scored twice", "scored a late goal");
  and a score and a result's noun after the possessive ("Alabama's 117-95 loss");
* weak: a team's person or unit after the possessive ("Boston's coach"; not "Britain's defence
  secretary", "the city's manager of parks"; "defence", "offense", "defenders" only beside
  another team cue: a city at war has them too, "Kyiv's defence held"), the name on one side of
  "vs." between two names (not a lawsuit's "v.": "Texas v. Pennsylvania"), a record
  after "is", "went" ("Alabama is 1-1 in games"), a visit ("Alabama visits the Rebels"; not
  "hosts" nor "faces": a town hosts a marathon, faces a crisis), a poll's ranking before it
  ("No. 14 Alabama").

One strong cue or two weak ones make the team; any place cue keeps the place, however many team
cues there are (both uses in one article: the city and its team cannot be told apart by name):
a locative preposition before ("in Boston"), a place's own noun after the possessive ("Boston's
mayor"), a dateline ("BOSTON —" opening a line in capitals), a place noun and "of" before ("the
city of Boston"; ``placenouns``). A number pair followed by a unit ("2-3 years") or any other
word than a game's ("lost 10-15 soldiers", "fell 3-4 spots") is no score, nor one in a clause of
a vote, a ruling or a poll ("won 2-1 in the vote", "lost 5-4 at the Supreme Court").
Each form reads a fixed window around it: linear in the article's mentions. The words are the
article's language pack's ``team_words`` (``language/teamwords.py``; English only: the cues are
English grammar), every pack's where the language is unknown."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from dragoman.entities.kb import loaded_kb, name_key
from dragoman.entities.kbsources import COUNTRY_ID_PREFIX
from dragoman.entities.placenouns import place_noun_led
from dragoman.entities.teamrecords import has_record
from dragoman.language.rules import all_rules
from dragoman.language.teamwords import TeamWords, joined
from dragoman.model import Mention

if TYPE_CHECKING:
    from dragoman.entities.referentvote import Form, KbType
    from dragoman.language.rules import LanguageRules

# Characters read after a name for its clause (a verb, the other side, the score: "beat Tampa
# Bay Lightning 4-2 on" is 33); set by hand with room for a longer name, not tuned.
CLAUSE_REACH = 70
# Characters read before a name for its preposition or result verb; set by hand.
BEFORE_REACH = 30
# Team evidence that makes the team: one strong cue (a score) weighs as two weak ones. Set by
# hand, not tuned: one possessed "defence" alone is as often a country's.
STRONG_WEIGHT = 2
TEAM_MIN = 2
# The mark a team's mention carries from the vote to the linker (``team_place``); linking
# replaces it with the reason of the entity it takes.
TEAM_REASON = "team"

_SCORE = re.compile(r"(?<![\d.,:/-])\d{1,3}[-\u2013]\d{1,3}(?![\d\u2013/-])(?!\s*(?:years?|days?|weeks?|"
                    r"months?|hours?|minutes?|times|percent|per\b|%|million|billion|majority|vote))")
# A poll's ranking right before the name ("No. 14 Alabama").
_RANKED = re.compile(r"\bNo\. \d{1,2} $")
_WORD = re.compile(r"[\w][\w'’.-]*")
_CLAUSE_END = re.compile(r"[;!?\n]|\.(?:\s|$)")
_POSSESSED = re.compile(r"['’]s?\s+([\w-]+)(?:\s+([\w-]+))?")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def team_referent(forms: list[Form], text: str, best: str, kb_type: KbType | None,
                  pack: LanguageRules | None = None) -> bool:
    """Whether the referent of ``forms``, voted ``best``, is a team named by its place
    (module docstring); its mentions are then marked (``TEAM_REASON``) for the linker.
    ``pack``: the article's language pack, whose ``team_words`` are read (every pack's when
    None); a pack without them (all but English) leaves the rule idle."""
    words = pack.entity_words.team_words if pack is not None else _every_pack_words()
    if kb_type is None or best not in ("LOC", "ORG", "PER") or not words.result_verbs:
        return False
    # an organisation only where the name is a town's (linked to it otherwise); a person only
    # where the seed knowledge base knows the place ("Alabama"): a gazetteer town's name is as
    # often a player's surname ("Jackson scored twice")
    if kb_type(forms[0].mention.text, best != "PER") != "LOC" and best != "LOC":
        return False
    if any(f.titled or f.honorific for f in forms) or _national(forms[0].mention.text, words):
        return False
    team = shared = 0
    for f in forms:
        recorded = f.mention.label == "ORG" and has_record(text, f.mention.end)  # ``teamrecords``'
        cue = "strong" if recorded else _cue(text, f.mention.start, f.mention.end, words)
        if cue == "place":
            return False
        team += STRONG_WEIGHT if cue == "strong" else cue == "weak"
        shared += cue == "shared"
    names = {f.mention.text for f in forms}
    if team == 0 or team + shared < TEAM_MIN or _placed_elsewhere(text, names, words):
        return False
    for f in forms:  # the linker links none of them to the town (``team_place``)
        f.mention.reason = TEAM_REASON
    return True


def _national(name: str, words: TeamWords) -> bool:
    """Whether ``name`` is a country's or a nation's (``TeamWords.nations``): a national side
    keeps its country's name and type, LOC, as in CoNLL-2003's convention ("Romania beat
    Lithuania 2-1"), and a player's country written by the name is no team ("Pete Sampras
    (U.S.) beat ...", "Ons Jabeur of Tunisia")."""
    key = name_key(name)
    return key in words.nations or any(e.id.startswith(COUNTRY_ID_PREFIX)
                                       for e in loaded_kb().candidates(key))


def _placed_elsewhere(text: str, names: set[str], words: TeamWords) -> bool:
    """Whether the text writes one of ``names`` as the place anywhere, in any case, with a
    mention or not, of this referent or another ("DENVER (AP) —" beside "Denver beat"): read
    only for a referent with team evidence, once per name."""
    for name in names:
        for found in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE):
            if _cue(text, found.start(), found.end(), words) == "place":
                return True
    return False


def team_place(mention: Mention, kind: str | None) -> bool:
    """Whether the linker's place ``kind`` found for ``mention`` is the town of a team named by
    it (``team_referent`` marked it): the team is no town, and founds an entity of its own."""
    return kind == "LOC" and mention.reason == TEAM_REASON


def _cue(text: str, start: int, end: int, words: TeamWords) -> str | None:
    """The evidence the name written at ``start:end`` gives: "strong" or "weak" (a team),
    "shared" (a unit a team and an army have: counts only beside a team cue), "place", or
    None."""
    before = _WORD.findall(text[max(0, start - BEFORE_REACH) : start])
    after = text[end : end + CLAUSE_REACH]
    last = before[-1].lower() if before else ""
    if _dateline(text, start, end) or place_noun_led(text, Mention(start, end, text[start:end], "LOC")):
        return "place"
    possessed = _POSSESSED.match(after)
    if possessed is not None:
        return _possessed_cue(words, *(g.lower() if g else "" for g in possessed.groups()))
    if last in words.place_prepositions:
        return "place"
    clause = _CLAUSE_END.split(after, maxsplit=1)[0]
    verb = _WORD.findall(clause[:20].lower())[:2]
    verb = verb[1:] if verb and verb[0].endswith("ly") else verb[:1]
    if verb and verb[0] in words.result_verbs and _scored(words, clause):
        return "strong"
    if verb and verb[0] == "scored" and words.scoring_words.intersection(_WORD.findall(clause.lower())):
        return "strong"
    if _object_of_result(words, before) and _scored(words, clause[:25], clause):
        return "strong"
    if verb and verb[0] in words.record_verbs and _SCORE.match(clause.lower().partition(verb[0])[2].strip()):
        return "weak"  # "Alabama is 1-1 in games decided by less than 4 points"
    if (verb and verb[0] in words.visit_verbs) or _RANKED.search(text, max(0, start - 12), start):
        return "weak"  # "No. 14 Alabama visits the Rebels"
    opening = _WORD.findall(after[:8])[:1]  # "v." whole: a lawsuit's, not a sentence end
    if last in words.matchup_words or (opening and opening[0].lower() in words.matchup_words):
        return "weak"
    return None


def _scored(words: TeamWords, span: str, clause: str | None = None) -> bool:
    """Whether ``span`` holds a score: a number pair followed by no word but a game's
    (``SCORE_FOLLOWERS``: not "lost 10-15 soldiers"), in a clause (``span`` unless given)
    holding no word of a vote, ruling or poll (``COUNT_WORDS``: not "won 2-1 in the vote")."""
    found = [m for m in _SCORE.finditer(span) if _game_follows(words, span, m.end())]
    return bool(found) and not words.count_words.intersection(
        _WORD.findall((span if clause is None else clause).lower()))


def _game_follows(words: TeamWords, text: str, end: int) -> bool:
    following = _NEXT_WORD.match(text, end)
    return following is None or not following.group(1).islower() or (
        following.group(1) in words.score_followers)


def _possessed_cue(words: TeamWords, first: str, second: str) -> str | None:
    """The evidence of the words after the name's possessive: a place's own noun ("mayor"), a
    score and a result ("117-95 loss"), a team's person or unit ("head coach"), not a state's
    office ("defence secretary")."""
    noun, following = (second, "") if first in words.team_prefixes else (first, second)
    if first in words.place_possessed:
        return "place"
    if _SCORE.fullmatch(first) and following in words.result_nouns:
        return "strong"  # "Alabama's 117-95 loss"
    if following in words.office_after:
        return None
    if noun in words.team_possessed:
        return "weak"
    return "shared" if noun in words.shared_possessed else None  # "Kyiv's defence"


def _object_of_result(words: TeamWords, before: list[str]) -> bool:
    """Whether the words before a name end with a result verb ("beat"), or a preposition after
    a result's word ("lost to", "win over")."""
    if not before:
        return False
    last = before[-1].lower()
    if last in ("to", "against", "over", "with"):
        return len(before) > 1 and before[-2].lower() in words.result_words
    return last in words.result_object_verbs


@lru_cache(maxsize=1)
def _every_pack_words() -> TeamWords:
    """Every pack's team words joined (a text of no known language)."""
    return joined(rules.entity_words.team_words for rules in all_rules())


def _dateline(text: str, start: int, end: int) -> bool:
    """Whether the name opens a line written in capitals ("BOSTON —", "BOSTON (AP)")."""
    name = text[start:end]
    return (start == 0 or text[start - 1] == "\n") and name.isupper() and len(name) > 1
