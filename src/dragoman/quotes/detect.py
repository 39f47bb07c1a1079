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

from dragoman.language.rules import rules_for
from dragoman.model import Article, Quote
from dragoman.quotes.cues import Cue as _Cue
from dragoman.quotes.cues import find_cues, quote_record
from dragoman.quotes.dashes import dash_spans
from dragoman.quotes.gender import gender_of
from dragoman.quotes.lexicon import Lexicon, Word, lexicon, words
from dragoman.quotes.marks import QuotedSpan, find_quoted
from dragoman.quotes.reported import reported
from dragoman.quotes.sentences import fallback_sentences, join_titles, sentence_end
from dragoman.quotes.speakers import (
    _DETERMINERS,
    _SKIP_BEFORE_VERB,
    MAX_SPEAKER_WORDS,
    SPEAKER_MEMORY_CHARS,
    Mentions,
    Speaker,
    _chunk_after,
    _chunk_before,
    name_after_role,
    phrase_speaker,
    resolve_role,
)

# Most words between a cue (with its speaker and addressee) and an opening mark for
# the quotation to be the cue's own statement rather than a phrase quoted inside
# reported speech. Calibrated on PolNeAR train (0, 1 and 3 compared; 0 is best).
MAX_CUE_GAP_WORDS = 0
# Most words between a closing mark and the cue after it ("“…,” the senator from Ohio said").
AFTER_QUOTE_WINDOW = 12
# The same after a quotation that ends its own sentence (“… .” Trump said.).
AFTER_CLOSED_WINDOW = 4
# A quotation with no cue is kept only when it has at least this many words
# (shorter ones are titles and scare quotes). Calibrated on PolNeAR train (best direct
# F1 among 5, 8, 12, 16, 24 words).
MIN_UNCUED_WORDS = 12
# How many earlier speakers and sentence subjects a pronoun may refer to.
RESOLVE_CANDIDATES = 6
# A sentence's subject is looked for among its first words (pronoun resolution).
SUBJECT_WORDS = 14
# Longest clause (words) before "and said" whose opening noun phrase is taken as the
# speaker ("Ortiz was joined on stage by the governor and joked"); 10, 16 and 24 compared on
# PolNeAR train (16 and 24 tie, 10 is lower).
COORDINATED_CLAUSE_WORDS = 16


class _Context:
    def __init__(self, article: Article, lex: Lexicon) -> None:
        self.text = article.text
        self.lex = lex
        self.words = words(self.text)
        self.starts = [w.start for w in self.words]
        self.mentions = Mentions(article)
        sents = join_titles(self.text, sorted(article.sentences) or fallback_sentences(self.text))
        self.sent_starts = [s for s, _ in sents]
        self.sents = sents
        self.history: list[tuple[int, Speaker]] = []  # explicit speakers by cue position
        self.quoted: list[tuple[int, int]] = []
        self.cues_done: list[_Cue] = []
        self._subjects: list[tuple[int, Speaker]] | None = None

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


def _find_cues(ctx: _Context) -> list[_Cue]:
    return find_cues(ctx.text, ctx.words, ctx.lex)


def _resolve(ctx: _Context, sp: Speaker | None, pos: int) -> Speaker | None:
    """Explicit speakers are kept (roles resolved); pronouns and implicit subjects refer back
    to the latest explicit speaker or sentence subject."""
    lex = ctx.lex
    if sp is not None and sp.text.casefold() not in lex.pronouns:
        if sp.entity_id is None:
            sp = resolve_role(ctx.text, sp, lex, ctx.mentions)
        bisect.insort(ctx.history, (pos, sp), key=lambda h: h[0])
        return sp
    i = bisect.bisect_left(ctx.history, pos, key=lambda h: h[0])
    subjects = ctx.subjects_before(pos)
    if sp is not None and sp.text.casefold() in lex.person_pronouns:
        # "he" is not the subject "Michigan"; earlier speakers all may be people (whatever
        # their mention label says: NER often tags speakers as places).
        subjects = [c for c in subjects if ctx.mentions.may_be_person(c[1])]
    candidates = ctx.history[max(0, i - RESOLVE_CANDIDATES):i] + subjects
    candidates.sort(key=lambda h: h[0], reverse=True)
    if (sp is not None and sp.text.casefold() in lex.person_pronouns) or (
            sp is None and not lex.rules.subject_after_verb):
        candidates = [c for c in candidates if not _plural_or_first_person(c[1])
                      and (c[1].label or _named_or_role(c[1], lex))]
    recent = [c for c in candidates if pos - c[0] <= SPEAKER_MEMORY_CHARS] or candidates[:1]
    para = ctx.text.rfind("\n", 0, pos)
    spoken = [c for c in ctx.history[max(0, i - 1):i] if c[0] > para and c in candidates]
    if spoken:  # the last speaker of this paragraph keeps the floor
        recent = spoken[-1:] + recent
    if not recent:
        return None
    want = lex.pronoun_gender.get(sp.text.casefold()) if sp is not None else None
    if want is not None:  # a tie-breaker: pass over a candidate known to disagree
        for _, c in recent:
            if gender_of(c.name or "", c.text) in (want, None):
                return c
    return recent[0][1]


def _plural_or_first_person(sp: Speaker) -> bool:
    """"participants", "the aides", "I’m": not what "he" or "she" refers to."""
    ws = sp.text.split()
    first = ws[0].casefold() if ws else ""
    if not ws or first in ("i", "we") or first.startswith(("i'", "i’", "we'", "we’")):
        return True
    last = ws[-1]
    return (not any(w[:1].isupper() for w in ws if w.casefold() not in _DETERMINERS)
            and last.endswith("s") and not last.endswith(("ss", "us", "is")))


def _named_or_role(sp: Speaker, lex: Lexicon) -> bool:
    """A name ("Ortiz") or a role ("the mayor") can be "he"; "the same thing" cannot."""
    return any(w.text[:1].isupper() or lex.strip_clitic(w.key, lex.roles) in lex.roles
               for w in words(sp.text))


def _attach_speaker(ctx: _Context, cue: _Cue) -> None:  # noqa: C901  refactor pending
    """The phrase next to the cue: before it (English "X said") or after it (VSO, "said X")."""
    text, ws, lex = ctx.text, ctx.words, ctx.lex
    sent_start = ctx.sentence(cue.start)[0]
    if cue.kind == "marker":
        chunk = _chunk_after(text, ws, cue.wj, lex)
        sp = phrase_speaker(text, chunk, lex, ctx.mentions, before_verb=False)
        glued = lex.glued(ws, cue.wi, cue.wj - cue.wi, lex.markers)
        if sp is not None and glued and sp.start == ws[cue.wj].start:  # "وفقا لوزارة"
            sp = Speaker(sp.start + glued, sp.end, text[sp.start + glued:sp.end], sp.entity_id,
                         sp.name, sp.label)
        cue.speaker_after_end = cue.wj + len(chunk)
        cue.explicit = sp is not None
        cue.speaker = cue.subject = sp  # "according to X" does not change who is speaking
        if sp is not None and sp.entity_id is None:
            cue.speaker = resolve_role(text, sp, lex, ctx.mentions)
        return
    sp = None
    earlier = [c for c in ctx.cues_done if c.start >= sent_start and c.speaker is not None]
    if cue.kind == "participle" and earlier:  # "ودعا …، مؤكدا": the main verb's speaker
        cue.speaker = cue.subject = earlier[-1].speaker
        cue.explicit = True
        return
    if cue.kind == "participle":  # "…, saying": the sentence's subject, its first name
        head = [w for w in ws[ctx.word_at(sent_start):cue.wi]
                if not any(a <= w.start < b for a, b in ctx.quoted)][:MAX_SPEAKER_WORDS]
        sp = phrase_speaker(text, head, lex, ctx.mentions, before_verb=False)
        if sp is not None and sp.text.casefold() in lex.pronouns:
            sp = None
        if lex.rules.subject_after_verb:
            sp = phrase_speaker(text, head, lex, ctx.mentions, before_verb=False,
                                names_only=True)
    if cue.kind == "verb":
        before = _chunk_before(text, ws, cue.wi, sent_start)
        after = _chunk_after(text, ws, cue.wj, lex)
        if lex.rules.subject_after_verb:
            if before and before[-1].key not in lex.stops:  # SVO: "لكن التحالف أكد"
                sp = phrase_speaker(text, before[-1:], lex, ctx.mentions, before_verb=True)
            if sp is None:
                sp = phrase_speaker(text, after, lex, ctx.mentions, before_verb=False)
                if sp is not None:
                    cue.speaker_after_end = cue.wj + len(after)
        else:
            sp = _coordinated_subject(ctx, cue, sent_start) or phrase_speaker(
                text, before, lex, ctx.mentions, before_verb=True)
            prev = text[max(sent_start, cue.start - 6):cue.start]  # "”, said", "», — сказал"
            quoted_before = re.search(r"[”\"»’']", prev) or _right_after_quote(ctx, cue.start)
            if sp is None and not quoted_before and not before and prev.rstrip().endswith(","):
                sp = _appositive_subject(ctx, cue, sent_start)
            told = lex.strip_clitic(ws[cue.wi].key, lex.addressee_verbs) in lex.addressee_verbs
            inverted = quoted_before or (not before and not told and (
                _names_start(after) or _closing_subject(text, prev, after)))
            if sp is None and after and inverted:
                sp = phrase_speaker(text, after, lex, ctx.mentions, before_verb=False)
                if sp is not None:
                    cue.speaker_after_end = cue.wj + len(after)
        if sp is not None and sp.label != "PER" and cue.speaker_after_end is not None:
            # "dijo el portavoz del Gobierno, Pedro Sanz.": the name, not the role
            named = name_after_role(text, ws, cue.speaker_after_end, ctx.mentions)
            if named is not None:
                sp, cue.speaker_after_end = named
        if ws[cue.wi].key in lex.addressee_verbs or lex.strip_clitic(
                ws[cue.wi].key, lex.addressee_verbs) in lex.addressee_verbs:
            k = cue.speaker_after_end or cue.wj
            obj = _chunk_after(text, ws, k, lex)
            if obj and obj[0].key not in lex.complementizers:
                cue.addressee = text[obj[0].start:obj[-1].end]
                cue.speaker_after_end = k + len(obj)
    cue.speaker = _resolve(ctx, sp, cue.start)
    cue.subject = sp
    if sp is None and cue.speaker is not None and (
            cue.speaker.start >= sent_start or _after_relative(ws, cue.wi, lex)):
        cue.subject = cue.speaker  # the sentence's own subject ("X, …, and said"), "who said"
    cue.explicit = cue.subject is not None


def _closing_subject(text: str, prev: str, after: list[Word]) -> bool:
    """"…, a indiqué la préfecture.": after a comma, a phrase closing the clause is the subject
    (not "X, director of …, said the states were …", whose phrase opens the content)."""
    return bool(after) and prev.rstrip().endswith(",") and bool(
        re.match(r"\s*(?:[.,;!?]|$)", text[after[-1].end:]))


def _right_after_quote(ctx: _Context, pos: int) -> bool:
    """``pos`` follows a quotation closely ("— …, a lancé", "—… —respondió")."""
    i = bisect.bisect_right(ctx.quoted, (pos, pos)) - 1
    return i >= 0 and 0 <= pos - ctx.quoted[i][1] <= 4


def _after_relative(ws: list[Word], i: int, lex: Lexicon) -> bool:
    """"…, who said": the cue's subject is the relative pronoun's antecedent."""
    k = i - 1
    while k >= 0 and ws[k].key in _SKIP_BEFORE_VERB:
        k -= 1
    return k >= 0 and ws[k].key in lex.relatives


def _coordinated_subject(ctx: _Context, cue: _Cue, floor: int) -> Speaker | None:
    """"Sharpton backed Obama and said": the clause's subject, its opening noun phrase
    (a pronoun, or capitalised words with their determiners, titles and role words)."""
    lex = ctx.lex
    before = _chunk_before(ctx.text, ctx.words, cue.wi, floor, COORDINATED_CLAUSE_WORDS + 1)
    verb_words = [w for w in before if w.key not in _SKIP_BEFORE_VERB]
    if (not verb_words or verb_words[-1].key != "and"
            or len(before) > COORDINATED_CLAUSE_WORDS):  # the clause may start further back
        return None
    if before[0].key in lex.pronouns:
        return phrase_speaker(ctx.text, before[:1], lex, ctx.mentions, before_verb=True)
    head: list[Word] = []
    for w in before[:-1]:
        if not (w.text[:1].isupper() or w.key in _DETERMINERS or w.key in lex.roles):
            break
        head.append(w)
    if not head:
        return None
    return phrase_speaker(ctx.text, head, lex, ctx.mentions, before_verb=True)


def _names_start(chunk: list[Word]) -> bool:
    return bool(chunk) and chunk[0].text[:1].isupper()


def _appositive_subject(ctx: _Context, cue: _Cue, floor: int) -> Speaker | None:
    """"Jens Stoltenberg, NATO's secretary general, said": the phrase before the appositive."""
    text, ws = ctx.text, ctx.words
    appos = _chunk_before(text, ws, cue.wi, floor)
    if appos:
        return None
    k = cue.wi - 1  # last word of the appositive
    while k > 0 and ws[k - 1].start >= floor and "," not in text[ws[k - 1].end:ws[k].start]:
        k -= 1
    k -= 1  # last word of the subject
    if k < 0 or ws[k].start < floor or cue.wi - k > 12:
        return None
    subject = [*_chunk_before(text, ws, k, floor), ws[k]]
    appos = ws[k + 1:cue.wi]
    people = [m for m in ctx.mentions.within(appos[0].start, appos[-1].end) if m.label == "PER"]
    if people:  # "the mayor, Lena Ortiz, said": the name in the appositive
        return ctx.mentions.speaker(people[0])
    if appos and all(w.text[:1].isupper() for w in appos) and any(
            ctx.lex.strip_clitic(w.key, ctx.lex.roles) in ctx.lex.roles for w in subject):
        return Speaker(appos[0].start, appos[-1].end, text[appos[0].start:appos[-1].end])
    return phrase_speaker(text, subject, ctx.lex, ctx.mentions, before_verb=True)


def _cue_after(ctx: _Context, q: QuotedSpan, cues_at: dict[int, _Cue]) -> _Cue | None:
    text = ctx.text
    wi = ctx.word_at(q.close_at + 1)
    if wi >= len(ctx.words):
        return None
    # After a closed sentence (“… .”) only a cue right away belongs to the quotation.
    window = AFTER_CLOSED_WINDOW if text[q.close_at - 1] in ".!?" else AFTER_QUOTE_WINDOW
    for k in range(wi, min(wi + window, len(ctx.words))):
        cue = cues_at.get(k)
        if sentence_end(text, q.close_at + 1, ctx.words[k].start):
            return None
        if (cue is not None and cue.kind != "marker") or (cue is not None and k == wi):
            return cue
    return None


def _cue_before(ctx: _Context, q: QuotedSpan, cues: list[_Cue], floor: int) -> _Cue | None:
    """The last cue of the clause before the opening mark, when the gap is short."""
    text, ws, lex = ctx.text, ctx.words, ctx.lex
    last = bisect.bisect_left(cues, q.open_at, key=lambda c: c.start)
    for cue in reversed(cues[bisect.bisect_left(cues, floor, key=lambda c: c.start):last]):
        if cue.end > q.open_at or cue.used:
            continue
        k = cue.speaker_after_end or cue.wj
        gap = ws[k:ctx.word_at(q.open_at)]
        for g in range(len(gap) - 1, -1, -1):  # only what follows "that" / "أن" counts
            if lex.strip_clitic(gap[g].key, lex.complementizers) in lex.complementizers:
                gap = gap[g + 1:]
                break
        tail = text[(ws[k - 1].end if k else 0):q.open_at]
        if re.search(r"[:,]\s*$", tail) or len(gap) <= MAX_CUE_GAP_WORDS:
            return cue
        return None
    return None


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
    return _resolve(ctx, sp, m.end()) if sp is not None else None


def _colon_speaker(ctx: _Context, q: QuotedSpan, floor: int) -> Speaker | None:
    """A speaker named just before a colon that introduces the quotation."""
    colon = ctx.text.rfind(":", floor, q.open_at)
    if colon < 0 or ctx.text[colon + 1:q.open_at].strip():
        return None
    wi = ctx.word_at(colon)
    chunk = _chunk_before(ctx.text, ctx.words, wi, floor)
    sp = phrase_speaker(ctx.text, chunk, ctx.lex, ctx.mentions, before_verb=True)
    return _resolve(ctx, sp, q.open_at) if sp is not None else None


def find_quotes(article: Article) -> tuple[list[Quote], list[str]]:
    """Quotations in ``article`` (offsets into article.text) and warnings about skipped marks."""
    rules = rules_for(article.language)
    if rules is None or not rules.speech_verbs or not article.text.strip():
        return [], []
    ctx = _Context(article, lexicon(rules))
    text = ctx.text
    spans, warnings = find_quoted(text)
    cues = _find_cues(ctx)
    spans = sorted(spans + dash_spans(text, ctx.words, cues, spans), key=lambda q: q.start)
    ctx.quoted = [(q.start, q.end) for q in spans]
    for cue in cues:
        _attach_speaker(ctx, cue)
        ctx.cues_done.append(cue)
    cues_at = {c.wi: c for c in cues}
    cue_starts = [c.start for c in cues]
    quotes: list[Quote] = []
    prev: Quote | None = None
    for q in spans:
        sent_start = ctx.sentence(q.open_at)[0]
        floor = max(sent_start, prev.end + 1 if prev else 0, text.rfind("\n", 0, q.open_at) + 1)
        opens_clause = not words(text, floor, q.open_at) or re.search(
            r"[,:،—–-]\s*$", text[floor:q.open_at])
        found = _cue_before(ctx, q, cues, floor) or (
            _cue_after(ctx, q, cues_at) if opens_clause else None)
        n_words = len(words(text, q.start, q.end))
        inherit = None
        if found is not None:
            found.used = True
            sp = found.speaker
        elif (prev is not None and prev.direct and prev.speaker_text
              and "\n" not in text[prev.end:q.open_at]):  # “A,” he said. “B.”
            inherit, sp = prev, None
        elif any(c.end <= q.open_at and c.kind != "marker"
                 for c in cues[bisect.bisect_left(cue_starts, floor):
                               bisect.bisect_left(cue_starts, q.open_at)]):
            continue  # a phrase quoted inside reported speech: the cue's content covers it
        elif (sp := _colon_speaker(ctx, q, floor) or _dash_speaker(ctx, q)) is not None:
            pass  # "Republican pollster Daron Shaw: “…”", "“…” ¶ — Ann Lee, pollster"
        elif n_words >= MIN_UNCUED_WORDS:
            # Inside a sentence and closing on a comma (`he "made a mistake …," X said`):
            # the speaker of the cue right after it; the cue keeps its reported content.
            after = _cue_after(ctx, q, cues_at) if text[q.end - 1:q.end] == "," else None
            sp = after.speaker if after is not None else _resolve(ctx, None, q.open_at)
        else:
            continue
        record = quote_record(text, q.start, q.end, True, found, sp)
        if inherit is not None:  # the same statement, going on
            for name in ("cue", "cue_start", "cue_end", "speaker_text", "speaker_start",
                         "speaker_end", "speaker_id", "speaker_name", "addressee"):
                setattr(record, name, getattr(inherit, name))
        quotes.append(record)
        prev = record
    quotes.extend(reported(ctx, cues, quotes))
    quotes.sort(key=lambda x: x.start)
    return quotes, warnings
