"""English phrases typed as persons (or organisations) in text of a language that capitalises
every noun (German): "die Bekämpfung von Hate Speech", "Management-Moden wie Lean Production",
"beim Paid Content".
German writes a borrowed English noun phrase with capitals as it writes its own nouns, so the
capitals are no evidence of a name, and the tagger, which learned that two capitalised foreign
words make a person, types such a phrase PER. A span of two words or more typed PER is dropped
when every word is a capitalised plain English word: among the ``MAX_RANK`` most frequent words
of the loan language's frequent-word list (``frequentwords``; it leaves out words that stand in
persons' names), no given name, no seed-KB name ("Apple Car", "Elon Musk"). It stays when

* the whole span is a seed-KB name ("Human Rights Watch");
* a title, role or given name stands before its first word on the page ("Minister Axel
  Vogel", "die Sängerin Ocean Storm") or a descriptor noun right before it ("Firma");
* a quotation mark opens right before it („Next Issue“, a service's name);
* its last word closes names of bodies or works in the NER training sets ("News Corp",
  ``givenlearned.name_closer_keys``) or is an English plural ("Rolling Stones": a band);
* a word of it is a mention alone on the page (a surname, "Musk"; a product, "Office");
* a capitalised plain English word stands right beside it (cut out of a longer name: "Human
  | Rights Watch").

German words are kept out by the rank, not by the German noun lexicon: the Wiktionary lexicon
holds the English loans themselves ("Content", "Production", "Snack", "Management"), while
German words reach wordfreq's English table only at low ranks ("deutsche" 10,536th, "vogel"
22,283rd).

The span is dropped, not kept as MISC: such a phrase is the loan word of a common noun ("die
Hate Speech" like "die Hassrede"), which the German span shaping drops as it drops "Migration";
an analyst reads no entity in it.

A span typed ORG with such words is as often a firm, service or body ("News Corp", "Nature
Research", "Sky Ticket", "Red Bull", "Fast Company") as a phrase ("Social Media", "Deep
Learning") on pool A's German pages, and neither its words nor a German article before it tell
them apart ("das Sky Ticket" like "das Deep Learning"). It is dropped only where the page uses it
as a common noun (``common_use``), beside the checks above but the name-closing last word and
the plural ("Fake News", "Social Media", "Good Practices" listed with common nouns; that use
drops a person's span with such a last word too):

* it is listed with a German common noun of no person or body: "Verschwörungsmythen und Fake
  News", "Deep Learning und eine neue Statistik", "Fake News, Hassrede, Propaganda" (a comma
  only where the list goes on after that noun: "Red Bull, Hersteller von Energydrinks, …" is an
  apposition). Firms are listed with people and bodies ("Aktionäre und Social Chain",
  "Plattenfirmen und Universal Music", "Sky News und andere Sender"): a noun with an ending of
  persons or bodies (``loan_phrase_agent_endings``: "Helfer", "Aktionäre", "-firmen"), a head
  of bodies (the pack's firm, body, institution, role and publication nouns: "Netzwerk"), or
  one after a word making the phrase one of its kind (``loan_phrase_kind_words``: "andere")
  tells nothing;
* the page writes it in lower case ("social media"), not inside an English quotation ("we want
  to be an open bank").

A plural listed noun counts only beside a plural phrase ("Gesetze und Good Practices"): firms
are listed with plural nouns of what they deal in or are cited with ("Lizenzen und Universal
Music", "Schätzungen und Global Data").
"""

from __future__ import annotations

import re

from dragoman.entities import germanknown
from dragoman.entities.frequentwords import frequent_ranks
from dragoman.entities.germanlexicon import common_noun, given_name
from dragoman.entities.germanpeople import titled_words
from dragoman.entities.givenlearned import learned_given_keys, name_closer_keys
from dragoman.entities.kb import name_key
from dragoman.entities.spanshape import CommonWords
from dragoman.language.rules import capitalises_nouns, pack_of
from dragoman.model import Mention

# Words of the loan language's frequent-word list read as plain words: its first 7,500. Past
# that rank the share of given names in en-frequent (German, learned and Faker given-name
# lists) doubles, from under 1% to about 2% and 5% at 17,500 ("holly", "trevor", "cyrus");
# calibrated on that list and on pool A's German pages (persons "Wolff Fuss", "Axel Vogel",
# "Zach Redmond" hold words past 9,000; the phrases' words stood before 7,400, but "Ventures").
MAX_RANK = 7500
# Marks that open a quotation: a phrase quoted right after one is a title or a product's name.
OPENING_QUOTES = frozenset("\"„“«»‚'")
# How far around a span its neighbouring words are looked for (longer than any plain word).
NEIGHBOUR_CHARS = 40
# Lower-case words (an article, an adjective) allowed between a coordinator and the common noun
# listed after the phrase ("und eine neue Statistik").
MAX_LIST_MODIFIERS = 2
# How far before and after a span a listed noun and its coordinator are looked for (a long
# compound, a coordinator and two modifiers fit).
LIST_WINDOW_CHARS = 80
# The shortest stem left of a listed noun less a plural ending (the pack's
# ``loan_phrase_plural_endings``) that is read as a noun (no "Reis" of "Reise": three letters
# allow "Amt", "Ohr").
MIN_PLURAL_STEM = 3
# Words either side of a lower-case use read for an English quotation around it ("an open bank
# for everyone"); two reach past a shared function word ("an", "for" are German list words too).
CONTEXT_WORDS = 2


def _loan_language(language: str | None) -> str | None:
    pack = pack_of(language)
    if pack is None or not capitalises_nouns(language):
        return None
    return pack.entity_words.loan_phrase_language or None


def _plain_word(word: str, ranks: dict[str, int]) -> bool:
    """A capitalised plain word of the loan language ("Speech"), no acronym ("PS"), no given
    name, no seed-KB name."""
    if not (len(word) > 1 and word.isalpha() and word[0].isupper() and word[1:].islower()):
        return False
    if ranks.get(word.lower(), MAX_RANK) >= MAX_RANK:
        return False
    return not (given_name(word) or name_key(word) in learned_given_keys() or germanknown.known_name(word))


def loan_phrase(m: Mention, text: str, ranks: dict[str, int], alone: frozenset[str]) -> bool:
    """Whether the person's (or organisation's) span ``m`` of ``text`` has a borrowed phrase's
    words (the module docstring; the page's cues before it are read by
    ``without_loan_phrases``); ``alone``: the page's one-word mentions (a word of the span named
    alone is a name: "Office")."""
    words = m.text.split()
    if m.label not in ("PER", "ORG") or len(words) < 2 or any(w in alone for w in words):
        return False
    if (m.start > 0 and text[m.start - 1] in OPENING_QUOTES) or _english_neighbour(text, m, ranks):
        return False
    return all(_plain_word(w, ranks) for w in words) and not germanknown.known_name(m.text)


def _name_closing(m: Mention, ranks: dict[str, int]) -> bool:
    """Whether the last word of ``m`` closes a body's, work's or band's name ("News Corp",
    "Rolling Stones")."""
    last = m.text.split()[-1]
    return name_key(last) in name_closer_keys() or _plural(last, ranks)


def _plural(word: str, ranks: dict[str, int]) -> bool:
    """An English plural ("Stones" of "Stone"): a person's span closing on one names a band or
    a team, mistyped but a name."""
    low = word.lower()
    return low.endswith("s") and not low.endswith("ss") and low[:-1] in ranks


def _english_neighbour(text: str, m: Mention, ranks: dict[str, int]) -> bool:
    """Whether a capitalised plain English word stands right before or after ``m`` (one space
    between): the span is cut out of a longer English name ("Human | Rights Watch")."""
    before = text[max(0, m.start - NEIGHBOUR_CHARS):m.start]
    after = text[m.end:m.end + NEIGHBOUR_CHARS]
    words = [*(before.split()[-1:] if before.endswith(" ") else []),
             *(after.split()[:1] if after.startswith(" ") else [])]
    return any(_plain_word(w, ranks) for w in words)


def without_loan_phrases(text: str, mentions: list[Mention], common: CommonWords | None,
                         language: str | None) -> list[Mention]:
    """``mentions`` of ``text`` (in ``language``) less the borrowed phrases typed as persons,
    and those typed as organisations that the page uses as common nouns (``common_use``); as
    given for a language that does not capitalise nouns or borrows from no listed one.
    ``common``: the language's common words (a descriptor right before the span, "Firma",
    keeps it)."""
    loan = _loan_language(language)
    ranks = frequent_ranks(loan) if loan else {}
    if not ranks:
        return mentions
    titled = titled_words(text)
    alone = frozenset(m.text for m in mentions if " " not in m.text)
    named = _named_words(mentions)
    seen: dict[str, bool] = {}
    return [m for m in mentions if not (
        loan_phrase(m, text, ranks, alone) and not titled(m.text.split()[0])
        and not _descriptor_before(text, m.start, common)
        and ((m.label == "PER" and not _name_closing(m, ranks))
             or common_use(text, m, common, language, named, seen)))]


def _named_words(mentions: list[Mention]) -> frozenset[int]:
    """The start offsets of the words inside the page's mentions."""
    return frozenset(m.start + w.start() for m in mentions for w in re.finditer(r"\S+", m.text))


def common_use(text: str, m: Mention, common: CommonWords | None, language: str | None,
               named: frozenset[int], seen: dict[str, bool] | None = None) -> bool:
    """Whether the page (in ``language``) uses the span ``m`` as a common noun (the module
    docstring): written in lower case, or listed with a common noun of no person or body
    (``named``: the start offsets of words inside mentions, no common nouns; ``seen``: the
    page's phrases already read for a lower-case use)."""
    pack = pack_of(language)
    if pack is None:
        return False
    ranks = frequent_ranks(pack.entity_words.loan_phrase_language)
    if _lower_case_use(text, m.text.lower(), common, ranks, {} if seen is None else seen):
        return True
    if common is None or not pack.entity_words.loan_phrase_coordinators:
        return False
    words = pack.entity_words
    join = "|".join(map(re.escape, sorted(words.loan_phrase_coordinators)))
    noun = r"([A-ZÄÖÜ][\w-]*)"
    before = re.search(rf"{noun}\s+(?:{join})\s+$", text[max(0, m.start - LIST_WINDOW_CHARS):m.start])
    plural = _plural(m.text.split()[-1], ranks)
    if before and _listed_noun(before.group(1), m.start - len(before.group(0)), common, language,
                               named, plural):
        return True
    mods = rf"(?:[a-zäöüß]+\s+){{0,{MAX_LIST_MODIFIERS}}}"
    after = re.match(rf"\s+(?:{join})\s+{mods}{noun}|,\s+{noun}(?=\s*,|\s+(?:{join})\s)",
                     text[m.end:m.end + LIST_WINDOW_CHARS])
    if after is None or any(w.lower() in words.loan_phrase_kind_words for w in after.group(0).split()):
        return False
    group = 1 if after.group(1) else 2
    return _listed_noun(after.group(group), m.end + after.start(group), common, language, named,
                        plural)


def _listed_noun(word: str, start: int, common: CommonWords | None, language: str | None,
                 named: frozenset[int], plural: bool) -> bool:
    """Whether ``word`` (at ``start``) is a common noun of the language naming no person or
    body (the module docstring), no mention's word and no seed-KB name (one the tagger
    missed). A plural noun counts only beside a plural phrase
    (``plural``: "Gesetze und Good Practices"): a firm is listed with plural nouns of what it
    deals in or is cited beside ("Lizenzen und Universal Music", "Schätzungen und Global
    Data"), a phrase mostly with a singular abstract noun."""
    pack = pack_of(language)
    if pack is None:
        return False
    classes, words = pack.noun_classes, pack.entity_words
    head = word.rpartition("-")[2]
    if (start in named or not head[:1].isupper() or not common_noun(head, common)
            or germanknown.known_name(head)
            or (not plural and _plural_noun(head, common, words.loan_phrase_plural_endings))):
        return False
    low = head.lower()
    if low.endswith(words.loan_phrase_agent_endings):
        return False
    bodies = (*classes.org_descriptor_heads, *classes.institution_heads, *classes.org_heads,
              *classes.role_heads, *words.body_kind_nouns, *words.publication_nouns)
    forms = {low, *(low[:-len(e)] for e in words.loan_phrase_head_endings if low.endswith(e))}
    return not any(f == h or (len(h) > 3 and f.endswith(h)) for f in forms for h in bodies)


def _descriptor_before(text: str, start: int, common: CommonWords | None) -> bool:
    """Whether the word right before ``start`` introduces a name ("Firma", "Band")."""
    before = text[max(0, start - 40):start].split()
    return bool(before) and common is not None and common.descriptor(before[-1])


def _lower_case_use(text: str, low: str, common: CommonWords | None, ranks: dict[str, int],
                    seen: dict[str, bool]) -> bool:
    """Whether ``text`` writes the phrase ``low`` in lower case outside a loan-language quotation;
    remembered in ``seen`` (the page's phrases), as a long page repeats its phrases."""
    if low not in seen:
        seen[low] = low in text and any(
            not _loan_context(text, hit.start(), hit.end(), common, ranks)
            for hit in re.finditer(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text))
    return seen[low]


def _plural_noun(noun: str, common: CommonWords | None, endings: tuple[str, ...]) -> bool:
    """Whether ``noun`` is a plural: less one of the plural ``endings`` it is a common noun
    ("Lizenzen")."""
    return any(noun.lower().endswith(e) and len(noun) - len(e) >= MIN_PLURAL_STEM
               and common_noun(noun[:-len(e)], common) for e in endings)


def _loan_context(text: str, start: int, end: int, common: CommonWords | None,
                  ranks: dict[str, int]) -> bool:
    """Whether a lower-case frequent loan-language word (``ranks``) the language's common words
    lack stands within ``CONTEXT_WORDS`` words of ``text[start:end]`` (capitalised ones are the
    language's nouns: "Seminar"): a lower-case use inside an English quotation
    ("we want to be an open bank for everyone") tells nothing of the German page's use."""
    plain = common.plain if common else frozenset()
    before = re.findall(r"[^\W\d_]+", text[max(0, start - NEIGHBOUR_CHARS):start])[-CONTEXT_WORDS:]
    after = re.findall(r"[^\W\d_]+", text[end:end + NEIGHBOUR_CHARS])[:CONTEXT_WORDS]
    return any(w.islower() and w in ranks and w not in plain for w in (*before, *after))
