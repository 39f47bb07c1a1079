"""Capitalised common words a page writes as names (read by ``casephrases.CasePhrases.refused``,
so ``notreferents`` drops them before referents are formed):

* a term a contract or a site's terms define in brackets with a definite article and quotes
  ("… the site (the "Website")", "(together, the "Service")"; the packs' ``name_articles``):
  the word alone founds no entity, however often the text writes it capitalised. Not a name
  quoted without the article ("("we", "us", or "Pixabay")"), nor one the knowledge base knows;
* a heading's span opening with a gerund ("Using Images", "Choosing Plugins"; the packs'
  ``gerund_suffixes``) whose verb the article also writes in lower case as the gerund or a
  present form with the dropped "e" ("using", "use"; not "downed" beside "Downing Street
  Rejects Report"): a heading's words, no name. Only at the start of
  a short Title Case line with no closing mark, and not a span the knowledge base knows in
  whole or in its first two words ("Rolling Stone Honours …"), nor one whose first word is a
  given name or a name the knowledge base knows alone ("Reading", "Sterling"), nor one a
  head word closes ("Reading Borough Council")."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from dragoman.entities.kb import token_key
from dragoman.entities.nameclass import given_name_keys, head_type
from dragoman.entities.packwords import alternation, every_pack_in_order
from dragoman.model import Mention

KbType = Callable[[str, bool], str | None]

# Letters a gerund has before its suffix ("Us" of "Using"); fewer is a word such as "King",
# "Ring", "Bing". Set by hand, not tuned.
GERUND_STEM_MIN = 2
# Most words of a heading line; its words of at least HEADING_WORD_MIN letters are all
# capitalised. Set by hand, not tuned ("Using Images and Videos").
HEADING_WORDS_MAX = 10
HEADING_WORD_MIN = 4
_LONG_WORD = re.compile(rf"[^\W\d_]{{{HEADING_WORD_MIN},}}")
# What may stand before a heading's first word on its line: bullets, numbers, markup.
_LINE_LEAD = re.compile(r"[\s#*•>\-–—\d.)]*")


@lru_cache(maxsize=1)
def _definition() -> re.Pattern[str]:
    """A definite article and a quoted capitalised word closing a bracket: (the "Website")."""
    articles = alternation(every_pack_in_order(lambda w: w.name_articles))
    return re.compile(rf"\([^()\n]{{0,60}}?(?<!\w)(?i:{articles})\s+[\"“]([A-Z][\w-]*)[\"”]\s*\)")


def defined_terms(text: str) -> frozenset[str]:
    """The capitalised words ``text`` defines as terms: (the "Website"), (together, the "Service")."""
    return frozenset(found.group(1) for found in _definition().finditer(text))


def defined_term(m: Mention, terms: frozenset[str], kb_type: KbType) -> bool:
    """Whether a one-word mention is a term the text defines (``defined_terms``)."""
    word = m.text.strip()
    return word in terms and kb_type(word, True) is None


@lru_cache(maxsize=1)
def _gerund() -> re.Pattern[str]:
    suffixes = alternation(every_pack_in_order(lambda w: w.gerund_suffixes))
    return re.compile(rf"[A-Z][a-z]{{{GERUND_STEM_MIN - 1},}}(?P<suffix>{suffixes})")


def _heading(line: str) -> bool:
    """Whether a line reads as a short Title Case heading: no sentence's closing mark at its
    end, few words, every longer word capitalised."""
    stripped = line.strip()
    if not stripped or stripped[-1] in ".!?,;:" or len(stripped.split()) > HEADING_WORDS_MAX:
        return False
    return all(w[0].isupper() for w in _LONG_WORD.findall(stripped))


# Endings of the present forms of a verb whose gerund dropped an "e" ("use", "uses" of
# "using"); a past in "-ed" is left out: "banned" of "Banning Ranch", "downed" of "Downing".
_PRESENT_ENDINGS = ("e", "es")


def _verb_written(text: str, gerund: str, found: re.Match[str] | None) -> bool:
    """Whether the text writes the gerund in lower case ("using"), or a present form of its
    verb that puts back the "e" the gerund dropped ("use", "uses"); names that end like
    gerunds have none ("downe", "banne")."""
    stem = gerund[: found.start("suffix")] if found is not None else gerund
    forms = "|".join(re.escape(f) for f in (gerund, *(stem + e for e in _PRESENT_ENDINGS)))
    return re.search(rf"(?<![\w-])(?:{forms})(?![\w-])", text) is not None


def gerund_heading(text: str, m: Mention, kb_type: KbType) -> bool:
    """Whether a span of two words or more opening a line opens with a gerund the article also
    writes in lower case ("Using Images" beside "using"; see the module docstring), with no
    KB name in its first two words ("Rolling Stone Honours …")."""
    words = m.text.split()
    if len(words) < 2 or _gerund().fullmatch(words[0]) is None:
        return False
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    if _LINE_LEAD.fullmatch(text, line_start, m.start) is None or not _heading(
            text[line_start : line_end if line_end >= 0 else len(text)]):
        return False
    first = words[0]
    if token_key(first) in given_name_keys() or head_type(m.text) is not None:
        return False
    if not _verb_written(text, first.lower(), _gerund().fullmatch(first)):
        return False
    return all(kb_type(part, True) is None for part in (m.text, first, " ".join(words[:2])))
