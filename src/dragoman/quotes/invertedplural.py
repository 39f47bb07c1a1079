"""A present plural speech verb after a comma with its subject after it, closing the sentence
("Das dürfte teuer werden, warnen Experten.", "…, prognostizieren Fachleute.", "…, kritisieren
die Grünen."; issue 16, pool A German pages).

The German pack lists a speech verb's present plural only in the past ("warnten"): the present
plural is also the infinitive ("will warnen, dass …"), which states nothing. Right after a
comma and before its own subject, with nothing else up to the sentence's end, the form is the
finite of an inverted trailing cue: an infinitive neither follows a comma bare nor takes a
subject after it. The form is read off the pack's present singular cue by the regular verb's
morphology (``de_verbforms.present_infinitives``: "warnt" → "warnen", "fordert" → "fordern"),
so no second list of verbs is kept.

The subject phrase: an optional determiner or quantifier, lower-case inflected adjectives,
capitalised words, and genitives or complements linked by the pack's ``complement_links``
("Experten des Verbands", "Ärzte aus Berlin"), at most ``MAX_SPEAKER_WORDS`` words, no comma,
no pronoun ("fordern Sie": the polite imperative), and no object after it ("…, fordern
Gewerkschaften mehr Lohn": "mehr" ends no subject; "…, fordern Kunden Entschädigung": a noun
right after the head noun is its object).

The clause before the comma must not be subordinate: one that opens the sentence with a
subordinator ("Wenn der Pegel steigt, warnen Behörden.") or follows a comma with a relative
pronoun or a question word ("Alles, was sie wissen, erzählen die Zeugen.", "Den Fehler, den
viele machen, erklären Fachleute.") leaves the verb after the comma its main clause's own verb:
it names a condition or an object, not what was said.
"""

from __future__ import annotations

import re
from functools import cache

from dragoman.language.contentwords import content_words
from dragoman.language.de_verbforms import present_infinitives
from dragoman.language.functionwords import ARTICLES, inflected_adjective
from dragoman.language.speakerwords import speaker_words
from dragoman.quotes.complements import DETERMINERS
from dragoman.quotes.groups import QUANTIFIERS
from dragoman.quotes.lexicon import Lexicon, Word, words
from dragoman.quotes.relclauses import subordinator
from dragoman.quotes.speakers import MAX_SPEAKER_WORDS

# The gap before the verb: a comma, after a closing quotation mark or none ("…“, warnen …").
_COMMA_GAP = re.compile(r"[”“\"»«']?\s*,\s*")
# The gap after the subject's last word: the sentence ends.
_SENTENCE_END = re.compile(r"\s*[.!?]")
# Characters read back from the comma for the clause before it (one clause: the bound
# ``germansubclause`` reads a clause with), and the marks that end a clause there.
_CLAUSE_REACH = 200
_CLAUSE_END = re.compile(r"[.!?;:\n\"„“”»«()\[\]–—]")


@cache
def _plural_forms(code: str, verbs: frozenset[str]) -> frozenset[str]:
    """The present plurals of the pack's one-word cues in the present singular that the pack
    does not list itself ("warnen" of "warnt")."""
    return frozenset(f for v in verbs if " " not in v for f in present_infinitives(v)) - verbs


def plural_form(key: str, lex: Lexicon) -> bool:
    """``key`` is a present plural this module reads as a cue ("warnen", "kritisieren")."""
    return key in _plural_forms(lex.rules.code, frozenset(lex.verbs))


def inverted_plural(text: str, ws: list[Word], i: int, lex: Lexicon) -> int:
    """1 when ``ws[i]`` is a present plural cue after a comma whose subject closes the
    sentence, as the module says; else 0."""
    if not lex.rules.capitalised_nouns or i == 0 or not ws[i].text[:1].islower():
        return 0
    if not plural_form(ws[i].key, lex):
        return 0
    if not _COMMA_GAP.fullmatch(text, ws[i - 1].end, ws[i].start):
        return 0
    return int(_closing_subject(text, ws, i + 1, lex) and not _subordinate_before(
        text, ws[i - 1].end, lex))


def _subordinate_before(text: str, end: int, lex: Lexicon) -> bool:
    """The clause ending at ``end`` (the cue's comma) is subordinate, as the module says: after
    a comma it opens with a question word or a relative pronoun (a determiner-shaped word with
    no noun after its adjectives: "den viele machen", not "die neuen Mieten"); opening the
    sentence, with a subordinator other than an "as" word ("wie")."""
    low = max(0, end - _CLAUSE_REACH)
    before = text[low:end]
    mark = max((m.end() for m in _CLAUSE_END.finditer(before)), default=-1)
    comma = before.rfind(",")
    clause = words(text, low + max(mark, comma + 1, 0), end)
    if not clause or clause[0].key in lex.as_words:
        return False
    first = clause[0]
    if comma >= 0 and comma + 1 > mark:
        if first.key in content_words(lex.rules.code).interrogatives:
            return True  # "Alles, was sie wissen"
        rest = clause[1:]
        while rest and rest[0].text.islower() and inflected_adjective(rest[0].text):
            rest = rest[1:]
        return first.text in lex.rules.comma_relatives and len(clause) > 1 and not (
            rest and rest[0].text[:1].isupper())
    return (mark >= 0 or low == 0) and subordinator(first.key, lex)


def _closing_subject(text: str, ws: list[Word], j: int, lex: Lexicon) -> bool:
    """``ws[j:]`` opens a subject phrase that ends the sentence, as the module says."""
    sw = speaker_words(lex.rules.code)
    links, genitives = sw.complement_links, sw.genitive_articles
    opener = True  # a determiner may stand here (phrase start, after a link)
    nouns, linked = 0, False
    for n in range(j, min(len(ws), j + MAX_SPEAKER_WORDS)):
        w = ws[n]
        if n > j and not re.fullmatch(r"\s+", text[ws[n - 1].end:w.start]):
            return False  # a comma or another mark inside: more than a subject
        if w.text[:1].isupper():
            if w.key in lex.pronouns:
                return False  # "fordern Sie", "sagen Sie"
            if nouns == 1 and not linked and ws[n - 1].text[:1].isupper():
                return False  # "fordern Kunden Entschädigung": the head noun's object
            nouns, opener = nouns + 1, False
        elif opener and (w.key in DETERMINERS or w.key in QUANTIFIERS or w.key in ARTICLES):
            opener = False
        elif (inflected_adjective(w.text) and not nouns) or (nouns and w.key in links):
            opener = w.key in links
            linked = linked or opener
        elif nouns and w.key in genitives and not opener:
            # a genitive article ("Experten der Universität"; not "den": an object)
            opener, linked = False, True
        else:
            return False
        end = ws[n + 1].start if n + 1 < len(ws) else len(text)
        if nouns and w.text[:1].isupper() and (n + 1 == len(ws) or _SENTENCE_END.match(
                text, w.end, end)):
            return True
    return False


__all__ = ["inverted_plural", "plural_form"]
