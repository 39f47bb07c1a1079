"""German words of laws and job titles the German span shaping reads (``entities/
germannounpeople``): the tagger types such words as people on German news pages. Written for
this project (issue 15) from German pages of no evaluation set."""

import re

# Heads of a law's or rule's name ("Infektionsschutzgesetz", "Datenschutz-Grundverordnung",
# "Satiregesetz"), their inflected forms written out: no person, a work of law (MISC).
LAW_HEADS = ("gesetz", "gesetzes", "gesetze", "gesetzen", "verordnung", "verordnungen",
             "grundverordnung", "richtlinie", "richtlinien", "gesetzbuch", "gesetzbuchs",
             "gesetzbuches", "staatsvertrag", "staatsvertrags", "rundfunkstaatsvertrag")
# A law's abbreviation: camel case closing on the capital of "Gesetz", "Gesetzbuch" or
# "Ordnung" ("NetzDG", "IfSG", "StGB", "StPO", "BayPAG"); a lower-case letter inside, so no
# all-capital acronym of a body ("VDG", "BGH"); not a body's "für" acronym of three letters
# ("LfG", "BfG"), nor one closing on "V" ("BfV", "LfV": offices for Verfassungsschutz).
LAW_ABBREVIATION = re.compile(r"^(?![A-Z]f[A-Z]$)(?=[A-ZÄÖÜ]*[a-zäöü])[A-ZÄÖÜ][A-Za-zäöü]{1,8}(?:G|GB|O)$")
# The law abbreviation's sure shape: two capitals at its close ("NetzDG", "IfSG", "BtMG",
# "StPO", "BauGB"). One closing on a lower-case letter and "G"/"O" ("UrhG", "InsO") is a
# firm's or union's camel case as often ("VdG", "InnoG", "MediTechG"): a law only where the
# page writes a law's context around it (``LAW_CONTEXT``).
SURE_LAW_ABBREVIATION = re.compile(r"(?:[A-ZÄÖÜ]G|GB|[A-ZÄÖÜ]O)$")
# A law's context within a few words of an abbreviation: a paragraph sign or word, an
# article or clause cited, a law's head ("§ 97 UrhG", "nach Paragraf 17 InsO", "Gesetz").
LAW_CONTEXT = re.compile(r"§|\b(?:Paragra(?:f|ph)\w*|Art\.|Abs\.|Absatz|[Gg]emäß)|gesetz|Gesetz")

# Role heads ``germanwords.role_heads`` lacks, inflected forms too ("des Bundespräsidenten",
# "Landesgeschäftsführerin"): a single such word typed a person is a title, no name.
EXTRA_ROLE_HEADS = ("präsidenten", "geschäftsführer", "geschäftsführerin",
                    "referent", "referentin", "berater", "beraterin",
                    "koordinator", "koordinatorin", "redakteur", "redakteurin", "beauftragte",
                    "beauftragter", "sprechers", "ministers", "ministerpräsidenten",
                    "bürgermeister", "bürgermeisterin", "staatssekretärs", "insider",
                    "insiderin", "mitarbeiter", "mitarbeiterin")
# Role heads of surnames as often as of titles ("Burmeister", "Springer", "Hofmeister"; the
# kin head "sohn" of "Mendelssohn", "Jacobsohn"): never read as a title alone.
SURNAME_ROLE_HEADS = ("meister", "springer", "sohn")
# English job titles German pages write ("Senior Researcher", "Chief Technology Officer"):
# a rank or field first, a job head last.
EN_JOB_HEADS = frozenset({"officer", "researcher", "manager", "director", "engineer",
                          "scientist", "analyst", "consultant", "editor", "executive",
                          "designer", "developer", "architect", "advisor", "adviser",
                          "specialist", "strategist", "evangelist", "producer", "lead",
                          "associate", "president", "recruiter", "coach", "owner", "head"})
EN_JOB_RANKS = frozenset({"senior", "junior", "chief", "lead", "head", "principal", "managing",
                          "executive", "general", "associate", "assistant", "deputy", "vice",
                          "global", "regional", "technical", "product", "marketing", "sales",
                          "research", "data", "software", "account", "project", "creative",
                          "art", "brand", "country", "key", "community", "content", "social",
                          "business", "financial", "operating", "technology", "information",
                          "communications", "hr", "it", "ux", "ui"})
# Words joining a truncated compound to the noun after it ("Behandlungs- bzw.
# Krankenhauskosten", "Kranken- und Pflegekosten").
COMPOUND_JOINERS = frozenset({"und", "oder", "bzw", "sowie", "bis", "als", "wie"})
# Determiners of a plural before an adjective in "-en" ("die hohen Kosten", "keine neuen"):
# "die" with a weak adjective in "-en" is plural (a feminine singular takes "-e": "die
# scheidende Kanzlerin"), and a name is no plural.
PLURAL_DETERMINERS = frozenset({"die", "keine", "alle", "diese", "jene", "meine", "deine",
                                "seine", "ihre", "unsere", "eure", "solche", "welche",
                                "manche", "beiden", "unsre"})
# Words heading a plural determiner as a pronoun ("die meisten", "diese drei", "alle beide"):
# an "-en" word after them is the finite verb ("Die meisten wählen Merz"), no adjective.
PRONOUN_HEADS = frozenset({"meisten", "wenigsten", "beiden", "zwei", "drei", "vier", "fünf",
                           "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
                           "anderen", "übrigen", "letzteren", "ersteren", "beide"})
# Plural determiners that stand alone as a clause's subject ("Alle lieben Messi", "Diese
# trafen Ronaldo"): an "-en" word right after them may be the verb. No article "die": a
# headline's "Die hohen Krankenhauskosten." has no verb (rev_r2ger probes).
PRONOUN_DETERMINERS = frozenset({"alle", "diese", "jene", "manche", "welche", "solche"})
# Prepositions in "-en" the shared adjective look-alikes lack: after a relative "die" they stand
# before a name ("Fans, die wegen Haaland kamen"), no plural adjective.
EN_PREPOSITIONS = frozenset({"wegen", "zugunsten", "zuungunsten", "seitens", "ungeachtet"})
# Plural determiners that after a comma open a relative clause ("Staaten, die zwischen Putin
# und dem Westen stehen"): no plural noun follows.
RELATIVE_DETERMINERS = frozenset({"die"})
# Singular determiners in "-en" ("die keinen Merz wollen", "die einen Habeck haben"): what
# follows them is no plural.
SINGULAR_EN_DETERMINERS = frozenset({"einen", "keinen", "den", "seinen", "ihren", "meinen",
                                     "deinen", "euren", "unseren", "jeden", "jenen", "welchen"})
# A preposition joined to the article ("im Theater", "beim Zahnarzt", "zur Spülung"): a name
# takes none ("am" is left out: "am Montag" stands before dates, "am Ende" before nouns alike).
CONTRACTED_ARTICLES = frozenset({"im", "ins", "zum", "zur", "vom", "beim"})
# Words coordinating two nouns ("Mehl und Zucker", "Polyester oder Baumwolle").
COORDINATORS = frozenset({"und", "oder", "sowie"})
# Church titles written between given name and surname ("Pietro Kardinal Parolin", "Anselm
# Pater Grün"): a span of a given name and one of them goes on with the surname after it.
INFIX_TITLES = frozenset({"kardinal", "erzbischof", "weihbischof", "bischof", "pater", "abt",
                          "frater", "prälat"})
