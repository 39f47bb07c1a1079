"""Where a statement's parts start and end around its cue (English rules read off PolNeAR
train, written for any language): a clause before "…, X said" that opens with an
introductory phrase, the comma closing the source of "according to X, …" or the appositive
of an inverted speaker ("…, said Ann Lee, a pollster, …"), an as-clause opening the sentence
("As the paper reported, …"), and an inverted subject closing the clause ("…, said Ann Lee.")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dragoman.quotes.demonstratives import demonstrative_opens, demonstrative_subject, leaves_bracket
from dragoman.quotes.lexicon import Lexicon, Word, words
from dragoman.quotes.speakers import DETERMINERS

if TYPE_CHECKING:
    from dragoman.model import Quote
    from dragoman.quotes.cues import Cue
    from dragoman.quotes.detect import _Context
    from dragoman.quotes.speakers import Speaker

# Most words of the source after "according to" that a comma closes ("according to a poll
# from Florida Atlantic University broadcast on MSNBC, …"): the content follows the comma.
MARKER_SOURCE_WORDS = 12
# Most words of an appositive after an inverted speaker ("…, said Ann Lee, an expert on Russia
# at the Wilson Center, would …") before the sentence goes on; the same bound as a source.
APPOSITIVE_WORDS = MARKER_SOURCE_WORDS
# Most words before the as-word of an as-clause opening the sentence ("But as …").
AS_LEAD_WORDS = 1
# Most words of a role before the name of an inverted subject ("…, said GOP strategist Ann
# Lee."); longer is a clause ("said he met Ann Lee."). The roles of PolNeAR train's inverted
# sources have one to three words.
INVERTED_ROLE_WORDS = 3
# Most words (adverbs, auxiliaries: "has also", "later") between a later statement's subject
# and its cue for it to end the content of the statement before it.
NEXT_SUBJECT_GAP = 2
# Most words of an aside between a cue and the "that" of its content ("cautioned, as did the
# campaign itself, that …"): the window the complementizer is looked for in after the cue.
ASIDE_WORDS = 9
# Most words of a role appositive beside the speaker's name ("its chairman", "the city's
# deputy mayor", "directrice de l’hôpital"), cut off the content next to it.
ROLE_APPOSITIVE_WORDS = 4
# Most lower-case modifiers between a role appositive's determiner and its role ("a former
# deputy mayor" has 1 before "deputy"); a longer lead is a clause.
ROLE_MODIFIERS = 2


def clause_head(text: str, head: list[Word], lex: Lexicon, min_words: int) -> bool:
    """A clause before "…, X said" that opens with a word that also opens phrases: a subject
    pronoun or a word before an auxiliary ("It will pass, she said", "That could help"), a
    conjunction before a clause ("But the law failed"), or an introductory phrase set off by a comma with a
    clause after it ("In fact, the plan failed", "If it rains, we stay home"), unlike "During
    his years in office" or "After the debate, where he spoke"."""
    if demonstrative_subject(text, head, lex):
        return True  # "This makes it harder", "But that plan failed" (en-quotes)
    if head[0].key in lex.clause_subjects or head[1].key in lex.auxiliaries:
        return True  # "It will pass", "That could help him"
    if len(head) > 2 and head[1].key not in lex.stops and head[2].key in lex.auxiliaries:
        return True  # "Those talks are going on", "This plan will fail"
    if head[0].key in lex.rules.list_conjunctions or head[0].key in lex.sentence_conjunctions:
        return head[1].key not in lex.stops and head[1].key not in lex.content_blockers
    aside = leaves_bracket(text, head)  # once: the loop stays linear
    for n in range(1, len(head) - min_words + 1):
        first = head[n]
        if "," in text[head[n - 1].end:first.start] and (first.key in lex.clause_subjects or (
                first.key not in lex.stops and first.key not in lex.content_blockers)
                or (not aside and demonstrative_opens(head, lex, n))):  # "If …, that would mean"
            return True
    return False



def as_opening(ctx: _Context, cue: Cue, s_start: int) -> bool:
    """The sentence opens with an as-clause holding the cue and its subject ("As the paper
    reported, …", "But as a Politico reporter noted, …"): at most ``AS_LEAD_WORDS`` words
    before the as-word, each a stop word or conjunction, and determiners after it; or the cue
    right after the as-word, its subject after it ("Come ha spiegato il direttore, …", "Como
    explicó el portavoz, …")."""
    sp, lex = cue.subject, ctx.lex
    if sp is None or sp.start < s_start:
        return False
    if sp.start >= cue.end:  # an inverted subject: the words before the cue
        lead = ctx.words[ctx.word_at(s_start):cue.wi]
        return (0 < len(lead) <= AS_LEAD_WORDS + 1 and lead[-1].key in lex.as_words
                and all(w.key in lex.stops or w.key in lex.content_blockers for w in lead[:-1]))
    if sp.start >= cue.start:
        return False
    lead = ctx.words[ctx.word_at(s_start):ctx.word_at(sp.start)]
    i = next((n for n, w in enumerate(lead[:AS_LEAD_WORDS + 1]) if w.key in lex.as_words), None)
    return (i is not None and all(w.key in DETERMINERS for w in lead[i + 1:])
            and all(w.key in lex.stops or w.key in lex.content_blockers for w in lead[:i]))



def after_appositive(ctx: _Context, k: int, s_end: int) -> int:
    """Index of the first word after the comma that closes the appositive starting at ws[k]
    ("Ann Lee, a pollster at Quinnipiac, …"), within ``APPOSITIVE_WORDS`` words; past the
    text when the sentence ends first (the appositive closes it: no content after it). Words
    that open no appositive (no determiner, role or age: "La ligne, a dit X, sera prolongée")
    go on with the clause: ws[k] itself."""
    ws, lex = ctx.words, ctx.lex
    if k < len(ws) and ws[k].text[:1].islower() and not (
            ws[k].key in DETERMINERS or ws[k].key in lex.roles or ws[k].key in lex.stops):
        return k
    for n in range(k + 1, min(ctx.word_at(s_end), k + APPOSITIVE_WORDS + 1)):
        if "," in ctx.text[ws[n - 1].end:ws[n].start]:
            return n
    return len(ws)



def after_source(ctx: _Context, cue: Cue, k: int, s_end: int) -> int | None:
    """Start of the words after the comma that closes a marker's source ("according to a
    poll released Monday by X, …"), within ``MARKER_SOURCE_WORDS`` words of the marker, and
    after the role appositive that may follow the source ("Selon Ann Roy, directrice de
    l’hôpital, les urgences …")."""
    ws = ctx.words
    last = min(ctx.word_at(s_end), cue.wj + MARKER_SOURCE_WORDS + 1)
    for n in range(max(k, cue.wj + 1), last):
        if "," in ctx.text[ws[n - 1].end:ws[n].start]:
            return ws[_past_role_appositive(ctx, n, ctx.word_at(s_end))].start
    return None


def _past_role_appositive(ctx: _Context, n: int, stop: int) -> int:
    """ws[n], or the word after the comma closing the role appositive that opens at ws[n]
    (a role word, alone or after a determiner, and no verb, within ``ROLE_APPOSITIVE_WORDS``
    words), when a clause of its own follows."""
    ws, lex = ctx.words, ctx.lex
    head = 1 if n < stop and ws[n].key in DETERMINERS else 0
    while head and n + head + 1 < stop and head <= ROLE_MODIFIERS and (
            ws[n + head].key not in lex.roles and ws[n + head].text.isalpha()
            and ws[n + head].text.islower() and ws[n + head].key not in lex.stops
            and ws[n + head].key not in lex.auxiliaries
            and not lex.match_phrase(ws, n + head, lex.verbs)):
        head += 1  # "the new coach", "a former judge": adjectives before the role
    if n + head >= stop or ws[n + head].key not in lex.roles:
        return n
    for m in range(n + 1, min(stop - 1, n + ROLE_APPOSITIVE_WORDS + 1)):
        if ws[m - 1].key in lex.auxiliaries or lex.match_phrase(ws, m - 1, lex.verbs):
            return n
        if "," in ctx.text[ws[m - 1].end:ws[m].start]:
            return m
    return n



def person_closes(ctx: _Context, prev: str, after: list[Word]) -> bool:
    """"…, said Dan Ruiz, a pollster.", "…, says political scientist Ann Lee.": after a comma,
    a phrase that ends with a person's name and closes the clause is the inverted subject (not
    the appositive before the cue, nor "X, a pollster, said he …")."""
    if not after or not prev.rstrip().endswith(",") or not re.compile(
            r"\s*(?:[.,;!?]|$)").match(ctx.text, after[-1].end):
        return False
    person = next((m for m in ctx.mentions.within(after[0].start, after[-1].end)
                   if m.label == "PER" and m.end == after[-1].end), None)
    lead = [w for w in after if w.end <= person.start] if person is not None else []
    return person is not None and len(lead) <= INVERTED_ROLE_WORDS and not any(
        w.key in ctx.lex.pronouns or w.key in ctx.lex.clause_subjects for w in lead)


def before_next_statement(ctx: _Context, cues: list[Cue], n: int, start: int, end: int) -> int:
    """End of the content [start, end) of cues[n], cut before a later statement inside it
    ("said the plan failed, but the mayor insisted …", "… and Lee said …"): the later cue's
    own subject follows a comma or a conjunction. ``cues`` are in text order."""
    ws, lex = ctx.words, ctx.lex
    for m in range(n + 1, len(cues)):  # (an index: islice would walk the first n cues)
        nxt = cues[m]
        if nxt.start >= end:
            break
        sp = nxt.subject
        if (sp is None or sp.start < start) and (cut := _conjoined_statement(ctx, nxt, start)):
            return cut  # "asegura que …, pero también advierte de que …"
        if (sp is None or nxt.kind != "verb" or not start < sp.start < nxt.start
                or ctx.word_at(nxt.start) - ctx.word_at(sp.end) > NEXT_SUBJECT_GAP
                or re.compile(r"\s*,").match(ctx.text, nxt.end)):
            continue  # not its own subject next to it; ", he said, …" inside the content
        k = ctx.word_at(sp.start)
        if k == 0 or ws[k - 1].start <= start:
            continue
        prev = ws[k - 1]
        if "," in ctx.text[prev.end:sp.start]:
            return prev.end  # "…, Lee said"
        if prev.key in lex.rules.list_conjunctions or (
                prev.key in lex.content_blockers and k > 1
                and "," in ctx.text[ws[k - 2].end:prev.start]):
            return prev.start  # "… and Lee said", "…, but Lee said": before the conjunction
    return end


# Words between a conjunction and a verb sharing its subject ("pero también advierte").
CONJOINED_ADVERB_WORDS = 2


def _conjoined_statement(ctx: _Context, nxt: Cue, start: int) -> int | None:
    """Where a language leaves its subjects out, a second statement of the same speaker
    inside the content: a comma, a conjunction, at most ``CONJOINED_ADVERB_WORDS`` adverbs,
    the verb and a complementizer ("…, pero también advierte de que …", "…, e aggiunge
    che …"). The start of the conjunction, or None."""
    ws, lex = ctx.words, ctx.lex
    if nxt.kind != "verb" or not lex.rules.implicit_subject:
        return None
    after = ws[nxt.wj:nxt.wj + 2]
    if not any(w.key in lex.complementizers for w in after):
        return None
    k = nxt.wi - 1
    while k > 0 and nxt.wi - k <= CONJOINED_ADVERB_WORDS and ws[k].key in lex.adverbs:
        k -= 1
    if k <= 0 or ws[k].start <= start or not (
            ws[k].key in lex.rules.list_conjunctions or ws[k].key in lex.content_blockers):
        return None
    return ws[k].start if "," in ctx.text[ws[k - 1].end:ws[k].start] else None


def after_aside(ctx: _Context, k: int, s_end: int) -> int | None:
    """Start of the clause after "that" when an aside set off by commas comes between the
    cue and it ("cautioned, as did the campaign itself, that …"), within ``ASIDE_WORDS``
    words of ws[k]."""
    ws, lex = ctx.words, ctx.lex
    last = min(ctx.word_at(s_end) - 1, k + ASIDE_WORDS)
    for n in range(k + 1, last):
        if ws[n].key in lex.complementizers and "," in ctx.text[ws[n - 1].end:ws[n].start]:
            return ws[n + 1].start
    return None


def relative_aside(ctx: _Context, cue: Cue, at: int) -> bool:
    """The cue lies in a relative aside that a comma closes before ``at``, the main clause
    going on after it ("Le maire, qui estimait en mars que …, a changé d'avis : « … »",
    "La ministre, dont le cabinet avait démenti …, a reconnu : « … »"): the aside's content
    ends at that comma, so the quotation at ``at`` is none of the cue's. The main clause
    goes on with a verb: a stop word or preposition after that comma opens a parenthetical
    of the aside's own clause instead ("a statement, which said, in part, “…”", "Lee, who
    replied, after a pause, “…”", "un communiqué, qui dit, en substance : « … »")."""
    text, lex = ctx.text, ctx.lex
    s_start = ctx.sentence(cue.start)[0]
    opened = text.rfind(",", s_start, cue.start)
    closed = text.find(",", cue.end, at)
    if opened < 0 or closed < 0 or not text[closed + 1:at].strip(" \t:—–-"):
        return False  # no aside, or the comma right before the quotation opens it
    first = ctx.words[ctx.word_at(opened)]
    if not (first.start < cue.start and lex.strip_clitic(first.key, lex.asides) in lex.asides):
        return False
    n = ctx.word_at(closed)
    if n >= len(ctx.words) or ctx.words[n].start >= at:
        return False
    nxt = ctx.words[n].key
    return nxt in lex.auxiliaries or not (nxt in lex.stops or nxt in lex.content_blockers)


def without_role_appositive(head: str, lex: Lexicon) -> str:
    """"The library will reopen, its chairman" -> "The library will reopen": a role phrase
    (a role word, or a determiner and a noun: "its operator") set off by a comma before the
    speaker's name belongs to the speaker."""
    comma = head.rfind(",")
    if comma < 0:
        return head
    tail = words(head, comma)
    if 0 < len(tail) <= ROLE_APPOSITIVE_WORDS and (tail[0].key in DETERMINERS or any(
            lex.strip_clitic(w.key, lex.roles) in lex.roles for w in tail)):
        return head[:comma].rstrip()
    return head


def nested_statement(q: Quote, spans: list[tuple[int, int]], speaker: Speaker) -> bool:
    """The one span holds the last quotation of the same speaker: one statement read off two
    cues ("X said this …, he said, causing …"; not "…, X said, adding that …")."""
    if len(spans) != 1 or (speaker.name or speaker.text) != (q.speaker_name or q.speaker_text):
        return False
    a, b = spans[0]
    return a <= q.start and q.end <= b
