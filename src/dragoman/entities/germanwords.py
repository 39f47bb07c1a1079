"""German word classes that are never names on news, or that stand before a name and are no
part of it (German span shaping, ``germanspans``; issue 15, second pass).

* months and the time words before them ("Mitte Januar", "Ende Juli"): dates, never names;
* diseases ("Pest", "Afrikanische Schweinepest", "Vogelgrippe"): never names nor towns;
* events ("Olympischen Spielen", "Europameisterschaft"): not scored as names (MISC);
* role nouns ("Europameister", "Caritas-Chef", "Moderator", "Glücks-Guru"): a title or
  function before a person's name, cut off and kept as the mention's ``role``;
* organisation descriptors ("Regierungspartei", "Kryptobörse", "Weltklimarat"): a common
  noun before an organisation's name ("Partei Attayar"), cut off.
"""

from __future__ import annotations

MONTHS = frozenset({"januar", "jänner", "februar", "feber", "märz", "april", "mai", "juni",
                    "juli", "august", "september", "oktober", "november", "dezember"})
# Words that place a month in time ("Mitte Januar", "Anfang April").
TIME_WORDS = frozenset({"anfang", "mitte", "ende", "beginn", "seit", "bis", "im", "vom", "zum",
                        "am", "monat", "ab"})
# Heads of disease words (also compound heads: "Schweinepest", "Vogelgrippe", "Coronavirus").
DISEASE_HEADS = ("pest", "grippe", "influenza", "virus", "viren", "seuche", "fieber", "pocken",
                 "masern", "cholera", "tuberkulose", "lepra", "typhus", "malaria", "pandemie",
                 "epidemie")
# Heads of event names ("Olympischen Spielen", "Weltmeisterschaft", "Weltcupetappe").
EVENT_HEADS = ("spiele", "spielen", "meisterschaft", "meisterschaften", "championships",
               "weltcup", "weltcups", "olympiade", "turnier", "festival", "etappe", "gipfel",
               "wettkampf", "wettbewerb")
# Heads of role nouns: titles and functions written before a person's name.
ROLE_HEADS = ("meister", "meisterin", "trainer", "trainerin", "chef", "chefin", "minister",
              "ministerin", "sprecher", "sprecherin", "präsident", "präsidentin", "manager",
              "managerin", "moderator", "moderatorin", "experte", "expertin", "direktor",
              "direktorin", "leiter", "leiterin", "vorsitzende", "vorsitzender", "kanzler",
              "kanzlerin", "sekretär", "sekretärin", "kommissar", "kommissarin", "botschafter",
              "botschafterin", "star", "guru", "girl", "sänger", "sängerin", "mechaniker",
              "kapitän", "gründer", "gründerin", "autor", "autorin", "regisseur", "regisseurin",
              "mastermind", "kollege", "kollegin", "ökonom", "ökonomin", "analyst", "analystin",
              "politiker", "politikerin", "aktivist", "aktivistin", "journalist", "journalistin",
              "anwalt", "anwältin", "richter", "richterin", "professor", "professorin",
              "abgeordnete", "abgeordneter", "bischof", "pfarrer", "pfarrerin", "kandidat",
              "kandidatin", "gitarrist", "gitarristin", "schauspieler", "schauspielerin",
              "stürmer", "torhüter", "athlet", "athletin", "kombinierer", "springer", "rapper",
              "rapperin", "musiker", "musikerin", "influencer", "influencerin", "model")
# Determiners other than the articles: they never open a name ("Kein Kerl", "Jede Partei";
# "Die Linke", "Der Spiegel" keep theirs).
DETERMINERS = frozenset({"kein", "keine", "keinen", "keinem", "keiner", "keines", "jede", "jeder",
                         "jedes", "jeden", "jedem", "diese", "dieser", "dieses", "diesen", "diesem",
                         "alle", "allen", "aller", "viele", "vielen", "einige", "einigen", "manche",
                         "solche", "welche", "welcher"})
# Contracted prepositions that join a common noun to the name after it ("Entwicklungsbiologie
# am Roslin Institute"): the name is the part after them.
JOINING_PREPOSITIONS = frozenset({"am", "im", "vom", "beim", "zum", "zur"})
# Role heads that are titles only as the head of a compound (alone, words of brands and works).
COMPOUND_ONLY_ROLES = frozenset({"meister", "star", "girl", "model", "guru"})
# Heads of common nouns written before an organisation's name ("Regierungspartei Ennahda").
ORG_DESCRIPTOR_HEADS = ("partei", "börse", "konzern", "firma", "unternehmen",
                        "hersteller", "plattform", "truppe", "aggregator", "sender", "label")
# Endings of Slavic and Baltic women's surnames ("Fialkova", "Nigmatullina", "Alimbekava").
FEMININE_SURNAME_ENDINGS = ("ova", "eva", "ava", "ina", "yna", "aja", "aya", "ska", "cka", "ová",
                            "ská", "ckà")
# Letters before a compound's head ("Welt|klimarat", "Caritas-|Chef"): fewer make "Rat" of
# "Grat" or "Star" of "Start"-like words. Set by hand.
MIN_PREFIX = 3


def _forms(word: str) -> list[str]:
    low = word.lower().rpartition("-")[2]
    return [low, *(low[: -len(e)] for e in ("es", "s", "n") if low.endswith(e) and len(low) > 4)]


def has_head(word: str, heads: tuple[str, ...]) -> bool:
    """Whether ``word`` (or its last hyphenated part, also inflected) is one of ``heads`` or a
    compound ending in one ("Europameister", "Caritas-Chef", "Schweinepest")."""
    return any(f == h or (f.endswith(h) and len(f) - len(h) >= MIN_PREFIX)
               for f in _forms(word) for h in heads)


def month(word: str) -> bool:
    return word.lower() in MONTHS


def disease(word: str) -> bool:
    return has_head(word, DISEASE_HEADS)


def event(word: str) -> bool:
    """An event's head word; a fair only as a compound ("Buchmesse"; "Messe Frankfurt" is a firm)."""
    return has_head(word, EVENT_HEADS) or (word.lower() != "messe" and has_head(word, ("messe",)))


def role_noun(word: str) -> bool:
    """A capitalised title or function ("Staatspräsident", "Glücks-Guru"); some heads are
    titles only in compounds ("Europameister", "Superstar"; not "Meister Proper", "Star Wars")."""
    return (word[:1].isupper() and word.lower() not in COMPOUND_ONLY_ROLES
            and has_head(word, ROLE_HEADS))


def org_descriptor(word: str) -> bool:
    return word[:1].isupper() and has_head(word, ORG_DESCRIPTOR_HEADS)


# Surname endings that are also adjectives' ("Poczta Polska"): a known given name must come first.
ADJECTIVAL_SURNAME_ENDINGS = ("ska", "cka", "ská", "cká")


def feminine_name(first: str, last: str) -> bool:
    """A woman's given name in "-a" and a Slavic or Baltic woman's surname: "Paulina Fialkova"."""
    return (first.lower().endswith(("a", "ia")) and len(first) > 2 and len(last) > 5
            and last.lower().endswith(FEMININE_SURNAME_ENDINGS))
