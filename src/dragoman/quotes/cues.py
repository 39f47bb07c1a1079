"""Speech cues in a text (verbs, participles, "according to" markers), the cues that are no
statement (negated, infinitive, passive), and what may count as a speaker."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dragoman.model import Quote
from dragoman.quotes.lexicon import Lexicon, Word, words
from dragoman.quotes.speakers import _DETERMINERS, _TITLES, Mentions, Speaker

# Words before a cue searched for a negation or an infinitive marker ("did not immediately
# say"); a wider window reaches into the previous clause ("who refused to apologize said").
BLOCKER_WINDOW = 2
# Mention labels that can speak: people, organisations, places standing for their
# governments ("Russia has warned", "Moscow stated").
SPEAKER_LABELS = frozenset({"PER", "ORG", "LOC"})
_PUNCT = re.compile(r"[.!?;:,،؛؟\"“”«»()\[\]\n—–]")


@dataclass(slots=True)
class Cue:
    wi: int  # first word index
    wj: int  # one past the last word index
    start: int
    end: int
    kind: str  # "verb" | "participle" | "marker"
    speaker: Speaker | None = None
    speaker_after_end: int | None = None  # word index after a post-verb speaker
    addressee: str | None = None
    used: bool = False
    explicit: bool = False  # the speaker is named next to the cue (not inferred)
    subject: Speaker | None = None  # the phrase next to the cue, before pronoun resolution


def _negated(key: str) -> bool:
    return key.endswith(("n't", "n’t"))


def blocked(text: str, ws: list[Word], i: int, n: int, lex: Lexicon) -> bool:
    """A verb cue that states nothing: negated or infinitive ("declined to say", "did not
    respond"), or passive ("was told", "reported by")."""
    for k in range(i - 1, max(-1, i - 1 - BLOCKER_WINDOW), -1):
        if _PUNCT.search(text, ws[k].end, ws[k + 1].start):
            break
        if ws[k].key in lex.blockers or _negated(ws[k].key):
            return True
        if k == i - 1 and ws[k].key in lex.passives and not ws[i].key.endswith("ing"):
            return True
    nxt = i + n
    if nxt >= len(ws) or _PUNCT.search(text, ws[nxt - 1].end, ws[nxt].start):
        return False
    if ws[nxt].key in lex.blockers:  # "sagte nicht, wann …": a negation closing the clause
        end = ws[nxt + 1].start if nxt + 1 < len(ws) else len(text)
        return bool(_PUNCT.search(text, ws[nxt].end, end)) or nxt + 1 == len(ws)
    return ws[nxt].key == "by"


def _pro_drop_opening(text: str, ws: list[Word], i: int, lex: Lexicon) -> bool:
    """A verb opening a sentence where the subject may be left out ("Ha poi ammesso che …")."""
    return lex.rules.implicit_subject and (i == 0 or bool(
        re.search(r"[.!?\n]", text[ws[i - 1].end:ws[i].start])))


def find_cues(text: str, ws: list[Word], lex: Lexicon) -> list[Cue]:
    cues: list[Cue] = []
    i = 0
    while i < len(ws):
        n = lex.match_phrase(ws, i, lex.verbs)
        kind = "verb"
        if n and ((ws[i].text[:1].isupper() and not _pro_drop_opening(text, ws, i, lex))
                  or (i and ws[i - 1].key in _DETERMINERS)):
            n = 0  # "States", "the claims": a noun, not a cue
        if n and blocked(text, ws, i, n, lex):
            i += n
            continue
        if not n:
            n, kind = lex.match_phrase(ws, i, lex.markers), "marker"
        if not n and ws[i].key in lex.participles:
            n, kind = 1, "participle"
        if n:
            cues.append(Cue(i, i + n, ws[i].start, ws[i + n - 1].end, kind))
            i += n
        else:
            i += 1
    return cues


def valid_speaker(sp: Speaker | None, lex: Lexicon, mentions: Mentions) -> bool:
    """A person, organisation or place (a mention), a pronoun, a role ("the spokesman"), a
    titled name ("Mr. Burman") or a name the article also capitalises inside a sentence
    ("Cruz"); never a common noun phrase ("complexity", "Correction", "the phrase")."""
    if sp is None:
        return False
    if sp.entity_id or sp.label in SPEAKER_LABELS:
        return True
    found = words(sp.text)
    keys = [w.key for w in found]
    if len(keys) == 1 and keys[0] in lex.pronouns:
        return True
    if any(k in _TITLES or lex.strip_clitic(k, lex.roles) in lex.roles for k in keys):
        return True
    names = bool(found) and all(w.text[:1].isupper() and w.text.casefold() not in mentions.common
                                for w in found)
    return names and (len(found) > 1 or found[0].text in mentions.inner_caps)


def quote_record(text: str, start: int, end: int, direct: bool, cue: Cue | None,
                 sp: Speaker | None) -> Quote:
    return Quote(
        start=start, end=end, text=text[start:end], direct=direct,
        cue=text[cue.start:cue.end] if cue else "", cue_start=cue.start if cue else None,
        cue_end=cue.end if cue else None,
        speaker_text=sp.text if sp else None, speaker_start=sp.start if sp else None,
        speaker_end=sp.end if sp else None, speaker_id=sp.entity_id if sp else None,
        speaker_name=(sp.name or sp.text) if sp else None,
        addressee=cue.addressee if cue else None,
    )


__all__ = ["Cue", "Mentions", "blocked", "find_cues", "quote_record", "valid_speaker"]
