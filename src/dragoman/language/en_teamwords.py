"""English words that show a place's name standing for its sports team (issue 14, helper
teams-products; the English pack's ``team_words``, read by ``entities.townteams``): result
verbs, scoring nouns, the team's people and units written after its possessive, and the place's
own nouns written so."""

from __future__ import annotations

from dragoman.language.teamwords import TeamWords

# Verbs of a game's result written after the winner or loser ("Boston beat Tampa Bay 4-2",
# "Liverpool won 2-1"); a score must follow in the clause.
RESULT_VERBS = frozenset({
    "beat", "beats", "defeated", "defeats", "edged", "edges", "routed", "routs", "thrashed",
    "blanked", "downed", "topped", "outlasted", "outscored", "overcame", "won", "wins", "lost",
    "loses", "fell", "falls", "drew", "draws", "tied", "trailed", "trails", "rallied", "swept",
    "crushed", "hammered", "stunned", "upset",
})
# Verbs before the other side of a result ("beat Tampa Bay 4-2", "lost to Chicago 3-1").
RESULT_OBJECT_VERBS = frozenset({
    "beat", "beats", "beating", "defeated", "defeating", "edged", "routed", "thrashed", "blanked",
    "downed", "topped", "outlasted", "swept", "crushed", "hammered", "stunned", "upset",
    "to", "against", "over", "with",
})
# Nouns of a score or a game's part after "scored" ("Chicago scored twice in the third
# period"); not "points" (a debate scores points), "half" ("the bottom half"), "quarter" nor
# "period" (an economy "scored the highest growth in the second quarter").
SCORING_WORDS = frozenset({
    "twice", "goal", "goals", "touchdown", "touchdowns", "inning",
    "innings", "runs", "tries", "equaliser", "equalizer", "hat-trick", "overtime", "penalty",
})
# A team's people and units written after its name's possessive ("Denver's defence",
# "Arsenal's manager"); not "captain" (a ship's), "squad" (a bomb squad) nor "fans".
TEAM_POSSESSED = frozenset({
    "coach", "quarterback", "manager", "goalkeeper", "keeper", "goalie", "pitcher", "striker",
    "roster", "lineup", "line-up", "bullpen", "backfield", "midfield", "midfielder", "forwards",
    "defensemen", "winger", "linebacker", "playmaker", "skipper", "rotation", "starters",
    "receivers",
})
# A team's units that a country or a city at war has too ("Kyiv's defence held", "Israel's
# defense systems"): they add to another team cue of the referent, never make one alone.
SHARED_POSSESSED = frozenset({"defence", "defense", "offense", "offence", "defenders"})
# Words after a team-possessed noun that make it a state's office ("Britain's defence
# secretary", "the city's manager of parks").
OFFICE_AFTER = frozenset({"of", "secretary", "minister", "ministry", "department", "budget",
                          "spending", "forces", "chief", "industry", "policy", "council"})
# A place's own people and parts written after its name's possessive ("Boston's mayor").
PLACE_POSSESSED = frozenset({
    "mayor", "residents", "streets", "neighborhoods", "neighbourhoods", "downtown", "governor",
    "police", "airport", "harbor", "harbour", "suburbs", "economy", "population", "schools",
    "hospitals", "city", "council", "skyline", "citizens", "people", "government", "port",
})
# Prepositions that make the name a place: "in Boston", "near Chicago".
PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "across", "throughout", "around",
                                "downtown", "inside", "into"})
# Words between two sides of a matchup ("Boston vs. Tampa Bay").
# Not "v." (a lawsuit's: "Texas v. Pennsylvania").
MATCHUP_WORDS = frozenset({"vs", "vs.", "v", "versus"})
# Words that may follow a score ("won 3-1 on Sunday", "beat them 27-24, and", "a 2-1 win"):
# another lower-case word makes the number pair a range of things ("lost 10-15 soldiers",
# "fell 3-4 spots"). Capitalised words ("4-2 Saturday") and punctuation pass.
SCORE_FOLLOWERS = frozenset({
    "in", "on", "at", "after", "with", "and", "but", "to", "over", "against", "as", "for",
    "before", "despite", "thanks", "when", "while", "behind", "victory", "win", "loss", "defeat",
    "draw", "lead", "aggregate", "overtime", "ot", "shootout", "extra", "home", "away", "road",
    "last", "this", "late", "earlier", "tonight", "then", "by", "into", "through", "without",
    "so", "since", "until", "yesterday", "today", "again", "here", "there", "deficit",
    "halftime", "half", "final", "scoreline",
})
# Words of a vote, a court's ruling or a poll in a score's clause: the number pair is its count
# ("won 2-1 in the vote", "lost 5-4 at the Supreme Court", "fell 2-1 behind in polling").
COUNT_WORDS = frozenset({
    "vote", "votes", "voted", "ballot", "ballots", "court", "justices", "ruling", "measure",
    "referendum", "election", "poll", "polls", "polling", "survey", "ranking", "rankings",
    "index", "seats", "resolution", "motion", "bill", "council", "senate", "assembly", "jury",
})
# Nouns of a result after a score and the name's possessive ("Alabama's 117-95 loss").
RESULT_NOUNS = frozenset({"loss", "win", "victory", "defeat", "draw", "tie", "rout", "triumph",
                          "home", "road", "away"})
# Verbs before a won-lost record ("Alabama is 1-1 in games decided by less than 4 points").
RECORD_VERBS = frozenset({"is", "are", "went", "improved", "improves", "fell", "falls", "moved"})
# Verbs of a team travelling to a game; not "hosts", "faces" (a town hosts a marathon).
VISIT_VERBS = frozenset({"visits", "visited", "travels"})
# Words after the possessive that may stand before the team's person ("Boston's head coach").
TEAM_PREFIXES = frozenset({"head", "starting", "new", "first-choice", "young"})
# Words of a result before "to", "over", "against", "with" and the other side ("lost to",
# "win over").
RESULT_WORDS = frozenset({"lost", "losing", "loss", "fell", "falling", "win", "won", "victory",
                          "defeat", "beaten", "winning", "triumph", "draw", "drew", "tied"})

# The United Kingdom's nations: each fields its own national sides ("Wales beat San Marino 6-0").
NATIONS = frozenset({"england", "scotland", "wales", "northern ireland"})

# The English pack's team words (``EntityWords.team_words``).
TEAM_WORDS = TeamWords(
    result_verbs=RESULT_VERBS, result_object_verbs=RESULT_OBJECT_VERBS, scoring_words=SCORING_WORDS,
    team_possessed=TEAM_POSSESSED, shared_possessed=SHARED_POSSESSED, office_after=OFFICE_AFTER,
    place_possessed=PLACE_POSSESSED, team_prefixes=TEAM_PREFIXES, result_nouns=RESULT_NOUNS,
    place_prepositions=PLACE_PREPOSITIONS, matchup_words=MATCHUP_WORDS,
    score_followers=SCORE_FOLLOWERS, count_words=COUNT_WORDS, record_verbs=RECORD_VERBS,
    visit_verbs=VISIT_VERBS, result_words=RESULT_WORDS, nations=NATIONS,
)
