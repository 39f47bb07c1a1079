"""Speech cues in a text (verbs, participles, "according to" markers), the cues that are no
statement (negated, infinitive, passive), and what may count as a speaker."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from dragoman.language.speakerwords import speaker_words
from dragoman.language.thingnouns import thing_heads
from dragoman.model import Quote
from dragoman.quotes.closingsource import closing_source
from dragoman.quotes.groups import AGENT_WORDS, GROUP_HEADS, quantified
from dragoman.quotes.invertedplural import inverted_plural
from dragoman.quotes.lexicon import Lexicon, Word, marked_ending, words
from dragoman.quotes.normmarkers import norm_marker
from dragoman.quotes.numberdots import joined_by_numbers, number_dot
from dragoman.quotes.persons import body_nouns
from dragoman.quotes.pronouns import opens_sentence
from dragoman.quotes.relclauses import object_inside
from dragoman.quotes.respondents import group_phrase
from dragoman.quotes.sources import postposed_source, subject_marker
from dragoman.quotes.speakers import (
    _TITLES,
    DETERMINERS,
    MAX_SPEAKER_WORDS,
    Mentions,
    Speaker,
)
from dragoman.quotes.speakingphrase import speaking_phrase

# Words before a cue searched for a negation or an infinitive marker ("did not immediately
# say"); a wider window reaches into the previous clause ("who refused to apologize said").
BLOCKER_WINDOW = 2
# Mention labels that can speak: people, organisations, places standing for their
# governments ("Russia has warned", "Moscow stated").
SPEAKER_LABELS = frozenset({"PER", "ORG", "LOC"})
# Most words of a group speaker opened by a quantifier ("some environmental groups"); longer
# is a clause. Set by reading PolNeAR dev-tune's sources of this kind (2-4 words).
QUANTIFIED_WORDS = 4
# Most words between a passive auxiliary and the agent before a verb-final participle ("wurde
# gestern von …").
AGENT_AUX_WORDS = 3
# Most words inside a two-word cue ("hat am Montag gewarnt", "a-t-il lâché": "t il").
MAX_CUE_GAP = 2
# Most words of the inverted subject inside a German separable verb that closes the sentence
# after its content ("…, teilte das Bundesamt für Migration und Flüchtlinge mit."): 6 in the
# longest of the original sentences of tests/quotes/test_reported8.py, 2 to spare.
SEPARABLE_SUBJECT_WORDS = 8
_SENTENCE_CLOSE = re.compile(r"\s*(?:[.!?]|$)")
# A comma or colon after a separable verb's particle: its content follows ("kündigte … an, …").
_CLAUSE_AFTER = re.compile(r"\s*[,:]")
# A headline in title case ("Mayor Says The Bridge Will Reopen"): the words looked at either
# side of a capitalised verb, how long a word must be to count (short function words are often
# left lower case), the share of them capitalised, and how many must follow the verb.
HEADLINE_WINDOW = 6
HEADLINE_WORD_CHARS = 4
HEADLINE_CAPS_SHARE = 0.8
MIN_HEADLINE_WORDS = 2
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
    common_source: bool = False  # "according to firefighters": a common noun as the source
    inner: tuple[int, int] | None = None  # words of a subject inside the cue ("fügte er hinzu")


# Means of speaking after "by" in an active cue ("said by telephone"), not its agent.
_BY_CHANNEL = frozenset({"phone", "telephone", "email", "e-mail", "text", "video", "satellite",
                         "letter", "fax", "videoconference", "videolink", "radio"})


# A contracted "are" ("they're", "we’re") before a participle makes it passive.
_ARE = ("'re", "’re")


def _negated(key: str) -> bool:
    return key.endswith(("n't", "n’t"))


def blocked(text: str, ws: list[Word], i: int, n: int, lex: Lexicon) -> bool:
    """A verb cue that states nothing: negated or infinitive ("declined to say", "did not
    respond"), or passive ("was told", "reported by")."""
    for k in range(i - 1, max(-1, i - 1 - BLOCKER_WINDOW), -1):
        if _PUNCT.search(text, ws[k].end, ws[k + 1].start) or ws[k].key in (
                lex.rules.list_conjunctions):  # "zeigte sich bereit und betonte: …"
            break
        if ws[k].key in lex.blockers or _negated(ws[k].key):
            return True
        if k == i - 1 and (ws[k].key in lex.passives or ws[k].key.endswith(_ARE)) and not (
                ws[i].key.endswith("ing")):  # "was told", "they're told"
            return True
    nxt = i + n
    if nxt >= len(ws) or _PUNCT.search(text, ws[nxt - 1].end, ws[nxt].start):
        return False
    if nxt + 2 < len(ws) and ws[nxt + 1].key in lex.blockers and not _PUNCT.search(
            text, ws[nxt].end, ws[nxt + 1].start) and ws[nxt].key not in lex.complementizers:
        nxt += 1  # "erklärte sich bereit, …", "sagte es nicht, …" (not "dijo que no, que …")
    if ws[nxt].key in lex.blockers:  # "sagte nicht, wann …": a negation closing the clause
        end = ws[nxt + 1].start if nxt + 1 < len(ws) else len(text)
        return bool(_PUNCT.search(text, ws[nxt].end, end)) or nxt + 1 == len(ws)
    # "reported by Reuters" names an agent; "said by telephone" names a channel
    return ws[nxt].key == "by" and not (nxt + 1 < len(ws) and ws[nxt + 1].key in _BY_CHANNEL)


def _pro_drop_opening(text: str, ws: list[Word], i: int, lex: Lexicon) -> bool:
    """A verb opening a sentence where the subject may be left out ("Ha poi ammesso che …")."""
    return lex.rules.implicit_subject and (i == 0 or bool(
        re.search(r"[.!?\n]", text[ws[i - 1].end:ws[i].start])))


def _after_determiner(text: str, ws: list[Word], i: int, lex: Lexicon) -> bool:
    """ws[i] follows a determiner right away: a noun ("the claims", "a warning"). A subject
    pronoun of the language is none: French "Il a déclaré" (the Italian article "il")."""
    if i == 0 or ws[i - 1].key not in DETERMINERS or not _joined(text, ws, i - 1, i):
        return False
    return ws[i - 1].key not in lex.pronouns or (  # "perdus par la juge": an article
        i > 1 and _joined(text, ws, i - 2, i - 1) and ws[i - 2].key in lex.content_blockers
        and ws[i - 2].key not in lex.sentence_conjunctions
        and ws[i - 2].key not in lex.rules.list_conjunctions)


def _headline_verb(text: str, ws: list[Word], i: int) -> bool:
    """A capitalised verb inside a headline written in title case, after its capitalised
    subject ("Mayor Says The Bridge Will Reopen"): the words around it, on the same line, are
    capitalised, ``HEADLINE_CAPS_SHARE`` of those of ``HEADLINE_WORD_CHARS`` letters or more,
    with ``MIN_HEADLINE_WORDS`` such words after the verb."""
    if i == 0 or not ws[i - 1].text[:1].isupper() or not _joined(text, ws, i - 1, i):
        return False
    around = ws[max(0, i - HEADLINE_WINDOW):i + HEADLINE_WINDOW + 1]
    k = i - max(0, i - HEADLINE_WINDOW)
    lo = next((n for n in range(k, 0, -1) if "\n" in text[around[n - 1].end:around[n].start]), 0)
    hi = next((n for n in range(k + 1, len(around))
               if "\n" in text[around[n - 1].end:around[n].start]), len(around))
    line = [w for w in around[lo:hi] if len(w.text) >= HEADLINE_WORD_CHARS]
    after = [w for w in around[k + 1:hi] if len(w.text) >= HEADLINE_WORD_CHARS]
    caps = sum(w.text[:1].isupper() for w in line)
    return len(after) >= MIN_HEADLINE_WORDS and caps >= HEADLINE_CAPS_SHARE * len(line)


def _joined(text: str, ws: list[Word], a: int, b: int) -> bool:
    """No punctuation between ws[a] and ws[b] but the dots of dates ("am 3. Mai")."""
    return joined_by_numbers(text, ws[a].end, ws[b].start, _PUNCT)


def _gapped_subject(text: str, ws: list[Word], i: int,
                    lex: Lexicon) -> tuple[int, tuple[int, int] | None]:
    """``_gapped``, but what sits inside may not be the verb's object ("hielt den Mann fest")."""
    n, inner = _gapped(text, ws, i, lex)
    if inner is not None and any(w.start == inner[0] and object_inside(w, lex) for w in ws[i:i + n]):
        return 0, None
    return n, inner


def _gapped(text: str, ws: list[Word], i: int, lex: Lexicon) -> tuple[int, tuple[int, int] | None]:
    """A two-word cue with up to ``MAX_CUE_GAP`` words inside it: an adverb after the
    auxiliary ("hat wiederholt gewarnt", "ha ripetutamente avvertito") or the subject of an
    inverted or separable verb ("fügte er hinzu", "a-t-il lâché"). (words, inner subject)."""
    first = lex.strip_clitic(ws[i].key, lex.verbs)
    # "…, teilte die Polizei in Köln mit.": after its content, a German separable verb holds
    # its whole subject (the particle closes the clause); before its content ("kündigte am
    # Dienstag in Bergen an, …") a longer phrase of time and place
    after_content = lex.rules.capitalised_nouns and i > 0 and "," in text[ws[i - 1].end:ws[i].start]
    reach = SEPARABLE_SUBJECT_WORDS if lex.rules.capitalised_nouns else MAX_CUE_GAP
    near = {w.key for w in ws[i + 2:i + 2 + reach]}
    for rest in _particles(lex, first):  # in list order, as the phrases were
        if rest[0] not in near:
            continue
        for g in range(1, reach + 1):
            j = i + 1 + g
            if j + len(rest) > len(ws) or [w.key for w in ws[j:j + len(rest)]] != list(
                    rest) or not _joined(text, ws, i, j):
                continue
            end = ws[j + len(rest) - 1].end
            closes = _SENTENCE_CLOSE.match(text, end) is not None
            opens = _CLAUSE_AFTER.match(text, end) is not None and not after_content
            if g > MAX_CUE_GAP and not ((after_content and closes) or opens):
                continue  # a long subject only before the particle that ends the sentence
            gap = ws[i + 1:j]
            if any(w.key in lex.blockers or _negated(w.key) or not (
                    w.key.replace("-", "").isalpha() or number_dot(text, w.end)) for w in gap):
                break
            names = [w for w in gap if w.key != "t"]  # French euphonic "-t-": "a-t-il"
            if names and names[0].key in lex.content_blockers:
                if g <= MAX_CUE_GAP or opens:
                    # "teilte am Montag mit", "kündigte am Dienstag in Bergen an, …": a phrase
                    # inside, no subject
                    return g + 1 + len(rest), None
                # "…, teilte am Montag der Verein mit.": the subject after the phrase
                names = names[next((n for n, w in enumerate(names) if w.key in DETERMINERS), 0):]
            elif g > MAX_CUE_GAP and not after_content:
                break  # before its content, the long gap is a phrase of time or place only
            aux = first in lex.auxiliaries
            subject = bool(names) and (names[0].key in lex.pronouns or (not aux and any(
                w.text[:1].isupper() for w in names)))
            if not subject and not aux:
                break  # "went back on": no subject, no auxiliary
            inner = (names[0].start, names[-1].end) if subject else None
            return g + 1 + len(rest), inner
    return 0, None


_PARTICLES: dict[tuple[str, str], tuple[tuple[str, ...], ...]] = {}


def _particles(lex: Lexicon, first: str) -> tuple[tuple[str, ...], ...]:
    """The words after the first of each two- or three-word cue that opens with ``first``
    ("mit" of "teilte mit", "darauf hin" of "wies darauf hin"): they may stand apart from it
    (three-word ones where nouns are capitalised, German); cached per language and word."""
    key = (lex.rules.code, first)
    if key not in _PARTICLES:
        most = 2 if lex.rules.capitalised_nouns else 1
        _PARTICLES[key] = tuple(dict.fromkeys(tuple(p.split(" ")[1:]) for p in lex.verbs.get(
            first, ()) if 1 <= p.count(" ") <= most))
    return _PARTICLES[key]


def _agent(text: str, ws: list[Word], i: int, n: int, lex: Lexicon) -> bool:
    """A passive speech verb with its agent next ("were told by engineers", "a été annoncé
    par le ministère", "sono stati avvertiti dai tecnici"): the agent is the speaker."""
    nxt = i + n
    if nxt >= len(ws) or ws[nxt].key not in AGENT_WORDS or not _joined(text, ws, nxt - 1, nxt):
        return False
    return (any(w.key in lex.passives for w in ws[i:nxt])
            or (i > 0 and ws[i - 1].key in lex.passives and _joined(text, ws, i - 1, i)))


def _agent_before(text: str, ws: list[Word], i: int, lex: Lexicon) -> tuple[int, int] | None:
    """A verb-final passive with its agent before the participle ("Den Anwohnern wurde von
    den Ingenieuren mitgeteilt, dass …"): the agent's words, or None. Not after a determiner:
    "perdus par la juge" is a noun after its article."""
    if (i and ws[i - 1].key in DETERMINERS) or speaker_words(lex.rules.code).agent_after_participle:
        return None
    k = i - 1
    while k >= 0 and i - k <= MAX_SPEAKER_WORDS and _joined(text, ws, k, k + 1):
        if ws[k].key in AGENT_WORDS and k + 1 < i:
            j = k - 1
            while j >= 0 and k - j <= AGENT_AUX_WORDS and _joined(text, ws, j, j + 1):
                if ws[j].key in lex.passives:
                    return ws[k + 1].start, ws[i - 1].end
                j -= 1
            return None
        k -= 1
    return None


def _ordinal(text: str, ws: list[Word], i: int, lex: Lexicon) -> bool:
    """A marker word right after a determiner or a preposition is an ordinal ("nel secondo
    semestre", "o segundo turno"), never "according to" (which follows a comma, a clause or a
    conjunction: "ma secondo il ministro"). Not in a language that capitalises its nouns:
    German determiners are also relative pronouns ("die laut Polizei …"), and no German
    marker is an ordinal."""
    if i == 0 or lex.rules.capitalised_nouns or not _joined(text, ws, i - 1, i) or (
            lex.match_phrase(ws, i, lex.markers) != 1):
        return False  # (only a one-word marker is also an ordinal: not "which according to")
    prev = ws[i - 1].key
    return prev in DETERMINERS or prev in lex.rules.definite_articles or (  # "o segundo"
        prev in lex.content_blockers and prev not in lex.rules.list_conjunctions
        and prev not in lex.sentence_conjunctions)


def _marker(text: str, ws: list[Word], i: int, lex: Lexicon) -> int:
    """Words of the "according to" marker at ws[i] (0 if none), with a speech verb right
    after it ("según informó X", "segundo explicou X": X is still the source)."""
    listed = lex.match_phrase(ws, i, lex.markers)
    if listed and norm_marker(ws, i, listed, lex, lambda a, b: _joined(text, ws, a, b)):
        return 0  # "went according to plan": in keeping with, no source
    n = listed or subject_marker(ws, i, lex)
    if n and ws[i].key in lex.closing_markers and not closing_source(text, ws, i, lex):
        return 0
    if listed and i + n < len(ws) and _joined(text, ws, i + n - 1, i + n):
        verb = lex.match_phrase(ws, i + n, lex.verbs)
        nxt = ws[i + n].key
        if not verb and nxt in lex.content_blockers and nxt not in DETERMINERS:
            return 0  # "è arrivato secondo alle elezioni": a preposition is no source
        n += verb
    return n


def _verb_phrase(text: str, ws: list[Word], i: int, lex: Lexicon) -> int:
    """Words of the cue phrase at ws[i] that no punctuation divides: "haben“, erklärt" is the
    end of a quotation and a cue, not the perfect "haben erklärt"."""
    n = lex.match_phrase(ws, i, lex.verbs)
    if n > 1 and not _joined(text, ws, i, i + n - 1):
        stop = next(k for k in range(i + 1, i + n) if not _joined(text, ws, k - 1, k))
        n = lex.match_phrase(ws[:stop], i, lex.verbs)
    return n


def _pronoun_verb(ws: list[Word], i: int, lex: Lexicon) -> int:
    """1 for a verb form that is mostly a noun right after a personal subject pronoun ("he
    remarks", "she quips"; not "his remarks", "the jokes"), else 0."""
    return int(i > 0 and ws[i].key in lex.pronoun_verbs and ws[i - 1].key in lex.person_pronouns)


def find_cues(text: str, ws: list[Word], lex: Lexicon) -> list[Cue]:
    cues: list[Cue] = []
    i = 0
    while i < len(ws):
        n = _verb_phrase(text, ws, i, lex) or _pronoun_verb(ws, i, lex) or inverted_plural(text, ws, i, lex)
        inner: tuple[int, int] | None = None
        if n == 1 and marked_ending(ws[i], lex):
            n = 0  # "Après avoir nié les faits": a participle, not the present "nie"
        elif not n and ws[i].key in lex.verbs:  # (a two-word cue opens with a known word)
            n, inner = _gapped_subject(text, ws, i, lex)
        kind = "verb"
        if n and _agent(text, ws, i, n, lex):
            n, kind = n + 1, "agent"  # "Fue anunciado por el ministerio que …" may open
        elif n and (agent := _agent_before(text, ws, i, lex)) is not None:
            kind, inner = "agent", agent
        elif n and ((ws[i].text[:1].isupper() and not _pro_drop_opening(text, ws, i, lex)
                     and not _headline_verb(text, ws, i)) or _after_determiner(text, ws, i, lex)):
            n = 0  # "States", "the claims": a noun, not a cue (not "… un an, souligne")
        elif n and (blocked(text, ws, i, n, lex)
                    or any(w.key in lex.passives for w in ws[i:i + n])):
            i += n  # negated, infinitive, or passive without its agent ("a été annoncé")
            continue
        if n and kind == "verb" and i + n + 1 < len(ws) and ws[i + n].key == "t" and (
                text[ws[i + n - 1].end:ws[i + n].start] == "-"):
            n += 1  # "assure-t-elle": the euphonic "t" is part of the cue
        if n and kind == "verb" and inner is None:
            inside = next((w for w in ws[i + 1:i + n - 1] if w.key in lex.pronouns), None)
            if inside is not None:  # "a-t-il ajouté", listed whole: its subject is inside
                inner = (inside.start, inside.end)
        if not n and lex.strip_clitic(ws[i].key, lex.marker_starts) in lex.marker_starts:
            if (post := postposed_source(text, ws, i, lex)) is not None:
                first, end = post  # "Dem Bericht zufolge": the cue holds its source
                cues.append(Cue(first, end, ws[first].start, ws[end - 1].end, "marker",
                                inner=(ws[first].start, ws[i - 1].end)))
                i = end
                continue
            n, kind = (0 if _ordinal(text, ws, i, lex) else _marker(text, ws, i, lex)), "marker"
        if not n and ws[i].key in lex.participles and not _after_determiner(text, ws, i, lex) and not (
                i and ws[i].text[:1].isupper() and not opens_sentence(text, ws[i].start)):
            n, kind = 1, "participle"  # not in Title Case ("Drivers Warning Sign Ignored")
        if n:
            cues.append(Cue(i, i + n, ws[i].start, ws[i + n - 1].end, kind, inner=inner))
            i += n
        else:
            i += 1
    return cues


def verb_cues(text: str, ws: list[Word], lex: Lexicon, starts: list[int]) -> list[Cue]:
    """The verb cues of ``find_cues`` alone (no participles, markers, passives with their
    agent or words inside a cue), looked for only at the word indices ``starts`` (the words
    that open one of ``lex.verbs``, found by the caller): a cheap pass for a short verb list."""
    out: list[Cue] = []
    for i in starts:
        n = lex.match_phrase(ws, i, lex.verbs)
        if not n or (n == 1 and marked_ending(ws[i], lex)) or (out and i < out[-1].wj) or _agent(
                text, ws, i, n, lex) or (
                ws[i].text[:1].isupper() and not _headline_verb(text, ws, i)) or (
                _after_determiner(text, ws, i, lex) or blocked(text, ws, i, n, lex)
                or any(w.key in lex.passives for w in ws[i:i + n])):
            continue
        out.append(Cue(i, i + n, ws[i].start, ws[i + n - 1].end, "verb"))
    return out


def _modifying_body(found: list[Word], i: int, lex: Lexicon) -> bool:
    """A body's noun before the phrase's last word, a lower-case noun that is no speaker word
    and no thing that speaks ("an earlier county presentation", "a city study"; not "a county
    spokesman", "the hospital board", "a court document", "the Department and …")."""
    if i + 2 != len(found) or found[i].key not in body_nouns(lex.rules.code):
        return False
    head = found[i + 1]
    return (head.text.isalpha() and head.text.islower() and head.key not in _TITLES
            and head.key not in GROUP_HEADS and head.key not in thing_heads(lex.rules.code)
            and lex.strip_clitic(head.key, lex.roles) not in lex.roles)


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
    if any((k in _TITLES or k in GROUP_HEADS or lex.strip_clitic(k, lex.roles) in lex.roles)
           and not _modifying_body(found, i, lex) for i, k in enumerate(keys)):
        return True
    if quantified(keys) and len(keys) <= QUANTIFIED_WORDS:
        return True  # "one questioner", "63 percent", "some environmental groups"
    if speaking_phrase(found, lex) or group_phrase(sp.text, found, lex):
        return True  # "Sein Team Ineos", "die Klinik": a German source behind a determiner
    known = bool(found) and all(w.text in mentions.known_names for w in found)
    names = bool(found) and (known or not (lex.rules.capitalised_nouns and mentions.has_people)
                             ) and all(w.text[:1].isupper()
                                       and w.text.casefold() not in mentions.common for w in found)
    return names and (len(found) > 1 or known or found[0].text in mentions.inner_caps)


# An elided article glued to a speaker phrase ("l’association locale", "L'azienda").
_ELIDED_ARTICLE = re.compile(r"(\w)['’](?=\w)")


def quote_record(text: str, start: int, end: int, direct: bool, cue: Cue | None,
                 sp: Speaker | None) -> Quote:
    elided = _ELIDED_ARTICLE.match(sp.text) if sp is not None and not sp.entity_id else None
    if sp is not None and elided and elided.group(1).casefold() in DETERMINERS:
        # the role phrase without its elided article, as a common source is written
        sp = replace(sp, start=sp.start + elided.end(), text=sp.text[elided.end():],
                     name=sp.name[elided.end():] if sp.name == sp.text else sp.name)
    return Quote(
        start=start, end=end, text=text[start:end], direct=direct,
        cue=text[cue.start:cue.end] if cue else "", cue_start=cue.start if cue else None,
        cue_end=cue.end if cue else None,
        speaker_text=sp.text if sp else None, speaker_start=sp.start if sp else None,
        speaker_end=sp.end if sp else None, speaker_id=sp.entity_id if sp else None,
        speaker_name=(sp.name or sp.text) if sp else None,
        addressee=_addressee(text, cue, start) if cue else None,
    )


def _addressee(text: str, cue: Cue, start: int) -> str | None:
    """The cue's addressee, cut where the content after the cue starts ("told reporters the
    budget had been cut": "reporters", not "reporters the budget")."""
    if not cue.addressee or start <= cue.end:
        return cue.addressee
    at = text.find(cue.addressee, cue.end, start - 1 + len(cue.addressee))  # (one opening before)
    if at < 0 or not at < start < at + len(cue.addressee):
        return cue.addressee
    return text[at:start].rstrip() or None


__all__ = ["Cue", "Mentions", "blocked", "closing_source", "find_cues", "quote_record",
           "valid_speaker", "verb_cues"]
