"""Organisations NER found in phrases of common words (issue 14, junk typed ORG): a span of
two words or more, every one of them an everyday word of the language, that takes no
organisation cue names no organisation, however it is capitalised. Read by
``notreferents.without_non_referents`` on the settled NER mentions typed ORG.

Everyday words: where the language capitalises its nouns and ships a noun lexicon (German),
each word is a common noun of it ("der Anzahl Schläge", "zum Thema Naturkosmetik", "Siehe
Kapitel Dichte", "in den Bereichen Elektromobilität": a classifier noun and the noun it
classifies, or two nouns NER ran together; "&" or a list conjunction may join them: "Rente &
Altersvorsorge", a site's section); elsewhere (English), the article itself writes the
whole phrase in lower case too and no word of it is a given name ("Artificial Intelligence"
beside "artificial intelligence tools"; not "Parallels Desktop" beside "parallels" alone).

Organisation cues, any of which keeps the span: a name the knowledge base knows ("Human
Rights Watch"); a head word of a body or place at either end or closing a compound
(``nameclass.head_type``: "Federal Constitutional Court", "Handwerkskammer Stuttgart"); a
first word that is a formal opener (``orgopeners``: "Stiftung Warentest"), a noun of a
body's or an establishment's kind (the packs' ``body_kind_nouns``: "Forum Waffenrecht",
"Aktion Mensch", "Gasthaus Krone") or of a product's (one-word ``product_openers``: "Messenger
Signal", the product's name after it); a last word naming a publication (``publication_nouns``:
"Auto Bild"); an acronym the article defines right after the name ("Forum Waffenrecht
(FWR)"); a speech verb right after the name anywhere in the article ("Doctors Without Borders
said"); a closing plural noun of people (``casephrases.group_phrase`` reads those: "Young
Conservatives"). Where the article writes one of its occurrences so, also: a role of a body's
people right after it ("Citizens Advice chief executive", "Haus & Grund-Präsident") or before
it with a link word ("spokeswoman for Just Stop Oil", "Sprecher der Letzten Generation"); a
source's marker before it ("according to Citizens Advice", "laut Haus & Grund"); a noun of a
body's kind or a compound of an organisation's head word right before it ("the charity
Citizens Advice", "der Verein Mensch & Natur", "der Eigentümerverband Haus & Grund"), or in an
apposition after it ("Citizens Advice, the charity,"). Such words are written of bodies, never
of the topics, features and sections the rule drops.
Adjectives are no everyday words here: a German adjective capitalised inside a sentence
is a name's ("Deutsche Bahn", "Die Grünen", "Hamburgische Bürgerschaft": the pack's adjective
endings, whatever noun stem the lexicon lists, "Hamburgisch" the dialect)."""

from __future__ import annotations

import re
from functools import lru_cache

from dragoman.entities.casephrases import people_plurals, speech_words, whole_phrase
from dragoman.entities.kb import token_key
from dragoman.entities.nameclass import given_name_keys, head_type, organisation_word, title_keys
from dragoman.entities.ner import MODEL_DIR
from dragoman.entities.nonames import adjective_form
from dragoman.entities.packwords import every_pack
from dragoman.entities.referentvote import KbType
from dragoman.entities.spanshape import CommonWords, load_common_words
from dragoman.entities.speechcue import speaks_after
from dragoman.entities.tokenize import tokenize
from dragoman.language.orgopeners import formal_opener
from dragoman.language.rules import all_rules
from dragoman.model import Mention

# Fewest words of such a phrase: one common word alone is left to the rules of single words
# (``spanshape.common_cut``, ``casephrases.common_phrase``). Set by hand, not tuned.
PHRASE_WORDS_MIN = 2
_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:-[^\W\d_]+)*")
_DEFINED_AFTER = re.compile(r"\s*\(([A-ZÄÖÜ][A-ZÄÖÜ0-9&]{1,7})\)")
# A role word right after a name, after a possessive or a hyphen maybe ("Citizens Advice's
# chief", "Haus & Grund-Präsident").
_ROLE_AFTER = re.compile(r"(?:['’]s)?[ \u00a0-]([^\W\d_]+)")
# An apposition after a name: a comma, a determiner, then its kind noun within this many words
# ("Citizens Advice, the consumer charity,"). Set by hand from the grammar, not tuned.
_APPOSITION = re.compile(r",[ \u00a0]+([^\W\d_]+)((?:[ \u00a0]+[^\W\d_][\w-]*){1,3})")
# How far before a name its marker, role or kind noun is looked for, in characters.
_LOOKBACK = 60


class PlainPhrases:
    """The evidence of one article (``text``, in ``language`` when known)."""

    def __init__(self, text: str, language: str | None, kb_type: KbType) -> None:
        self.text = text
        self.kb_type = kb_type
        self.nouns = _noun_words(language)
        self.adjective = adjective_form(language)
        self._refused: dict[str, bool] = {}

    def refused(self, m: Mention) -> bool:
        """Whether ``m``, typed ORG, is a phrase of everyday words with no organisation cue."""
        if m.label != "ORG" or m.entity_id is not None:
            return False
        words = m.text.split()
        # "Rente & Altersvorsorge", "Sprache und Daten": a site's section, two common nouns
        content = [w for w in words if w not in _connectors()]
        if (len(content) < PHRASE_WORDS_MIN or words[0] != content[0] or words[-1] != content[-1]
                or not all(_WORD.fullmatch(w) and w[0].isupper() for w in content)):
            return False
        if m.text not in self._refused:  # every occurrence is read once per phrase
            self._refused[m.text] = self._everyday(m.text, content) and not self._cued(m, words)
        return self._refused[m.text]

    def _everyday(self, phrase: str, words: list[str]) -> bool:
        if self.nouns is not None:
            # an inflected adjective before the last word is no noun, whatever stem the lexicon
            # lists ("Hamburgischen Bürgerschaft": "Hamburgisch", the dialect); the last word
            # is the phrase's noun ("Fachjargon Anwartschaften")
            form = self.adjective
            return all(self.nouns.noun(w, lexicon=True) for w in words) and not (
                form and any(form.match(w.lower()) for w in words[:-1]))
        if any(token_key(w) in given_name_keys() for w in words):
            return False
        # the phrase itself, not only its words: "Parallels Desktop" beside "parallels" and
        # "desktop" is a product's name
        return whole_phrase(phrase.lower()).search(self.text) is not None

    def _cued(self, m: Mention, words: list[str]) -> bool:
        last = token_key(words[-1])
        if head_type(m.text) is not None or last in people_plurals() or last in _publications():
            return True
        first = token_key(words[0])
        if formal_opener(first) or first in _body_kinds() or first in _product_kinds():
            return True  # "Forum Waffenrecht"; "Messenger Signal": the product's name follows
        if self.kb_type(m.text, True) is not None:
            return True
        speech = speech_words()
        return any(_DEFINED_AFTER.match(self.text, at.end()) or speaks_after(self.text, at.end(), speech)
                   or _body_after(self.text, at.end()) or _body_before(self.text, at.start())
                   for at in whole_phrase(m.text).finditer(self.text))


def _body_after(text: str, end: int) -> bool:
    """A role of a body's people right after a name ("Young Rovers coach"), or an apposition
    naming its kind ("Citizens Advice, the charity,")."""
    role = _ROLE_AFTER.match(text, end)
    if role is not None and token_key(role.group(1)) in _role_keys():
        return True
    apposition = _APPOSITION.match(text, end)
    return (apposition is not None and apposition.group(1).casefold() in _determiners()
            and any(token_key(w) in _body_kinds() or organisation_word(w)
                    for w in apposition.group(2).split()))


def _body_before(text: str, start: int) -> bool:
    """A source's marker ("according to", "laut"), a body's kind noun or organisation word
    ("the charity", "der Verein", "Eigentümerverband"), or a role and a link word ("spokeswoman
    for", "Sprecher der") right before a name."""
    before = text[max(0, start - _LOOKBACK):start]
    if not before.endswith((" ", "\u00a0")):
        return False
    low = before.casefold()
    if any(low.endswith(f"{marker} ") or low.endswith(f"{marker}\u00a0") for marker in _markers()):
        return True
    words = [before[a:b] for a, b in tokenize(before)][-2:]
    if not words or not words[-1][:1].isalpha():
        return False
    if token_key(words[-1]) in _body_kinds() or organisation_word(words[-1]):
        return True
    return (len(words) == 2 and words[-1] in _links() and token_key(words[0]) in _role_keys())


@lru_cache(maxsize=16)
def _noun_words(language: str | None) -> CommonWords | None:
    """The language's common words with its noun lexicon, where it capitalises nouns."""
    path = MODEL_DIR / f"ner-{language}.common.txt.gz"
    if language is None or not path.is_file():
        return None
    words = load_common_words(path)
    return words if words.nouns and words.lexicon else None


@lru_cache(maxsize=1)
def _connectors() -> frozenset[str]:
    """"&" and every pack's list conjunctions ("und", "and"), as written."""
    return frozenset({"&"}) | frozenset(c for rules in all_rules() for c in rules.list_conjunctions)


@lru_cache(maxsize=1)
def _role_keys() -> frozenset[str]:
    """Every pack's titles and roles of one person ("chief", "spokeswoman", "Sprecher")."""
    return title_keys() | frozenset(token_key(w) for rules in all_rules() for w in rules.person_roles)


@lru_cache(maxsize=1)
def _links() -> frozenset[str]:
    """Every pack's words between a role and its body ("of", "for", "der", "von")."""
    return frozenset(w for rules in all_rules() for w in rules.speaker_group_links)


@lru_cache(maxsize=1)
def _markers() -> frozenset[str]:
    """Every pack's markers of a source before it ("according to", "laut"), lower case."""
    return frozenset(w.casefold() for rules in all_rules() for w in rules.reported_speech_markers)


@lru_cache(maxsize=1)
def _determiners() -> frozenset[str]:
    """Every pack's determiners that open an apposition ("the", "a"), lower case."""
    return frozenset(w.casefold() for rules in all_rules() for w in rules.appositive_determiners)


@lru_cache(maxsize=1)
def _body_kinds() -> frozenset[str]:
    return frozenset(token_key(w) for w in every_pack(lambda w: w.body_kind_nouns))


@lru_cache(maxsize=1)
def _product_kinds() -> frozenset[str]:
    """Every pack's one-word product openers ("Messenger", "Browser")."""
    return frozenset(token_key(w) for w in every_pack(lambda w: w.product_openers) if " " not in w)


@lru_cache(maxsize=1)
def _publications() -> frozenset[str]:
    return frozenset(token_key(w) for w in every_pack(lambda w: w.publication_nouns))
