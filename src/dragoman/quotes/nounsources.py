"""Speakers that cannot be a cue's subject where every noun is capitalised (German), checked
last, after ``speakertext``:

- A common noun or noun phrase that names no source: "Die Tatsache, dass …, erklärt, warum …",
  "…, so der Grundtenor", "Der Welttag der Feuchtgebiete mahnt …". Such a phrase stands behind
  a determiner or an inflected adjective (a name takes none) and no word of it names a person,
  a group of people, a body, a medium or a document (the pack's roles, group, organisation and
  institution heads, ``speakerwords``' source heads and person endings), nor is it an
  organisation mention, a name the knowledge base links, an acronym or a name the page shows.
  A one-word phrase needs evidence that it is a common noun (the tagger's word list, a noun of
  the gist, the page writing it behind "eine"), or an object's determiner ("erklärt den
  Schaden"): "Die Caritas", "Der Kreml", "Die Tagesschau" name bodies the lists miss.
- A phrase with no capitalised word at all ("laut offiziellen | Angaben", "laut betonend",
  "laut § 316"): an adjective, a participle or a number, no noun phrase.
- A finite cue in the plural ("sagen", "forderten", "haben gesagt") with one person's or one
  place's name as speaker ("…, lässt sich mit einem Lied des Grafen Zinzendorf sagen", "man
  möchte fast sagen", "sagen die Ökonomen der Großbank UniCredit"): not that speaker. Not an
  infinitive after a singular modal ("konnte nur sagen", "würde ich sagen"), a polite "Sie"
  ("Herr Roth, Sie sagen"), a name behind "die" or a quantifier ("die Eisbären Berlin",
  "viele Bayern") or coordinated with a noun ("X und die Ministerin sagen").

A direct or reported statement whose cue holds an impersonal subject ("…“, hieß es in der
Mitteilung des DOSB") has the document's owner as its speaker when a person or organisation
mention opens the owner phrase, else no speaker its sentence does not name. German reported
statements whose span is no clause the cue reports, and figures as sources, are screened first
(``germanclauses``).

A reported statement is then dropped when the common noun is the cue's own subject (no
sentence end between them: no speech stands behind the cue), when either phrase is the source
of an "according to" marker,
or a lone name beside a plural cue (a noun of people right before the name becomes the
speaker instead: "Forscher um Anna Roy"); otherwise (a pronoun resolved to such a phrase
elsewhere, a direct quotation) the quotation shows no speaker.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from dragoman.entities.germanarticle import MAX_ADJECTIVES, standing, tokens
from dragoman.entities.germanlexicon import common_noun
from dragoman.entities.germanpeople import page_nouns
from dragoman.entities.spanshape import shipped_common_words
from dragoman.language.contentwords import content_words
from dragoman.language.normalize import normalize_for_match
from dragoman.language.speakerwords import SpeakerWords, has_head, speaker_words
from dragoman.model import Quote
from dragoman.quotes.complements import ARTICLES, DETERMINERS
from dragoman.quotes.germancircle import circle_source, without_addressee
from dragoman.quotes.germanclauses import clause_checks, figure_source
from dragoman.quotes.germanreported import trimmed
from dragoman.quotes.groups import GROUP_HEADS, QUANTIFIERS
from dragoman.quotes.invertedplural import plural_form
from dragoman.quotes.lexicon import Lexicon, Word, words
from dragoman.quotes.mentions import Mentions
from dragoman.quotes.names import acronym

# Characters read back for the words before a speaker phrase (as ``germanarticle`` reads).
_LOOK_BACK = 60
# Between a speaker and its cue: no sentence end ("." "!" "?" or a line break).
_SENTENCE_END = re.compile(r"[.!?\n]")
# Characters read after a name for a coordinated phrase ("und ihre Kollegin").
_AFTER_REACH = 20
# Punctuation or a line break between words: another phrase.
_BREAK = re.compile(r"[^\w \t\xa0-]")
# Lower-case words shaped like an inflected adjective or a present participle ("offiziellen",
# "betonend", "informierten"): before a noun they belong to its phrase.
_ADJECTIVE_SHAPE = re.compile(r"^[a-zäöüß]{3,}(?:e|en|er|es|em|end)$")
# Endings of a name that may be plural ("die Grünen", "die Niederlande", "die Philippinen",
# "die Vereinigten Staaten"): a plural verb may agree with it.
_PLURAL_NAME_ENDINGS = ("en", "e", "er", "s")
# Most adjectives and nouns between a link word and the name it links ("der italienischen
# Großbank" X): a determiner's phrase; more is another clause.
_NAME_LEAD_WORDS = 3
# A clause break before a cue: the verb governing an infinitive cue stands after it.
_CLAUSE_BREAK = re.compile(r"[,.;:!?\"„“”»«()\n]")
# Characters read after an impersonal cue for the owner of the document it quotes.
_OWNER_REACH = 80
# Lower-case words (an article, adjectives) between "in" and the document noun it opens.
_DOCUMENT_LEAD = 3
# Words read back from an infinitive cue for its governing verb ("würde ich nur | sagen").
_GOVERNOR_REACH = 4


class _Shapes(NamedTuple):
    """The patterns built from a pack's ``speakerwords``."""

    coordinated_before: re.Pattern[str]  # "Jana Roth und | Paul Brenner sagen"
    coordinated_after: re.Pattern[str]  # "Paul Brenner | und die Ministerin sagen"
    coordination: re.Pattern[str]  # inside one speaker phrase
    plural_article: re.Pattern[str]  # "die | Fischers"


@lru_cache(maxsize=8)
def _shapes(code: str | None) -> _Shapes:
    sw = speaker_words(code)
    joiners = "|".join(map(re.escape, (*sw.coordinators, "&"))) or "&"
    links = "|".join(map(re.escape, sw.coordinated_determiners))
    linked = rf"(?:(?:{links})\s+)?" if links else ""
    articles = "|".join(re.escape(w) for a in sw.plural_articles for w in (a, a.capitalize())) or "(?!)"
    return _Shapes(
        re.compile(rf"[A-ZÄÖÜ][\w.-]*(?:\s+(?:{joiners})|,)\s*$"),
        re.compile(rf"^\s*(?:{joiners})\s+{linked}[A-ZÄÖÜ]"),
        re.compile(rf"\b(?:{'|'.join(map(re.escape, sw.coordinators)) or '(?!)'})\b|[,&]"),
        re.compile(rf"\b(?:{articles})\s+$"),
    )
# A mention id the entities stage learned from the page itself, not one of its knowledge base.
_LEARNED_ID = "x-"

_HEADS: dict[str, tuple[str, ...]] = {}


def _heads(lex: Lexicon) -> tuple[str, ...]:
    """Heads of nouns naming a source: ``speakerwords``' and the pack's noun classes'."""
    rules = lex.rules
    if rules.code not in _HEADS:
        nc = rules.noun_classes
        found = (*speaker_words(rules.code).source_heads, *nc.role_heads,
                 *nc.org_descriptor_heads, *nc.institution_heads, *nc.org_heads,
                 *nc.landmark_heads, *rules.organisation_heads, *rules.document_sources,
                 *rules.speaker_group_heads, *rules.person_roles)
        _HEADS[rules.code] = tuple(dict.fromkeys(normalize_for_match(h) for h in found))
    return _HEADS[rules.code]


def _source_word(w: Word, lex: Lexicon, sw: SpeakerWords, mentions: Mentions,
                 head: bool = True) -> bool:
    """A word that names (part of) someone who may speak, or a name; a person's ending counts
    on a noun phrase's ``head`` only (not "Bonner" of "der Bonner Fall", a place adjective)."""
    low = w.text.casefold()
    return bool(
        lex.strip_clitic(w.key, lex.roles) in lex.roles or w.key in GROUP_HEADS
        or w.key in QUANTIFIERS or w.key in lex.pronouns or has_head(w.text, _heads(lex))
        or (head and has_head(w.text, sw.person_nouns))
        or (head and sw.person_endings is not None and any(  # also genitive: "des Veranstalters"
            sw.person_endings.search(form) is not None for form in (low, low.removesuffix("s"))))
        or acronym(w.text) or any(c.isupper() for c in w.text[1:])
        or w.text in mentions.known_names)


def _behind_determiner(text: str, start: int) -> bool:
    """The word at ``start`` stands behind a determiner, a number or a lower-case inflected
    adjective ("die Tatsache", "seiner verantwortungslosen Außenpolitik")."""
    before = tokens(text[max(0, start - _LOOK_BACK):start])[-MAX_ADJECTIVES - 1:]
    return bool(before) and before[-1][:1].isalpha() and standing(before) == "det"


def _common_noun(text: str, q: Quote, found: list[Word], lex: Lexicon, sw: SpeakerWords,
                 mentions: Mentions) -> bool:
    """The capitalised speaker phrase ``found`` is a common noun phrase naming no source."""
    core = list(found)
    while core and (core[0].key in DETERMINERS or core[0].key in ARTICLES):
        core = core[1:]
    if not core or not core[-1].text[:1].isupper():
        return False
    if any(_source_word(w, lex, sw, mentions, n + 1 == len(core) or core[n + 1].text[:1].islower())
           for n, w in enumerate(core)):
        return False
    if len(core) == 1 and not _object_case(text, core[0].start, q, lex) and not _known_noun(
            text, core[0].text, lex, sw):
        return False  # a name the lists miss: "Die Lufthansa teilte mit", "Der Kreml erklärte"
    start, end = core[0].start, core[-1].end
    for m in mentions.within(max(0, start - 1), end + 1):
        if m.label == "ORG" or (m.label == "PER" and " " in m.text.strip()) or (
                m.label == "LOC" and m.entity_id):
            return False  # "die Telekom", a person's full name, "die Ukraine"
    return _behind_determiner(text, start)  # (the phrase's own article too: "Die Tatsache")


@lru_cache(maxsize=4)
def _page_nouns(text: str) -> Callable[[str], bool]:
    """``page_nouns`` of a page, kept while its quotations are read (one question per quotation)."""
    return page_nouns(text, frozenset())


def _known_noun(text: str, word: str, lex: Lexicon, sw: SpeakerWords) -> bool:
    """A one-word phrase is a common noun only on evidence: the common-word list of the
    language's tagger (listed, a listed compound head, a noun suffix: "Tatsache", "Euphorie"),
    a noun of the gist (``gist_nouns``: "so der Grundtenor") or the page writing it behind
    "eine", "keine", "seine" (no name takes those); a word with none may be the name of a body
    or a medium ("Die Caritas", "Die Tagesschau", "Der Kreml")."""
    return common_noun(word, shipped_common_words(lex.rules.code)) or has_head(
        word, sw.gist_nouns) or _page_nouns(text)(word)


def _object_case(text: str, start: int, q: Quote, lex: Lexicon) -> bool:
    """The word at ``start`` stands behind a determiner no subject takes ("erklärt den
    Schaden", "dem", "einen"): an object of the cue, no speaker whatever it names; not after
    an "according to" marker, which takes that case ("laut dem Kicker")."""
    before = words(text, max(0, start - _LOOK_BACK), start)[-1:]
    determiners = speaker_words(lex.rules.code).object_determiners
    return bool(before) and before[0].key in determiners and not _marker(q, lex)


def _no_noun(text: str, q: Quote, found: list[Word], lex: Lexicon, mentions: Mentions) -> bool:
    """A phrase with no capital letter: a number, or adjectives and participles cut before
    their noun ("offiziellen | Angaben", "gut | informierten Insider"), or a participle."""
    if any(c.isupper() for c in q.speaker_text or "") or any(
            w.key in lex.pronouns or w.key in lex.roles or "." in text[w.start:w.end + 1].strip()
            for w in found) or mentions.within(found[0].start, found[-1].end):
        return False
    if all(w.text.isdigit() for w in found if not w.text.isalpha()) and any(
            w.text.isdigit() for w in found):
        return True  # "316", "etwa 2"
    if all(_ADJECTIVE_SHAPE.match(w.text) for w in found):
        return True
    after = words(text, found[-1].end, found[-1].end + _LOOK_BACK)[:2]
    return bool(after) and not re.search(r"[^\s]", text[found[-1].end:after[0].start]) and (
        after[0].text[:1].isupper() or (_ADJECTIVE_SHAPE.match(after[0].text) is not None
                                        and len(after) > 1 and after[1].text[:1].isupper()))


def _plural_cue(text: str, q: Quote, lex: Lexicon, sw: SpeakerWords) -> bool:
    """The cue opens with a finite verb in the plural ("sagen", "haben gesagt"), not an
    infinitive governed by a singular verb (``_singular_governor``) nor one after a polite
    "Sie" ("Herr Roth, Sie sagen, …": one person addressed)."""
    first = words(q.cue or "")[:1]
    return bool(first) and bool(sw.plural_verb_endings) and (
        first[0].key in lex.verbs or first[0].key in lex.auxiliaries or plural_form(first[0].key, lex)
    ) and first[0].key.endswith(
        sw.plural_verb_endings) and not _singular_governor(text, q, lex, sw) and not (
        q.cue_start is not None and _polite_before(text, q.cue_start, sw))


# Marks that may not stand right before the space before a polite pronoun: it then opens a
# sentence or a quotation ("Sie sagen, …" addresses no one named before it).
_POLITE_OPENERS = frozenset('.!?\n„“"»«')


def _polite_before(text: str, end: int, sw: SpeakerWords) -> bool:
    """A polite pronoun of the pack stands inside a sentence right before ``end`` with spaces
    around it ("Herr Roth, Sie | sagen"). Read back from ``end`` over the spaces only: a search
    from the page's start made every statement cost the page's length."""
    j = end
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == end:
        return False
    for pronoun in sw.polite_pronouns:
        i = j - len(pronoun)
        if i <= 0 or not text.startswith(pronoun, i):
            continue
        k = i
        while k > 0 and text[k - 1].isspace():
            k -= 1
        if 0 < k < i and text[k - 1] not in _POLITE_OPENERS:
            return True
    return False


def _singular_governor(text: str, q: Quote, lex: Lexicon, sw: SpeakerWords) -> bool:
    """The cue is an infinitive after a singular modal, "würde" or "ließ" in its clause ("Paul
    Klein konnte nur sagen", "würde ich sagen"): no plural verb. Not with an impersonal "man"
    or a reflexive "sich" ("man möchte fast sagen", "lässt sich sagen"): no speaker there."""
    if q.cue_start is None:
        return False
    clause = text[max(0, q.cue_start - _LOOK_BACK):q.cue_start]
    clause = clause[max((b.end() for b in _CLAUSE_BREAK.finditer(clause)), default=0):]
    before = [w.key for w in words(clause)][-_GOVERNOR_REACH:]
    if any(k in sw.impersonal_subjects for k in before):
        return False
    governors = {normalize_for_match(v) for v in (*lex.rules.modal_verbs, *sw.infinitive_governors)}
    return any(k in governors and not k.endswith(sw.plural_verb_endings) for k in before)


def _one_name(text: str, q: Quote, mentions: Mentions, shapes: _Shapes) -> bool:
    """The speaker is one person's name, or one place's or body's name no plural may be."""
    start, end = q.speaker_start or 0, q.speaker_end or 0
    name = text[start:end]
    if shapes.coordination.search(name) or shapes.coordinated_before.search(
            text[max(0, start - 12):start]) or shapes.coordinated_after.match(text[end:end + _AFTER_REACH]):
        return False
    exact = [m for m in mentions.within(start, end) if m.start == start and m.end == end]
    previous = words(text, max(0, start - _LOOK_BACK), start)[-1:]
    if not exact or shapes.plural_article.search(text, max(0, start - 5), start) or (
            previous and previous[0].key in QUANTIFIERS and not _BREAK.search(text, previous[0].end, start)):
        return False  # "Die Eisbären Berlin teilten mit", "die Fischers", "viele Bayern": plural
    if exact[0].label == "PER":
        return True
    last = name.split()[-1] if name.split() else ""
    return exact[0].label in ("ORG", "LOC") and not acronym(last) and not last.casefold().endswith(
        _PLURAL_NAME_ENDINGS)


def _people_before(text: str, q: Quote, lex: Lexicon, sw: SpeakerWords,
                   mentions: Mentions) -> Quote | None:
    """"Forscher um Anna Roy", "die Ökonomen der italienischen Großbank X": a noun of people
    (a role, a group word or a person ending), a link word (``complement_links``) and lower-case
    adjectives before the name; the quotation with that noun phrase as its speaker, or None."""
    start, end = q.speaker_start or 0, q.speaker_end or 0
    before = words(text, max(0, start - _LOOK_BACK), start)
    n = len(before) - 1
    while n >= 0 and len(before) - n <= _NAME_LEAD_WORDS and (
            _ADJECTIVE_SHAPE.match(before[n].text) or before[n].text[:1].isupper()):
        n -= 1  # "der italienischen", "der Bank"
    if n < 1 or before[n].key not in sw.complement_links or _BREAK.search(
            text, before[n - 1].end, start):
        return None
    head = before[n - 1]
    if not head.text[:1].isupper() or acronym(head.text) or not _source_word(
            head, lex, sw, mentions):
        return None
    det = n > 1 and (before[n - 2].key in DETERMINERS or before[n - 2].key in ARTICLES)
    first = n - 2 if det and not _BREAK.search(text, before[n - 2].end, head.start) else n - 1
    phrase = text[before[first].start:end]
    return replace(q, speaker_start=before[first].start, speaker_text=phrase, speaker_id=None,
                   speaker_name=phrase)


def _explicit(text: str, q: Quote) -> bool:
    """The speaker phrase stands in the cue's sentence (its subject, not an antecedent)."""
    if q.cue_start is None or q.cue_end is None or q.speaker_start is None or q.speaker_end is None:
        return False
    a, b = (q.speaker_end, q.cue_start) if q.speaker_start < q.cue_start else (
        q.cue_end, q.speaker_start)
    return a >= b or _SENTENCE_END.search(text[a:b]) is None  # (inside the cue: "fügt X hinzu")


def _marker(q: Quote, lex: Lexicon) -> bool:
    """An "according to" cue ("laut"): its source is its speaker, none is left."""
    found = words(q.cue or "")
    return bool(found) and lex.match_phrase(found, 0, lex.markers) > 0


def _impersonal_cue(text: str, q: Quote, lex: Lexicon, sw: SpeakerWords) -> bool:
    """The cue holds its own impersonal subject ("hieß es", "heißt es") and its sentence goes
    on to name an owner ("in der Mitteilung des Verbands", "aus dem Umfeld von X"): no one an
    earlier sentence names is the speaker (whereas "heißt es da", "heißt es in diesem Buch"
    may point back to the author named before)."""
    if q.cue_end is None or not any(w.key in lex.rules.impersonal_pronouns
                                    for w in words(q.cue or "")):
        return False
    found = _owner_reach(text, q.cue_end)
    return any(doc.text[:1].isupper() and link.key in sw.owner_links and owner.text[:1].isupper()
               for doc, link, owner in zip(found, found[1:], found[2:], strict=False))


def _owner_reach(text: str, cue_end: int) -> list[Word]:
    """The words after a cue up to the clause's end (not into the quotation)."""
    end = cue_end + _OWNER_REACH
    end = m.start() if (m := _CLAUSE_BREAK.search(text, cue_end, end)) else end
    return words(text, cue_end, end)


def _document_owner(text: str, q: Quote, lex: Lexicon, sw: SpeakerWords) -> Word | None:
    """The first word of the owner of the text the impersonal cue places its words in: "in"
    (``document_prepositions``), an article and adjectives, a document noun
    (``document_nouns``), an owner link and a capitalised word ("in der Risikobewertung des
    RKI"); None for a group, an event or a request ("im Umfeld von X", "nach dem Tod von X",
    "auf Anfrage des SWR")."""
    docs = content_words(lex.rules.code)
    found = _owner_reach(text, q.cue_end or 0)
    for n in (n for n, w in enumerate(found) if w.key in docs.document_prepositions):
        k = n + 1
        while k < len(found) and k - n <= _DOCUMENT_LEAD and not found[k].text[:1].isupper():
            k += 1  # "in einer gemeinsamen Mitteilung"
        if k + 2 < len(found) and has_head(found[k].text, docs.document_nouns) and (
                found[k + 1].key in sw.owner_links and found[k + 2].text[:1].isupper()):
            return found[k + 2]
    return None


def _owner_speaker(q: Quote, owner: Word, mentions: Mentions) -> Quote:
    """``q`` with the document's owner as its speaker when a mention of a person or a body
    opens at ``owner`` ("des DOSB", "von Anna Roth"); without a speaker when none does ("in
    der Einleitung des Entwurfs": a document, no one who speaks)."""
    m = next((m for m in mentions.within(owner.start, owner.start + _OWNER_REACH)
              if m.start == owner.start and m.label in ("PER", "ORG")), None)
    if m is None:
        return _no_speaker(q)
    sp = mentions.speaker(m)
    return replace(q, speaker_text=sp.text, speaker_start=sp.start, speaker_end=sp.end,
                   speaker_id=sp.entity_id, speaker_name=sp.name or sp.text)


def _no_speaker(q: Quote) -> Quote:
    return replace(q, speaker_text=None, speaker_start=None, speaker_end=None, speaker_id=None,
                   speaker_name=None)


def noun_sources(text: str, q: Quote | None, lex: Lexicon, mentions: Mentions) -> Quote | None:
    """``q`` kept, without its speaker, or dropped (None), as the module says."""
    if q is None or not lex.rules.capitalised_nouns:
        return q
    if not clause_checks(text, q, lex):
        return None
    q = without_addressee(text, circle_source(text, trimmed(text, q, lex), lex), lex, mentions)
    sw = speaker_words(lex.rules.code)
    if _impersonal_cue(text, q, lex, sw) and not _explicit(text, q):
        owner = _document_owner(text, q, lex, sw)  # "…“, hieß es in der Mitteilung des DOSB"
        return _no_speaker(q) if owner is None else _owner_speaker(q, owner, mentions)
    if not q.speaker_text or q.speaker_start is None or q.speaker_end is None:
        return q
    if _plural_cue(text, q, lex, sw) and _one_name(text, q, mentions, _shapes(lex.rules.code)):
        group = _people_before(text, q, lex, sw, mentions)
        if group is not None:
            return group
        return None if not q.direct else _no_speaker(q)
    if q.speaker_id and not q.speaker_id.startswith(_LEARNED_ID):
        return q
    found = words(text, q.speaker_start, q.speaker_end)
    if not found:
        return q
    if _no_noun(text, q, found, lex, mentions):  # ("2013 warnten andere Forscher, …": the
        return None if not q.direct and _marker(q, lex) else _no_speaker(q)  # subject follows)
    if _common_noun(text, q, found, lex, sw, mentions):
        return None if not q.direct and (_explicit(text, q) or _marker(q, lex)) else _no_speaker(q)
    return figure_source(text, q, lex)


__all__ = ["noun_sources"]
