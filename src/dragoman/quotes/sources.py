"""Markers whose source is not the phrase after them: a source before the marker ("Dem
Bericht zufolge", "der Polizei zufolge"), the clause's own subject ("Die Firma hat nach
eigenen Angaben …"), or the person last speaking ("À l’en croire, …", a marker with no
source of its own). Words come from the language pack (``postposed_markers``,
``subject_source_markers``)."""

from __future__ import annotations

import re
from functools import lru_cache

from dragoman.entities.germanarticle import inflected_adjective
from dragoman.language.normalize import normalize_for_match
from dragoman.language.speakerwords import has_head, speaker_words
from dragoman.quotes.appendedphrase import finite_helper, verb_like_at
from dragoman.quotes.complements import ARTICLES
from dragoman.quotes.documentowners import document_owner
from dragoman.quotes.groups import GROUP_LINKS
from dragoman.quotes.lexicon import Lexicon, Word
from dragoman.quotes.speakers import (
    DETERMINERS,
    MAX_SPEAKER_WORDS,
    Speaker,
    abbreviation,
    chunk_after,
    chunk_before,
)
from dragoman.quotes.suspendedhyphen import suspended_coordination

# Characters that end the clause a subject-source marker stands in ("…, die Firma hat nach
# eigenen Angaben …"): its subject is looked for after the last of them.
_CLAUSE_END = re.compile(r"[.!?;:,\n]")
# How far back a source phrase before a postposed marker is looked for: speaker phrases are
# at most MAX_SPEAKER_WORDS words, so a clause start further back changes nothing (bounds
# the look-back on a page without punctuation).
_LOOK_BACK_CHARS = 400
# Most words of a common noun phrase taken as the source after "according to" ("the regional
# fire service", "los servicios de emergencia"); set by reading the issue 16 dev passages.
MAX_SOURCE_WORDS = 5
# Articles opening a source phrase after "according to" ("i carabinieri", "os bombeiros").
_ARTICLES = frozenset({"i", "le", "les", "des", "os", "as", "o", "a", "den", "dem"})


# Most digits of an ordinal number whose dot goes on inside a name ("Der 1. FC Köln").
_ORDINAL_DIGITS = 2
_WORD_BEFORE = re.compile(r"(?:(\w+)\s+)?(\w+)$")


def decimal_comma(text: str, at: int) -> bool:
    """The mark at ``text[at]`` is a comma between two digits ("3,5 Millionen")."""
    return 0 < at < len(text) and text[at] == "," and text[at - 1].isdigit() and (
        text[at + 1:at + 2].isdigit())


def _inside_phrase(text: str, at: int, code: str | None) -> bool:
    """The mark at ``text[at]`` ends no clause: a decimal comma ("3,5 Millionen"), the dot of a
    title or an initial ("Die Dr. Oetker KG", "FC St. Pauli") or of an ordinal after an
    article (the pack's ``ordinal_openers``: "Der 1. FC Köln"; not "stieg um 3. Die …")."""
    if not at or text[at - 1].isspace():
        return False
    if text[at] == ",":
        return decimal_comma(text, at)
    m = _WORD_BEFORE.search(text, max(0, at - 40), at)
    if text[at] != "." or m is None:
        return False
    word = m.group(2)
    if word.isdigit():
        return len(word) <= _ORDINAL_DIGITS and (
            (m.group(1) or "").casefold() in speaker_words(code).ordinal_openers)
    return abbreviation(Word(m.start(2), at, word, word.casefold()))


def clause_mark(text: str, end: int, reach: int, code: str | None,
                marks: re.Pattern[str] = _CLAUSE_END) -> int | None:
    """Just after the last of ``marks`` ending a clause before ``end`` (within ``reach``
    characters; not one inside a phrase: ``_inside_phrase``), or None."""
    low = max(0, end - reach)
    found = [m for m in marks.finditer(text, low, end)
             if not _inside_phrase(text, m.start(), code)]
    return found[-1].end() if found else None


def _clause_start(text: str, end: int, code: str | None = None) -> int:
    """Just after the last clause-ending mark before ``end`` (within ``_LOOK_BACK_CHARS``)."""
    found = clause_mark(text, end, _LOOK_BACK_CHARS, code)
    return found if found is not None else max(0, end - _LOOK_BACK_CHARS)


def _attribute(chunk: list[Word], n: int, lex: Lexicon) -> bool:
    """``chunk[n]`` is no verb but an inflected adjective before its noun, alone or in a chain
    ("Berichten lokaler Medien", "den ersten medizinischen Untersuchungen"), or an adverb
    before one ("gut unterrichteter Kreise"). Right after a noun or name the chain needs a
    genitive plural's ending ("Angaben beider Seiten") or an article
    opening an attribute with a preposition ("Einer am Montag veröffentlichten Studie"), or
    it is the verb ("Die Firma plante Berichten zufolge")."""
    noun = next((k for k in range(n + 1, len(chunk)) if chunk[k].text[:1].isupper()), None)
    if noun is None or not inflected_adjective(chunk[noun - 1].text) or not all(
            w.text.isalpha() and w.text.islower() for w in chunk[n:noun]):
        return False  # (an adverb may come first: "gut unterrichteter Kreise")
    if n == 0 or not chunk[n - 1].text[:1].isupper() or chunk[n - 1].key in ARTICLES:
        return True
    opener = chunk[0].key in ARTICLES or chunk[0].key in lex.rules.noun_cues
    endings = speaker_words(lex.rules.code).genitive_plural_endings
    return (bool(endings) and chunk[noun - 1].text.endswith(endings)) or (
        opener and n >= 3 and chunk[1].text[:1].islower() and not inflected_adjective(chunk[1].text))


def _has_verb(chunk: list[Word], lex: Lexicon) -> bool:
    """A word of ``chunk`` can be its clause's verb (not an adjective: ``_attribute``), or it
    holds an auxiliary or a modal verb."""
    sw = speaker_words(lex.rules.code)
    return finite_helper(chunk, lex) or any(
        verb_like_at(chunk, n, lex, sw) and not _attribute(chunk, n, lex) for n in range(len(chunk)))


def postposed_source(text: str, ws: list[Word], i: int, lex: Lexicon) -> tuple[int, int] | None:
    """"Dem Bericht zufolge": ws[i] opens a postposed marker; the word indexes (first, one
    past the marker) of the source phrase before it and the marker, or None when no phrase
    stands right before it, or when a verb stands in the words before it (``_has_verb``): the
    marker sits inside its clause ("Die Händler haben dem Bericht zufolge drei Millionen
    umgesetzt"), whose content is neither the words after it nor those before."""
    n = lex.match_phrase(ws, i, lex.postposed) if lex.postposed else 0
    if not n or i == 0:
        return None
    floor = _clause_start(text, ws[i].start, lex.rules.code)
    chunk = chunk_before(text, ws, i, floor, MAX_SPEAKER_WORDS)
    if not chunk or _has_verb(chunk, lex):
        return None  # "Die Händler haben dem Bericht zufolge …": inside its clause, no cue here
    first = next(k for k in range(i, -1, -1) if ws[k] is chunk[0])
    return first, i + n


def subject_marker(ws: list[Word], i: int, lex: Lexicon) -> int:
    """Words of a subject-source marker ("nach eigenen Angaben") at ws[i], or 0."""
    return lex.match_phrase(ws, i, lex.subject_markers) if lex.subject_markers else 0


def subject_chunk(text: str, ws: list[Word], wi: int, wj: int, lex: Lexicon,
                  sent_start: int) -> list[Word]:
    """The words holding the clause's subject: the clause before the marker ("Die Firma hat
    nach eigenen Angaben"), or, when the marker opens the clause, the phrase after its finite
    verb ("Nach eigenen Angaben hat die Firma …")."""
    floor = max([sent_start, *(m.end() for m in _CLAUSE_END.finditer(text, sent_start,
                                                                      ws[wi].start))])
    first = wi
    while first > 0 and wi - first < MAX_SPEAKER_WORDS and ws[first - 1].start >= floor:
        first -= 1
    before = ws[first:wi]
    if before or wj + 1 >= len(ws):
        return before
    return chunk_after(text, ws, wj + 1, lex)


def after_addressee(text: str, ws: list[Word], k: int, lex: Lexicon) -> int:
    """Where the source starts after a marker and its verb ending before ws[k] when an
    addressee comes first ("según aseguran a este diario varias fuentes", "según ha explicado
    a EL MUNDO un portavoz"): the first determiner or quantifier after the preposition and
    the word after it, within ``MAX_SPEAKER_WORDS`` words and the clause; else ``k``."""
    if k >= len(ws) or ws[k].key not in lex.content_blockers:
        return k
    openers = DETERMINERS | _quantifiers(lex.rules.speaker_quantifiers)
    for n in range(k + 1, min(len(ws), k + MAX_SPEAKER_WORDS)):
        if _CLAUSE_END.search(text, ws[n - 1].end, ws[n].start):
            break
        if n >= k + 2 and ws[n].key in openers:
            return n
    return k


@lru_cache(maxsize=32)
def _quantifiers(items: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalize_for_match(x) for x in items)


def source_head(text: str, chunk: list[Word], lex: Lexicon) -> list[Word]:
    """The determiners, first word and the capitalised words after it: "der Feuerwehr" of
    "der Feuerwehr brach der Brand", "Innenminister Jan Ott" of "Innenminister Jan Ott
    wurde …", "Bau- und Verkehrsministerin Eva Roth" (a suspended hyphen's coordinator
    joins one noun); with the genitive owner of a document noun ("Daten der Bundespolizei" of
    "Daten der Bundespolizei wurden …": ``owner``)."""
    k = 0
    while k < len(chunk) - 1 and (chunk[k].key in DETERMINERS or chunk[k].key in _ARTICLES):
        k += 1
    n = k + 1
    while n < len(chunk) and (chunk[n].text[:1].isupper()
                              or suspended_coordination(text, chunk, n, lex)):
        n += 1
    at = _owner_at(chunk, n - 1, lex)
    if at is not None:
        n = at + 1
        while n < len(chunk) and (chunk[n].text[:1].isupper() or _adjective(chunk[n])):
            n += 1
        while n > at and not chunk[n - 1].text[:1].isupper():
            n -= 1  # (ends on its noun: not "der Polizei zufolge neue")
    return chunk[:n]


def _adjective(w: Word) -> bool:
    """A lower-case inflected adjective inside a genitive owner ("der italienischen Regierung")."""
    return inflected_adjective(w.text)


def _owner_at(chunk: list[Word], k: int, lex: Lexicon) -> int | None:
    """Index of the genitive article after chunk[k] when chunk[k] is a document noun ("Daten",
    "Angaben", "Informationen": the pack's ``document_sources`` and ``speakerwords``'
    ``document_heads``) and a noun phrase follows it; else None."""
    sw = speaker_words(lex.rules.code)
    if k < 0 or k + 2 >= len(chunk) or not sw.genitive_articles:
        return None
    heads = _folded_heads(lex.rules.document_sources, sw.document_heads)
    if not has_head(chunk[k].text, heads) or chunk[k + 1].key not in sw.genitive_articles:
        return None
    rest = chunk[k + 2:]
    while rest and _adjective(rest[0]):
        rest = rest[1:]
    return k + 1 if rest and rest[0].text[:1].isupper() else None


@lru_cache(maxsize=32)
def _folded_heads(sources: tuple[str, ...], heads: tuple[str, ...]) -> tuple[str, ...]:
    """The document heads folded like the word ``has_head`` compares them with ("Übersicht"
    -> "ubersicht"), or a head with an umlaut or ß never matches."""
    return tuple(dict.fromkeys(normalize_for_match(h) for h in (*sources, *heads)))


def owner(chunk: list[Word], lex: Lexicon) -> list[Word]:
    """The genitive owner of a source phrase headed by a document noun ("der Bundespolizei" of
    "Daten der Bundespolizei", "der Zeugen" of "Den Aussagen der Zeugen") or the owner a
    preposition or a possessive names ("a report by X": ``documentowners``): the source;
    else ``chunk``."""
    k = 0
    while k < len(chunk) - 1 and (chunk[k].key in DETERMINERS or chunk[k].key in _ARTICLES
                                  or _adjective(chunk[k])):
        k += 1
    at = _owner_at(chunk, k, lex) if chunk else None
    if at is not None:
        return chunk[at:]
    return document_owner(chunk, lex) or chunk  # "a report by X", "the league's statement"


def common_source(text: str, chunk: list[Word], lex: Lexicon, glued: int) -> Speaker | None:
    """The noun phrase after "according to" ("paramedics", "the county fire service", "los
    servicios de emergencia"), without its determiners; None for a pronoun or a clause."""
    k = 0
    while k < len(chunk) - 1 and (chunk[k].key in DETERMINERS or chunk[k].key in _ARTICLES):
        k += 1
    rest = chunk[k:]
    while len(rest) > 1 and rest[-1].key in GROUP_LINKS:  # "los técnicos de que …"
        rest = rest[:-1]
    elided = re.match(r"(\w)['’](?=\w)", rest[0].key) if rest else None
    if elided and elided.group(1) in DETERMINERS:  # "l’organisation islamiste"
        glued, k = elided.end(), 0
    head = rest[0].key[elided.end():] if elided and k == 0 else rest[0].key if rest else ""
    if (not rest or len(rest) > MAX_SOURCE_WORDS or not head.isalpha()
            or head in lex.pronouns or head in lex.stops):
        return None
    start = rest[0].start + (glued if k == 0 else 0)
    return Speaker(start, rest[-1].end, text[start:rest[-1].end])
