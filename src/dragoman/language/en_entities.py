"""English words the entity rules read around and inside names (``EntityWords``; the English
pack's ``entity_words``). Written for this project (issue 14)."""

from dragoman.language.en_names import ALSO_GIVEN, AUXILIARY_VERBS, INVERSIONS, ORDINAL_NUMBER
from dragoman.language.en_teamwords import TEAM_WORDS
from dragoman.language.entitywords import EntityWords

# Words closing a street's name, which a firm's service ("Google Drive") or a work's title ("the
# film Sunset Boulevard", "the album Abbey Road") closes too (entities/enstreets.py). Not
# "Tower", "Palace": buildings a firm names for itself ("Emirates Palace").
STREET_DESIGNATORS = ("Drive", "Parkway", "Expressway", "Freeway", "Motorway", "Street",
                      "Avenue", "Road", "Boulevard", "Lane")
# Those of them that also name a firm's product ("Google Drive": a storage drive); a firm's word
# before another designator is a town's street named after it ("Tesla Road", "Apple Street").
PRODUCT_DESIGNATORS = ("Drive",)
# Determiners before a noun of works that make it an adjective or a modifier, not a title's
# noun ("a single Main Street bakery"; entities/enstreets.py).
MODIFIER_DETERMINERS = ("a", "an", "one", "each", "every", "any", "another")

# Last words of a publication's, a broadcaster's or a site's name of two words or more ("Wales
# Online", "Harbour Post", "Ulster TV"; entities/mediumnames.py), which NER types a place after
# its town. Not "Star", "Globe", "Republic", "Record": a place or an award as often ("Lone Star",
# "Golden Globe", "Czech Republic", "World Record").
MEDIUM_NAME_HEADS = frozenset({
    "online", "post", "journal", "gazette", "herald", "telegraph", "tribune", "chronicle",
    "courier", "daily", "today", "times", "news", "magazine", "review", "network", "tv",
    "radio", "fm", "mail", "echo", "express", "mirror", "observer", "examiner", "inquirer",
    "enquirer", "dispatch", "bulletin", "sentinel", "advertiser", "citizen", "independent",
    "standard", "live", "weekly", "insider", "monitor", "press", "digest", "newswire", "blog",
    "podcast"})
ENTITY_WORDS = EntityWords(
    team_words=TEAM_WORDS,  # "Boston beat Tampa Bay 4-2" (en_teamwords)
    # "Cornwall-based", "Rutgers-led", "state-owned", "Los Angeles-area".
    modifier_suffixes=("based", "led", "owned", "backed", "born", "headquartered", "funded",
                       "run", "area", "esque", "related"),
    # Not "All", "No", "Some", which open band and work names ("No Doubt").
    quantifiers=frozenset({"many", "several", "most"}),
    disjunctions=frozenset({"or"}),
    firm_partner_words=frozenset({"sons", "partners", "associates", "brothers", "bros", "co",
                                  "company", "daughters", "llp"}),
    auxiliary_verbs=AUXILIARY_VERBS, inversion_auxiliaries=INVERSIONS, auxiliaries_also_given=ALSO_GIVEN,
    # "Royal Society for the Protection of Birds (RSPB)", "Council on Trade Policy (CTP)".
    definition_links=frozenset({"for", "on"}),
    # Not "Conference" (athletic conferences are organisations: "Southeastern Conference"),
    # "Games" (publishers: "Epic Games"), "Show" or "Open" (bands, works). "Award" and
    # "Prize" close a prize's name ("Booker Prize"); the body giving one is named otherwise
    # ("Booker Prize Foundation", "Recording Academy").
    event_heads=frozenset({"festival", "festivals", "summit", "championship", "championships",
                           "olympics", "paralympics", "awards", "marathon", "expo", "tournament",
                           "cup", "regatta", "jamboree", "award", "prize", "prizes"}),
    # "General Assembly", "Hispanic Caucus", "Border Force", "Journeyman Distillery", "Trump
    # Tower", "Buckingham Palace". Not "Software" or "Systems": a product's name opens a firm's
    # ("Python" of "Python Software Foundation") and the referents would merge them. None a
    # common given name or surname.
    person_typed_organisation_heads=(
        "Assembly", "Caucus", "Senate", "Congress", "Bureau", "Administration", "Coalition",
        "Alliance", "Force", "PAC", "Brewery", "Distillery", "Winery"),
    # Street designators the pack's ``place_heads`` lack: NER calls "Carrick Drive" a person
    # (seen on pool A's local-news pages: three roads on three pages). None a given name or a
    # common surname ("Driver" is not "Drive").
    person_typed_place_heads=("Tower", "Towers", "Palace", "Drive", "Parkway", "Expressway",
                              "Freeway", "Motorway"),
    seasons=frozenset({"spring", "summer", "autumn", "fall", "winter"}),
    # "Black" and "White" as peoples' adjectives ("Black voters"); not "Brown", a common surname.
    people_qualifiers=frozenset({"native", "latin", "african", "asian", "european", "indigenous",
                                 "caribbean", "arab", "hispanic", "latino", "latina", "black",
                                 "white"}),
    # Peoples of a region or language, not in en_names.DEMONYMS (countries, linked to their
    # country). Not those that alone name a club, airline or sea ("Celtic", "Hawaiian",
    # "Baltic").
    people_adjectives=frozenset({
        "welsh", "scottish", "scots", "english", "cornish", "manx", "catalan", "basque",
        "galician", "andalusian", "corsican", "breton", "sicilian", "sardinian", "flemish",
        "walloon", "bavarian", "frisian", "kurdish", "tibetan", "uyghur", "uighur", "tamil",
        "punjabi", "bengali", "kashmiri", "quebecois", "québécois", "texan", "californian",
        "tatar", "chechen", "berber", "amazigh", "pashtun", "baloch", "druze", "yazidi",
        "rohingya", "maori", "māori", "aboriginal", "inuit", "sami", "kosovar", "gaelic",
        "slavic", "arabic", "persian", "hindi", "urdu",
    }),
    # Given names are left out ("Will", "Rob", "Mark"); ``given_name_keys`` guards the rest.
    imperatives=frozenset({"enter", "install", "download", "visit", "explore", "make", "run",
                           "open", "click", "select", "choose", "add", "try", "use", "learn",
                           "buy", "shop", "join", "subscribe", "follow", "watch", "play",
                           "create", "build", "upgrade", "update", "register", "configure"}),
    # Not "campaign", "platform", "headquarters" ("the Lee campaign"), nor "shares" (a verb
    # after a person too).
    service_nouns=frozenset({"user", "users", "app", "apps", "feed", "website", "subscribers",
                             "subscription", "customers"}),
    # Not "on" ("pressure on Johnson") nor "a" ("a Lee rally").
    service_prepositions=("via",),
    genres=frozenset({"rap", "r&b", "pop", "jazz", "hip-hop", "reggae", "techno", "grime", "punk",
                      "blues", "funk", "disco", "k-pop", "afrobeats", "dancehall", "drill",
                      "trap"}),
    numbered_broadcasters=frozenset({"radio", "channel", "tv"}),
    question_openers=frozenset({"how", "why"}),
    numbered_streets=frozenset({"street", "avenue", "st", "ave"}),
    ordinal_opener=ORDINAL_NUMBER,
    # "Python version 3.7"; not "release" or "build", verbs after a name too.
    version_words=frozenset({"version"}),
    # Not "app" or "apps" ("the Smith app": a person's), "library" ("the Johnson library"),
    # "phone", "phones" or "licenses" ("Cruz phones her fans", "the Okafor phone call"),
    # "projects" or "systems" (a developer's, a firm's), "machine" ("Turing machine"), "cars"
    # ("Musk cars"), "administration" ("Trump administration").
    product_nouns=frozenset({
        "code", "compiler", "compilers", "toolchain", "toolchains", "browser", "browsers",
        "smartphone", "smartphones", "device", "devices", "tablet", "tablets", "emulator",
        "emulators", "kernel", "distro", "distros", "firmware", "installer", "installation",
        "installations", "plugin", "plugins", "gpu", "gpus", "graphics", "license", "licence",
        "tank"}),
    model_nouns=frozenset({"card", "cards"}),
    # Not "using" or "with" ("using Smith as a source"), nor "in" alone. Nouns of a product's
    # or a service's kind written before its name as an apposition ("the streaming service
    # Luna", "the browser Vivaldi"); not "platform" (a party's, a candidate's), "channel" or
    # "show" (a presenter's), "subscribe to" (a writer's newsletter), "the app" or "launch
    # the" ("the app Ann Lee built", "launch the Lee campaign").
    product_openers=("written in", "rewritten in", "coded in", "programmed in", "install",
                     "download", "uninstall", "reinstall", "streaming service",
                     "gaming service", "messaging app", "the browser", "operating system",
                     "subscription to", "subscriptions to"),
    # "the Supreme Court" beside "the supreme court of the province".
    name_articles=frozenset({"the"}),
    # A surname's prefix written in lower case and joined to it ("deGrom", "vanDyke", "diMaggio",
    # "mcKenna", "al-" spelled "alNahyan").
    joined_surname_prefixes=frozenset({"mc", "mac", "fitz", "van", "vander", "vanden", "von",
                                       "de", "del", "della", "di", "da", "du", "la", "le",
                                       "al", "el"}),
    number_signs=frozenset({"no.", "nos."}),
    apposition_openers=frozenset({"the"}),
    plural_auxiliaries=frozenset({"are", "were", "have", "do"}),
    past_verbs=frozenset({"won", "sang", "spoke", "wrote", "made", "took", "led", "became",
                          "went", "came", "gave", "met", "left", "lost", "ran", "began", "got",
                          "held", "saw", "sat", "stood", "taught", "told", "said", "drew"}),
    # "Farmer to Death", "Embarked on a Diatribe", "After his Appearance"; name particles
    # ("of", "the", "and", "for", "on") are no cues.
    headline_small_cues=frozenset({"to", "a", "an", "as", "his", "her", "its", "their", "our",
                                   "my"}),
    headline_small_words=frozenset({"of", "the", "and", "or", "but", "on", "in", "at", "by",
                                    "for", "from", "with", "into", "over", "vs", "nor", "up",
                                    "off"}),
    # Pronouns, auxiliaries, clause words: running text writes them in lower case unless they
    # open a sentence.
    headline_capital_cues=frozenset(
        {"it", "is", "are", "was", "were", "be", "been", "will", "would", "has", "have", "had",
         "didn't", "doesn't", "isn't", "can't", "won't", "after", "above", "while", "why", "how",
         "what", "who", "says", "said", "gets", "goes", "go", "this", "that", "these", "those",
         "he", "she", "they", "we", "you", "very", "not", "than", "about", "again"}),
    # Substances, devices, degrees, school subjects, measures: an organisation or place so
    # spelled is rare in English news.
    common_acronyms=frozenset(
        {"DNA", "RNA", "MRNA", "LED", "LEDS", "LCD", "ATM", "ATMS", "PHD", "PHDS", "STEM", "GPS",
         "CCTV", "MRI", "GDP", "SUV", "SUVS", "USB", "PDF", "URL", "DIY", "IQ", "UFO",
         "VPN", "PIN", "AI", "A.I.", "IVF", "CPR", "PTSD", "ADHD", "HIV", "AIDS", "TV", "DVD",
         "CD", "IT", "HR", "PR", "MBA", "LGBT", "LGBTQ",
         # devices, formats and music genres of technology and culture pages
         "SMS", "ID", "IV", "HD", "ICU", "CPU", "GPU", "RAM", "SSD", "HDD", "OLED", "SIM", "QR",
         "HTML", "CSS", "JSON", "API", "APIS", "HTTP", "HTTPS", "JPEG", "PNG", "GIF", "FAQ",
         "EDM", "DJ", "DJS",
         # groups of people and kinds of body, never one body ("a BAME councillor")
         "BAME", "BME", "NGO", "NGOS",
         # positions and periods of play on sports pages
         "QB", "RB", "WR", "OT",
         # a degree and a doctor's practice ("Ph.D", "GP")
         "PH.D", "PH.D.", "GP"}),
    # "72 per cent achieved an A in Mandarin"; "Catalan leaders", "the Zulu king".
    language_names=frozenset(
        {"Mandarin", "Cantonese", "Hindi", "Urdu", "Swahili", "Esperanto", "Sanskrit", "Farsi",
         "Tagalog", "Hebrew", "Yiddish", "Gaelic", "Amharic"}),
    people_language_names=frozenset(
        {"Bengali", "Punjabi", "Gujarati", "Tamil", "Telugu", "Catalan", "Basque", "Hausa",
         "Yoruba", "Igbo", "Zulu", "Xhosa"}),
    # "AM" of the Welsh Senedd; "TD" is a touchdown too, a role only after other words.
    member_acronyms=frozenset({"MP", "MEP", "MSP", "MLA", "AM", "TD"}),
    member_acronyms_alone=frozenset({"MP", "MEP", "MSP", "MLA", "AM"}),
    # "Ann Lee Sr." names her ("Sr." is a nun's title too).
    generations=frozenset({"sr", "jr"}),
    family_nouns=("Mother", "Father", "Mum", "Mom", "Dad", "Grandmother", "Grandfather",
                  "Grandma", "Grandpa"),
    family_counts=("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                   "ten", "twins"),
    name_leads=frozenset({"ibn", "bint", "abu", "ben", "ap", "mac", "st"}),
    place_articles=frozenset({"the"}),
    feature_nouns=frozenset({"rainforest", "basin", "river", "delta", "jungle", "region",
                             "estuary", "desert", "coast", "lowlands"}),
    # Not "state", "kingdom" or "republic" ("the state of the economy", "a republic of
    # letters"), "house" ("the house of Windsor": a family), "capital" ("the capital of X Bank").
    place_nouns=frozenset({"island", "islands", "isle", "town", "towns", "village", "villages",
                           "hamlet", "township", "city", "cities", "county", "province",
                           "region", "archipelago", "atoll", "peninsula", "suburb",
                           "municipality", "borough", "emirate", "port"}),
    place_of_links=("of",),
    # Not "developer" ("a Miami developer"), "library" ("the Boston library"), "code" ("the
    # Georgia code"), "environment", "users" or "version" ("the London version"), "package" ("the
    # stimulus package"), "app" ("the Revolut app": a firm's): places and firms take them too.
    # Not "install(s)" ("Cobalt installs panels") nor "installation(s)" ("the Heathrow
    # installation of scanners"): verbs and fittings.
    software_nouns=frozenset({"script", "scripts", "module", "modules", "interpreter",
                              "interpreters", "installer", "partition", "virtualenv",
                              "runtime", "codebase", "syntax", "distro", "distros", "kernel",
                              "bytecode", "compiler", "toolchain", "plugin", "plugins"}),
    gerund_suffixes=("ing",),
    # "North Atlantic", "South East" (a region), "Western North Carolina", "Denver East".
    compass_words=frozenset({
        "north", "south", "east", "west", "northern", "southern", "eastern", "western",
        "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
        "south-east", "south-west", "northeastern", "northwestern", "southeastern",
        "southwestern", "central", "upper", "lower", "greater", "inner", "outer"}),
    # Not "with", "by", "for", "of" ("a speech of Warren"): written before people as often.
    locative_prepositions=frozenset({"in", "from", "to", "near", "outside", "across", "into",
                                     "around", "via", "toward", "towards"}),
    # A preposition governed by a word that takes a person as well as a place.
    non_locative_heads=frozenset({"according", "thanks", "due", "owing", "married", "engaged",
                                  "related", "compared", "similar", "loyal", "letter", "letters",
                                  "tribute", "tributes",
                                  "reply", "replies", "answer", "belongs", "belonging", "talk", "talking",
                                  "talked", "spoke", "speaking", "listen", "listened", "wrote",
                                  "gave", "given", "handed", "lost", "introduced"}),
    # A medium's name written after these ("an article in Healthline", "a post on Cinderly"):
    # nouns of a publication's or a platform's texts, before the preposition that places them;
    # not "piece on", "story on", "report on", "thread on", "video on" (about a person too).
    medium_phrases=frozenset({
        "article in", "articles in", "column in", "columns in", "editorial in", "essay in",
        "essays in", "op-ed in", "piece in", "pieces in", "review in", "reviews in", "letter in",
        "report in", "interview in", "survey in", "study in", "published in", "printed in",
        "post on", "posts on", "posted on", "posting on", "channel on", "appears on",
        "published on", "shared on", "streamed on", "streaming on",
        "uploaded on", "trending on", "viral on", "listing on", "listings on", "available on",
        "subscribers on", "followers on"}),
    # "your Mac", "read our Privacy Notice" (ownednames.py). Not "her": an object pronoun too
    # ("told her Trump would win").
    medium_name_heads=MEDIUM_NAME_HEADS,
    # "Redrow told investors", "Redrow shares fell", "Redrow said its sales fell" (referentvote.py).
    firm_words=frozenset("""
        shares shareholders investors plc ltd inc profit profits revenue revenues customers
        dividend dividends earnings turnover subsidiary stores
    """.split()),  # noqa: SIM905
    firm_pronouns=frozenset({"it", "its"}),
    possessive_determiners=frozenset({"my", "your", "our", "their", "his", "its"}),
    # "the charity Citizens Advice", "Just Stop Oil, the campaign group," (plainphrases.py);
    # heads ("group", "trust") are read besides. Not "service", "scheme", "programme": a
    # state's benefits and plans ("the scheme Universal Credit").
    body_kind_nouns=frozenset({
        "charity", "band", "campaign", "movement", "thinktank", "club", "team", "organisation",
        "organization", "nonprofit", "watchdog", "newspaper", "magazine", "broadcaster",
        "publisher", "label", "firm", "company", "startup", "retailer", "chain", "orchestra",
        "choir", "museum", "theatre", "theater", "restaurant", "pub"}),
    # "Storm Ciarán", "Hurricane Milton", "Typhoon Haikui" (entities/stormnames.py)
    storm_words=frozenset({"storm", "hurricane", "typhoon", "cyclone"}),
)

# Words before a medium's head (``MEDIUM_NAME_HEADS``) that make a place or a post of guards
# ("Trading Post", "Border Post").
MEDIUM_HEAD_NOT_AFTER = frozenset({
    "trading", "border", "frontier", "command", "guard", "observation", "military", "police",
    "army", "customs", "listening", "lamp", "first", "last", "check", "staging", "sentry",
    "picket", "toll", "relay", "sign", "combat", "point", "gate", "goal", "boundary", "watch"})
# First words of a place's name of two words closing with such a head ("Lake Echo", "Fort
# Independent", "Camp Daily"); a paper of three words or more may open with them ("Fort Worth
# Weekly").
MEDIUM_PLACE_PREFIXES = frozenset({"lake", "mount", "mt", "fort", "camp"})
# Nouns after a person-typed name that make it a person's or family's modifier, not a paper
# read after "the" ("the Kwabena Post estate", "the Adebayo Post family").
MEDIUM_PERSON_NOUNS_AFTER = frozenset({"family", "families", "case", "estate", "trial", "affair",
                                       "scholarship", "murder", "killing", "inquest", "brothers",
                                       "sisters", "household", "children", "siblings"})
# A place-typed one-word name written after these, or before the nouns after it, is a site
# or platform when no gazetteer knows it ("articles on Wikipedia", "Wikipedia editors"): only
# "on" of ``medium_phrases`` counts for it ("a survey in Kenya" is a place's). Not "users",
# "readers", "followers", "page", "website" after it: a town's too ("Glenrothes readers").
MEDIUM_PLACE_CUES_BEFORE = frozenset({"access to", "articles on", "edits on", "editors on",
                                      "entries on", "accounts on", "account on", "published on",
                                      "post on", "posts on", "posted on", "posting on",
                                      "shared on", "streamed on", "streaming on", "uploaded on",
                                      "trending on", "viral on", "subscribers on", "followers on",
                                      "channel on"})
# Of these and of those after, cues a town takes too: they count only beside another cue
# ("access to Kelso", "articles on Daraya" about it, "a checkpoint post on Vasylka road",
# "Daraya videos", "Tarnovka accounts of the battle", "the Rostavia app", "Schengen entry").
MEDIUM_PLACE_WEAK_CUES = frozenset({"access to", "articles on", "entries on", "post on", "app",
                                    "feed", "account", "accounts", "article", "articles", "entry",
                                    "entries", "videos"})
# Of the weak ones after it, those that a possessive makes a site's own texts ("Wikipedia's
# articles", "Quillnet's entries"): a full cue then.
MEDIUM_PLACE_OWN_TEXTS = frozenset({"article", "articles", "entry", "entries"})
MEDIUM_PLACE_CUES_AFTER = frozenset({"editors", "articles", "article", "entry", "entries",
                                     "account", "accounts", "app", "feed", "videos"})
# The last dotted part of a site's address written as its name ("Ticketmaster.ie").
SITE_DOMAIN_ENDINGS = frozenset({"com", "org", "net", "io", "co", "uk", "ie", "de", "fr", "info",
                                 "gov", "edu", "ai", "app", "tv", "news", "au", "ca", "in", "eu"})
# A person-typed paper's name is read as one only after these or after a known place ("the
# Fairbank Sentinel", "Devon Live"): people are not ("Zoltan Post").
MEDIUM_NAME_ARTICLES = frozenset({"the"})

# Words closing a product's model name after its series ("MacBook Pro", "M3 Max", "Galaxy S24
# Ultra", "Parallels Desktop Pro Edition"; entities/modelnames.py), written in English on pages
# of every language. Not "Max" read as a given name (modelnames skips given names), nor "One"
# ("Capital One", "Formula One").
MODEL_WORDS = frozenset({"pro", "max", "ultra", "mini", "plus", "air", "lite", "edition",
                         "premium", "ultimate", "+"})
