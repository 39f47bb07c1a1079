"""English phrases typed as persons in text of a language that capitalises every noun (German):
"die Bekämpfung von Hate Speech", "Management-Moden wie Lean Production", "beim Paid Content".
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
an analyst reads no entity in it. Organisations are left alone: on pool A's German pages the
English phrases typed ORG were as many firm, service and body names ("News Corp", "Nature
Research", "Sky Ticket", "Office Online") as phrases ("Social Media", "Deep Learning").
"""

from __future__ import annotations

from dragoman.entities import germanknown
from dragoman.entities.frequentwords import frequent_ranks
from dragoman.entities.germanlexicon import given_name
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
    """Whether the person's span ``m`` of ``text`` has a borrowed phrase's words (the module
    docstring; the page's cues before it are read by ``without_loan_phrases``); ``alone``:
    the page's one-word mentions (a word of the span named alone is a name: "Office")."""
    words = m.text.split()
    if m.label != "PER" or len(words) < 2 or any(w in alone for w in words):
        return False
    if name_key(words[-1]) in name_closer_keys() or _plural(words[-1], ranks):
        return False  # a body's, work's or band's name: "News Corp", "Rolling Stones"
    if (m.start > 0 and text[m.start - 1] in OPENING_QUOTES) or _english_neighbour(text, m, ranks):
        return False
    return all(_plain_word(w, ranks) for w in words) and not germanknown.known_name(m.text)


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
    """``mentions`` of ``text`` (in ``language``) less the borrowed phrases typed as persons;
    as given for a language that does not capitalise nouns or borrows from no listed one.
    ``common``: the language's common words (a descriptor right before the span, "Firma",
    keeps it)."""
    loan = _loan_language(language)
    ranks = frequent_ranks(loan) if loan else {}
    if not ranks:
        return mentions
    titled = titled_words(text)
    alone = frozenset(m.text for m in mentions if " " not in m.text)
    return [m for m in mentions if not (
        loan_phrase(m, text, ranks, alone) and not titled(m.text.split()[0])
        and not _descriptor_before(text, m.start, common))]


def _descriptor_before(text: str, start: int, common: CommonWords | None) -> bool:
    """Whether the word right before ``start`` introduces a name ("Firma", "Band")."""
    before = text[max(0, start - 40):start].split()
    return bool(before) and common is not None and common.descriptor(before[-1])
