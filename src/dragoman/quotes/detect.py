"""Direct and reported quotations with their cue and speaker.

Direct quotations are quoted spans (see ``marks``) attached to a speech cue in
the same sentence: after the closing mark (``“…,” he said``) or before the
opening one (``Stoltenberg said: “…”``, ``وقال “…”``). Reported speech is a
speech cue followed by its content up to the end of the sentence
(``X said that …``, ``وأشار إلى أن …``) or preceded by it (``…, X said.``),
and ``according to X`` / ``وفقا لـ`` / ``بحسب``. Speakers come from the phrase
next to the cue; pronouns, roles and implicit subjects are resolved to an
earlier speaker or mention (see ``speakers``). All cue words come from the
language's rules file.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from dragoman.language.rules import rules_for
from dragoman.model import Article, Quote
from dragoman.quotes.attach import RESOLVE_CANDIDATES, attach_speaker, resolve
from dragoman.quotes.bounds import relative_aside
from dragoman.quotes.citations import screen_citations
from dragoman.quotes.colonintro import colon_introduced
from dragoman.quotes.colons import colon_subject
from dragoman.quotes.continuation import new_cue_between, same_statement
from dragoman.quotes.cues import Cue as _Cue
from dragoman.quotes.cues import find_cues, quote_record
from dragoman.quotes.dashes import dash_spans
from dragoman.quotes.fragments import writers_phrase
from dragoman.quotes.germancontinued import continued_reports
from dragoman.quotes.impersonalclose import impersonal_statements
from dragoman.quotes.incise import incise_cue
from dragoman.quotes.invertedrole import inverted_attribution
from dragoman.quotes.leadin import (
    handed_over,
    lead_in,
    resumes_after,
    runs_into_clause,
    trails_into_clause,
)
from dragoman.quotes.lexicon import _WORD, Lexicon, Word, lexicon, words
from dragoman.quotes.marks import QuotedSpan, find_quoted
from dragoman.quotes.naming import Labels
from dragoman.quotes.places import PlaceLookup
from dragoman.quotes.reported import reported
from dragoman.quotes.sentences import after_sentence_end, fallback_sentences, join_titles, sentence_end
from dragoman.quotes.signed import signed_or_colon, signed_speaker, unsigned_blurb
from dragoman.quotes.speakers import (
    MAX_SPEAKER_WORDS,
    Mentions,
    Speaker,
    phrase_speaker,
)
from dragoman.quotes.speakertext import screen_speakers
from dragoman.quotes.statementcontent import unasked
from dragoman.quotes.titles import bylined, modifies_noun, title_shaped
from dragoman.quotes.trailingcue import closes_statement, own_trailing_cue
from dragoman.quotes.uncuedsubject import distant_subject

# Most words between a cue (with its speaker and addressee) and an opening mark for
# the quotation to be the cue's own statement rather than a phrase quoted inside
# reported speech. Calibrated on PolNeAR train (0, 1 and 3 compared; 0 is best).
MAX_CUE_GAP_WORDS = 0
# Most words between a closing mark and the cue after it ("“…,” the senator from Ohio said",
# "“…,” Ann Lee, attorney for one of the four groups that sued the state, said"). Compared
# on PolNeAR train: 12, 16, 20 (16 and 20 tie on direct F1 and speakers; 12 is lower).
AFTER_QUOTE_WINDOW = 16
# The same when a name and a long appositive set off by commas stand before the cue: a bound,
# not a fitted value (the cue must follow the appositive's closing comma).
APPOSITIVE_WINDOW = 40
# The same after a quotation that ends its own sentence (“… .” Trump said.).
AFTER_CLOSED_WINDOW = 4
# A quotation with no cue is kept only when it has at least this many words (shorter ones are
# titles and scare quotes). Calibrated on PolNeAR train (best direct F1 of 5, 8, 12, 16, 24).
MIN_UNCUED_WORDS = 12
# A sentence's subject is looked for among its first words, past an opening phrase ("Asked
# about …, X sighed"): pronoun resolution. PolNeAR train: 14 -> 20, one speaker more.
SUBJECT_WORDS = 20
# Most words of a quoted phrase that the clause goes on after ("said that “a bomb” had gone
# off"): such a phrase belongs to the reported statement. Read off PolNeAR dev-tune's mixed
# quotations (1-3 words); a longer quotation keeps its cue.
INSIDE_CLAUSE_WORDS = 4
# Fewest words of a sentence opening all in capitals for it to be a heading ("WHAT'S
# BREWING"); two capitalised acronyms ("NATO, EU") still open a sentence.
HEADING_WORDS = 3
# The last character of a quotation whose sentence goes on after the closing mark (“…,” “…?”
# “…!” Ann Lee said), unlike a full stop.
_GOES_ON = frozenset(",?!")


class _Context:
    def __init__(self, article: Article, lex: Lexicon, places: PlaceLookup | None = None) -> None:
        self.text = article.text
        self.lex = lex
        self.words = words(self.text)
        self.starts = [w.start for w in self.words]
        self.mentions = Mentions(article, places, self.words)
        sents = join_titles(self.text, sorted(article.sentences) or fallback_sentences(self.text))
        self.sent_starts = [s for s, _ in sents]
        self.sents = sents
        self.history: list[tuple[int, Speaker]] = []  # explicit speakers by cue position
        self.quoted: list[tuple[int, int]] = []
        self.cues_done: list[_Cue] = []
        self._subjects: list[tuple[int, Speaker]] | None = None
        self._quoted_reach: tuple[list[int], list[int]] | None = None

    def inside_quotation(self, start: int, end: int) -> bool:
        """Some quoted span holds ``start``..``end`` strictly inside it (a binary search on
        the spans' starts and the furthest end reached so far, not a scan per quotation)."""
        if self._quoted_reach is None or len(self._quoted_reach[0]) != len(self.quoted):
            spans = sorted(self.quoted)
            reach, far = [], -1
            for _, b in spans:
                far = max(far, b)
                reach.append(far)
            self._quoted_reach = ([a for a, _ in spans], reach)
        starts, reach = self._quoted_reach
        i = bisect.bisect_left(starts, start) - 1
        return i >= 0 and reach[i] > end

    def subjects_before(self, pos: int) -> list[tuple[int, Speaker]]:
        """Subjects (first person named) of the latest sentences starting before ``pos``."""
        if self._subjects is None:
            self._subjects = self._find_subjects()
        i = bisect.bisect_left(self._subjects, pos, key=lambda h: h[0])
        return self._subjects[max(0, i - RESOLVE_CANDIDATES):i]

    def _find_subjects(self) -> list[tuple[int, Speaker]]:
        found: list[tuple[int, Speaker]] = []
        starts = [a - 1 for a, _ in self.quoted]

        def quoted_at(pos: int) -> bool:
            i = bisect.bisect_right(starts, pos) - 1
            return i >= 0 and pos <= self.quoted[i][1]

        for s, e in self.sents:
            if quoted_at(s):
                continue  # a sentence that opens with a quotation
            head = self.words[self.word_at(s):self.word_at(e)][:SUBJECT_WORDS]
            head = [w for w in head if not quoted_at(w.start)]
            if _heading(head):
                continue  # "WHAT'S BREWING", "OBAMA'S LAST SPEECH": a heading, no subject
            sp = phrase_speaker(self.text, head, self.lex, self.mentions, before_verb=False,
                                names_only=True)
            if sp is not None:
                found.append((sp.start, sp))
        return found

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        if i < 0:
            return (0, len(self.text))
        s, e = self.sents[i]
        return (s, max(e, pos))

    def word_at(self, pos: int) -> int:
        return bisect.bisect_left(self.starts, pos)


def _heading(head: list[Word]) -> bool:
    """At least ``HEADING_WORDS`` words, all in capitals: a heading in capitals, whose
    name opens no sentence (an acronym alone, "NATO said", is no heading)."""
    n = 0
    for w in head:  # stops at the first word with a lower-case letter: most sentences
        if w.text.isupper():
            n += 1
        elif any(c.isalpha() for c in w.text):
            return False
    return n >= HEADING_WORDS


@lru_cache(maxsize=32)
def _calendar(names: tuple[str, ...]) -> frozenset[str]:
    """The language's month and weekday names, lower case: no byline's first name."""
    return frozenset(w.casefold() for w in names)


def _held(ctx: _Context, q: QuotedSpan, found: _Cue, held: list[tuple[Quote, QuotedSpan]]) -> bool:
    """``q`` is a phrase of the reported content after ``found`` ("said “fake news” was to
    blame", ``trails_into_clause``): its direct record goes to ``held``, kept only when no
    reported statement holds the phrase (``handed_over``), and True."""
    if not trails_into_clause(ctx, q, found):
        return False
    held.append((quote_record(ctx.text, q.start, q.end, True, found, found.speaker), q))
    return True


def _find_cues(ctx: _Context) -> list[_Cue]:
    return find_cues(ctx.text, ctx.words, ctx.lex)


def _cue_after(ctx: _Context, q: QuotedSpan, cues_at: dict[int, _Cue]) -> _Cue | None:
    text = ctx.text
    wi = ctx.word_at(q.close_at + 1)
    if wi >= len(ctx.words) or re.match(r"\s*\(", text[q.close_at + 1:q.close_at + 8]):
        return None  # "«…» (MANNSCHAFT berichtete, dass …)": a remark in brackets
    # After a closed sentence (“… .”) only a cue right away belongs to the quotation; a question
    # or an exclamation (“…?”, “…!”) goes on with its speaker however long ("“…!” Ann Lee's
    # niece, state Rep. Dana Moss, shouted"): PolNeAR train, direct F1 0.894 -> 0.895.
    closed = text[q.close_at - 1] == "."
    if closed and ctx.words[wi].key in ctx.lex.stops and wi not in cues_at:
        return None  # “… .” Beim Institut heißt es, …: a new sentence opening with its phrase
    window = AFTER_CLOSED_WINDOW if closed else AFTER_QUOTE_WINDOW
    for k in range(wi, min(wi + window, len(ctx.words))):
        cue = cues_at.get(k)
        if sentence_end(text, q.close_at + 1, ctx.words[k].start):
            return None
        if (cue is not None and cue.kind != "marker") or (cue is not None and k == wi):
            if (cue.subject is None and k > wi and cue.kind == "verb" and not closed
                    and ctx.words[wi].text[:1].isupper()):
                # "“…,” Ann Lee, a lawyer for one of the four groups that sued, said"
                return _named_before_appositive(ctx, cue, wi) or cue
            if k > wi and cue.kind == "verb" and not closed and _person_opens(ctx, cue, wi):
                # "“…,” Ann Lee, 58, a nurse in Dayton, Ohio, said": not "Dayton"
                return _named_before_appositive(ctx, cue, wi) or cue
            # “… .” He added: “…”: a new sentence whose cue introduces what follows it
            return cue if not closed or closes_statement(ctx, q, cue) else None
    if closed or not ctx.words[wi].text[:1].isupper():
        return None
    # "“…,” Ann Lee, a former director of the A.B.C. and a lawyer who sued the state, said": a
    # name and a long appositive set off by commas, then the cue
    for k in range(wi + window, min(wi + APPOSITIVE_WINDOW, len(ctx.words))):
        if sentence_end(text, q.close_at + 1, ctx.words[k].start):
            return None
        cue = cues_at.get(k)
        if cue is not None and cue.kind == "verb" and text[ctx.words[k - 1].end:cue.start].strip() == ",":
            return _named_before_appositive(ctx, cue, wi)
    return None


def _clause_goes_on(ctx: _Context, q: QuotedSpan, cue: _Cue) -> bool:
    """The cue after the quotation goes on with the same subject ("called it a “farce,”
    adding that …", "“…,” and said"): no word, or only function words, stand between."""
    between = ctx.words[ctx.word_at(q.close_at + 1):cue.wi]
    return all(w.key in ctx.lex.stops and w.text[:1].islower() for w in between)


def _person_opens(ctx: _Context, cue: _Cue, wi: int) -> bool:
    """A person's name stands right after the closing mark and ends at a comma, the cue
    follows a comma, and the subject found for the cue lies past that first comma."""
    text, ws = ctx.text, ctx.words
    start = ws[wi].start
    comma = text.find(",", start, cue.start)
    if comma < 0 or cue.subject is None or cue.subject.start <= comma or cue.wi == 0 or (
            text[ws[cue.wi - 1].end:cue.start].strip() != ","):
        return False
    return any(m.label == "PER" and m.start == start and not text[m.end:comma].strip()
               for m in ctx.mentions.within(start, comma))


def _named_before_appositive(ctx: _Context, cue: _Cue, wi: int) -> _Cue | None:
    """The cue of "“…,” Ann Lee, <a long appositive>, said", its speaker the name right after
    the closing mark (the appositive is too long for the cue's own subject search); None when
    no name stands there."""
    start = ctx.words[wi].start
    comma = ctx.text.find(",", start, cue.start)
    chunk = words(ctx.text, start, comma) if comma > 0 else []
    if not chunk or len(chunk) > MAX_SPEAKER_WORDS:
        return None
    sp = phrase_speaker(ctx.text, chunk, ctx.lex, ctx.mentions, before_verb=False)
    if sp is None or sp.text.casefold() in ctx.lex.pronouns:
        return None
    cue.subject = sp
    cue.speaker = resolve(ctx, sp, cue.start)
    cue.explicit = True
    return cue


def _cue_before(ctx: _Context, q: QuotedSpan, cues: list[_Cue], floor: int) -> _Cue | None:
    """The last cue of the clause before the opening mark, when the gap is short."""
    text, ws, lex = ctx.text, ctx.words, ctx.lex
    if _inside_clause(ctx, q):
        return None
    last = bisect.bisect_left(cues, q.open_at, key=lambda c: c.start)
    for cue in reversed(cues[bisect.bisect_left(cues, floor, key=lambda c: c.start):last]):
        if cue.end > q.open_at or cue.used or relative_aside(ctx, cue, q.open_at):
            continue
        k = cue.speaker_after_end or cue.wj
        gap = ws[k:ctx.word_at(q.open_at)]
        clause = False
        for g in range(len(gap) - 1, -1, -1):  # only what follows "that" / "أن" counts
            if lex.strip_clitic(gap[g].key, lex.complementizers) in lex.complementizers:
                gap, clause = gap[g + 1:], True
                break
        if clause and len(gap) > MAX_CUE_GAP_WORDS:
            return None  # "said that if it fails, “…”": the quotation ends reported content
        tail = text[(ws[k - 1].end if k else 0):q.open_at]
        if re.search(r"[:,]\s*$", tail) or len(gap) <= MAX_CUE_GAP_WORDS:
            return cue
        return None
    return None


def _inside_clause(ctx: _Context, q: QuotedSpan) -> bool:
    """A short quoted phrase the clause goes on after ("said that “a bomb” had gone off",
    "tells MSNBC’s “Morning Joe” that …"): part of reported content, not the cue's quotation."""
    if len(words(ctx.text, q.start, q.end)) > INSIDE_CLAUSE_WORDS:
        return False
    wi = ctx.word_at(q.close_at + 1)
    if wi >= len(ctx.words) or ctx.text[q.close_at + 1:ctx.words[wi].start].strip():
        return False  # punctuation (or the end) right after the closing mark
    nxt = ctx.words[wi]
    lex = ctx.lex
    return (nxt.text[:1].islower() and nxt.key.isalpha() and nxt.key not in lex.content_blockers
            and lex.match_phrase(ctx.words, wi, lex.verbs) == 0)


_DASH_LINE = re.compile(r"[\"”»]\s*\n\s*[-–—]\s*(?=\w)")


def _dash_speaker(ctx: _Context, q: QuotedSpan) -> Speaker | None:
    """A quotation alone in its paragraph, signed on the next line: "“…” ¶ - Lena Ortiz."""
    m = _DASH_LINE.match(ctx.text, q.close_at)
    if m is None or ctx.text[ctx.text.rfind("\n", 0, q.open_at) + 1:q.open_at].strip():
        return None
    stop = re.compile(r"[,;:(\n]|\.(?:\s|$)").search(ctx.text, m.end())
    chunk = words(ctx.text, m.end(), stop.start() if stop else len(ctx.text))
    if not chunk or len(chunk) > MAX_SPEAKER_WORDS:
        return None
    sp = phrase_speaker(ctx.text, chunk, ctx.lex, ctx.mentions, before_verb=False)
    return resolve(ctx, sp, m.end()) if sp is not None else None


def _opens_clause(text: str, floor: int, at: int) -> bool:
    """No word between ``floor`` and the mark at ``at``, or the last character before it
    (spaces aside) is a comma, colon or dash: scanned from the mark back, so a page of
    quotations with no sentence end is not read again for each one."""
    if _WORD.search(text, floor, at) is None:
        return True
    k = at - 1
    while k >= floor and text[k].isspace():
        k -= 1
    return k >= floor and text[k] in ",:،—–-"


def _uncued_speaker(ctx: _Context, q: QuotedSpan, comma_cue: _Cue | None,
                    opens_clause: bool) -> Speaker | None:
    """The speaker of a long quotation no cue introduces: the speaker of the cue right after
    it (`he "made a mistake …," X said`), else the subject before it; none for a phrase of
    the writer's sentence ("the idea of “that total inner confidence”"), whose speaker an
    earlier sentence cannot tell."""
    sp = comma_cue.speaker if comma_cue is not None else resolve(
        ctx, colon_subject(ctx, q), q.open_at, True)
    if comma_cue is None and distant_subject(ctx, sp, q.open_at):
        return None  # a subject sentences back, other people named since: no guess
    return sp if opens_clause or comma_cue is not None or not writers_phrase(ctx, q, sp) else None


def find_quotes(article: Article, places: PlaceLookup | None = None,
                continued: bool = False) -> tuple[list[Quote], list[str]]:
    """Quotations in ``article`` (offsets into article.text) and warnings about skipped marks.
    ``places`` names countries and large cities the entities stage left unlinked or missed
    (``quotes/places.py``), so they can speak; ``continued``: ``germancontinued`` runs."""
    rules = rules_for(article.language)
    if rules is None or not rules.speech_verbs or not article.text.strip():
        return [], []
    ctx = _Context(article, lexicon(rules), places)
    text = ctx.text
    spans, warnings = find_quoted(text)
    cues = _find_cues(ctx)
    spans = sorted(spans + dash_spans(text, ctx.words, cues, spans), key=lambda q: q.start)
    ctx.quoted = [(q.start, q.end) for q in spans]
    for cue in cues:
        attach_speaker(ctx, cue)
        ctx.cues_done.append(cue)
    cues_at = {c.wi: c for c in cues}
    cue_starts = [c.start for c in cues]
    quotes: list[Quote] = []
    prev: Quote | None = None
    labels = Labels()  # quoted labels of naming verbs
    held: list[tuple[Quote, QuotedSpan]] = []  # phrases reported content may hold
    calendar = _calendar((*ctx.lex.rules.months, *ctx.lex.rules.weekdays))
    for q in spans:
        sent_start = ctx.sentence(q.open_at)[0]
        floor = after_sentence_end(text, max(sent_start, prev.end + 1 if prev else 0,
                                             text.rfind("\n", 0, q.open_at) + 1), q.open_at)
        opens_clause = _opens_clause(text, floor, q.open_at)
        # the cue right after a quotation that closes on a comma (`"…," X said`)
        comma_cue = _cue_after(ctx, q, cues_at) if text[q.end - 1:q.end] == "," else None
        found = _cue_before(ctx, q, cues, floor) or (  # "Voters “want …,” he said": its own
            _cue_after(ctx, q, cues_at) if opens_clause
            else own_trailing_cue(ctx, q, comma_cue, cues, cue_starts, floor)) or incise_cue(
            ctx, q, cues, cue_starts)  # "« Pour moi, poursuit-il, c'est … »"
        if bylined(text, q, ctx.lex.rules.byline_prefixes, calendar) or (
                found is not None and (runs_into_clause(ctx, q, found) or _held(ctx, q, found, held)
                                       or (not ctx.lex.rules.capitalised_nouns
                                           and (title_shaped(text, q)
                                                or modifies_noun(text, q, ctx.lex))))):
            continue  # "In his book, “Doomed to Succeed,” Mr. Ross said …": a title
        n_words = len(words(text, q.start, q.end))
        inherit, verb_cue = None, None
        if found is None and (comma_cue is None or _clause_goes_on(ctx, q, comma_cue)):
            found = labels.cue(ctx, q)  # "called Trump a “bully”"
        else:
            labels.last = None
        if found is not None:
            found.used = True
            sp = found.speaker
        elif not opens_clause and n_words < MIN_UNCUED_WORDS and any(  # inside a cue's clause
                c.end <= q.open_at and not resumes_after(text, q, prev, c)
                for c in cues[bisect.bisect_left(cue_starts, floor):
                              bisect.bisect_left(cue_starts, q.open_at)]):
            continue
        elif opens_clause and comma_cue is None and (unlisted := inverted_attribution(
                ctx, q, text[q.end - 1:q.end] in _GOES_ON))[0] is not None:
            sp, verb_cue = unlisted
            sp = resolve(ctx, sp, q.close_at)  # "“…,” Ann Lee fumed.", "« … » critique X."
        elif (prev is not None and prev.direct and prev.speaker_text
              and (opens_clause or n_words > INSIDE_CLAUSE_WORDS)
              and same_statement(ctx, prev, q)
              and not new_cue_between(cues, cue_starts, floor, q, prev)
              and colon_subject(ctx, q) is None and not unsigned_blurb(ctx, q)):  # “A,” he said. “B.”
            # a short phrase inside a clause is no continuation ("über den „Multimediameister“",
            # "une nouvelle «atrocité»"): a title or a word the writer quotes
            inherit, sp = prev, None
        elif any(c.end <= q.open_at and c.kind != "marker" and not relative_aside(ctx, c, q.open_at)
                 for c in cues[bisect.bisect_left(cue_starts, floor):
                               bisect.bisect_left(cue_starts, q.open_at)]):
            continue  # a phrase quoted inside reported speech: the cue's content covers it
        elif (colon := signed_or_colon(ctx, q, floor))[0] or (
                sp := _dash_speaker(ctx, q) or signed_speaker(ctx, q)) is not None:
            # "Republican pollster Daron Shaw: “…”", "“…” ¶ — Ann Lee, pollster", "„…“ – Kai Dörfner"
            sp = colon[1] if colon[0] else sp
        elif n_words >= MIN_UNCUED_WORDS:  # (an unsigned blurb among signed ones: no one's)
            sp = None if unsigned_blurb(ctx, q) else _uncued_speaker(ctx, q, comma_cue, opens_clause)
        else:
            continue
        start = q.start if inherit is not None or colon_introduced(text, q.open_at, floor) else lead_in(
            ctx, q, floor, found or comma_cue, cue_starts, cues)  # "With …, “…,” he said"
        # (a passive question cue's subject was asked, not the asker: "X was once asked “…”";
        # "asked by X" names the asker)
        asked, sp = sp, unasked(ctx, found, sp) if found is not None and found.kind != "agent" else sp
        record = quote_record(text, start, q.end, True, found or verb_cue, sp)
        if inherit is not None:  # the same statement, going on
            for name in ("cue", "cue_start", "cue_end", "speaker_text", "speaker_start",
                         "speaker_end", "speaker_id", "speaker_name", "addressee"):
                setattr(record, name, getattr(inherit, name))
        quotes.append(record)
        # (the answer going on after a passive question is the words of the one asked)
        prev = record if sp is asked else quote_record(text, start, q.end, True, found, asked)
    quotes = labels.finish(quotes)
    quotes.extend(handed_over(text, held, reported(ctx, cues, quotes)))
    quotes = impersonal_statements(ctx, cues, quotes)  # "…, heißt es."
    quotes = continued_reports(ctx, cues, quotes) if continued else quotes  # "X sagte …. Das sei …"
    quotes.sort(key=lambda x: x.start)
    quotes = screen_citations(ctx, quotes, spans)  # reference lines, titles, findings
    return screen_speakers(text, quotes, ctx.lex, ctx.mentions), warnings
