"""English rules."""

from dragoman.language.en_entities import ENTITY_WORDS
from dragoman.language.en_names import DEMONYMS as DEMONYMS
from dragoman.language.en_names import GIVEN_NAMES as GIVEN_NAMES
from dragoman.language.en_names import NOT_PLACES as NOT_PLACES
from dragoman.language.en_speakers import KIN_AND_BODIES
from dragoman.language.rules import LanguageRules

_MONTHS = [
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
]
_ABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

# Speech verbs as lemma -> past form; the "-s" form is derived (nouns like "states",
# "claims" are told apart by the determiner before them, see dragoman.quotes).
_SPEECH = {
    "say": "said", "tell": "told", "add": "added", "state": "stated", "declare": "declared",
    "announce": "announced", "warn": "warned", "note": "noted", "explain": "explained",
    "argue": "argued", "insist": "insisted", "claim": "claimed", "ask": "asked",
    "reply": "replied", "answer": "answered", "write": "wrote", "tweet": "tweeted",
    "reiterate": "reiterated", "stress": "stressed", "emphasize": "emphasized",
    "acknowledge": "acknowledged", "admit": "admitted", "concede": "conceded",
    "confirm": "confirmed", "deny": "denied", "suggest": "suggested", "predict": "predicted",
    "vow": "vowed", "promise": "promised", "pledge": "pledged", "urge": "urged",
    "recall": "recalled", "complain": "complained", "charge": "charged",
    "contend": "contended", "maintain": "maintained", "observe": "observed",
    "remark": "remarked", "respond": "responded", "counter": "countered", "joke": "joked",
    "quip": "quipped", "boast": "boasted", "caution": "cautioned", "mention": "mentioned",
    "reveal": "revealed", "disclose": "disclosed", "testify": "testified",
    "allege": "alleged", "assure": "assured", "proclaim": "proclaimed", "shout": "shouted",
    "lament": "lamented", "conclude": "concluded", "comment": "commented",
    "agree": "agreed", "report": "reported", "post": "posted", "continue": "continued",
    "wonder": "wondered", "blast": "blasted", "slam": "slammed", "accuse": "accused",
    "emphasise": "emphasised", "reaffirm": "reaffirmed", "repeat": "repeated",
    "point out": "pointed out", "go on": "went on", "yell": "yelled", "scoff": "scoffed",
    "retort": "retorted", "echo": "echoed", "exclaim": "exclaimed", "opine": "opined",
    "shoot back": "shot back", "fire back": "fired back", "interject": "interjected",
    "snap": "snapped", "chime in": "chimed in", "muse": "mused", "question": "questioned",
    "react": "reacted", "highlight": "highlighted", "underline": "underlined",
    "put it": "put it",  # "As Ann Lee put it, …"
    # manners of speaking, read off PolNeAR train's missed quotations ("“…,” Trump barked");
    # not a crowd's chants and screams, which tests/quotes/test_direct8.py keeps out
    "whisper": "whispered", "mutter": "muttered", "bark": "barked", "thunder": "thundered",
}
# Lemmas whose base and "-s" forms are mostly nouns in news ("in states with", "the post"):
# only their past form cues a statement.
_NOUN_LIKE = {
    "state", "post", "report", "charge", "comment", "answer", "claim", "counter", "promise",
    "pledge", "vow", "note", "remark", "caution", "tweet", "joke", "quip", "boast", "reply",
    "repeat", "mention", "continue", "echo", "add", "ask", "blast", "slam", "stress",
    "question", "snap", "go on", "react", "chime in", "shoot back", "fire back", "whisper",
    "bark", "thunder",
}
# Noun-like lemmas of a manner of speaking whose "-s" form right after "he"/"she" is the verb
# ("he remarks", "she quips"); not those that also promise or answer ("he promises to …").
_MANNER_LEMMAS = {"remark", "joke", "quip", "boast", "caution", "counter", "snap", "comment",
                  "continue", "repeat", "echo", "tweet", "whisper", "bark", "thunder"}
# Speech verbs that also take a plain object ("denied any involvement", "accused Kaine of",
# "claimed a loss of $916 million"): reported content after them needs "that" or a subject.
_OBJECT_LEMMAS = {
    "deny", "admit", "claim", "confirm", "announce", "reveal", "report", "post", "explain",
    "repeat", "echo", "accuse", "charge", "blast", "slam", "urge", "pledge", "promise", "vow",
    "insist", "agree", "maintain", "observe", "predict", "declare", "recall", "complain",
    "respond", "react", "continue", "go on", "snap", "question", "mention", "acknowledge",
    "concede", "disclose", "proclaim", "shout", "lament", "testify", "comment", "counter",
    "retort", "reply", "answer", "ask", "write", "tweet", "reiterate", "stress", "emphasize",
    "emphasise", "reaffirm", "yell", "scoff", "exclaim", "interject", "muse", "wonder", "joke",
    "quip", "boast", "caution", "remark", "conclude", "opine", "shoot back", "fire back",
    "chime in", "point out", "highlight", "underline", "whisper", "mutter", "bark", "thunder",
    # "adds washes of synth", "suggests letting your friend talk": contributes, advises
    "add",
}


# Documents and figures a statement is attributed to: sources, never a person.
_DOCUMENT_SOURCES = ("polls", "survey", "surveys", "data", "documents", "records", "figures",
                     "estimates", "study", "studies", "reports", "brief", "filing")


def _third_person(lemma: str) -> str:
    head, _, rest = lemma.partition(" ")
    if head.endswith(("s", "sh", "ch", "x", "o")):
        head += "es"
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        head = head[:-1] + "ies"
    else:
        head += "s"
    return f"{head} {rest}".strip()


_SPEECH_VERBS = tuple(sorted(
    {past for past in _SPEECH.values()}
    | {f for lemma in _SPEECH if lemma not in _NOUN_LIKE for f in (lemma, _third_person(lemma))}
    | {"adds", "asks", "says", "tells", "notes", "claims", "stresses", "replies"}
    | {"vows", "pledges"}  # speech acts ("vows to repeal", see _ACT_LEMMAS)
    | {"written"}  # the one participle unlike its past form ("as Ann Lee had written, “…”")
))

# "-ing" forms whose last consonant doubles (the others are derived by _gerund).
_DOUBLED = {"admit": "admitting", "snap": "snapping", "slam": "slamming", "quip": "quipping",
            "chime in": "chiming in", "shoot back": "shooting back"}


def _gerund(lemma: str) -> str:
    if lemma in _DOUBLED:
        return _DOUBLED[lemma]
    head, _, rest = lemma.partition(" ")
    if head.endswith("ie"):
        head = head[:-2] + "y"
    elif head.endswith("e") and not head.endswith("ee"):
        head = head[:-1]
    return f"{head}ing {rest}".strip()


_OBJECT_VERBS = tuple(sorted(
    {_SPEECH[lemma] for lemma in _OBJECT_LEMMAS}
    | {f for lemma in _OBJECT_LEMMAS for f in (lemma, _third_person(lemma), _gerund(lemma))}
    | {"written"}  # "has written a book", like "wrote"
))

# Speech acts whose content is no finite clause (dragoman.quotes.speechacts): lemma ->
# construction. "to": an infinitive right after the verb ("vowed to repeal"); "object to": an
# object, then one ("urged Congress to pass"); "object of": the accused, then the charge
# ("accused Lee of lying"); further words after "object" are more such words ("warned China
# against", "criticized Lee for", "slammed the plan as"); "noun": a demand ("called for an
# inquiry into …"); "name": an object and what it is called ("called the plan a disgrace").
# Each kept where PolNeAR train annotates at least 85% of them as reported speech (measured
# per lemma and construction; "asked X to", "called on X to", "agreed to", "demanded" and the
# "-ing" forms fell below). Intentions ("plans to", "hopes to") are no speech act. Not
# "blast"/"slam X for": below that bar, and their physical senses take the same frame ("the
# storm slammed the coast for days", "blasted music for hours").
_ACT_LEMMAS = {
    "vow": "to", "promise": "to", "pledge": "to",
    "urge": "object to", "warn": "object to against",
    "accuse": "object of",
    "criticize": "object for as", "praise": "object for as", "attack": "object for as",
    "call for": "noun", "call": "name",
}
# Lemmas that state nothing but through that construction ("called the police", "praised the
# food"): no speech verbs of their own, cues of their speech act only.
_ACT_ONLY = {"call": "called", "call for": "called for", "criticize": "criticized",
             "praise": "praised", "attack": "attacked"}
_SPEECH_ACTS = {
    form: (construction, lemma in _ACT_ONLY) for lemma, construction in _ACT_LEMMAS.items()
    for form in (lemma, _SPEECH.get(lemma) or _ACT_ONLY[lemma], _third_person(lemma),
                 _gerund(lemma))
}
# The forms of the speech-act-only lemmas, cues of their own (past forms only where the
# others are mostly nouns: "calls for", "attacks on").
_SPEECH_ACT_VERBS = tuple(sorted({*_ACT_ONLY.values(), "criticizes", "praises"}))

# Closed-class words that open a sentence and get glued to the name after them by NER
# ("Because Google", "However NATO"): cut off the front of a mention. Articles stay ("The
# Hague"), and so do given names or titles ("Will", "May") and words that open titles of
# shows, books, songs and groups ("This Morning", "Still Game", "Who Told You", "Our Honor":
# demonstratives, "still", "only", question words and possessives).
MENTION_FUNCTION_WORDS = frozenset("""
    because although though however but and or so if when whenever while after before since
    as yet then meanwhile moreover furthermore also unlike like with without for from in on
    at by to under over despite during amid among against across through thus therefore
    indeed instead whether where he she it they we you both either neither nor once until
    unless whereas besides according following including
    perhaps maybe even still only just now later nevertheless nonetheless otherwise hence
    finally eventually recently currently soon
""".split())  # noqa: SIM905
# Words that never close a name: the function words above and the article ("Steve Hawk
# The" is a name and the next sentence's first word, run together). Cut off a mention's end.
MENTION_END_WORDS = MENTION_FUNCTION_WORDS | {"the"}

# Place heads that are also surnames: after a given name they close a person's name
# ("Barbara Castle", "Michael Harbour"), not a site's ("Dover Castle"). Written for this project.
SURNAME_PLACE_HEADS = ("Castle", "Abbey", "Harbour", "Harbor", "Mews")

_PERSON_ROLES = ("spokesman", "spokeswoman", "spokesperson", "secretary", "minister",
                 "president", "official", "aide", "adviser", "advisor", "director", "chairman",
                 "chairwoman", "governor", "senator", "candidate", "nominee", "ambassador",
                 "analyst", "expert", "representative", "manager", "strategist", "prosecutor",
                 "mayor", "lawmaker", "congressman", "congresswoman", "commissioner",
                 "attorney", "lawyer", "judge", "professor", "economist", "pollster", "founder",
                 "executive", "sheriff", "chancellor", "premier", "dictator")
_OCCUPATIONS = ("player", "singer", "musician", "guitarist", "bassist", "drummer",
                "pianist", "violinist", "songwriter", "rapper", "actor", "actress",
                "comedian", "host", "anchor", "presenter", "journalist", "reporter",
                "correspondent", "columnist", "writer", "author", "novelist", "poet",
                "coach", "footballer", "artist", "painter", "producer", "filmmaker")
_EVERYDAY_PEOPLE = ("doctor", "nurse", "surgeon", "physician", "paramedic", "firefighter",
                    "teacher", "farmer", "landlord", "tenant", "driver", "pilot", "engineer",
                    "scientist", "researcher", "historian", "soldier", "detective", "trooper",
                    "victim", "survivor", "neighbour", "neighbor", "volunteer", "protester",
                    "priest", "shopkeeper", "fisherman")
_ORGANISATION_HEADS = ("News", "Times", "Journal", "Herald", "Tribune", "Gazette", "Radio",
                       "Television", "TV", "Media", "Magazine", "Channel", "Network",
                       "University", "College", "Institute", "Foundation", "Association",
                       "Society", "Council", "Committee", "Commission", "Agency", "Authority",
                       "Department", "Ministry", "Office", "Party", "Corp", "Corporation",
                       "Inc", "Ltd", "LLC", "Company", "Group", "Bank", "Oil", "Energy",
                       "Airlines", "Airways", "Motors", "Fund", "Trust", "League",
                       "Federation", "Forces", "Army", "Police", "Court", "Parliament",
                       "Club", "Records", "Studios", "Hospital", "Museum")


def _plural(noun: str) -> str:
    """The regular English plural of a role noun ("professors", "secretaries", "spokesmen")."""
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


# Nouns of people that may be a speech cue's subject beyond the listed roles: the pack's own
# classes of occupations and person roles, and their plurals ("the coach said", "the professors
# said"; quotes/subjects and quotes/cues.valid_speaker read them through ``speaker_roles``).
# Not the organisation heads ("the hospital said"): a body noun inside a subject's modifier
# ("a doctor at the hospital said") would be taken for the speaker.
_SPEAKING_NOUNS = (*_OCCUPATIONS, *(_plural(n) for n in (*_OCCUPATIONS, *_PERSON_ROLES)))


RULES = LanguageRules(
    title_case_headlines=True, possessive_suffixes=("'s", "’s", "'", "’"),
    subordinators=("though", "although", "while", "whilst", "whereas", "whoever", "whatever",
                   "whichever", "because", "unless", "if", "whenever", "once", "as", "where", "when"),
    governing_prepositions=("in", "on", "into", "without", "against", "during", "via", "per"),
    reduced_relatives=True,
    code="en",
    mention_end_words=MENTION_END_WORDS,
    closed_words=("I", "Me", "My", "Mine", "You", "Your", "Yours", "He", "Him", "His", "She",
                  "Her", "Hers", "It", "Its", "We", "Our", "Ours", "They", "Them", "Their",
                  "Theirs", "Who", "Whom", "Whose", "What", "Which", "Why", "How", "This",
                  "That", "These", "Those"),
    # not "Said", a surname too ("Edward Said")
    headline_verbs=("Says", "Tells", "Told", "Reveals", "Admits", "Claims", "Is", "Was",
                    "Are", "Were", "Has", "Had", "Have", "Published", "Updated"),
    titles=("President", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Prime", "Minister", "Senator",
            "Sen", "Rep", "Gen", "General", "Judge", "Chancellor", "Governor", "Gov", "Mayor",
            "Coach", "Captain", "Prince", "Princess", "King", "Queen", "Sheikh"),
    honorifics=("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Sir", "Dame", "Lord", "Lady"),
    list_conjunctions=("and",),
    # Role words beyond ``titles`` and the modifiers among them (entities/referents.py).
    role_titles=("Ambassador", "Senator", "Representative", "Congressman", "Congresswoman",
                 "Minister", "Secretary", "Governor", "Justice", "Colonel", "Col", "Lieutenant",
                 "Lt", "Capt", "Sergeant", "Sgt", "Admiral", "Adm", "Commander", "Cmdr",
                 "Chairman", "Chairwoman", "Commissioner", "Director", "Pope", "Bishop",
                 "Archbishop", "Cardinal", "Rabbi", "Imam", "Rev", "Reverend", "Professor",
                 "Prof", "Detective", "Inspector", "Sheriff", "Speaker", "Spokesman",
                 "Spokeswoman", "Councillor", "Councilman", "Councilwoman", "Attorney",
                 "Premier", "Emir", "Sultan", "Leader", "Whip", "Adviser", "Advisor",
                 "Taoiseach", "Tanaiste", "Tánaiste"),
    role_modifiers=("Vice", "Foreign", "Defence", "Defense", "Finance", "Interior", "Deputy",
                    "Prime", "Majority", "Minority", "Former", "Chief", "Executive"),
    # Entity evidence (entities/nameclass.py; see LanguageRules). Written for this project.
    group_words=("Muslim", "Jewish", "Jew", "Catholic", "Protestant", "Hindu", "Sikh",
                 "Buddhist", "Islamic", "Islamist", "Jihadist", "Zionist", "Evangelical",
                 "Orthodox", "Sunni", "Shia", "Shiite", "Alawite", "Druze", "Arab", "Kurdish",
                 "Kurd", "Latino", "Latina", "Hispanic", "Communist", "Socialist", "Marxist",
                 "Fascist", "Republican", "Democratic", "Democrat",
                 "Conservative", "Tory", "Tories"),
    organisation_heads=_ORGANISATION_HEADS,
    document_heads=("Act", "Bill", "Treaty", "Tax", "Statement", "Amendment",
                    "Agreement", "Accord", "Accords", "Directive", "Regulation", "Constitution",
                    "Code", "Charter", "Convention"),
    award_leads=("Best",),
    award_tails=("of the Year", "of the Decade", "of the Season", "of the Month",
                 "of the Tournament", "of the Match"),
    # Kinds whose names NER misreads bare (stage names, bands, clubs named after towns); not
    # "player", "speaker", "candidate", "company": lists of those interleave clubs, employers,
    # parties and chief executives, which NER types right and a heading would override.
    list_kinds=tuple((w, "PER") for w in ("artist", "singer", "rapper", "songwriter", "actor",
                                          "actress", "writer", "author"))
    + tuple((w, "ORG") for w in ("group", "band", "duo", "team", "club", "sponsor"))
    + tuple((w, "LOC") for w in ("city", "country", "venue", "destination")),
    work_kinds=("song", "songs", "album", "albums", "single", "singles", "track", "tracks",
                "film", "films", "picture", "book", "books", "novel", "novels", "video",
                "videos", "screenplay", "documentary"),
    place_heads=("Street", "Avenue", "Road", "Boulevard", "Lane", "Square", "Bridge", "Airport",
                 "Station", "Stadium", "Arena", "Mall", "Valley", "River", "Mountain", "Island",
                 "County", "Province", "Camp", "Beach", "Bay", "Strait", "Canal", "Highway",
                 "Jail", "Prison", "Plaza", "Apartments", *SURNAME_PLACE_HEADS, "Cathedral", "Creek",
                 "Canyon", "Peninsula"),
    # Abbreviations whose dot ends no sentence ("Sen. Ann Lee", "Mr. Obama said").
    abbreviations=("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "St", "Jr",
                   "Sr", "Prof", "Pres", "Sgt", "Capt", "Adm", "Maj"),
    ner_model="ner-en",
    quote_marks=(("“", "”"), ("‘", "’"), ('"', '"')),
    months={
        **{m: i + 1 for i, m in enumerate(_MONTHS)},
        **{m: i + 1 for i, m in enumerate(_ABBR)},
        "sept": 9,
    },
    weekdays=(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ),
    relative_days={"today": 0, "yesterday": -1, "tonight": 0},
    chrome_patterns=(
        r"ads?|advertisements?|sponsored( content)?",
        r"(supervisor|editor[- ]in[- ]chief|managing editor|chief editor)\b.*",
        r"(share|tweet|email|print)( (this|on|article|story).*)?",
        r"(subscribe|sign up|log ?in|register)\b.{0,60}",
        r"(follow us|like us)\b.*",
        r"(read|see) (more|also)\b.{0,120}|related( articles| stories| news)?:?.*",
        r"(all rights reserved|copyright|©).*|.*\ball rights reserved\b.*",
        r"(tags?|topics?|categories|category)\s*:.*",
        r"(home|menu|search|skip to (main )?content|back to top|cookie[s]?.*)",
        r"(advertisement|scroll to continue).*",
    ),
    byline_prefixes=("by", "written by", "reporting by", "reported by", "author:"),
    updated_prefixes=("updated", "last updated", "modified"),
    caption_patterns=(
        r".*\((photo|file photo|ap|afp|reuters|getty images|epa)\)\s*$",
        r"(photo|image|picture)\s*(credit)?\s*:.*",
        r".*\b(getty images|shutterstock)\b.*",
    ),
    meridiem={"am": False, "a.m.": False, "pm": True, "p.m.": True},
    speech_verbs=_SPEECH_VERBS,
    speech_participles=("saying", "adding", "noting", "warning", "arguing", "insisting",
                        "explaining", "telling", "writing", "claiming", "stressing",
                        "suggesting", "stating", "acknowledging", "announcing", "declaring",
                        "predicting", "emphasizing", "recalling", "conceding", "contending",
                        "maintaining", "interjecting", "quipping", "joking", "replying",
                        "responding"),
    addressee_verbs=("told", "tells", "tell", "assured", "urged", "warned", "asked"),
    speech_acts=_SPEECH_ACTS,
    speech_act_verbs=_SPEECH_ACT_VERBS,
    # "called him a liar", "called the deal a disaster", "called them rapists."
    naming_articles=("a", "an"),
    naming_object_pronouns=("him", "her", "them", "it", "me", "us", "himself", "herself",
                            "themselves", "itself"),
    duration_words=("seconds", "minutes", "hours", "days", "weeks", "months", "years",
                    "decades", "ages", "while"),
    quantity_objects=("nothing", "little", "much", "something", "anything", "everything",
                      "more", "less"),
    reported_speech_markers=("according to",),
    complementizers=("that",),
    speaker_pronouns=("he", "she", "they"),
    thing_pronouns=("it",),
    speaker_pronoun_genders=(("he", "m"), ("she", "f")),
    name_occupations=_OCCUPATIONS,
    person_roles=_PERSON_ROLES,
    speaker_roles=(
        "spokesman", "spokeswoman", "spokesperson", "secretary", "minister", "president",
        "official", "officials", "source", "sources", "aide", "aides", "adviser", "advisers",
        "advisor", "chief", "director", "chairman", "chairwoman", "governor", "senator",
        "candidate", "nominee", "campaign", "statement", "leader", "ambassador", "general",
        "analyst", "analysts", "expert", "experts", "spokespeople", "representative",
        "manager", "strategist", "prosecutor", "police", "ministry", "department", "office",
        "white house", "kremlin", "pentagon", "government", "committee", "report", "poll",
        "mayor", "lawmaker", "congressman", "congresswoman", "commissioner", "attorney",
        "lawyer", "judge", "professor", "economist", "pollster", "founder", "executive",
        "sheriff", "chancellor", "premier",
        # people speaking for someone named after them ("the family of Ann Lee accused")
        "family", "relatives", "parents", "wife", "husband", "son", "daughter", "mother",
        "father", "brother", "sister", "lawyers", "allies", "supporters", "critics",
        # groups of people ("several cast members said", "voters say")
        "members", "voters", "residents", "witnesses", "observers", "scientists",
        "researchers", "activists", "protesters", "lawmakers", "leaders", "delegates",
        "economists", "democrats", "republicans", "people", "americans", "critics",
        # institutions named by a common noun ("the bank said")
        "bank", "company", "firm", "agency", "court", "union", "council", "party", "network",
        "administration", "commission", "board", "university", "embassy", "army", "military",
        "group", "organization", "organisation", "team", "authorities", "prosecutors",
        # documents and figures a statement is attributed to ("according to exit polls")
        *_DOCUMENT_SOURCES,
        # read off PolNeAR train's sources that had no role word: groups of people, the press
        # and documents ("opponents say", "the newspaper reported", "the lawsuit alleges")
        "groups", "opponents", "proponents", "advocates", "politicians", "candidates",
        "organizers", "employees", "staff", "respondents", "conservatives", "liberals",
        "insiders", "strategists", "operatives", "participants", "students", "workers",
        "newspaper", "paper", "magazine", "editorial", "reporter", "reporters", "moderator",
        "businessman", "businesswoman", "actress", "actor", "letter", "lawsuit", "complaint",
        "airline", "backers", "donors", "defenders", "affidavit",
        # the press as a whole, and a journal like a newspaper ("according to Italian media",
        # "the local press reported", "a top British medical journal"): PolNeAR train and
        # dev-tune sources ("Turkish media", "much of the media"), pool A ("media reported")
        "media", "press", "journal",
        # shares of those polled ("about 9 percent said", "nearly a third say")
        "percent", "third", "thirds", "two-thirds", "half", "quarter", "majority", "minority",
        "majorities",
        # people and bodies named by a common noun, read off PolNeAR train's sources with no
        # role word above (general nouns for a person or group, not names): "the women say",
        # "her friend said", "tech executives say", "the admiral said"
        "woman", "women", "man", "men", "person", "friend", "friends", "partner", "partners",
        "associates", "colleagues", "ally", "rival", "rivals", "opponent", "supporter",
        "member", "employee", "worker", "voter", "student", "resident", "witness", "owner",
        "executives", "investigators", "officers", "officer", "admiral", "organizer",
        "activist", "author", "editor", "columnist", "journalist", "commentators", "host",
        "co-host", "speechwriter", "pastor", "veteran", "lobbyists", "scholars", "specialists",
        "forecasters", "senators", "contenders", "hopefuls", "incumbent", "founders", "fans",
        "followers", "users", "companies", "firms", "outlets", "organizations", "panel",
        "campaigns", "families",
        *_SPEAKING_NOUNS,
        # everyday people of news events, and their plurals ("the doctor said", "the couple
        # told reporters", "farmers say"): issue 16, written for this project
        *_EVERYDAY_PEOPLE, *(_plural(n) for n in _EVERYDAY_PEOPLE), "child", "children",
        "couple", "pair", *KIN_AND_BODIES,  # kin, bodies of a common noun (en_speakers.py)
    ),
    cue_blockers=("to", "not", "never", "n't", "cannot", "didn't", "don't", "doesn't", "won't",
                  "wouldn't", "couldn't", "hasn't", "haven't", "hadn't", "refuses", "declined"),
    passive_auxiliaries=("is", "are", "was", "were", "be", "been", "being"),
    object_verbs=_OBJECT_VERBS,
    content_blockers=("to", "with", "of", "for", "by", "on", "in", "at", "from", "as", "into",
                      "about",
                      "after", "before", "during", "against", "through", "how", "what", "why",
                      "whether", "if", "when", "where", "who", "which", "and", "or", "but"),
    clause_subjects=("he", "she", "they", "it", "we", "i", "you", "there"),
    auxiliaries=("is", "are", "was", "were", "has", "have", "had", "will", "would", "could",
                 "can", "should", "may", "might", "must", "did", "does", "do", "wants",
                 "wanted", "needs", "needed"),
    relative_pronouns=("who", "whom", "whose"),
    naming_verbs=("called", "calls", "call", "calling", "described", "describes", "describe",
                  "describing", "dubbed", "dubs", "labeled", "labelled", "labels", "branded",
                  "likened", "likens", "termed"),
    speaker_stop_words=(
        "on", "in", "at", "during", "after", "before", "when", "while", "last", "this",
        "yesterday", "today", "tuesday", "monday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "recently", "also", "earlier", "later", "then", "has", "had",
        "have", "was", "is", "would", "will", "and", "but", "who", "which", "since", "as",
        "if", "so", "yet", "although", "though", "because", "asked", "speaking", "for", "with",
        "from", "by", "of", "to", "after", "still", "now", "meanwhile", "however", "here",
        "there", "what", "why", "how", "where", "it", "that", "this", "these", "those", "not",
        "i", "you", "we",
    ),
    # Group speakers and passive agents (dragoman.quotes.groups; see LanguageRules).
    speaker_quantifiers=("several", "some", "many", "most", "few", "both", "all", "one", "two",
                         "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                         "dozens", "hundreds", "thousands", "others", "another", "each",
                         # plural determiners opening a group ("Other officials said", "Various
                         # experts warned"): no given name, never one person
                         "other", "various", "numerous"),
    speaker_group_heads=("family", "relatives", "parents", "lawyers", "attorneys", "friends",
                         "supporters"),
    speaker_group_links=("of", "for"),
    passive_agents=("by",),
    # Naming verbs, adverbs and appositives (dragoman.quotes.naming, reported, roles).
    naming_particles=("for", "on", "off", "up", "out", "back", "in", "into", "upon"),
    participle_endings=("ing",),
    borrowed_term_words=("what",),
    adverb_endings=("ly",),
    appositive_determiners=("the", "a", "an", "its", "his", "her"),
    as_clause_words=("as",),
    clause_openers=("whether", "if", "how", "why"),
    sentence_conjunctions=("and", "but", "so", "yet", "or"),
    pronoun_verbs=tuple(sorted(_third_person(lemma) for lemma in _MANNER_LEMMAS)),
    document_sources=_DOCUMENT_SOURCES,
    clause_prepositions=("after", "before", "since", "until"),
    entity_words=ENTITY_WORDS,
)
