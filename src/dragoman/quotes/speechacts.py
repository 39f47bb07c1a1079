"""Speech acts whose content is no finite clause: a commitment ("X vowed to repeal the law"),
a request ("X urged Congress to pass the bill", "X called for an inquiry"), an accusation
("X accused the mayor of hiding the report") or a name given ("X called the plan a
disgrace"). The speaker is the verb's subject, as for "said"; the content is what follows the
verb, with the object the act is about where there is one (the accused, what is named), as
PolNeAR annotates it. Which verb takes which construction is the language's data
(``LanguageRules.speech_acts``, read through the lexicon: ``Lexicon.acts``); only those whose
statements PolNeAR train annotates as reported speech are listed. Intentions and beliefs
("plans to", "hopes to") are no speech act; negated cues never reach here (``cues.blocked``);
an act inside a relative clause, a "that" clause or a condition describes someone or
something and is no statement; nor is one in a question.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from dragoman.quotes.attach import attach_speaker
from dragoman.quotes.cues import Cue, verb_cues
from dragoman.quotes.lexicon import Lexicon, Word
from dragoman.quotes.speakers import DETERMINERS

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context

# Most words of the object before "to"/"of" ("urged the Senate Judiciary Committee to",
# "accused the former secretary of state's campaign of"); the objects of PolNeAR train's
# annotated requests and accusations run to five words.
OBJECT_WORDS = 6
# Most words (a day, an adverb) between the verb and its infinitive ("promised Monday to").
LEAD_WORDS = 1
_PUNCT = frozenset(".,;:!?()[]\"“”«»—–")
# Most words between a subject and the cue (auxiliaries, adverbs, a noun it modifies: "Secret
# Service protocol called for"); further away, the subject is a coordinated clause's.
SUBJECT_GAP_WORDS = 3
# Words after "called" looked at for a quotation mark: a quoted name is a direct quotation
# (dragoman.quotes.naming), PolNeAR's convention; an object and an article come first.
QUOTED_NAME_WORDS = OBJECT_WORDS + 2
# Words after "called for" looked at for a unit of time ("for hours", "for 20 minutes", "for
# a few days": a duration, no demand).
DURATION_WORDS = 3
# Words after the cue a construction is read from: the longest, an object, "as" and the two
# words after it ("attacked allies as well as"), or a quoted name after an object.
CONSTRUCTION_WORDS = max(QUOTED_NAME_WORDS, OBJECT_WORDS + 3) + 1
# Characters read back from a sentence's end for its question mark (closing quotes, spaces).
_QUESTION_TAIL = 8
_QUOTE_MARKS = frozenset("\"“”‘’'«»")
# Per language code: the lexicon whose verbs are the act-only cues (cues.verb_cues reads
# ``lex.verbs``), built once from the language's lexicon.
_ACT_LEXICONS: dict[str, Lexicon] = {}


def act_cues(ctx: _Context) -> list[Cue]:
    """Cues of the verbs that are speech acts only ("called", "criticized"), with their
    speakers. They are no cues of quotations: a quoted name after "called" is naming's."""
    if not ctx.lex.act_verbs:
        return []
    code, text, ws = ctx.lex.rules.code, ctx.text, ctx.words
    lex = _ACT_LEXICONS.get(code)
    if lex is None or lex.rules is not ctx.lex.rules:
        lex = _ACT_LEXICONS[code] = replace(ctx.lex, verbs=ctx.lex.act_verbs)
    starts = []  # (str.find over the text: a scan of every word costs more than the rest)
    for first in lex.act_verbs:
        for form in (first, first.capitalize()):
            at = text.find(form)
            while at >= 0:
                i = ctx.word_at(at)
                if i < len(ws) and ws[i].start == at and ws[i].key == first:
                    starts.append(i)
                at = text.find(form, at + 1)
    if not starts:
        return []
    starts.sort()
    out = []
    for cue in verb_cues(ctx.text, ctx.words, lex, starts):
        found = ctx.lex.acts.get(_key(ctx, cue))
        s_end = ctx.sentence(cue.start)[1]
        if found is not None and cue.wj < len(ctx.words) and not _question(
                ctx, s_end) and _construction(ctx, cue, found[0], cue.wj, s_end) is not None:
            attach_speaker(ctx, cue)  # (only where the construction is there: "called the
            out.append(cue)  # police" needs no speaker)
    return out


def act_only(ctx: _Context, cue: Cue) -> bool:
    """The cue states nothing but through its speech-act construction ("called the police")."""
    found = ctx.lex.acts.get(_key(ctx, cue))
    return found is not None and found[1]


def speech_act(ctx: _Context, cue: Cue, k: int, s_end: int) -> tuple[int, int] | None:
    """The content of a speech-act cue (ws[k] is the first word after the cue and its
    addressee), or None when the cue is no such act or the words after it are no clause."""
    start = _act_start(ctx, cue, k, s_end)
    if start is None:
        return None
    ws, lex = ctx.words, ctx.lex
    for n in range(ctx.word_at(start) + 1, ctx.word_at(s_end) - 1):
        w, nxt = ws[n], ws[n + 1]
        if w.key in lex.rules.list_conjunctions and nxt.key in lex.verbs:
            return start, w.start  # "vowed to fight on and said she …": its own statement
        if (w.key in lex.sentence_conjunctions and "," in ctx.text[ws[n - 1].end:w.start]
                and (nxt.text[:1].isupper() or nxt.key in lex.clause_subjects)):
            return start, w.start  # "vowed to fight on, and Lee is …": another clause
    return start, s_end


def _key(ctx: _Context, cue: Cue) -> str:
    """The cue's words as a key of the speech-act table; "" when its first word opens none."""
    ws = ctx.words
    if ws[cue.wi].key not in ctx.lex.act_firsts:
        return ""  # (most cues: no string built)
    return " ".join(w.key for w in ws[cue.wi:cue.wj])


def _act_start(ctx: _Context, cue: Cue, k: int, s_end: int) -> int | None:
    found = ctx.lex.acts.get(_key(ctx, cue))
    if found is None or cue.kind != "verb" or _in_relative(ctx, cue) or _noun_between(
            ctx, cue) or _embedded_subject(ctx, cue) or _question(ctx, s_end):
        return None
    return _construction(ctx, cue, found[0], k, s_end)


def _construction(ctx: _Context, cue: Cue, construction: str, k: int, s_end: int) -> int | None:
    """Start of the content when the words at ws[k] are the verb's ``construction``."""
    ws, lex = ctx.words, ctx.lex
    after = ws[k:min(ctx.word_at(s_end), k + CONSTRUCTION_WORDS)]
    if not after or _broken(ctx, ws[k - 1], after[0]):
        return None
    if construction == "noun":  # "called for a special prosecutor to …"
        first = after[0].key
        return None if first in lex.content_blockers or (
            first in lex.stops and first not in DETERMINERS) or any(
            w.key in lex.durations for w in after[:DURATION_WORDS]) else after[0].start
    if construction == "name":
        return after[0].start if _named(ctx, after, lex) else None
    if construction == "to":
        n = _lead(after, lex)
        if n is None or not _infinitive(ctx, after, n, lex):
            return None
        return after[n - 1].start if n and _negation(after[n - 1], lex) else after[n].start
    markers = construction.split()[1:]  # "object to", "object of", "object for as"
    if cue.addressee is not None and after[0].key in markers:  # "urged Congress" read already
        if after[0].key == "to" and not _infinitive(ctx, after, 0, lex):
            return None
        return ws[k - 1].start if _negation(ws[k - 1], lex) else after[0].start
    n = _object(ctx, after, markers, lex)
    if n is None or (after[n].key == "to" and not _infinitive(ctx, after, n, lex)) or (
            after[n].key in lex.as_words and any(w.key in lex.as_words for w in after[n + 1:n + 3])):
        return None  # ("attacked allies as well as foes": a comparison, no name given them)
    if after[n].key != "to":
        return after[0].start
    return after[n - 1].start if _negation(after[n - 1], lex) else after[n].start


def _negation(w: Word, lex: Lexicon) -> bool:
    """"urged voters not to …": the negation belongs to the content."""
    return w.key in lex.blockers and w.key != "to"


def _broken(ctx: _Context, prev: Word, first: Word) -> bool:
    """Punctuation between two words: no construction of the verb runs across it."""
    return any(ch in _PUNCT for ch in ctx.text[prev.end:first.start])


def _lead(after: list[Word], lex: Lexicon) -> int | None:
    """Index of "to" after at most ``LEAD_WORDS`` day, adverb or negation words ("vowed
    not to raise taxes": a vow, its content negated)."""
    for n, w in enumerate(after[:LEAD_WORDS + 1]):
        if w.key == "to":
            return n
        if not (w.key in lex.rules.weekdays or w.key in lex.rules.relative_days
                or w.key.endswith(lex.rules.adverb_endings) or w.key in lex.blockers):
            return None
    return None


def _infinitive(ctx: _Context, after: list[Word], n: int, lex: Lexicon) -> bool:
    """after[n] is "to" and a verb follows it ("to repeal"), not a noun phrase ("to the
    voters", "to Congress")."""
    if n + 1 >= len(after) or after[n].key != "to" or (_broken(ctx, after[n], after[n + 1])
                                                         and not _quote_opens(ctx, after[n + 1])):
        return False  # ("to “take our fight” to …": the speaker's own words)
    verb = after[n + 1]
    headline = after[n].text[:1].isupper()  # "Sanders Vows To End …": a title-case headline
    return ((verb.text[:1].islower() or headline) and verb.key.isalpha()
            and verb.key not in DETERMINERS and verb.key not in lex.stops
            and not verb.key.endswith("ing"))


def _quote_opens(ctx: _Context, w: Word) -> bool:
    """A quotation mark, and nothing else, right before ``w``."""
    return w.start > 0 and ctx.text[w.start - 1] in _QUOTE_MARKS and ctx.text[
        w.start - 2:w.start - 1].isspace()


def _object(ctx: _Context, after: list[Word], markers: list[str], lex: Lexicon) -> int | None:
    """Index of one of ``markers`` after an object of at most ``OBJECT_WORDS`` words with no
    punctuation inside ("the Vermont senator to", "Clinton allies of"); a word that opens a
    phrase or a clause ("asked for", "asked if parents would", "asked how he") ends it."""
    for n in range(min(len(after), OBJECT_WORDS + 1)):
        w = after[n]
        if n and w.key in markers:
            return n
        if (n and _broken(ctx, after[n - 1], w)) or _closed(w, lex):
            return None
    return None


def _closed(w: Word, lex: Lexicon) -> bool:
    """A function word or a verb: no part of an object noun phrase."""
    return (w.key in lex.content_blockers or w.key in lex.auxiliaries
            or w.key in lex.clause_subjects or w.key in lex.complementizers
            or w.key in lex.verbs)


def _named(ctx: _Context, after: list[Word], lex: Lexicon) -> bool:
    """"called him a liar", "called them rapists.", "called the deal a disaster": an object (a
    pronoun, or a noun phrase or a name) and then the name given it (an article after the noun
    phrase; after a pronoun, an article or a word closing the clause)."""
    first = after[0]
    articles = lex.naming_articles
    if any(ch in _QUOTE_MARKS for ch in ctx.text[first.start:after[min(
            len(after), QUOTED_NAME_WORDS) - 1].end]):
        return False  # a quoted name ("called the plan a “disgrace”") is naming's
    if first.key in lex.naming_objects and len(after) > 1:
        nxt = after[1]  # "called him a liar", "called them rapists." (not "called her handling")
        closes = len(after) == 2 or _broken(ctx, nxt, after[2]) or (
            after[2].key in lex.rules.list_conjunctions)
        return not _broken(ctx, first, nxt) and (nxt.key in articles or (closes and not (
            _closed(nxt, lex) or nxt.key in lex.stops or nxt.key in lex.rules.naming_particles
            or nxt.key in lex.rules.weekdays or nxt.key in lex.rules.relative_days)))
    if _closed(first, lex) or (first.key in lex.stops and first.key not in DETERMINERS) or (
            first.key in lex.rules.weekdays or first.key in lex.rules.relative_days
            or first.key in lex.rules.naming_particles):
        return False  # "called on", "called Monday", "called off"
    for n in range(1, min(len(after), OBJECT_WORDS + 1)):
        w = after[n]
        if _broken(ctx, after[n - 1], w) or _closed(w, lex):
            return False
        if w.key in articles:
            return True
    return False


def _in_relative(ctx: _Context, cue: Cue) -> bool:
    """The cue is inside a relative or "that" clause ("a critic who has repeatedly vowed to",
    "the tricks that Ann Lee accused him of"), or a condition ("if the board pledged to"): it
    describes a person or names a thing, a background the article's own statement is about
    (PolNeAR train annotates a quarter of them)."""
    ws, lex = ctx.words, ctx.lex
    k = cue.wi - 1
    while k >= 0 and (ws[k].key in lex.auxiliaries or ws[k].key.endswith(
            lex.rules.adverb_endings)) and not _broken(ctx, ws[k], ws[k + 1]):
        k -= 1
    if (k > 0 and ws[k].key in lex.clause_subjects and ws[k - 1].text[:1].islower()
            and not _broken(ctx, ws[k - 1], ws[k]) and not _function(ws[k - 1], lex)):
        return True  # "the target it pledged to reach": a relative clause with no "that"
    sp = cue.subject
    if k >= 0 and sp is not None and ws[k].end == sp.end and sp.start < cue.start:
        k = ctx.word_at(sp.start) - 1  # the word before the subject: "that Ann Lee accused"
        k -= int(k >= 0 and ws[k].key in DETERMINERS)
    if k >= 0 and (ws[k].key in lex.relatives or ws[k].key in lex.complementizers
                   or ws[k].key in lex.clause_openers
                   or ws[k].key in lex.rules.borrowed_term_words):  # "what Lee called a …"
        return True
    # a subject opened by a relative word's possessive ("whose leaders called for")
    return sp is not None and any(sp.text.casefold().startswith((r + "se ", r + "s "))
                                  for r in lex.relatives)


def _question(ctx: _Context, s_end: int) -> bool:
    """The sentence is a question ("Why did the senator urge voters to stay home?")."""
    return ctx.text[max(0, s_end - _QUESTION_TAIL):s_end].rstrip(" \n\"”’»").endswith("?")


def _embedded_subject(ctx: _Context, cue: Cue) -> bool:
    """The subject next to the cue is a possessor ("Lee's rivals accused him of …") or the
    object of a noun's link word ("Lawyers for Ann Lee vowed to …", the pack's
    ``speaker_group_links``): it names someone the real subject belongs to, who did not
    speak. (Not a clause's subject after a conjunction: "after Lee vowed", "as he urged".)"""
    sp, ws, lex = cue.subject, ctx.words, ctx.lex
    if sp is None or sp.end > cue.start:
        return False
    if re.match(r"['’]s?\b", ctx.text[sp.end:cue.start]):
        return True
    k = ctx.word_at(sp.start) - 1
    k -= int(k > 0 and ws[k].key in lex.roles and ws[k].text[:1].isupper())  # "Senator"
    return (k > 0 and ws[k].key in lex.rules.speaker_group_links
            and not _broken(ctx, ws[k - 1], ws[k + 1]) and ws[k - 1].text[:1].islower()
            and not _function(ws[k - 1], lex))


def _noun_between(ctx: _Context, cue: Cue) -> bool:
    """A lower-case word that is no auxiliary, adverb or function word between the subject
    and the cue ("Secret Service protocol called for"): the named subject only modifies the
    real one, a thing."""
    sp, lex, ws = cue.subject, ctx.lex, ctx.words
    if sp is None or sp.end > cue.start:
        return False
    first = ctx.word_at(sp.end)
    if first == 0 or cue.wi - first > SUBJECT_GAP_WORDS or any(
            _broken(ctx, ws[n - 1], ws[n]) or ws[n].key in lex.sentence_conjunctions
            for n in range(first, cue.wi + 1)):
        return False  # a subject further away, another clause's ("X …, and vowed")
    between = ws[first:cue.wi]
    return any(w.text[:1].islower() and w.key not in lex.auxiliaries and w.key not in lex.stops
               and not w.key.endswith(lex.rules.adverb_endings)
               and lex.strip_clitic(w.key, lex.roles) not in lex.roles for w in between)


def _function(w: Word, lex: Lexicon) -> bool:
    """A function word, an auxiliary, a verb or an adverb: no noun a relative clause follows."""
    return (_closed(w, lex) or w.key in lex.stops or w.key in lex.sentence_conjunctions
            or w.key in lex.rules.list_conjunctions or w.key.endswith(lex.rules.adverb_endings)
            or not w.key.isalpha())
