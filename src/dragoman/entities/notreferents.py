"""Capitalised words NER tags that name no referent of their own, read with the words around
them in the article (applied to the settled NER mentions, before referents are formed):

* a role's department after a minister word and its preposition ("le ministre norvégien de
  l'Énergie", "ministra de Trabajo", "Minister for Energy"): no entity, unless the knowledge
  base knows the name ("Prime Minister of Israel", "secretary general of NATO");
* a portfolio word before a capitalised "Minister" or "Secretary" ("Labour Minister Sophie
  Lambert"): the role, not the party, unless the article also writes the word without it;
* a holiday alone ("Easter", "This Christmas"), closing a name ("National Trust Easter": cut
  off) or opening an event's name ("Easter Explorers"): an event that founds no entity, unless a person's full
  name in the article ends with the word or the knowledge base knows the name
  ("Christmas Island");
* a role noun capitalised after a title word ("Deputy Editor", "Executive Producer") that NER
  took for a person's name: the role of a person named elsewhere, no referent;
* a named storm ("Storm Ciarán", "la tempête Zeus", and "Ciarán" alone in that article), where
  the article writes the storm word as a common noun (``stormnames``): an event;
* markup or encoding debris ("MĂ" of "MĂ¤rz", "Google News | NewsBreak"; ``debris``), a
  quotation mark alone at a span's edge cut off; one word the page's layout capitalised
  ("Bonus!" over each of a page's feature boxes; ``lonewords``), a heading, menu item or
  button of two everyday words or more ("Lightning Fast"; ``headingphrases``, called by
  ``lonewords``);
* a name holding a contraction, or a "person" opening with a question word or subject pronoun
  and holding another ("Why We're Polarized", "What You Eat"): a work's title;
* an acronym the article defines with lower-case words ("fast radio bursts (FRBs)"): a term;
  a law code after a section sign and its number ("§ 1631 BGB"; ``lawcodes``);
* a season, a weekday in the plural, a peoples' adjective phrase, a reference list's author,
  an imperative verb opening a heading's name (``commonclasses``);
* a Title Case phrase the article writes in lower case more often than as a name ("Drug
  Reaction"), or link labels a page's markup glued ("CrossrefMedlineGoogle Scholar")
  (``casephrases``); an "organisation" of everyday words with no organisation cue ("Thema
  Naturkosmetik", "Artificial Intelligence"; ``plainphrases``);
* a "person" the article also names with a company's legal form ("Red Bull" beside "Red Bull
  GmbH"): the company;
* an owner's possessive NER ran into a name ("Wikipedia’s"): cut off (``possessives``);
* a one-word name right after a title and "of" ("le président de Valence"): what the title is
  of, never the person holding it: a place when the gazetteer knows it, else an organisation;
* a one-word "person" the knowledge base knows as a place, after a locative preposition ("here
  in Denver"): the place (``locativeplaces``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dragoman.entities.acronyms import defined_terms
from dragoman.entities.casephrases import CasePhrases
from dragoman.entities.commonclasses import (
    common_class_kept,
    common_words,
    footnote_split,
    lower_case_words,
    not_a_persons_words,
    service_keys,
)
from dragoman.entities.debris import debris, trim_quote_edges
from dragoman.entities.kb import name_key, token_key
from dragoman.entities.lawcodes import law_codes
from dragoman.entities.locativeplaces import places_after_locatives
from dragoman.entities.lonewords import layout_word
from dragoman.entities.nameclass import given_name_keys
from dragoman.entities.orgplaces import places_typed_orgs
from dragoman.entities.plainphrases import PlainPhrases
from dragoman.entities.possessives import cut_possessives
from dragoman.entities.stormnames import storm_names
from dragoman.entities.teamrecords import teams_with_records
from dragoman.entities.titles import ROLE_MODIFIER_KEYS, leading_titles, titles_before
from dragoman.entities.tokenize import tokenize
from dragoman.entities.twopeople import two_people
from dragoman.language.rules import all_rules
from dragoman.model import Mention

KbType = Callable[[str, bool], str | None]

# Words for a minister or secretary (any case), and German compounds ending in them.
_MINISTER_WORDS = frozenset({
    "minister", "ministers", "secretary", "ministre", "ministres", "ministro", "ministra",
    "ministros", "ministri", "ministerin", "министр", "вице-министр", "وزير", "وزيرة",
})
_MINISTER_ENDINGS = ("minister", "ministerin")
# Prepositions and articles between a minister word and its department.
_OF = r"(?:of(?:\s+the)?|for(?:\s+the)?|de\s+la|de\s+l['’]|du|des|de|del|della|dell['’]|dello|" \
      r"degli|delle|do|da|dos|das|für|f[uü]r\s+(?:die|den)|по)"
# The preposition closing the text before a department; before it, a minister word, maybe then
# one lower-case word (a nationality: "norvégien"). Arabic writes the department straight
# after the minister word (a construct: "وزير الطاقة").
_BEFORE_DEPARTMENT = re.compile(rf"\s{_OF}\s*$", re.IGNORECASE)
# Titles a one-word place or organisation may follow with "of" ("le président de Valence").
_TITLE_OF = re.compile(
    r"\b(?:president|président|présidente|presidente|präsident|präsidentin|chairman|chairwoman|"
    r"mayor|maire|alcalde|alcaldesa|sindaco|bürgermeister|bürgermeisterin|coach|entraîneur|"
    r"entrenador|allenatore)\s+(?:of|de|del|di|du|von|des)\s*$", re.IGNORECASE)
# English portfolio words written before "Minister" / "Secretary" ("Labour Minister X").
_PORTFOLIOS = frozenset({
    "labour", "labor", "defence", "defense", "energy", "health", "finance", "foreign", "interior",
    "justice", "education", "environment", "transport", "trade", "culture", "agriculture",
    "economy", "home", "work", "works", "housing", "industry", "immigration", "treasury",
})
_MINISTER_AFTER = re.compile(r"\s+(?:Minister|Secretary)\b")
# Holidays: no referent. Words that are also common names or surnames are left out ("Noël",
# "Silvester", "Ramadan", "Eid", "Pascua", "Natale").
_HOLIDAYS = frozenset({
    "easter", "christmas", "halloween", "thanksgiving", "hanukkah", "passover", "diwali",
    "ostern", "weihnachten", "pfingsten", "pâques", "navidad", "nochebuena", "pasqua",
    "pentecost", "pentecôte", "whitsun", "xmas",
})
# Words that follow a holiday in its own name ("Christmas Eve", "Easter Sunday").
_HOLIDAY_TAILS = frozenset({"day", "eve", "sunday", "monday", "weekend", "holidays", "break"})
# Words before a holiday that leave no name when it is cut off ("This Easter", "Merry Christmas").
_HOLIDAY_OPENERS = frozenset({"this", "that", "next", "last", "every", "each", "happy", "merry",
                              "frohe", "frohes", "joyeux", "joyeuses", "feliz", "felices", "buon"})
# English words no person's name holds, and contractions ("We’re", "Don't").
_TITLE_WORDS = frozenset({"why", "how", "what", "when", "where", "who", "we", "you", "they",
                          "it", "is", "are", "was", "were", "not"})
_CONTRACTION = re.compile(r"\w['’](?:re|ll|ve)\b|n['’]t\b", re.IGNORECASE)
# Legal forms closing a company's name.
_LEGAL_FORMS = frozenset({"gmbh", "ag", "inc", "ltd", "llc", "plc", "corp", "sa", "se", "spa",
                          "nv", "bv", "kg", "sarl", "srl", "oy", "ab", "asa", "pty", "lp"})
_NO_GIVEN = _HOLIDAYS | _HOLIDAY_OPENERS | _TITLE_WORDS
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def without_non_referents(text: str, mentions: list[Mention], kb_type: KbType,
                          language: str | None = None, fragment_model: bool = False) -> list[Mention]:
    """``mentions`` (settled NER mentions of ``text``, in order) less those naming no referent
    (see the module docstring); holidays stay as events (MISC) too unsure to found an entity,
    or are cut off the name they close; titled places are retyped; a possessive NER tagged
    with a name is cut off (``possessives``); a place after a locative preposition that NER
    called a person is retyped (``locativeplaces``); with a model trained on Wikipedia fragments
    (``fragment_model``), a town after "de" it typed an organisation is retyped (``orgplaces``)."""
    cut_possessives(text, mentions)
    places_after_locatives(text, mentions, kb_type, language)
    teams_with_records(text, mentions)  # "Legacy (7-4) at Cherry Creek (10-0)": teams
    if fragment_model:  # a habit of the WikiANN models; spaCy's news pipelines type these right
        places_typed_orgs(text, mentions, kb_type, language)  # "le maire de Paris"
    storms = storm_names(text, mentions, language)
    persons = {keys[-1] for keys in (name_key(m.text).split() for m in mentions if m.label == "PER")
               if len(keys) > 1 and keys[0] not in _NO_GIVEN}  # "Kofi Christmas", not "This Christmas"
    firms = {" ".join(k[:-1]) for k in (name_key(m.text).split() for m in mentions if m.label == "ORG")
             if len(k) > 1 and k[-1] in _LEGAL_FORMS}
    terms = defined_terms(text) | law_codes(text, mentions)  # "FRBs", "§ 242 StGB"
    services = service_keys(text, mentions)  # "via Twitter"
    lower = lower_case_words(text)
    phrases = CasePhrases(text, mentions, kb_type)
    plain = PlainPhrases(text, language, kb_type)
    out: list[Mention] = []
    split = [part for m in mentions for part in (
        m, m.entity_id is None and (footnote_split(m) or two_people(text, m))) if part]
    for m in split:  # "Harbour Courier.2 Okafor": two names
        if m.entity_id is not None:
            out.append(m)
            continue
        if debris(text, m) or layout_word(text, m, kb_type, language):
            continue  # "MĂ" of "MĂ¤rz", "Google News | NewsBreak"
        trim_quote_edges(m)
        if (_term(m, terms, kb_type) or (common_words(m, lower) and not_a_persons_words(text, m))
                or not common_class_kept(text, m) or phrases.refused(m) or plain.refused(m)):
            continue  # "FRBs", "Spring 1", "Wednesdays", "Okafor B," of a reference list
        if _department(text, m, kb_type) and not _holder_after_department(m):
            continue
        if _portfolio(text, m, mentions) or storms.storm(m) or _work_title(m):
            continue
        if _role_after_title(text, m):
            continue  # "Jane Roe, MD, Deputy Editor, reports": a role, no one's name
        if not _holiday_kept(m, persons, kb_type):
            # kept as an event NER might have called it, sure enough to found nothing
            m.label, m.score = "MISC", 0.0
        _retype_titled(text, m, kb_type)
        if m.label == "PER" and (name_key(m.text) in firms or token_key(m.text) in services):
            m.label = "ORG"  # "Red Bull" beside "Red Bull GmbH"; "Twitter users"
        out.append(m)
    return out


def _term(m: Mention, terms: frozenset[str], kb_type: KbType) -> bool:
    """An acronym the article defines with lower-case words (``acronyms.defined_terms``), in
    the singular or plural, that the knowledge base does not know."""
    word = m.text.strip()
    return bool(terms) and (word in terms or word[:-1] in terms) and kb_type(word, False) is None


def _department(text: str, m: Mention, kb_type: KbType) -> bool:
    """A role's department after a minister word ("ministra de Trabajo")."""
    if m.label == "PER" or kb_type(m.text, False) is not None:
        return False
    before = text[max(0, m.start - 60):m.start]
    found = _BEFORE_DEPARTMENT.search(before)
    if found is not None:
        words = before[:found.start()].split()[-2:]
        return any(_minister_word(w) for w in words) and (words[-1].islower() or _minister_word(words[-1]))
    words = before.split()
    return bool(words) and words[-1] in ("وزير", "وزيرة")


def _holder_after_department(m: Mention) -> bool:
    """A department span running on into its holder's name ("Secretary of State Brad
    Raffensperger" tagged "State Brad Raffensperger"): ``m`` is cut to the name (a known given
    name and what follows), a person; False when no such name follows."""
    words = list(re.finditer(r"\S+", m.text))
    for w in words[1:-1]:
        if token_key(w.group()) in given_name_keys():
            m.start, m.text, m.label = m.start + w.start(), m.text[w.start():], "PER"
            return True
    return False


def _minister_word(word: str) -> bool:
    key = word.casefold()
    return key in _MINISTER_WORDS or (len(key) > 8 and key.endswith(_MINISTER_ENDINGS))


def _portfolio(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """A portfolio word before a capitalised minister title, each time the article writes it
    as a mention ("Labour Minister Sophie Lambert"; not with "the Labour Party" elsewhere)."""
    key = name_key(m.text)
    if key not in _PORTFOLIOS or not _MINISTER_AFTER.match(text, m.end):
        return False
    return all(_MINISTER_AFTER.match(text, o.end) for o in mentions if name_key(o.text) == key)


def _holiday_kept(m: Mention, persons: set[str], kb_type: KbType) -> bool:
    """False when ``m`` is a holiday or an event named by one; a holiday closing a longer
    name is cut off it ("National Trust Easter" -> "National Trust")."""
    words = list(_WORD.finditer(m.text))
    keys = [name_key(w.group()) for w in words]
    if not keys or not any(k in _HOLIDAYS for k in keys) or kb_type(m.text, True) is not None:
        return True
    if keys[0] in _HOLIDAYS:  # "Easter Explorers" an event, "Easter Island" a place
        return keys[0] in persons if len(keys) == 1 else m.label == "LOC"
    if keys[-1] in _HOLIDAYS or (len(keys) > 2 and keys[-2] in _HOLIDAYS and keys[-1] in _HOLIDAY_TAILS):
        last = len(keys) - 1 if keys[-1] in _HOLIDAYS else len(keys) - 2
        if keys[last] in persons:
            return True
        end = words[last - 1].end()
        m.end, m.text = m.start + end, m.text[:end]
        return not (last == 1 and keys[0] in _HOLIDAY_OPENERS)  # "This Easter"
    return True


def _work_title(m: Mention) -> bool:
    """A name holding a contraction ("I’ve" too), or a "person" opening with a
    question word or subject pronoun and holding another: a work's title ("Why We’re
    Polarized", "Why They Stayed Home")."""
    if _CONTRACTION.search(m.text):
        return True  # whatever NER typed it, one word ("I’ve") or more: no name holds one
    words = m.text.split()
    if len(words) < 2:
        return False
    keys = [w.casefold() for w in words]
    return m.label == "PER" and keys[0] in _TITLE_WORDS and any(k in _TITLE_WORDS for k in keys[1:])


def _retype_titled(text: str, m: Mention, kb_type: KbType) -> None:
    """A one-word PER name right after "president of" is what the title is of."""
    before = text[max(0, m.start - 40):m.start]
    if m.label == "PER" and " " not in m.text.strip() and _TITLE_OF.search(before):
        m.label = "LOC" if kb_type(m.text, True) == "LOC" else "ORG"


# Lower-case role nouns of every pack ("editor", "producer", "spokesman"): ``speaker_roles``,
# ``person_roles`` and ``name_occupations``, one-word ones.
_ROLE_NOUNS = frozenset(token_key(w) for rules in all_rules()
                        for w in (*rules.speaker_roles, *rules.person_roles, *rules.name_occupations)
                        if " " not in w)


def _role_after_title(text: str, m: Mention) -> bool:
    """A "person" that is a role noun written right after title words, inside the mention or
    before it ("Deputy Editor", "Executive Producer"; ``titles.leading_titles``,
    ``titles.titles_before``), when the title word right before it modifies roles (the packs'
    ``role_modifiers``): "Mr. Richter", "Dr. Chef" and "Inspector Mayor" are people."""
    spans = tokenize(m.text)
    if m.label != "PER" or not spans or token_key(m.text[spans[-1][0] :]) not in _ROLE_NOUNS:
        return False
    if len(spans) == 1:
        lead, source = titles_before(text, m.start), text
    else:
        lead, source = leading_titles(m.text), m.text
        if len(lead) != len(spans) - 1:
            return False
    return bool(lead) and token_key(source[lead[-1][0] : lead[-1][1]]) in ROLE_MODIFIER_KEYS
