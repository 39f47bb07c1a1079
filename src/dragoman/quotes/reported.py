"""Reported speech: a speech cue whose subject is the speaker, with a whole clause as content.

``X said (that) …`` (content to the sentence end), ``…, X said.`` (the clause before),
``according to X`` (either side). Not statements: cues with no named subject (in languages
where the subject comes first), a subject that cannot speak (see ``cues.valid_speaker``),
content that is a fragment (``said in his interview``, ``denied any involvement``, an
object rather than a clause after a verb that takes one).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from dragoman.model import Quote
from dragoman.quotes.bounds import (
    ROLE_APPOSITIVE_WORDS,
    after_appositive,
    after_aside,
    as_opening,
    before_next_statement,
    clause_head,
    nested_statement,
    without_role_appositive,
)
from dragoman.quotes.clauseopen import (
    addressee_clause,
    before_own_statement,
    opens_clause,
    phrase_then_clause,
)
from dragoman.quotes.clauses import (
    PHRASE_SKIP_WORDS,
    counted,
    inverted_pronoun_closes,
    object_verb,
    open_end,
    place_phrase,
    quantity_object,
    question_start,
    quoted_title,
)
from dragoman.quotes.colons import colon_before_quote
from dragoman.quotes.coordinated import coordinated_subject
from dragoman.quotes.cues import Cue, quote_record, valid_speaker
from dragoman.quotes.frenchobjects import unspoken
from dragoman.quotes.inversion import inverted_after_clause, opens_predicate, verb_second_tail
from dragoman.quotes.lexicon import Lexicon, Word, day_keys, words
from dragoman.quotes.markers import marker_spans
from dragoman.quotes.modifiers import possessed_subject
from dragoman.quotes.nestedcue import opens_inner_clause
from dragoman.quotes.relclauses import relative_after_object, subordinator
from dragoman.quotes.sentences import past_dateline
from dragoman.quotes.speakers import _TITLES, DETERMINERS, clause_subject
from dragoman.quotes.speechacts import act_cues, act_only, speech_act
from dragoman.quotes.statementcontent import not_statement, unasked
from dragoman.quotes.subjects import opening_subject
from dragoman.quotes.unreal import unreal_cue
from dragoman.quotes.verbfinal import cue_clause_aside

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context

# Reported content shorter than this many words is not reported speech ("he said so").
MIN_REPORTED_WORDS = 3
# Reported content at least this share of which lies inside quotation marks is the speaker's
# own words (a mixed quotation, `said the court's decision "will force us to …"`) and is
# marked direct; the definition PolNeAR's direct/reported split uses, not a fitted value.
MIXED_QUOTED_SHARE = 0.5
_MARKS = "\"“”„«»‚‘’'"  # quotation marks a reported content opening after one must not end with
# Longest reported content, in characters (one long sentence); longer is cut at the bound.
MAX_REPORTED_CHARS = 600
# How far after the cue a complementizer ("said in a statement on Monday that") is looked for.
COMPLEMENTIZER_WORDS = 9
# Most words of a phrase closing the sentence after a cue whose content comes before it
# ("…, its director said in a statement on Monday."); read off the issue 16 dev passages.
CLOSING_PHRASE_WORDS = 6
# Neuter pronouns heading a free relative set off by a comma after a clause (French "ce
# que", Spanish "lo que", Italian "ciò che", Portuguese "o que"): its complementizer opens no
# reported content. A closed class of the packs' grammars, not read off examples.
_FREE_RELATIVE_HEADS = frozenset({"ce", "lo", "cio", "o"})
# A comma or a dash ending a phrase after the cue ("said on Tuesday, two days after …").
_PHRASE_END = re.compile(r",|\s[—–]\s|\s--\s")


def _near(spans: list[tuple[int, int]], starts: list[int], a: int, b: int) -> list[tuple[int, int]]:
    """The sorted, non-overlapping ``spans`` that may intersect [a, b)."""
    i = max(0, bisect.bisect_left(starts, a) - 1)
    j = bisect.bisect_left(starts, b)
    return spans[i:j]


def _inside(spans: list[tuple[int, int]], starts: list[int], a: int, b: int) -> int:
    return sum(max(0, min(b, e) - max(a, s)) for s, e in _near(spans, starts, a, b))


def _content_after(ctx: _Context, cue: Cue, k: int, s_end: int) -> tuple[int | None, int]:
    """Start of the content following the cue ("X said (that) …"), or None for a fragment."""
    lex = ctx.lex
    after = ctx.words[k:ctx.word_at(s_end)]
    j = 0
    while j < min(len(after), COMPLEMENTIZER_WORDS) and lex.strip_clitic(
            after[j].key, lex.complementizers) not in lex.complementizers and not lex.elided(
            after[j].key):
        j += 1
    cut = lex.elided(after[j].key) if j < min(len(after), COMPLEMENTIZER_WORDS) else 0
    j = j + 1 if j < min(len(after), COMPLEMENTIZER_WORDS) else 0
    if j > 1 and not cue.addressee and not (after[0].key in lex.stops
                                            or after[0].key in lex.content_blockers) and not all(
            _day(w, lex) or w.key in DETERMINERS for w in after[:j - 1]):
        # "said officials have video that shows": a relative "that" in the content (no day
        j = 0  # before it: "anunció el sábado que …")
    if j > 2 and after[j - 2].key in _FREE_RELATIVE_HEADS and "," in ctx.text[
            after[j - 3].end:after[j - 2].start]:
        # "a annoncé la fermeture, ce que les salariés ont appris": a relative clause; the
        # content may follow it ("dijo ayer, lo que es raro, que el plan …")
        j = next((n + 1 for n in range(j, min(len(after), COMPLEMENTIZER_WORDS))
                  if after[n].key in lex.complementizers
                  and "," in ctx.text[after[n - 1].end:after[n].start]), 0)
    if j > 2 and after[j - 2].key in lex.rules.list_conjunctions:
        return None, s_end  # "que apunta hacia el sur y que es …": a second relative clause
    if j and cut:  # "rappelle qu’une alimentation …": the clause starts inside the word
        return after[j - 1].start + cut, s_end
    if j == 0 and after and after[0].key in lex.stops and lex.rules.subject_after_verb:
        j = 1 if len(after) > 1 and after[1].key in lex.complementizers else 0
    if j == 0 and cue.addressee and after and after[0].key in lex.stops and not opens_clause(
            ctx.text, after, lex) and not place_phrase(ctx.text, after, lex):
        return None, s_end  # "told leaders at the opening of …": no content follows
    if j >= len(after) or (cue.kind == "agent" and j == 0):
        return None, s_end  # an agent's statement needs "that": "were told by X that …"
    if j == 0 and quantity_object(after, lex):
        return None, s_end  # "said little about the plan": an object, no clause
    if j == 0 and after[j].key in lex.topics:
        return None, s_end  # "berichtete über Nasser Al Khater, den CEO …": a topic
    lead = int(j == 0 and len(after) > 1 and _day(after[0], lex))  # "said Tuesday after …"
    if lead and "," in ctx.text[after[0].end:after[1].start]:
        return None, s_end  # "…, her aides said Friday, because …": the content is before
    if j == 0 and after[lead].key in lex.content_blockers and (
            after[lead].key not in lex.clause_openers) and not counted(ctx, after[lead:], lex):
        # "said after the convention he would …": the clause after the phrase; else a fragment
        # ("said in his interview", "pledged to ban")
        j = next((n for n in range(lead + 1, min(len(after), lead + PHRASE_SKIP_WORDS + 1))
                  if after[n].key in lex.clause_subjects or phrase_then_clause(
                      ctx.text, after, lead, n, lex) or (  # "sagte am Montag, das Werk …"
                      lex.rules.comma_before_content
                      and "," in ctx.text[after[n - 1].end:after[n].start])), -1)
        j = question_start(ctx, after, lead, j)  # (not "es ist" of "wie ruhig es ist")
        if j < 0:
            return None, s_end
    set_off = lex.rules.comma_before_content and "," in ctx.text[ctx.words[k - 1].end:
                                                                   after[0].start]
    if _object_only(ctx, cue, k, j, set_off):
        return None, s_end
    return after[j].start, s_end


def _object_only(ctx: _Context, cue: Cue, k: int, j: int, set_off: bool) -> bool:
    """The words after the cue are its object: "denied any involvement" (not "kritisierte,
    viele Produkte enthielten …", a clause set off by a comma), or an object and a relative or
    purpose clause ("kündigte neue Hilfen an, die im Mai …": ``relclauses``)."""
    after = ctx.words[k:]
    if j == 0 and object_verb(ctx, cue) and not set_off and not opens_clause(ctx.text, after,
                                                                               ctx.lex):
        return True
    n = k + j
    return relative_after_object(ctx.text, ctx.words, n, k, cue.wj - cue.wi > 2 or n - 1 >= k,
                                 ctx.lex)


_COMMA_NEXT = re.compile(r"\s*,")
_COMMA_LAST = re.compile(r",\s*(?:\w+\.\s*)?$")  # "…, Mr." before the speaker
_LAST_WORD = re.compile(r"\b(\w+)\.?$")
COMMA_LOOKBACK = 40  # characters: a comma, spaces and one abbreviated title ("Gov.") fit

_POSSESSOR = re.compile(r"\w['’]s?\s*$")  # "…, Iowa State's Ann Lee said": the subject's


def _content_before(ctx: _Context, cue: Cue, s_start: int, s_end: int,
                    inverted: bool = False) -> list[tuple[int, int]]:
    """"…, X said." (the clause before the speaker, when it is one) and "…, X said, …" (both
    parts of the sentence around the parenthetical cue, one statement). ``inverted``: the
    subject follows the cue in a language that lists ``speaker_adverbs`` (V2 German: "Vor
    allem in den Städten fehle es …, sagt X"), so a preposition may open the clause."""
    text, lex, ws = ctx.text, ctx.lex, ctx.words
    if opens_inner_clause(ctx, cue):  # "X said the report told a different story"
        return []
    if cue.speaker is None or _after_complementizer(ws, cue.wi, lex):  # no one: a headline role
        return []  # "C’est ce qu’a annoncé X": a relative clause, its content is elsewhere
    # where the speaker phrase next to the cue starts (not a pronoun's antecedent elsewhere)
    # (the subject when there is one: "Bob, they said, …" does not start at "Bob")
    near = [sp.start for sp in ((cue.subject,) if cue.subject is not None else (cue.speaker,))
            if sp is not None and s_start <= sp.start < cue.start]
    first = min(near, default=cue.start)
    head = text[s_start:first].rstrip(" ,\"”’")
    title = _LAST_WORD.search(head, max(0, len(head) - COMMA_LOOKBACK))
    if title and title.group(1).casefold() in _TITLES:  # "…, Mr. Obama said"
        head = head[:title.start()].rstrip(" ,")
    comma = head.rfind(",")
    aside = words(head, comma)[:2] if comma >= 0 else []  # ", as X said", ", and as X said"
    as_clause = bool(aside) and cue_clause_aside(words(head, comma), lex, first < cue.start)
    if as_clause:
        head = head[:comma].rstrip()  # "…, wie die Stadt mitteilte", "…, comme l’a dit X"
    head = without_role_appositive(head, lex)
    if _POSSESSOR.search(head):  # the words after the last comma belong to the subject
        head = head[:max(head.rfind(","), 0)].rstrip()
    # the context's words, not a new tokenization: one sentence may hold thousands of cues
    head_words = ws[ctx.word_at(s_start):ctx.word_at(s_start + len(head))]
    k = cue.speaker_after_end or cue.wj
    tail: list[tuple[int, int]] = []
    inverted_set_off = (cue.subject is not None and cue.subject.start >= cue.end and k < len(ws)
                        and _COMMA_NEXT.match(text, ws[k - 1].end) is not None)
    if inverted_set_off:
        k = after_appositive(ctx, k, s_end)  # "…, said X, an expert on Y, would …"
    if (k < len(ws) and _COMMA_NEXT.match(text, ws[k - 1].end) and ws[k].start < s_end
            and (as_clause or _COMMA_LAST.search(text, max(s_start, first - COMMA_LOOKBACK), first))
            and (ws[k].key not in lex.relatives or ws[k].key in DETERMINERS)  # ", X said,"
            and not (inverted_set_off and _closes_sentence(ctx, k, s_end, set_off=True))):
        tail = [(ws[k].start, s_end)]  # "Lenox was a juggernaut, Mr. Clarke said, until …"
        # (not "…, a constaté la Ville, qui a dressé le bilan": a relative clause; nor "…,
        # a martelé X, président du Sénat, devant les élus.": a phrase)
    intro = len(head_words) > 1 and (
        (head_words[0].key in lex.stops or head_words[0].key in lex.content_blockers)
        and not _article_noun(head_words) and not clause_head(text, head_words, lex, MIN_REPORTED_WORDS)
        and not (inverted and lex.adverbs))
    if not tail and (len(head_words) < MIN_REPORTED_WORDS or intro or open_end(head_words, lex)
                     or quoted_title(ctx, head_words)):
        return []  # "During his years in office, Mr. Obama said": no clause
    if not head_words:
        return []
    if tail and inverted and not as_clause and verb_second_tail(ws[k], lex):
        return [(s_start, s_end)]  # "Das, sagt X, müsse …": one clause around the cue
    if tail and as_clause and (intro or aside[0].key in lex.sentence_conjunctions):
        return tail  # "Of course, as Lee noted, the plan …": the clause after the aside
    if tail and len(head_words) == 1 and not ctx.mentions.within(s_start, head_words[0].end):
        return tail  # "Instead, Kirk claimed, the culprit was …": an adverb, not a subject
    if tail and not (opens_predicate(ws[k], lex) or subordinator(ws[k].key, lex)):  # "It's easy,
        return [(s_start, s_end)]  # she says, for …" (not "The river, X said, will …", "…, X said, though …")
    return [(s_start, s_start + len(head)), *tail]


def _day(w: Word, lex: Lexicon) -> bool:
    """A weekday or relative day of the pack ("Tuesday", "yesterday")."""
    return w.key in day_keys(lex)  # (folded: "sábado")


def _after_complementizer(ws: list[Word], i: int, lex: Lexicon) -> bool:
    """The cue ws[i] opens with a complementizer or follows one ("ce qu’a annoncé X", "ce que
    dit X"): the cue is inside a relative clause."""
    def glued(w: Word) -> bool:  # "qu’a": an elided complementizer glued to the word
        return any(w.key.startswith(c) and len(w.key) > len(c)
                   for c in lex.complementizers if c.endswith(("'", "’")))

    return glued(ws[i]) or (i > 0 and (ws[i - 1].key in lex.complementizers or glued(ws[i - 1])))


def _set_off(ctx: _Context, cue: Cue) -> bool:
    """The cue follows its subject right away, and a comma comes before the subject ("…, its
    director, Maria Lowe, said"), as where reported content precedes its attribution."""
    sp = cue.subject
    if sp is None or sp.start >= cue.start:
        return False
    if ctx.text[sp.end:cue.start].strip(" ,"):
        return False
    # a comma before the subject, or before a title or a role of a few words ("…, Mr. Obama
    # said in …", "…, journalist Ann Lee said in …")
    k = ctx.word_at(sp.start)
    for n in range(k, max(0, k - ROLE_APPOSITIVE_WORDS) - 1, -1):
        if n < 1 or (n < k and ctx.words[n].key in ctx.lex.stops):
            return False
        if "," in ctx.text[ctx.words[n - 1].end:ctx.words[n].start]:
            return True
    return False


def _subject_after_cue(ctx: _Context, cue: Cue, k: int, start: int, comma: bool) -> bool:
    """In a language whose content follows a comma or a complementizer ("sagte, die Lage sei
    …", "sagte, dass …"), content glued to the cue is its inverted subject or an object."""
    lex = ctx.lex
    if not lex.rules.comma_before_content or comma or cue.kind != "verb":
        return False
    first = ctx.words[k]
    return start == first.start and first.key not in lex.complementizers


def _after_comma(ctx: _Context, k: int, s_end: int) -> int | None:
    """Start of the first word after a comma within ``PHRASE_SKIP_WORDS`` words of ws[k]."""
    ws = ctx.words
    for n in range(k + 1, min(ctx.word_at(s_end), k + PHRASE_SKIP_WORDS + 1)):
        if "," in ctx.text[ws[n - 1].end:ws[n].start]:
            return ws[n].start
    return None


def _closes_sentence(ctx: _Context, k: int, s_end: int, set_off: bool = False) -> bool:
    """The words after the cue up to the sentence end are a short phrase with no clause
    ("said in a statement", "sagte am Montag"); ``set_off``: the words from ws[k] on, after
    the comma that closes the speaker's appositive ("…, X, devant les élus.")."""
    lex = ctx.lex
    at = ctx.words[k].start if set_off and k < len(ctx.words) else ctx.words[k - 1].end if k else None
    # (a dash past the phrase's last word leaves too many words: read no further)
    reach = min(s_end, ctx.words[k + CLOSING_PHRASE_WORDS + 1].start) if (
        k + CLOSING_PHRASE_WORDS + 1 < len(ctx.words)) else s_end
    dash = _PHRASE_END.search(ctx.text, at, reach) if at is not None else None
    after = ctx.words[k:ctx.word_at(dash.start() if dash else s_end)]  # "… on Tuesday — a …"
    return (0 < len(after) <= CLOSING_PHRASE_WORDS and (after[0].key in lex.content_blockers
                                                      or after[0].key in lex.stops)
            and not (set_off and after[0].key in lex.auxiliaries)  # ", X, will not hold …"
            and not any(w.key in lex.complementizers or w.key in lex.clause_subjects
                        for w in after))


def _article_noun(head: list[Word]) -> bool:
    """"A ponte será reaberta …": an article ("a" is also a preposition in pt and es) before a
    common noun opens a clause."""
    return len(head) > 1 and head[0].key in DETERMINERS and head[1].text[:1].islower()


def _opening(ctx: _Context, cue: Cue, k: int, sentence: tuple[int, int], rest: str) -> int | None:
    """Start of content found before the general rules: the clause whose subject ran into
    the addressee ("told reporters the budget had been cut"), the clause after the comma of
    "As the paper reported, the deal …" or after an aside ("cautioned, as did X, that …")."""
    s_start, s_end = sentence
    if (told := addressee_clause(ctx, cue, k, s_end)) is not None:
        return told
    if ctx.word_at(s_end) - k >= MIN_REPORTED_WORDS and "," in rest and as_opening(ctx, cue, s_start):
        return ctx.words[k].start
    return after_aside(ctx, k, s_end) if "," in rest and cue.kind == "verb" else None


def _spans(ctx: _Context, cue: Cue, stop: int | None = None) -> list[tuple[int, int]]:
    """The reported content of the cue; ``stop`` ends its sentence early (a colon)."""
    text, ws = ctx.text, ctx.words
    s_start, s_end = ctx.sentence(cue.start)
    s_end = min(s_end, stop) if stop is not None else s_end
    k = cue.speaker_after_end or cue.wj
    if unspoken(ctx, cue, k, s_end):  # French: "a annoncé sa démission", "selon toute …"
        return []
    if cue.kind == "marker":
        return marker_spans(ctx, cue, k, s_start, s_end)
    n_after = ctx.word_at(s_end) - k
    act = speech_act(ctx, cue, k, s_end) if n_after >= MIN_REPORTED_WORDS else None
    if act is not None or act_only(ctx, cue):  # "vowed to repeal the law"; "called the police"
        return [act] if act is not None else []
    if inverted_after_clause(ctx, cue, s_start) or inverted_pronoun_closes(ctx, cue, k):
        return _content_before(ctx, cue, s_start, s_end, inverted=True)
    rest = text[ws[k - 1].end:ws[k].start] if k < len(ws) else ""
    if (first := _opening(ctx, cue, k, (s_start, s_end), rest)) is not None:
        return [(first, s_end)]
    comma = ctx.lex.rules.comma_before_content and re.fullmatch(r"\s*,\s*", rest)
    if stop is not None and not (comma or (k < len(ws) and ws[k].key in ctx.lex.complementizers)):
        # before a colon only a clause set off by a comma ("Er sagt, die Lage …:") or "that";
        # not "ha aggiunto, rivolto ai giornalisti:", nor the scene before "X a déclaré :"
        return []
    if n_after >= MIN_REPORTED_WORDS and (comma or not re.match(r"\s*[.,;(]", rest)):
        start, end = _content_after(ctx, cue, k, s_end)
        if start is not None and _subject_after_cue(ctx, cue, k, start, bool(comma)):
            # "sagte dem Sender, die Lage …": the clause after the comma; "erklärt der
            # 31-Jährige alles zum Thema": no comma, the words after the cue are no clause
            start = _after_comma(ctx, k, s_end)
            if start is not None and any(m.label == "PER" for m in ctx.mentions.within(
                    ctx.words[k].start, start)):
                start = None  # "erzählte Jana Roth, der Chefin, …": an apposition
        if start is not None:
            return [(start, end)]
        if cue.kind != "verb" or not _closes_sentence(ctx, k, s_end) or not _set_off(ctx, cue):
            return []
        # "…, its director, Maria Lowe, said in a statement.": a phrase closes the sentence
    if cue.kind == "verb" and ctx.lex.rules.verb_final:  # "X, … söyledi.": between them
        found = clause_subject(text, ws, ctx.lex, ctx.mentions, s_start, cue.wi)
        if found is not None and cue.subject is not None and cue.subject.start == found[0].start:
            return [(ws[found[1]].start, cue.start)]
    if cue.kind == "verb" and not _object_closes(ctx, cue, k, s_end):
        return _content_before(ctx, cue, s_start, s_end)
    return []


def _object_closes(ctx: _Context, cue: Cue, k: int, s_end: int) -> bool:
    """"…, mining companies, including Patriot, declared bankruptcy.": a verb that takes an
    object, followed by a common noun, states nothing about the clause before it (unlike
    "…, he said Monday", "…, she noted recently")."""
    ws, lex = ctx.words, ctx.lex
    if k >= len(ws) or ws[k].start >= s_end or "," in ctx.text[ws[k - 1].end:ws[k].start]:
        return False
    first = ws[k]
    return (object_verb(ctx, cue) and first.text[:1].islower()
            and first.key not in lex.content_blockers and first.key not in lex.stops
            and not first.key.endswith(lex.rules.adverb_endings))


def reported(ctx: _Context, cues: list[Cue], direct: list[Quote]) -> list[Quote]:
    text, lex = ctx.text, ctx.lex
    acts = act_cues(ctx)  # "called the plan a disgrace": cues of reported speech only
    cues = sorted([*cues, *acts], key=lambda c: c.start) if acts else cues
    out: list[Quote] = []
    taken = sorted((q.start, q.end) for q in direct)
    taken_starts = [a for a, _ in taken]
    quoted_starts = [a for a, _ in ctx.quoted]
    opened = {q.cue_start: q.start for q in direct if q.cue_start is not None}
    for n, cue in enumerate(cues):
        implicit = lex.rules.implicit_subject or lex.rules.subject_after_verb
        subject, speaker = cue.subject or (cue.speaker if implicit else None), cue.speaker
        colon = (colon_before_quote(text, cue, opened.get(cue.start))
                 if cue.used and not lex.rules.subject_after_verb else None)  # not "ثم كتب:"
        if cue.kind == "verb" and not cue.used and not implicit and not (
                cue.common_source or valid_speaker(subject, lex, ctx.mentions)):
            # "She thanked …, praised … and said": the sentence's subject; "People close to
            # the mayor said": the phrase opening the clause
            s_start = ctx.sentence(cue.start)[0]
            found = (coordinated_subject(ctx, cue, s_start) if subject is None else None
                     ) or opening_subject(ctx, cue, s_start)
            subject, speaker = (found, found) if found is not None else (subject, speaker)
        if (cue.used and colon is None) or speaker is None or not (
                cue.common_source or speaker is not cue.speaker
                or valid_speaker(subject, lex, ctx.mentions)):
            continue  # no subject next to the cue, or one that cannot speak
        if ctx.inside_quotation(cue.start, cue.end):
            continue  # “… what the report says.”: the words of the quotation's speaker
        if cue.kind == "verb" and possessed_subject(text, ctx.words, cue.wi, lex):
            continue  # "Kim’s victories suggest …": a thing, not a speaker
        spans = [_trim(text, a, before_own_statement(ctx, cues, n, a, before_next_statement(
            ctx, cues, n, a, min(b, a + MAX_REPORTED_CHARS))) if a >= cue.end else b)
            for a, b in _spans(ctx, cue, colon)]  # (only the cues _trim would keep)
        spans = [(a, b) for a, b in spans if b > a and not any(  # not covered by a quotation
            min(b, e) - max(a, s) > (b - a) // 2 for s, e in _near(taken, taken_starts, a, b))]
        if not spans or sum(ctx.word_at(b) - ctx.word_at(a) for a, b in spans) < MIN_REPORTED_WORDS or (
                not_statement(ctx, cue, spans) or unreal_cue(ctx, cue, subject)):
            continue  # a question; "if X says", "critics will say": nothing said
        if out and (out[-1].start == spans[0][0] or nested_statement(out[-1], spans, speaker)):
            continue  # (not the whole sentence again around "…, he said, causing …")
        size = sum(b - a for a, b in spans)
        inside = sum(_inside(ctx.quoted, quoted_starts, a, b) for a, b in spans)
        mixed = inside >= MIXED_QUOTED_SHARE * size  # mostly the speaker's own words
        out.extend(quote_record(text, a, b, mixed, cue, unasked(ctx, cue, speaker)) for a, b in spans)
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    start, end = past_dateline(text, start, end), min(end, start + MAX_REPORTED_CHARS)
    if start > 0 and text[start - 1] in _MARKS:  # content opening inside a quotation (`said:
        while end > start and text[end - 1] in _MARKS:  # "Happy Birthday."`) ends inside it
            end -= 1
    while end > start and (text[end - 1] in " .,;،" or (
            text[end - 1] == ")" and "(" not in text[start:end])):  # "(X berichtete, dass ….)"
        end -= 1
    return start, end
