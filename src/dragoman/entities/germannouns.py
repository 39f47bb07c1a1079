"""German noun phrases the tagger takes for names (issue 15, third pass; read on German pages
of no evaluation set, checked on the news dev pages).

* a span holding a capitalised possessive ("Hinweise für Ihre Reise", "Audiosystem Ihres
  Autos", "Eures Vertrauens"): a polite or plural address, never inside a name; what stands
  before it is the noun it owns, no name ("Antritt Ihrer Reise");
* a greeting before a name ("Hallo Dieter", "Liebe Anna"): cut off; a span holding a pronoun
  of familiar address ("Liegst Du", "von Dir"): dropped like a possessive;
* a measure after a number, also after its scale ("30 Grad Celsius", "3 Milliarden Dollar",
  "5 Mio. Euro"), or after or opening with an abbreviated unit ("TL Zimt", "2 EL" Zucker): a unit, no name;
* a span running on past its name through a contracted preposition and a common noun
  ("Trump am Montag", "Bundespolizei zum Konsum von Alkohol"): cut before it;
* a common noun joined by a preposition or article to more words ("die Obergrenze für
  Barzahlungen", "der Angriff auf Kiew") when the span itself stands behind a determiner
  (``germanarticle.standing``): names of bodies open with an institution word ("das Bundesamt
  für Naturschutz", "die Hochschule für Film" stay); the words after the joining word stay
  when they are a known name ("Kiew") or shaped like an acronym ("der Populismus der AfD"),
  else the span goes; a common noun coordinated with
  common nouns only ("Gesellschaft und Politik") goes wherever it stands.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from dragoman.entities import germanarticle, germanwords
from dragoman.entities.germanwords import WORDS
from dragoman.model import Mention

# A number (digits, decimal comma, range) ending right before a span, one space apart.
_NUMBER_BEFORE = re.compile(r"\d(?:[\d.,]*\d)?\s$")
# A number and one word (its scale or unit: "Milliarden", "Mio.") ending right before a span.
_SCALED_BEFORE = re.compile(r"\d(?:[\d.,]*\d)?\s+([^\W\d_]+)\.?\s$")
_TOKEN = re.compile(r"\S+")
# Characters read back for the word before an abbreviated unit.
UNIT_LOOK_BACK = 20


def noun_phrases(text: str, mentions: list[Mention], common: Callable[[str], bool],
                 keep: Callable[[str], bool]) -> list[Mention]:
    """``mentions`` without the noun phrases of the module docstring; ``common`` says whether
    a capitalised word is a common noun, ``keep`` whether words are a known name (a place)."""
    out = []
    for m in mentions:
        shaped = _possessive_cut(_greeting_cut(m))
        if shaped is not None and _measure(shaped, text):
            shaped = None
        if shaped is not None:
            shaped = _joined_cut(_run_on_cut(shaped, common, keep), text, common, keep)
        if shaped is not None:
            out.append(shaped)
    return out


def _greeting_cut(m: Mention) -> Mention | None:
    """A greeting before a name cut off ("Hallo Dieter" -> "Dieter"); a greeting alone goes."""
    spans = [(w.start(), w.end()) for w in _TOKEN.finditer(m.text)]
    if m.text[spans[0][0]:spans[0][1]].lower().rstrip(",") not in WORDS.greetings:
        return m
    if len(spans) == 1:
        return None
    start = m.start + spans[1][0]
    return replace(m, start=start, text=m.text[spans[1][0]:])


def _possessive_cut(m: Mention | None) -> Mention | None:
    """No span holding a capitalised possessive or pronoun of address ("Ihre Reise", "Liegst
    Du"); "Du" before a capitalised word is a surname's particle ("Faf Du Plessis")."""
    words = m.text.split() if m else []
    if m is None or any(w[:1].isupper() and (w.lower() in WORDS.possessives or (
            w.lower() in WORDS.address_pronouns and not after[:1].isupper()))
            for w, after in zip(words, [*words[1:], ""], strict=True)):
        return None
    return m


def _measure(m: Mention, text: str) -> bool:
    """A unit after a number ("30 Grad"), or an abbreviated one in or before the span ("TL
    Zimt", "2 EL" Zucker) not behind a definite article, which makes it a name's acronym ("die
    EL Faro", "des TL Wien")."""
    first = m.text.split()[0]
    if first.rstrip(".") in WORDS.unit_abbreviations and not _article_before(text, m.start):
        return True
    before = text[max(0, m.start - UNIT_LOOK_BACK):m.start].split()
    if before and before[-1].rstrip(".") in WORDS.unit_abbreviations and not _article_before(
            text, text.rfind(before[-1], 0, m.start)):
        return True
    # a number before, or a number and a scale or unit word ("3 Milliarden Dollar", "5 Mio. Euro")
    before_text = text[max(0, m.start - UNIT_LOOK_BACK):m.start]
    scaled = _SCALED_BEFORE.search(before_text)
    return first.lower() in WORDS.units and bool(_NUMBER_BEFORE.search(before_text) or (
        scaled and scaled.group(1).lower() in WORDS.units))


def _article_before(text: str, start: int) -> bool:
    """Whether the word right before ``start`` is a definite article ("die", "beim")."""
    words = text[max(0, start - UNIT_LOOK_BACK):start].split()
    return bool(words) and words[-1].lower() in WORDS.definite_articles


def _run_on_cut(m: Mention, common: Callable[[str], bool], keep: Callable[[str], bool]) -> Mention:
    """A span running on past its name through a contracted preposition and a common noun ends
    before it: "Trump am Montag", "Bundespolizei zum Konsum von Alkohol" (the caller judges
    the words left). Names holding one stay: buildings by where they stand ("Haus am Dom"),
    known places ("Frankfurt am Main"), a paper's edition ("Welt am Sonntag"), bodies named by
    their purpose ("Institut zur Zukunft der Arbeit", "Verein zum Schutz der Bergwelt")."""
    words = m.text.split()
    k = next((i for i, w in enumerate(words[1:-1], 1) if w in WORDS.joining_prepositions), -1)
    if (k < 0 or not common(words[k + 1]) or words[k + 1].lower() in WORDS.edition_days
            or keep(m.text) or keep(" ".join(words[k + 1:])) or _purpose_body(words[0])
            or germanwords.has_head(words[k - 1], WORDS.building_heads + WORDS.landmark_heads)):
        return m
    end = m.start + len(" ".join(words[:k]))
    return replace(m, end=end, text=m.text[:end - m.start]) if m.text.startswith(" ".join(words[:k])) else m


def _joined_cut(m: Mention, text: str, common: Callable[[str], bool],
                keep: Callable[[str], bool]) -> Mention | None:
    spans = [(w.start(), w.end()) for w in _TOKEN.finditer(m.text)]
    words = [m.text[a:b] for a, b in spans]
    k = next((i for i, w in enumerate(words[1:-1], 1) if w in WORDS.joining_words), -1)
    if k < 0 or not common(words[0]):
        return m
    rest = words[k + 1:]
    if all(common(w) or w.islower() for w in rest) and (
            words[k] in WORDS.coordinators or not germanwords.institution(words[0])):
        return None  # "Gesellschaft und Politik", "Obergrenze für Barzahlungen"
    if germanwords.institution(words[0]):
        return m  # "Bundesamt für Naturschutz"
    before = germanarticle.tokens(text[max(0, m.start - germanarticle.LOOK_BACK):m.start])
    if not before or germanarticle.standing(before[-germanarticle.MAX_ADJECTIVES - 1:]) != "det":
        return m
    if not keep(" ".join(rest)) and not all(map(_acronym_shaped, rest)):
        return None  # "der Populismus der AfD" -> "AfD"
    start = m.start + spans[k + 1][0]
    return replace(m, start=start, text=text[start:m.end])


def _acronym_shaped(word: str) -> bool:
    """A word with a capital inside one of its parts ("AfD", "EU-Kommission"; not
    "Olympia-Medaillen"): a name's shape, never a common noun's."""
    return any(c.isupper() for part in word.split("-") for c in part[1:])


def _purpose_body(word: str) -> bool:
    """A body's bare head word, named by the purpose after it ("Verein" zur Förderung ...);
    a compound is a whole name already ("Zollbehörde", "Bundesamt")."""
    return germanwords.institution(word) and not germanwords.body_name(word)
