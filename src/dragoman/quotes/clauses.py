"""Whether the words next to a cue are a clause: the addressee of "told X" running on into
the content, a place phrase between the addressee and the clause, "about" before a number,
the words before "…, X said" that are no clause (a quoted title, an open end), an object verb
with words inside it, an inverted pronoun cue whose content stands before it, and a skipped
phrase that opens an indirect question."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from dragoman.language.contentwords import content_words
from dragoman.language.speakerwords import folded, speaker_words
from dragoman.quotes.appendedphrase import verb_in
from dragoman.quotes.lexicon import Lexicon, Word
from dragoman.quotes.speakers import DETERMINERS
from dragoman.quotes.subjects import counts

if TYPE_CHECKING:
    from dragoman.quotes.cues import Cue
    from dragoman.quotes.detect import _Context

# Most words of a phrase between a cue (or its addressee) and its content ("said in a
# statement he would", "told a rally in Reno she would").
PHRASE_SKIP_WORDS = 6


def addressee_cut(obj: list[Word], lex: Lexicon) -> int | None:
    """Where the addressee of "told X …" ends when its chunk ran on into the clause ("told
    Channel 4 the bridge is unsafe": "Channel 4 the bridge is"): before the determiner (or the
    lower-case noun after the name) that opens the clause's subject, when an auxiliary follows
    it; None when the chunk holds no such clause."""
    aux = next((n for n, w in enumerate(obj) if n > 1 and w.key in lex.auxiliaries), None)
    if aux is None:
        return None
    return next((n for n in range(1, aux) if obj[n].key in DETERMINERS or (
        obj[n - 1].text[:1].isupper() and obj[n].text[:1].islower()
        and obj[n].key not in lex.stops)), None)


def place_phrase(text: str, after: list[Word], lex: Lexicon) -> bool:
    """"told a rally in Reno she would …": a phrase of a preposition and names or nouns (no
    other function word, no comma: not "as he …", "with what she …", "asked X to …, it")
    before the clause's subject."""
    if after[0].key not in lex.content_blockers or after[0].key in lex.as_words or (
            after[0].key in lex.blockers) or (
            after[0].key in content_words(lex.rules.code).interrogatives):
        return False  # nor a question word ("erklärt, worum es geht")
    for n in range(1, min(len(after), PHRASE_SKIP_WORDS + 1)):
        if after[n].key in lex.content_blockers or "," in text[after[n - 1].end:after[n].start]:
            return False
        if after[n].key in lex.clause_subjects:
            return True
    return False


def counted(ctx: _Context, after: list[Word], lex: Lexicon) -> bool:
    """"said about 20 people have …": a preposition, a number and a noun open a clause
    (not "said in 2004 the", "argued in 2004 were")."""
    return (len(after) > 2 and counts(after[1].key) and after[2].key.isalpha()
            and after[2].key not in lex.stops and after[2].key not in lex.auxiliaries
            and not ctx.text[after[0].end:after[2].start].count(","))


# Most words after "much of" before the auxiliary that makes the phrase a clause's subject.
QUANTITY_PHRASE_WORDS = 6


def quantity_object(after: list[Word], lex: Lexicon) -> bool:
    """"said little about the plan", "said nothing at all", "said much the same": a pronoun of
    quantity, the verb's object, before a phrase or the end (not "said little has changed")."""
    if not after or after[0].key not in lex.quantity_objects:
        return False
    nxt = after[1].key if len(after) > 1 else ""
    if nxt in content_words(lex.rules.code).partitive_links and any(
            w.key in lex.auxiliaries for w in after[2:2 + QUANTITY_PHRASE_WORDS]):
        return False  # "said much of the talk was about rents": the clause's subject
    return not nxt or nxt in lex.content_blockers or nxt in DETERMINERS or (
        nxt in lex.stops and nxt not in lex.auxiliaries)


def quoted_title(ctx: _Context, head: list[Word]) -> bool:
    """"In her memoir, “Winter on Prairie Roads,” Ms. Ortiz wrote about …": after the
    introductory phrase's comma, only a quoted title (every word inside one quotation)."""
    n = next((n for n in range(1, len(head)) if "," in ctx.text[head[n - 1].end:head[n].start]),
             None)
    if n is None:
        return False
    i = bisect.bisect_right(ctx.quoted, (head[n].start, len(ctx.text))) - 1
    return i >= 0 and ctx.quoted[i][0] == head[n].start and head[-1].end <= ctx.quoted[i][1]


def open_end(head: list[Word], lex: Lexicon) -> bool:
    """The words before "…, X said" end with a word that needs more after it (a determiner,
    a preposition or a conjunction: "Contrast that with, X said"): a fragment, not a clause.
    Not "that" ("can do that") nor a preposition that may close a phrasal verb ("step in")."""
    last = head[-1].key if head else ""
    return (last in lex.rules.appositive_determiners or last in lex.sentence_conjunctions or (
        last in lex.content_blockers and last not in lex.rules.naming_particles))


def object_verb(ctx: _Context, cue: Cue) -> bool:
    """The cue is one of the pack's object verbs, also with words inside it ("ont tous nié",
    "a-t-il reconnu", "hat am Montag bestätigt": its first and last words)."""
    keys = [w.key for w in ctx.words[cue.wi:cue.wj]]
    objects = ctx.lex.object_verbs
    return " ".join(keys) in objects or (len(keys) > 2 and f"{keys[0]} {keys[-1]}" in objects)


def inverted_pronoun_closes(ctx: _Context, cue: Cue, k: int) -> bool:
    """"…, a-t-il indiqué devant le conseil.", "…, explique-t-elle lors du débat": a cue set
    off by a comma with its pronoun subject inside reports the clause before it; the words
    after it are a phrase, not content (unless "que" follows: "a-t-il ajouté qu’…")."""
    ws, lex = ctx.words, ctx.lex
    if cue.kind != "verb" or cue.inner is None or cue.wi == 0:
        return False
    inner = ws[ctx.word_at(cue.inner[0])]
    if inner.key not in lex.pronouns or inner.start != cue.inner[0] or "," not in ctx.text[
            ws[cue.wi - 1].end:cue.start]:
        return False
    return k >= len(ws) or (ws[k].key not in lex.complementizers and not lex.elided(ws[k].key))


def question_start(ctx: _Context, after: list[Word], lead: int, j: int) -> int:
    """The phrase skipped before the clause's subject ``after[j]`` opens with a question word
    and runs into it with no comma: one clause, not a phrase before a clause (the subject alone
    would be a fragment, "es um sie ist"). A degree word before an adjective or adverb ("wie
    erstaunlich ruhig es um sie ist", "how quiet it is": ``degree_questions``) asserts
    something, and the content starts at it (``lead``); any other question ("warum es
    scheiterte") is no statement (the pack's ``content_blockers`` hold the question words):
    -1. ``j`` itself when no question word opens the phrase; with no subject found (``j``
    -1), ``_fronted_phrase``."""
    sw = speaker_words(ctx.lex.rules.code)
    if not sw.degree_questions:  # (a pack that reads these shapes: German)
        return j
    if j < 0:
        return _fronted_phrase(ctx, after, lead)
    if after[lead].key not in content_words(ctx.lex.rules.code).interrogatives or (
            "," in ctx.text[after[lead].start:after[j].start]):
        return j
    lex, nxt = ctx.lex, after[lead + 1]
    degree = after[lead].key in sw.degree_questions and (
        nxt.text.isalpha() and nxt.text.islower() and nxt.key not in lex.stops
        and nxt.key not in lex.clause_subjects and nxt.key not in lex.content_blockers
        and nxt.key not in DETERMINERS and nxt.key not in lex.pronouns)
    return lead if degree else -1


# Most words of a phrase fronted before the finite verb of a reported verb-second clause
# ("in der gesamten Region", "vor allem in großen Städten"): set by hand from the grammar.
FRONTED_PHRASE_WORDS = 6


def _fronted_phrase(ctx: _Context, after: list[Word], lead: int) -> int:
    """Where the pack sets content off by a comma (German), a phrase opening right after
    the cue's comma is the first place of a verb-second clause when a verb follows it within
    ``FRONTED_PHRASE_WORDS`` words and before any comma ("sagte, in Europa wachse die Sorge",
    "warnte, vor allem Kinder seien gefährdet"): the content starts at the phrase (``lead``).
    Else -1 ("warnte vor Hass, vor allem im Netz": no verb)."""
    lex, text, sw = ctx.lex, ctx.text, speaker_words(ctx.lex.rules.code)
    n, rules, key = ctx.word_at(after[lead].start), ctx.lex.rules, after[lead].key
    if key not in folded((*rules.governing_prepositions, *rules.fronted_openers,
                          *sw.focus_particles, *sw.relative_prepositions)) or (
            key in rules.subordinators):
        return -1  # only a preposition or a particle opens such a phrase (not "ob", "und")
    if not lex.rules.comma_before_content or n == 0 or "," not in text[
            ctx.words[n - 1].end:after[lead].start]:
        return -1
    phrase: list[Word] = []
    for w in after[lead:lead + FRONTED_PHRASE_WORDS + 1]:
        if phrase and text[phrase[-1].end:w.start].strip():
            break  # (punctuation closes the phrase)
        phrase.append(w)
    verb = verb_in(phrase, lex, sw)
    asks = content_words(lex.rules.code).interrogatives  # ("in welchem Umfang …": a question)
    return lead if verb is not None and verb > 0 and not any(
        w.key in asks for w in phrase[:verb + 1]) else -1
