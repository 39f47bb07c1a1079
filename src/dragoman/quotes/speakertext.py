"""A last check of every speaker text a quotation shows: a noun phrase headed by a name, a
pronoun, a role, a group or an organisation.

- A clause fragment is no speaker: a subordinator alone ("Though", "Whoever"), a modal or
  auxiliary verb ("Liberals can", "things are essential for"), a speech verb or German
  participle ("Korruption verspricht", "eine Erlaubnis gehabt"). The quotation then shows no
  speaker; a reported one is dropped when no speech stands behind it (the "cue" was the
  fragment's own verb, or nothing is left of the phrase).
- The object of a preposition is no verb's subject ("Nach der Dusche sagen sie", "Per Dekret
  verkündete er", "a rally in Houston"): the person named at its end ("in a radio interview
  Trump said"), the role or group before the preposition ("Residents in Leeds", "Ann Roy, a
  former adviser in the Obama White House, said": Ann Roy), or no speaker.
- A German one-word person or place mention after an article ("Die Dusche") is a common noun.
- Cuts: a subordinator before the phrase ("While experts" -> "experts"), a year after a name
  ("Foucault 1982" -> "Foucault", linked to the article's "Michel Foucault"), an English
  reduced relative ("officials involved" -> "officials"); an unlinked part of a linked
  organisation or place mention grows to it ("Organization" -> "World Health Organization").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import NamedTuple

from dragoman.language.normalize import normalize_for_match
from dragoman.model import Quote
from dragoman.quotes.barespeakers import screen_bare
from dragoman.quotes.complements import ARTICLES, DETERMINERS
from dragoman.quotes.cues import valid_speaker
from dragoman.quotes.frontedclause import trim_fronted
from dragoman.quotes.groups import AGENT_WORDS, GROUP_HEADS
from dragoman.quotes.headnoun import of_group, to_head_noun
from dragoman.quotes.lexicon import Lexicon, Word, words
from dragoman.quotes.mentions import Mentions, Speaker
from dragoman.quotes.nounsources import noun_sources
from dragoman.quotes.openingcue import opening_cue
from dragoman.quotes.postmodifier import subject_head


# The language's words for this check, folded like word keys and cached per pack: its pack's
# ``subordinators``, ``governing_prepositions`` and ``participle_pattern``; the verb words a noun
# phrase never holds (speech verbs, participles, auxiliaries, passives, ``modal_verbs``; less the
# ``verb_homographs``), and the auxiliaries, passives and modals alone (``core``).
class _Closed(NamedTuple):
    openers: frozenset[str]
    prepositions: frozenset[str]
    participle: re.Pattern[str] | None
    verbs: frozenset[str]
    core: frozenset[str]
    clause_prepositions: frozenset[str]


_CLOSED: dict[str, _Closed] = {}


def _closed(lex: Lexicon) -> _Closed:
    rules = lex.rules
    if rules.code not in _CLOSED:
        modals = {normalize_for_match(w) for w in rules.modal_verbs}
        core = frozenset(lex.auxiliaries | lex.passives | modals)
        found = {p.split(" ")[0] for v in lex.verbs.values() for p in v}  # ("pointed", not "out")
        found = {w for w in found | lex.participles if len(w) > 2 and w not in lex.stops}
        verbs = frozenset(w for w in found | core
                          if w not in lex.roles and w not in rules.verb_homographs)
        _CLOSED[rules.code] = _Closed(
            frozenset(normalize_for_match(w) for w in rules.subordinators),
            frozenset(normalize_for_match(w) for w in rules.governing_prepositions),
            re.compile(rules.participle_pattern) if rules.participle_pattern else None,
            verbs, core, frozenset(normalize_for_match(w) for w in rules.clause_prepositions))
    return _CLOSED[rules.code]


# Most words of a noun phrase before a reduced relative ("a source involved", "three people
# briefed") kept as the speaker; set on PolNeAR train, where "figures her campaign released"
# and "a fact sheet lawmakers released" end in a relative clause's own subject.
REDUCED_HEAD_WORDS = 2
# Between a preposition and its noun phrase: spaces and determiners on one line (not "… In\nAnn
# Lee said", a headline's last word).
_SAME_LINE = re.compile(r"[ \xa0]+(?:\w+[ \xa0]+)*")
# Most lower-case modifiers between a determiner and a role ("a former senior adviser").
_MODIFIER_WORDS = 2
# Between a speaker phrase and the cue after it: spaces or a comma (and words, see below).
_UP_TO_CUE = re.compile(r"[\s,]*")
_WORDS = re.compile(r"\w+")
# Most words between a name inside a phrase of a role and the cue ("a narrator in the Clinton
# ad asks", "an adviser in the Obama White House said"): the nouns the name modifies.
NOUN_AFTER_NAME_WORDS = 2
# Characters before a speaker phrase looked at for its preposition and determiners.
_LOOK_BACK = 40
# Mentions starting before a speaker looked at for one that holds it.
_MENTIONS_BACK = 3
# A year right after a name ("wie Foucault 1982 sagte"): a time, not the name.
_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
# A mention text that may stand for a speaker it holds: no quotation marks, brackets or
# possessive ending ("” Butz", "Vox Populi (Voice", "HuffPost Pollster’s").
_CLEAN_MENTION = re.compile(r"[\w .&-]+(?<!['’]s)")
_END_PUNCT = "?!,;:"  # (not the dot of "U.S.")
# A quotation mark opening a quoted title or phrase (after a space, before a word), and one
# closing it (not an apostrophe: no letter after it), on one line.
_TITLE_OPEN = re.compile(r"(?:^|(?<=\s))[‘“„«‚\"'](?:\w[^\n‘“„«‚\"]*)?$")
_TITLE_CLOSE = re.compile(r"[^\n‘“„«‚\"]*?\w[’”»\"'](?!\w)")
# A hyphen and a space right after a word: the first part of a coordinated compound ("Kino-
# und Filmverleih-Verband", "pre- and post-war").
_SUSPENDED = re.compile(r"[-‐][ \xa0]")


def _attributive(ws: list[Word], n: int, lex: Lexicon) -> bool:
    """A speech verb or participle modifying the noun after it ("the fired employee", "a
    claims adjuster") or made a noun by its determiner ("the accused")."""
    w = ws[n]
    if w.key in _closed(lex).core:
        return False
    prev = ws[n - 1] if n else None
    lead = prev is None or prev.key in DETERMINERS or prev.key == "s" or (
        prev.text.islower() and prev.key.endswith("ly"))
    if n + 1 < len(ws):
        nxt = ws[n + 1]
        return lead and nxt.text[:1].islower() and nxt.key not in lex.stops and (
            nxt.key not in DETERMINERS)
    return prev is not None and prev.key in DETERMINERS


def _fragment(ws: list[Word], lex: Lexicon) -> bool:
    ws = _before_relative(ws, lex)
    return any(_clause_word(w, lex) and not _attributive(ws, n, lex) for n, w in enumerate(ws))


def _clause_word(w: Word, lex: Lexicon) -> bool:
    """A verb word written lower case (a German noun, capitalised, is never one)."""
    if not w.text[:1].islower() or w.key != w.text.casefold():
        return False  # ("à" folds to "a": only words with no diacritics are compared)
    if w.key in _closed(lex).verbs:
        return True
    participle = _closed(lex).participle
    return participle is not None and participle.fullmatch(w.key) is not None


def _same_name(keep: list[Word], text: str, mentions: Mentions) -> Speaker | None:
    """The mention the words ``keep`` are, or the person mention elsewhere whose name they end
    ("Foucault" after "Michel Foucault")."""
    start, end = keep[0].start, keep[-1].end
    name = text[start:end]
    exact = [m for m in mentions.within(start, end) if m.start == start and m.end == end]
    person = [m for m in mentions.items if m.label == "PER" and m.entity_id and (
        m.text == name or m.text.endswith(" " + name))]
    found = exact or person
    if not found:
        return None
    sp = mentions.speaker(found[0])
    return Speaker(start, end, name, sp.entity_id, sp.name, sp.label)


def _cut(text: str, q: Quote, keep: list[Word], lex: Lexicon, mentions: Mentions) -> Quote:
    """The quotation with its speaker cut to the words ``keep``, or with none when those words
    cannot speak."""
    start, end = keep[0].start, keep[-1].end
    sp = _same_name(keep, text, mentions) or Speaker(start, end, text[start:end])
    if not sp.entity_id and not valid_speaker(sp, lex, mentions):
        return _no_speaker(q)
    return replace(q, speaker_start=start, speaker_end=end, speaker_text=sp.text,
                   speaker_id=sp.entity_id, speaker_name=sp.name or sp.text)


def _no_speaker(q: Quote) -> Quote:
    return replace(q, speaker_text=None, speaker_start=None, speaker_end=None, speaker_id=None,
                   speaker_name=None)


def _governed(text: str, q: Quote, lex: Lexicon) -> Word | None:
    """The preposition whose object the speaker phrase is ("Nach der Dusche sagen sie",
    "ohne Ironie und Häme sagen", "gegen Korruption verspricht"): no verb's subject. Not for
    a marker's source ("according to X") or a passive's agent."""
    if q.cue_start is not None and q.cue_start < (q.speaker_start or 0) and _marker_cue(q, lex):
        return None
    before = words(text, max(0, (q.speaker_start or 0) - _LOOK_BACK), q.speaker_start)
    while before and before[-1].key in DETERMINERS and before[-1].text[:1].islower():
        before = before[:-1]
    if not before or (q.cue_start is not None and before[-1].start >= q.cue_start
                      and before[-1].end <= (q.cue_end or 0)):
        return None  # the cue's own word ("said by", "selon")
    last = before[-1]  # (capitalised when it opens the sentence: "Per Dekret verkündete er")
    if any(w.key in lex.rules.impersonal_pronouns for w in words(q.cue or "")):
        return None  # "Aus Berlin hieß es": the source of an impersonal cue
    if last.text[:1].isupper() and text[last.end:q.speaker_start] == " " and _name_part(
            text, q, last, lex):
        return None
    if (_SAME_LINE.fullmatch(text[last.end:q.speaker_start]) is None
            or last.key not in _closed(lex).prepositions or last.key in AGENT_WORDS):
        return None
    return last


def _name_part(text: str, q: Quote, prep: Word, lex: Lexicon) -> bool:
    """"said Per Olsson", "Via Rail said", "Per Lindholm sagte, …": a capitalised word of a
    name, not a preposition: inside a sentence, or opening one whose cue follows the name with
    no inverted subject after it ("Im Interview sagte Scholz" keeps its preposition)."""
    head = text[:prep.start].rstrip()
    if head and head[-1] not in ".!?\n":
        return True
    if q.cue_start is None or q.cue_start < (q.speaker_end or 0) or _UP_TO_CUE.fullmatch(
            text[q.speaker_end:q.cue_start]) is None:
        return False
    if not lex.rules.capitalised_nouns:
        return True
    nxt = words(text, q.cue_end or 0, (q.cue_end or 0) + _LOOK_BACK)[:1]
    first = nxt[0] if nxt else None
    return first is None or "," in text[q.cue_end:first.start] or not (
        first.key in DETERMINERS or first.key in ARTICLES or first.key in lex.pronouns
        or first.text[:1].isupper())


def _person_at_end(text: str, q: Quote, mentions: Mentions) -> Quote | None:
    """"in a radio interview Trump said": the person named after the phrase's last lower-case
    word, when a person mention of the article bears that name."""
    found = words(text, q.speaker_start or 0, q.speaker_end)
    lower = [n for n, w in enumerate(found) if w.text[:1].islower()]
    if not lower or lower[-1] == len(found) - 1:
        return None
    run = found[lower[-1] + 1:]
    sp = _same_name(run, text, mentions)
    if sp is None or sp.label != "PER" or not sp.entity_id:
        return None
    return replace(q, speaker_start=sp.start, speaker_end=sp.end, speaker_text=sp.text,
                   speaker_id=sp.entity_id, speaker_name=sp.name or sp.text)


def _noun_tail(text: str, q: Quote, lex: Lexicon, lower: bool = True) -> list[Word] | None:
    """The nouns between the speaker phrase and the cue after it (none, one or two words
    with no verb: "the Clinton ad asks"), or None when something else stands there."""
    if q.cue_start is None or q.cue_start < (q.speaker_end or 0):
        return None
    tail = words(text, q.speaker_end or 0, q.cue_start)
    if len(tail) > NOUN_AFTER_NAME_WORDS or not _UP_TO_CUE.fullmatch(
            _WORDS.sub("", text[q.speaker_end:q.cue_start])) or any(
            _clause_word(w, lex) or (lower and not w.text[:1].islower()) for w in tail):
        return None
    return tail


def _modifies_noun(text: str, q: Quote, lex: Lexicon) -> bool:
    """The name inside a prepositional phrase modifies the noun after it, which the cue
    follows ("a narrator in the Clinton ad asks"): the name stands for the body behind what
    speaks, left as it was."""
    return bool(_noun_tail(text, q, lex))


def _group_before(text: str, q: Quote, prep: Word, lex: Lexicon,
                  mentions: Mentions) -> Quote | None:
    """"Nurses in Leeds said": a role or group noun right before the preposition heads the
    speaker phrase, which the place or body after it only narrows."""
    before = words(text, max(0, prep.start - _LOOK_BACK), prep.start)
    if not before or _SAME_LINE.fullmatch(text[before[-1].end:prep.start]) is None:
        return None
    head = before[-1]
    if text[q.speaker_start:q.speaker_end].casefold() in lex.rules.months:
        return None
    # the phrase runs on to the cue: "a narrator in the Clinton ad asks" (a noun or two the
    # name modifies, no verb)
    tail = _noun_tail(text, q, lex, lower=False)  # ("the Obama White House, said")
    if tail is None:
        return None
    if lex.strip_clitic(head.key, lex.roles) not in lex.roles and head.key not in GROUP_HEADS:
        return None
    start, n = head.start, len(before) - 2
    while n >= 0 and len(before) - 2 - n < _MODIFIER_WORDS and before[n].text.islower() and (
            before[n].key not in DETERMINERS) and _SAME_LINE.fullmatch(
            text[before[n].end:before[n + 1].start]):
        n -= 1  # "a former adviser"
    if n >= 0 and before[n].key in DETERMINERS and _SAME_LINE.fullmatch(
            text[before[n].end:before[n + 1].start]):
        start = before[n].start  # "the nurses in Leeds"
        person = mentions.last_person_before(start)
        if person is not None and re.fullmatch(r",\s*", text[person.end:start]):
            # "Ann Roy, a former adviser in the Obama White House, said": the person
            sp = mentions.speaker(person)
            return replace(q, speaker_start=sp.start, speaker_end=sp.end, speaker_text=sp.text,
                           speaker_id=sp.entity_id, speaker_name=sp.name or sp.text)
    end = tail[-1].end if tail else q.speaker_end or 0
    phrase = text[start:end]
    return replace(q, speaker_start=start, speaker_end=end, speaker_text=phrase,
                   speaker_name=phrase, speaker_id=None)


def _common_noun(text: str, q: Quote, keep: list[Word], lex: Lexicon,
                 mentions: Mentions) -> bool:
    """An unlinked one-word person or place mention written after an article where nouns are
    capitalised ("Die Dusche im Bad …"): a common noun the entities stage took for a name (a
    German name takes no article)."""
    if q.speaker_id or len(keep) != 1 or not lex.rules.capitalised_nouns or (
            keep[0].key in lex.roles):
        return False
    start = keep[0].start
    if not any(m.start == start and m.label in ("PER", "LOC") for m in mentions.within(
            start, keep[0].end)):
        return False
    before = words(text, max(0, start - _LOOK_BACK), start)[-1:]
    return bool(before) and before[0].key in ARTICLES and text[before[0].end:start] == " "


def _before_relative(keep: list[Word], lex: Lexicon) -> list[Word]:
    """The words before a relative pronoun: a relative clause's verbs belong to a noun phrase
    ("a young woman who had been a student")."""
    cut = next((n for n, w in enumerate(keep) if n and w.key in lex.relatives), len(keep))
    return keep[:cut]


def _reduced_relative(keep: list[Word], lex: Lexicon) -> bool:
    """"a study published", "officials involved": a noun and an English past participle after
    it, a clause cut short whose noun is the phrase's head."""
    if not lex.rules.reduced_relatives or len(keep) < 2:
        return False
    last, prev = keep[-1], keep[-2]
    return (last.text.islower() and last.key.endswith("ed") and not last.key.endswith("eed")
            and prev.text.islower() and prev.key not in DETERMINERS and prev.key not in lex.stops
            and (prev.key.endswith("s") or prev.key in lex.roles or prev.key in GROUP_HEADS))


def _checked(text: str, q: Quote, lex: Lexicon, mentions: Mentions) -> Quote | None:
    """``q`` with a speaker text that is a noun phrase, or none; None to drop it."""
    if not q.speaker_text:
        return q
    if q.speaker_start is None or q.speaker_end is None:  # a text with no place: its words
        found = words(q.speaker_text)
        junk = not found or found[0].key in _closed(lex).openers or _fragment(found, lex)
        return _no_speaker(q) if junk else q
    if _in_title(text, q.speaker_start, q.speaker_end):
        return _no_speaker(q)  # "on the ‘I’ve Had It’ podcast:": words of a quoted title
    found = words(text, q.speaker_start, q.speaker_end)
    keep = list(found)
    while keep and (keep[0].key in _closed(lex).openers or keep[0].key in lex.sentence_conjunctions):
        keep = keep[1:]  # "While experts say", "but trust members said": the noun phrase
    keep = _after_clause_preposition(keep, lex)
    if len(keep) > 1 and _YEAR.fullmatch(keep[-1].text) and keep[-2].text[:1].isupper():
        name = text[keep[0].start:keep[-2].end]
        if any(m.label == "PER" and (m.text == name or m.text.endswith(" " + name))
               for m in mentions.items):
            keep = keep[:-1]  # "Foucault 1982" (not "Paris 2024", "TSV 1860")
    if _cut_short(text, keep, q.speaker_end):
        return None if not q.direct else _no_speaker(q)  # "Laut der am … Verordnung", "Kino-"
    fragment = not keep or _fragment(keep, lex)
    if fragment and not q.direct and not _marker_cue(q, lex) and (not keep or (
            q.cue_start is not None and q.speaker_start <= q.cue_start < q.speaker_end)):
        return None  # "Though, …", "gegen Korruption verspricht": no speech was reported
    if not fragment and _reduced_relative(keep, lex):
        # "officials involved (in the talks)": "officials"; a longer phrase may hold the
        # relative clause's own subject ("figures her campaign released"): left as it is
        if len(keep) > REDUCED_HEAD_WORDS + 1:
            return q
        head = text[keep[0].start:keep[-2].end]  # a document may be a source ("a study")
        return replace(q, speaker_start=keep[0].start, speaker_end=keep[-2].end,
                       speaker_text=head, speaker_name=head)
    if fragment or _common_noun(text, q, keep, lex, mentions):
        return _no_speaker(q)
    prep = _governed(text, q, lex)
    if prep is not None:
        return _person_at_end(text, q, mentions) or _group_before(text, q, prep, lex, mentions) or (
            q if _modifies_noun(text, q, lex) else _no_speaker(q))
    if len(keep) < len(found):
        return _cut(text, q, keep, lex, mentions)
    if not q.speaker_id:
        return _widened(q, mentions)
    return q


def _in_title(text: str, start: int, end: int) -> bool:
    """The speaker phrase lies between the marks of a quoted title or phrase ("the ‘I’ve Had
    Enough’ show", "the “Big Ideas” podcast"): its words name no speaker. Looked at within
    ``_LOOK_BACK`` characters either side."""
    before = text[max(0, start - _LOOK_BACK):start]
    opened = _TITLE_OPEN.search(before)
    if opened is None or re.search(r"\w[’”»](?!\w)", before[opened.start():]):
        return False
    return _TITLE_CLOSE.match(text, start, end + _LOOK_BACK) is not None


def _after_clause_preposition(keep: list[Word], lex: Lexicon) -> list[Word]:
    """"(The rule) comes after health officials (said)": the words after a preposition that
    opens a clause (the pack's ``clause_prepositions``) when they name someone and the words
    before it name nobody ("the minister after the vote" stays)."""
    at = next((n for n, w in enumerate(keep) if n and w.key in _closed(lex).clause_prepositions),
              None)
    if at is None or _names_someone(keep[:at], lex) or not _names_someone(keep[at + 1:], lex):
        return keep
    return keep[at + 1:]


def _names_someone(ws: list[Word], lex: Lexicon) -> bool:
    """A role, a group or a capitalised word (a name) other than a determiner."""
    return any(lex.strip_clitic(w.key, lex.roles) in lex.roles or w.key in GROUP_HEADS
               or (w.text[:1].isupper() and w.key not in DETERMINERS) for w in ws)


def _cut_short(text: str, keep: list[Word], end: int) -> bool:
    """The speaker phrase was cut before its noun: a determiner alone ("Laut der am Montag
    erlassenen Verordnung": "der"), or the first part of a coordinated compound ("Laut Kino-
    und Filmverleih-Verband": "Kino"); the content found after it is no clause either."""
    return bool(keep) and (all(w.key in DETERMINERS or w.key in ARTICLES for w in keep)
                           or _SUSPENDED.match(text, end) is not None)


def _widened(q: Quote, mentions: Mentions) -> Quote:
    """An unlinked speaker text inside a longer linked organisation or place mention
    ("Organization" of "the World Health Organization"): the mention (not a person's: its
    span may run on, "Ann Roy of Human Rights Watch")."""
    start, end = q.speaker_start or 0, q.speaker_end or 0
    around = [m for m in mentions.items[max(0, bisect.bisect_right(mentions.starts, start)
                                            - _MENTIONS_BACK):
                                        bisect.bisect_right(mentions.starts, start)]
              if m.entity_id and m.label != "PER" and m.start <= start and end <= m.end
              and m.end - m.start > end - start
              and not (q.cue_start is not None and m.start <= q.cue_start < m.end)  # "Insisted Ann Lee"
              and _CLEAN_MENTION.fullmatch(m.text.rstrip(_END_PUNCT))
              and not m.text[:1].islower()]  # (not "by The Daily Caller")
    if not around:
        return q
    sp = mentions.speaker(around[-1])
    text = sp.text.rstrip(_END_PUNCT)  # "World Health Organization?": the mark is no name's
    return replace(q, speaker_start=sp.start, speaker_end=sp.start + len(text), speaker_text=text,
                   speaker_id=sp.entity_id, speaker_name=sp.name or sp.text)


def _marker_cue(q: Quote, lex: Lexicon) -> bool:
    found = words(q.cue or "")
    return bool(found) and lex.match_phrase(found, 0, lex.markers) > 0


def screen_speakers(text: str, quotes: list[Quote], lex: Lexicon,
                    mentions: Mentions) -> list[Quote]:
    """Every quotation with a speaker text that can speak (see the module's doc)."""
    out = []
    for q in quotes:
        q = trim_fronted(text, opening_cue(text, q, lex, mentions), lex)
        checked = noun_sources(text, _checked(text, q, lex, mentions), lex, mentions)
        if checked is not None:
            head = of_group(text, to_head_noun(text, subject_head(text, checked, lex), lex), lex)
            out.append(screen_bare(text, head, lex, mentions))
    return out


__all__ = ["screen_speakers"]
