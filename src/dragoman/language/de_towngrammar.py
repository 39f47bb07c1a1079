"""German grammar that tells a town's name from a common noun of the same spelling, read by
``entities/placecheck.towns_read_as_nouns`` on a one-word town right behind a determiner:

* a town's name is neuter and singular ("das alte Hamburg", "im Köln der Nachkriegszeit",
  "dieses Rostock"), so a determiner of another gender or of the plural right before the word
  ("an der Mosel", "den Van", "die Leiden der jungen Frau") shows another kind of word;
* a capitalised infinitive behind a neuter determiner is a verb made a noun ("das Essen",
  "das Leiden"): the lexicon writes the verb's other forms in lower case ("leidet",
  "gegessen"), which no town's name has.
"""

from __future__ import annotations

# Determiners that go with no neuter singular noun: feminine, masculine or plural forms only
# ("der" is a neuter noun's only in no case; "des", "dem", "das", "im" are left out).
NOT_NEUTER_DETERMINERS = frozenset({"die", "der", "den", "zur", "eine", "einer", "einen",
                                    "keine", "keiner", "keinen", "diese", "dieser", "diesen",
                                    "jene", "jener", "jenen", "meine", "seine", "ihre", "unsere"})
# The ending of an infinitive, and the forms of the verb built on its stem: the third person
# and the past participles of weak and strong verbs ("leid|et", "ge|ess|en").
INFINITIVE_ENDING = "en"
VERB_FORMS = ("{stem}t", "{stem}et", "ge{stem}t", "ge{stem}et", "ge{stem}en")
# Letters of a stem before the verb forms are tried ("Ess|en"); shorter ones match too much.
MIN_VERB_STEM = 3
# Determiners that go with no masculine singular noun (feminine and plural forms only; "der",
# "den", "einen", "dieser", "jener" are a masculine noun's): with ``NOT_NEUTER_DETERMINERS``,
# read by ``entities/germangenders`` ("die IG Metall": "die" is no article of "Metall").
NOT_MASCULINE_DETERMINERS = frozenset({"die", "zur", "eine", "einer", "keine", "keiner", "diese",
                                       "jene", "meine", "seine", "ihre", "unsere"})
# Determiners fused with a preposition: they open a noun phrase wherever they stand ("kam zur
# IG Metall"; ``entities/germanframing``).
FUSED_DETERMINERS = frozenset({"zur"})
# Endings of feminine nouns ("Sendung", "Belegschaft", "Freiheit"): a word in one is never read
# as a compound of a masculine or neuter head ("Sen|dung", "Beleg|schaft").
FEMININE_SUFFIXES = ("ung", "heit", "keit", "schaft", "ion", "tät", "ei", "ik", "ie", "in", "ur")
