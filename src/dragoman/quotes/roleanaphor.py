"""A definite role phrase standing for a person quoted before ("so die Ministerin", "berichtet
der Firmenchef"): the shape that lets it refer back to the person who spoke last."""

from __future__ import annotations

import re
from functools import lru_cache

from dragoman.language.contentwords import content_words
from dragoman.language.normalize import normalize_for_match
from dragoman.quotes.complements import DETERMINERS
from dragoman.quotes.headlineroles import person_role
from dragoman.quotes.lexicon import Lexicon, Word, words
from dragoman.quotes.mentions import Speaker

# Most words of a role phrase that may refer back: a determiner, at most one modifier, the
# role ("der frühere Virologe").
ROLE_ANAPHOR_WORDS = 3
# Characters read back from a name for the two words before it (a long compound title fits).
DESCRIPTOR_LOOKBACK = 60
# Characters read back from a role phrase for where the article named its holder with another
# role: nine in ten pool A article texts are shorter (90th percentile 10,170 characters);
# bounds the scan on long texts.
DESCRIPTOR_REACH = 10_000
_SENTENCE_BREAK = re.compile(r"[.!?:\"“”„»«]")


def anaphoric_role(text: str, found: list[Word], lex: Lexicon) -> bool:
    """``found`` (the words of ``text``) is a determiner, at most one modifier and a role naming
    one person: the pack's ``person_roles`` or, where nouns are capitalised, a compound ending
    in one ("die Integrationsministerin", "der Firmenchef"); a suspended compound coordinated
    before the role counts as its modifier ("die Familien- und Frauenministerin")."""
    if found and len(found) > ROLE_ANAPHOR_WORDS and _suspended(text, found, lex):
        found = [found[0], found[-1]]
    dets = dict(lex.rules.role_determiner_genders)
    return (2 <= len(found) <= ROLE_ANAPHOR_WORDS
            and (found[0].key in DETERMINERS or found[0].key in dets)
            and person_role(found[-1].key, lex))


def _suspended(text: str, found: list[Word], lex: Lexicon) -> bool:
    """Determiner, "Familien-", a list conjunction, the role: a suspended compound."""
    conjunctions = frozenset(normalize_for_match(c) for c in lex.rules.list_conjunctions)
    return (len(found) == ROLE_ANAPHOR_WORDS + 1 and found[2].key in conjunctions
            and text[found[1].end:found[2].start].strip() == "-"
            and found[-1].text[:1].isupper())


def role_gender(found: list[Word], lex: Lexicon) -> str | None:
    """The gender a role phrase gives its holder ("m"/"f"): a feminine ending of the pack on a
    role whose stem is a role too ("die Bürgermeisterin", "der Autorin" in the genitive), else
    the pack's ``role_determiner_genders`` ("der Virologe", "la gastro-entérologue")."""
    if found and _feminine_role(found[-1].key, lex):
        return "f"
    return dict(lex.rules.role_determiner_genders).get(found[0].key) if found else None


def _feminine_role(key: str, lex: Lexicon) -> bool:
    """A role in one of the pack's feminine endings whose stem is a role ("Finanzchefin")."""
    return any(key.endswith(ending) and person_role(key[:-len(ending)], lex)
               for ending in content_words(lex.rules.code).feminine_role_endings)


def other_office(text: str, holder: Speaker, found: list[Word], lex: Lexicon, pos: int) -> bool:
    """Before ``pos`` the article writes the holder's name right after a noun naming what they
    are, and that noun is another office than the role phrase's: no role of the pack and
    neither the role nor a compound of it ("sagte Pendler Tim Jäger" -> "der Bahnchef", "said
    engineer Paul Hart" -> "the city spokeswoman"), or a role of the other sex ("Finanzchefin
    Ina Roth" -> "der Konzernchef"). A role of the pack may vary the office ("Konzernchef
    Robert X" -> "der Firmenchef", "Autor Michael X" -> "der Experte"). Only where nouns are
    capitalised: elsewhere the word before a name is as often a verb or an adjective ("resalta
    González", "billionaire Michael Bloomberg"), which names no other office."""
    if not lex.rules.capitalised_nouns:
        return False
    role = found[-1].key if found else ""
    name = (holder.name or holder.text).strip()
    if not role or not name:
        return False
    honorifics = frozenset(normalize_for_match(h) for h in lex.rules.honorifics)
    seen = _descriptors(text, lex.rules.code)  # each role phrase reads the same names again
    at = text.find(name, max(0, pos - DESCRIPTOR_REACH), pos)
    while at >= 0:
        if at not in seen:
            seen[at] = _descriptor(text, at, lex) if not text[at - 1:at].isalnum() else None
        key = seen[at]
        if key and key not in honorifics and not (key.endswith(role) or role.endswith(key)):
            sexes = {_role_sex(key, lex), _role_sex(role, lex)}
            if not (key in lex.roles or person_role(key, lex)) or sexes == {"m", "f"}:
                return True
        at = text.find(name, at + len(name), pos)
    return False


def _role_sex(key: str, lex: Lexicon) -> str | None:
    """Where the pack has ``feminine_role_endings``: "f" for a role with one whose stem is a
    role ("Finanzchefin"), "m" for a role whose form with one is a role too ("Konzernchef");
    else None ("Vorsitzende" is either)."""
    if _feminine_role(key, lex):
        return "f"
    endings = content_words(lex.rules.code).feminine_role_endings
    return "m" if person_role(key, lex) and any(person_role(key + e, lex) for e in endings) else None


@lru_cache(maxsize=2)
def _descriptors(text: str, code: str | None) -> dict[int, str | None]:
    """The descriptor keys found so far before names in ``text`` (see ``_descriptor``), by
    the name's start: a page of many role phrases and one name reads each name once."""
    return {}


def _descriptor(text: str, start: int, lex: Lexicon) -> str | None:
    """The key of the noun written right before a name at ``start``: where nouns are
    capitalised any capitalised word inside a sentence, else a role of the pack or a
    lower-case word that is no verb or function word of it."""
    before = words(text, max(0, start - DESCRIPTOR_LOOKBACK), start)[-2:]
    if not before or text[before[-1].end:start].strip(" ") or not before[-1].text.isalpha():
        return None
    word, key = before[-1], before[-1].key
    if key in DETERMINERS:
        return None
    if lex.rules.capitalised_nouns:
        inside = len(before) == 2 and not _SENTENCE_BREAK.search(text, before[0].end, word.start)
        return key if word.text[:1].isupper() and inside else None
    if key in lex.roles or person_role(key, lex):
        return key
    function = (key in lex.verbs or key in lex.stops or key in lex.pronouns
                or key in lex.complementizers or key in lex.participles)
    return key if word.text.islower() and not function else None
