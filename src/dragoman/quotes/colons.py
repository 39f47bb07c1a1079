"""A quotation after a colon: the speaker named right before the colon ("Republican pollster
Dara Shaw: “…”"), or the subject of the clause the colon closes ("Ann Lee sent a message to
Tom Ray: “…”")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dragoman.quotes.attach import resolve
from dragoman.quotes.groups import GROUP_HEADS
from dragoman.quotes.lexicon import Lexicon, Word
from dragoman.quotes.marks import QuotedSpan
from dragoman.quotes.speakers import _ROLE_LINKS, DETERMINERS, Speaker, chunk_before, phrase_speaker

if TYPE_CHECKING:
    from dragoman.quotes.cues import Cue
    from dragoman.quotes.detect import _Context

# Prepositions that name a source before a colon ("From Ann Lee's post: “…”", "A statement by
# the mayor: “…”"), unlike the object of a clause.
_SOURCE_LINKS = frozenset({"from", "by"})
# Conjunctions inside a list of names ("From Ann Lee and Tom Ray: “…”").
_COORDINATORS = frozenset({"and", "und", "et", "y", "e", "и"})
SENTENCE_MARK = re.compile(r"[\n.!?]")
# Nouns of a message one person delivers to another ("sent a blunt message to X:", "had a
# warning for X:"): a closed set of English nouns of communication, not read off one example.
_MESSAGE_NOUNS = frozenset({"message", "warning", "letter", "note", "reply", "response",
                            "answer", "words", "advice", "plea", "question", "retort",
                            "rebuke", "ultimatum", "appeal", "challenge", "demand", "promise"})
# Most words between a clause's subject and the name after the preposition: a verb, its object
# and the preposition ("sent a very blunt message to"); the sentence-subject window of
# detect.SUBJECT_WORDS. Farther, no message noun is looked for (bounds the scan).
MESSAGE_SPAN_WORDS = 14
# A possessive right after a name ("Ann Lee's lawyer"): the name is not the clause's subject.
_POSSESSIVE = re.compile(r"['’]s\b")


def colon_speaker(ctx: _Context, q: QuotedSpan, floor: int) -> tuple[bool, Speaker | None]:
    """A speaker named just before a colon that introduces the quotation: (True, speaker);
    (True, None) when the name before the colon is the object of the clause and who speaks
    is unsure; (False, None) when no name stands there."""
    colon = ctx.text.rfind(":", floor, q.open_at)
    if colon < 0 or ctx.text[colon + 1:q.open_at].strip() or not SENTENCE_MARK.search(
            ctx.text, 0, colon):
        return False, None  # a headline opening the text, "Sanders: “It Is Not A Radical Idea”"
    wi = ctx.word_at(colon)
    chunk = chunk_before(ctx.text, ctx.words, wi, floor, end=colon)  # the words before ":"
    sp = phrase_speaker(ctx.text, chunk, ctx.lex, ctx.mentions, before_verb=True)
    if sp is None or (sp.label not in ("", "PER") and chunk and chunk[0].start < sp.start
                      and chunk[0].key not in DETERMINERS) or _code_key(ctx.lex, chunk, sp):
        return False, None  # "In der Petition heisst es:": a place or document in a clause
    nxt = ctx.word_at(sp.end)
    if sp.end < chunk[-1].end and ctx.words[nxt].text[:1].islower() and (
            ctx.words[nxt].key not in ctx.lex.auxiliaries) and len(
            chunk_before(ctx.text, ctx.words, wi, floor, end=colon, limit=len(chunk) + 1)) > len(
            chunk):
        # the clause goes on before the words read, and no verb follows the name: it is no
        # speaker set before the colon ("visiting the offices in New York with a message:")
        subject = colon_subject(ctx, q)
        return True, resolve(ctx, subject, q.open_at) if subject else None
    if _object_of(ctx.lex, chunk, sp):
        # "Ann Lee delivered a message to Tom Ray: “…”": the clause's own subject speaks. A
        # person after the preposition may be the one given the floor instead ("turned the
        # floor over to Tom Ray:", "listened to Tom Ray:"): then only a message noun in the
        # clause says who speaks, else no one is named.
        subject = colon_subject(ctx, q)
        if sp.label == "PER" and (subject is None or not _message_before(ctx, subject, sp)):
            return True, None  # the quotation stays, with no speaker
        if subject is None:  # "He played up his strength in a general election:"
            return False, None
        return True, resolve(ctx, subject, q.open_at)
    found = resolve(ctx, sp, q.open_at)
    return found is not None, found


def _code_key(lex: Lexicon, chunk: list[Word], sp: Speaker) -> bool:
    """One lower-case word alone before the colon that names no role or group ("saving:
    “…”", a key in a line of code or a label): no speaker."""
    return (len(chunk) == 1 and sp.text == chunk[0].text and chunk[0].text.islower()
            and lex.strip_clitic(chunk[0].key, lex.roles) not in lex.roles
            and chunk[0].key not in GROUP_HEADS and chunk[0].key not in lex.pronouns)


def _object_of(lex: Lexicon, chunk: list[Word], sp: Speaker) -> bool:
    """The name ``sp`` follows a preposition in ``chunk`` (determiners aside): the object of a
    clause ("a message to Tom Ray", "contrasted him with Ann Lee"), not a speaker named before
    a colon. Role links ("a spokesman for X") and sources ("From Ann Lee's post") are not."""
    if not chunk or sp.end < chunk[-1].end:
        return False  # "with Tom Ray reportedly yelling:": the name is a subject
    before = [w for w in chunk if w.end <= sp.start and w.key not in DETERMINERS
              and w.key not in _COORDINATORS and not w.text[:1].isupper()]
    return bool(before) and before[-1].key in lex.stops and (
        before[-1].key not in _ROLE_LINKS and before[-1].key not in _SOURCE_LINKS)


def _message_before(ctx: _Context, subject: Speaker, obj: Speaker) -> bool:
    """A message noun stands between the clause's subject and the name after the preposition
    ("Ann Lee sent a blunt message to Tom Ray"), or the preposition alone, a headline's
    address ("Biden to Putin: “…”")."""
    i, j = ctx.word_at(subject.end), ctx.word_at(obj.start)
    if j - i > MESSAGE_SPAN_WORDS:
        return False
    return j - i == 1 or any(w.key in _MESSAGE_NOUNS for w in ctx.words[i:j])


def colon_subject(ctx: _Context, q: QuotedSpan) -> Speaker | None:
    """"Kasich resisted: “…”", "Ann Lee has taken the usual line: “…”": the subject of the
    clause that a colon closes right before the quotation, when a name opens that clause."""
    colon = q.open_at - 1  # the last character before the mark that is no space
    while colon >= 0 and ctx.text[colon].isspace():
        colon -= 1
    if colon < 0 or ctx.text[colon] != ":":
        return None
    sent_start = ctx.sentence(colon)[0]
    own = [sp for at, sp in ctx.subjects_before(colon) if at >= sent_start]
    if not own or _POSSESSIVE.match(ctx.text, own[0].end):
        return None  # "Ann Lee's lawyer whispered to Tom Ray:": the lawyer, not named
    return own[0]


def colon_before_quote(text: str, cue: Cue, opens: int | None) -> int | None:
    """The colon that opens the cue's direct quotation after the cue ("Er sagt, die Behörden
    …: „…“", "…, fordert X: „…“", "…, selon X : «…»"): the clause on the cue's other side of
    it is reported content of its own. None when the quotation follows the cue otherwise."""
    if opens is None or opens <= cue.end:
        return None
    m = re.search(r":[\s\"“”„«»‚‘’']*$", text[cue.end:opens])
    return cue.end + m.start() if m else None
