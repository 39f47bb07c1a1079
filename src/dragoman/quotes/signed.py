"""A quotation signed on its own line after the closing mark: "“… works.” Ann Lee, Daily Post"
(reviews and testimonials on product and press pages). The name right after the mark, and
nothing but a comma and a short outlet after it up to the line end, is the speaker; not the
name on the line before, which signs the quotation before.

A quotation signed after a dash on its own line (book blurbs, testimonials, quote boxes):
„… kommen.“ – Kai Dörfner, "… works." —Jane Roe, Director of X. The name after the dash
speaks, not the subject of the sentence before nor the signer of the blurb above; a lead-in
closed by a colon names no one then ("Hier etwas O-Ton: "…" - Ben Wilson"). A quotation alone
in its paragraph with no cue and no signature, among such signed ones, is an anonymous blurb:
no speaker. Left alone: a dash going on with a clause („…“ – dieser Satz …, "…" — a window
…), a headline after a title („Nicht entscheidungsreif“ – Wie Deutschland …), a cue after the
dash ("– so der Minister", "— she said"), found by the cues."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from dragoman.entities.frequentwords import frequent_ranks
from dragoman.entities.kb import name_key, token_key
from dragoman.entities.nameclass import given_name_keys, title_keys
from dragoman.language.nameparticles import SIGNATURE_PARTICLES
from dragoman.quotes.attach import resolve
from dragoman.quotes.colons import colon_speaker
from dragoman.quotes.complements import ARTICLES, DETERMINERS
from dragoman.quotes.germanheadline import title_case_headline
from dragoman.quotes.lexicon import Lexicon, Word, words
from dragoman.quotes.marks import QuotedSpan
from dragoman.quotes.opinionlead import opinion_speaker
from dragoman.quotes.speakers import MAX_SPEAKER_WORDS, Speaker

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context

_SENTENCE_END = re.compile(r"[.!?…]\W*$")  # a testimonial is a sentence: "“… works.”"
_SIGNED = re.compile(r"[\"”»][ \t\xa0]+(?=\w)")  # the closing mark, spaces, a word: one line
_NAME_CHARS = 60  # a person's name right after the closing mark ends within these characters
# A signature no entity covers: capitalised words (or a word opening with a digit, "9to5Mac")
# with a capital in each, nothing else up to the line end ("“… works.” Gadget Review").
_SIGNATURE_WORD = re.compile(r"[A-Z0-9][\w'’&.-]*[A-Z][\w'’&.-]*|[A-Z][\w'’&-]*")
# Most words of such a signature: an outlet's name ("The Daily Tech Post"); a bound from the
# shape, written with the original sentences of tests/quotes/test_en_speakers_signature.py.
SIGNATURE_WORDS = 4
# A whole line that is a quotation signed after its closing mark: such a signature is read only
# in a list of them (a testimonial next to it), not after one quotation ("“…” Advertisement").
_SIGNED_LINE = re.compile(r"[ \t]*[“\"«][^\n]+[”\"»][ \t\xa0]+\w[^\n]*")
# Most signed quotations read each way from a signature for one signed by a name: a list of
# testimonials on a product page (three on the longest seen: parallels.com in /tmp/pool.db).
LIST_LINES = 8
# The signature of such a line: the words after its last closing mark.
_LINE_SIGNATURE = re.compile(r"[”\"»][ \t\xa0]+(\w[^”\"»]*?)\s*$")
# A one-token signature shaped like a name no dictionary holds: a digit or a capital inside
# ("9to5Mac", "TechRadar"), never all capitals ("BREAKING", "FALSE": labels).
_MARKED_TOKEN = re.compile(r"(?=\w*(?:\d|[a-z]))\w*(?:\d|\w[A-Z])\w*")
# The closing mark, spaces, a dash, spaces, a word: a signature on the quotation's line.
_DASH_SIGN = re.compile(r"[\"”“»«'’][ \t\xa0]*[-–—―][ \t\xa0]*(?=\w)")
_PARENTHESIS = re.compile(r"\s*\([^()\n]*\)\s*$")  # a party or place after the name
_CLAUSE_GOES_ON = re.compile(r",\s*[a-zäöüß]")  # a second comma, then a lower-case word
# Most words of the signer's name ("Anna Maria von der Heide"); set by hand from names.
NAME_WORDS = 5
# Most words of what follows the name after a comma ("c't", "Director of the Harbor Museum",
# "Professorin für Soziologie an der Universität Kassel"); set by hand.
AFFILIATION_WORDS = 9
# Paragraphs read each way from an unsigned quotation for a signed one: blurbs set between
# the paragraphs of an author's text (five apart on the longest seen: a book page of pool A).
BLURB_REACH_PARAGRAPHS = 6
# Fewest words of a quotation in the paragraph before that makes an unsigned one its
# continuation, not a blurb: a scare quote („Normalsterblichen“) in the author's text is no
# speech. Set by hand (review) from pool A's book page and multi-paragraph news quotes.
SPEECH_WORDS = 4
# Rank under which a word of the language's frequent list marks a label, not a name ("Live
# Updates", "Photo Gallery", "Chapter Three"): the shipped list leaves names out, and the
# rarest label word of the review's probes (/tmp/rev_qsign) ranks 7627 ("crowds"), the
# commonest surname seen ("Twain") 15665.
LABEL_RANK = 10000
# A stricter rank for the first word alone: a rare given name the name lists miss can be a
# frequent word ("Clara", 8463); the label heads of those probes rank under 3700 ("Documentary").
HEAD_RANK = 5000
# Most words of a signer's name with no particle ("Samuel L. Okafor"); longer is a headline.
PLAIN_NAME_WORDS = 4
_NUMBERED = re.compile(r"\d+|[IVX]{2,}")  # "Part II", "Teil 2": a part of a series


def _work_title(quoted: str, lex: Lexicon) -> bool:
    """The quoted words name a work and its author follows ("“The Old Man and the Sea” Ernest
    Hemingway", "“Imagine” John Lennon"): no sentence end inside the marks, and every word in
    lower case a function word (capitals for all other words, as titles write them)."""
    if _SENTENCE_END.search(quoted):
        return False
    small = (lex.stops, lex.rules.list_conjunctions, DETERMINERS, ARTICLES)
    return all(w.text[:1].isupper() or any(w.key in group for group in small)
               for w in words(quoted))


def signed_speaker(ctx: _Context, q: QuotedSpan) -> Speaker | None:
    """The person (or outlet) signing a quotation that opens its line, after the closing mark
    on the same line: a mention starting right after the mark and ending the line or followed
    by a comma (a person's outlet: "Ann Lee, Daily Post"); at most ``MAX_SPEAKER_WORDS``
    words after the mark."""
    text = ctx.text
    if (elided := _elided_cue(ctx, q)) is not None:
        return elided
    m = _SIGNED.match(text, q.close_at)
    if m is None or text[text.rfind("\n", 0, q.open_at) + 1:q.open_at].strip() or (
            _work_title(text[q.start:q.end], ctx.lex)):
        return None
    eol = text.find("\n", m.end())
    eol = len(text) if eol < 0 else eol
    if len(words(text, m.end(), eol)) > MAX_SPEAKER_WORDS:
        return None
    found = next((x for x in ctx.mentions.within(m.end(), eol) if x.start == m.end()), None)
    if found is None:  # "“… works.” 5to9Tech": an outlet the entities stage does not know
        return _bare_signature(ctx, q, m.end(), eol)
    if found.label not in ("PER", "ORG"):
        return None
    rest = text[found.end:eol].strip()
    if rest and not (found.label == "PER" and rest.startswith(",")):
        return None  # "“…” Ann Lee said …": a clause, its cue is found elsewhere
    return resolve(ctx, ctx.mentions.speaker(found), m.end())


def _elided_cue(ctx: _Context, q: QuotedSpan) -> Speaker | None:
    """“…,” Ann Lee, a fellow at the institute. — the writer left the verb out: a quotation
    that opens its sentence and closes on a comma, then a person's name set off by a comma (the
    appositive after it). A quoted title in a list ("included “Hey Jude,” Paul Simon, and …")
    is no statement."""
    text = ctx.text
    m = _SIGNED.match(text, q.close_at)
    if m is None or text[q.end - 1:q.end] != "," or text[ctx.sentence(q.open_at)[0]:q.open_at].strip(
            ) or _work_title(text[q.start:q.end], ctx.lex):
        return None
    found = next((x for x in ctx.mentions.within(m.end(), m.end() + _NAME_CHARS)
                  if x.start == m.end()), None)
    if found is None or found.label != "PER" or not text.startswith(",", found.end):
        return None
    return resolve(ctx, ctx.mentions.speaker(found), m.end())


def _bare_signature(ctx: _Context, q: QuotedSpan, start: int, eol: int) -> Speaker | None:
    """“… a sentence.” Gadget Review: the words up to the line end are ``SIGNATURE_WORDS`` or
    fewer capitalised words, no stop word, pronoun, ordinary word (``_ordinary``), word in
    capitals or final mark among them ("“Are you in?” Yes." answers, "BREAKING"), one word
    only when shaped like a name (``_MARKED_TOKEN``: "9to5Mac", not "Lunch"), after a quotation
    that ends a sentence, in a list of signed quotations (``_signed_neighbour``) unless an
    article and an organisation's name (``_article_outlet``)."""
    text = ctx.text
    sign = text[start:eol].rstrip()
    ws = words(text, start, start + len(sign))
    if (not ws or len(ws) > SIGNATURE_WORDS or not _SENTENCE_END.search(text[q.start:q.end])
            or sign[-1:] in ".!?…:;,"
            or any(not _SIGNATURE_WORD.fullmatch(w.text) or w.key in ctx.lex.stops
                   or w.key in ctx.lex.pronouns for w in ws)
            or " ".join(w.text for w in ws) != " ".join(sign.split())
            or any(w.text.isupper() and len(w.text) > 1 for w in ws)  # "BREAKING", "FALSE"
            or any(_ordinary(w.key, ctx.lex) and not _MARKED_TOKEN.fullmatch(w.text)
                   for w in ws)  # "Misleading", "Mostly True", not "4x4Weekly"
            or not (_article_outlet(ctx, start, start + len(sign)) or _signed_neighbour(
                ctx, text.rfind("\n", 0, q.open_at) + 1, eol, len(ws) == 1 and not (
                    _MARKED_TOKEN.fullmatch(ws[0].text))))):
        return None
    return Speaker(start, start + len(sign), sign)


def _article_outlet(ctx: _Context, start: int, end: int) -> bool:
    """The signature ``start:end`` is an article and an organisation the entities stage found
    ("The Home Journal"): an outlet, as a signature the mention opens is."""
    return any(m.label == "ORG" and m.end == end and m.start > start and all(
        w.key in ARTICLES for w in words(ctx.text, start, m.start))
        for m in ctx.mentions.within(start, end))


def _ordinary(key: str, lex: Lexicon) -> bool:
    """A word of a signature that is an ordinary word of the language, no part of an outlet's
    name: an adverb or participle by its ending ("Absolutely", "Misleading") or a listed word."""
    return key.endswith(lex.rules.adverb_endings) or key.endswith(
        lex.rules.participle_endings) or key in lex.adverbs or key in lex.clause_subjects


def _signed_neighbour(ctx: _Context, line_start: int, line_end: int, outlet: bool) -> bool:
    """The list of signed quotations around the line ``line_start:line_end`` (up to
    ``LIST_LINES`` paragraphs each way) holds one signed by a person or organisation the
    entities stage found (a person with an outlet after a comma, "Ann Lee, Daily Post", or
    whose name opens with a given name), or by one token shaped like a name
    (``_MARKED_TOKEN``): a list of testimonials, not of labelled lines ("“…” Five Stars").
    ``outlet`` (a signature of one plain word: "Gadgetorama", or "Lunch"): only an
    organisation or a person with an outlet counts."""
    return any(_signed_by_name(ctx, start, end, outlet)
               for start, end in (*_list_lines(ctx.text, line_start, -1),
                                  *_list_lines(ctx.text, line_end, 1)))


def _list_lines(text: str, at: int, step: int) -> list[tuple[int, int]]:
    """The signed quotations (``_SIGNED_LINE``) right before (``step`` -1) or after (1) the
    position ``at``, one to a paragraph, nearest first: (start, end) of each."""
    return _walk_lines(text, at, step, LIST_LINES, _SIGNED_LINE)


def _walk_lines(text: str, at: int, step: int, most: int,
                shape: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
    """Up to ``most`` non-empty lines before (``step`` -1) or after (1) the position ``at``,
    nearest first, stopping at the first one ``shape`` does not match in full."""
    found: list[tuple[int, int]] = []
    while len(found) < most:
        if step < 0:
            end = len(text[:at].rstrip())
            start = text.rfind("\n", 0, end) + 1
        else:
            start = len(text) - len(text[at:].lstrip())
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
        if start >= end or (shape is not None and not shape.fullmatch(text, start, end)):
            break
        found.append((start, end))
        at = start if step < 0 else end
    return found


def _signed_by_name(ctx: _Context, start: int, end: int, outlet: bool) -> bool:
    """The signed quotation ``start:end`` is signed by a name (see ``_signed_neighbour``)."""
    found = _LINE_SIGNATURE.search(ctx.text, start, end)
    if found is None:
        return False
    at = found.start(1)
    return bool(_MARKED_TOKEN.fullmatch(found.group(1))) or any(
        m.start == at and (m.label == "ORG" or (m.label == "PER" and (
            ctx.text.startswith(",", m.end) or (not outlet and _given(m.text)))))
        for m in ctx.mentions.within(at, end))


def _given(name: str) -> bool:
    """The person's name opens with a common given name ("Maria Jensen"; not the labels the
    entities stage takes for people: "Half Time", "Chapter Two")."""
    first = words(name)[:1]
    return bool(first) and name_key(first[0].text) in given_name_keys()


def dash_signature(ctx: _Context, q: QuotedSpan) -> Speaker | None:
    """The signer of ``q`` when a dash and a name (a comma and an affiliation after it) follow
    its closing mark up to the line end, ``q`` ends a sentence and opens its line (or follows
    a lead-in closed by a colon: "Hier etwas O-Ton: "…" - Ben Wilson")."""
    sign = _signature(ctx, q)
    if sign is None:
        return None
    start, end = sign
    found = next((m for m in ctx.mentions.within(start, end) if m.label in ("PER", "ORG")), None)
    if found is not None:  # "– Trainer Max Roth": the person the role names
        return resolve(ctx, ctx.mentions.speaker(found), start)
    return Speaker(start, end, ctx.text[start:end])


def signed_or_colon(ctx: _Context, q: QuotedSpan, floor: int) -> tuple[bool, Speaker | None]:
    """``colons.colon_speaker``, unless a dash signature names the speaker: a lead-in closed
    by a colon names no one when the quotation is signed ("Hier etwas O-Ton: "…" - Ben
    Wilson")."""
    signed = dash_signature(ctx, q)
    found = (True, signed) if signed is not None else colon_speaker(ctx, q, floor)
    if found[1] is None and (opinion := opinion_speaker(ctx, q, floor)) is not None:
        return True, opinion  # "Pour l'économiste Fabien Gros, « … »"
    return found


def _signature(ctx: _Context, q: QuotedSpan) -> tuple[int, int] | None:
    """Offsets of the signer's name of ``q`` (see ``dash_signature``), or None."""
    text = ctx.text
    m = _DASH_SIGN.match(text, q.close_at)
    if m is None or not _SENTENCE_END.search(text[q.start:q.end]):
        return None
    lead = text[text.rfind("\n", 0, q.open_at) + 1:q.open_at].strip()
    if lead and not lead.endswith(":"):
        return None  # "Er sagte „…“ – …": the dash goes on with the writer's sentence
    eol = text.find("\n", m.end())
    eol = len(text) if eol < 0 else eol
    line = text[m.end():eol].rstrip(" \t\xa0-–—.")
    comma = line.find(",")
    name = line if comma < 0 else line[:comma]
    name = _PARENTHESIS.sub("", name)  # "– Ann Lee (SPD)"
    ws = words(name)
    if not ws or len(ws) > NAME_WORDS or " ".join(w.text for w in ws) != " ".join(
            name.replace(".", " ").split()):  # "Dr. Helen Foster" (a title's stop aside)
        return None
    mentioned = any(x.start == m.end() and x.end >= m.end() + len(name.rstrip())
                    and x.label in ("PER", "ORG") for x in ctx.mentions.within(m.end(), eol))
    if not mentioned and not all(w.text[:1].isupper() or w.key in SIGNATURE_PARTICLES for w in ws):
        return None  # "– Wie Deutschland die Steuer verhinderte", "– dieser Satz"
    if not mentioned and (ws[0].key in ctx.lex.stops or ws[0].key in ctx.lex.pronouns or (
            len(ws) == 1 and not (ws[0].text.isupper() and len(ws[0].text) > 1))):
        return None  # "– Doch das", "— She said", "– Großdemo" (a noun; "– SWR" is a name)
    if len(ws) > 1 and not _given(_untitled(ws)) and not _known(ctx, m.end(), eol) and (
            not mentioned or _label(ctx, ws, _typed_person(ctx, m.end(), eol))):
        return None  # "– Final Thoughts", "– Live Updates" (a PER to the entities stage)
    if (title_case_headline(ctx.lex.rules, _untitled(ws).split()) and not _given(_untitled(ws))
            and not _known(ctx, m.end(), eol)):
        return None  # "– Berlin Wählt": a headline in title case
    if any(w.key in ctx.lex.verbs for w in words(line)):
        return None  # "– so der Minister", "— said Jane Roe": a cue, found by the cues
    if comma >= 0:
        rest = words(line[comma + 1:])
        if not rest or len(rest) > AFFILIATION_WORDS or any(
                w.key in ctx.lex.pronouns for w in rest) or _CLAUSE_GOES_ON.search(line, comma + 1):
            return None  # "– Ann Lee, die sie …", "— Ann Moss, the mayor, spoke …": a clause
    return m.end(), m.end() + len(name.rstrip())


def _known(ctx: _Context, start: int, end: int) -> bool:
    """A person the knowledge base links signs at ``start`` ("– Angela Merkel")."""
    return any(x.start == start and x.label == "PER" and x.entity_id is not None
               and not x.entity_id.startswith("x-") for x in ctx.mentions.within(start, end))


def _typed_person(ctx: _Context, start: int, end: int) -> bool:
    """The entities stage types the signature at ``start`` a person (the frequent words of
    ``_label`` tell no label in an organisation's name: "– General Motors", "– Network Rail")."""
    return any(x.start == start and x.label == "PER" for x in ctx.mentions.within(start, end))


def _label(ctx: _Context, ws: list[Word], person: bool) -> bool:
    """The signature's words, no given name among them, read as a label or headline: a word of
    the language's frequent list (names are not in it) first ("Photo Gallery", under
    ``HEAD_RANK``; not last: a surname can be one, "Mirela Sand"), as a plural last word
    ("Live Updates") or twice ("Rally Draws Crowds", under ``LABEL_RANK``), not one word alone
    ("Clara Hunt"); a function word in capitals past the
    first word ("Bildstrecke Zum Thema", a particle aside); a number or roman numeral; a speech
    verb; or more than ``PLAIN_NAME_WORDS`` words and no particle. The frequent words count
    only for a ``person``: an organisation is named in them ("General Motors")."""
    ranks = frequent_ranks(ctx.lex.rules.code) if person else {}
    common = [ranks.get(w.key, LABEL_RANK) < LABEL_RANK for w in ws]
    return (ranks.get(ws[0].key, HEAD_RANK) < HEAD_RANK  # not the last: "Bongani Church"
            or sum(common) > 1 or (common[-1] and ws[-1].key.endswith("s"))
            or any(w.key in ctx.lex.stops and w.text[:1].isupper()
                   and w.key not in SIGNATURE_PARTICLES for w in ws[1:])
            or any(_NUMBERED.fullmatch(w.text) or w.key in ctx.lex.verbs for w in ws)
            or (len(ws) > PLAIN_NAME_WORDS and not any(w.key in SIGNATURE_PARTICLES for w in ws)))


def unsigned_blurb(ctx: _Context, q: QuotedSpan) -> bool:
    """``q`` fills its paragraph, ends a sentence, and a paragraph within
    ``BLURB_REACH_PARAGRAPHS`` each way holds a quotation signed after a dash: an anonymous
    blurb among signed ones, whose speaker no earlier sentence tells."""
    text = ctx.text
    lo = text.rfind("\n", 0, q.open_at) + 1
    hi = text.find("\n", q.close_at)
    hi = len(text) if hi < 0 else hi
    if text[lo:q.open_at].strip() or text[q.close_at + 1:hi].strip(" \t\xa0.") or (
            not _SENTENCE_END.search(text[q.start:q.end])):
        return False
    before = _paragraphs(text, lo, -1)
    if before and _holds_quotation(ctx, *before[0]) and not _signed_paragraph(ctx, *before[0]):
        return False  # the paragraph before quotes someone: a continuation of that speaker
    return any(_signed_paragraph(ctx, a, b) for a, b in (*before, *_paragraphs(text, hi, 1)))


def _holds_quotation(ctx: _Context, start: int, end: int) -> bool:
    """A quotation of at least ``SPEECH_WORDS`` words opens in ``start:end``."""
    i = bisect.bisect_left(ctx.quoted, (start, -1))
    while i < len(ctx.quoted) and ctx.quoted[i][0] < end:
        lo, hi = ctx.quoted[i]
        if len(ctx.text[lo:hi].split(None, SPEECH_WORDS)) >= SPEECH_WORDS:
            return True
        i += 1
    return False


def _untitled(ws: list[Word]) -> str:
    """The words of a name after its titles ("Dr. Maya Lind" -> "Maya Lind")."""
    at = next((i for i, w in enumerate(ws) if token_key(w.text) not in title_keys()), len(ws))
    return " ".join(w.text for w in ws[at:])


def _paragraphs(text: str, at: int, step: int) -> list[tuple[int, int]]:
    """Up to ``BLURB_REACH_PARAGRAPHS`` non-empty paragraphs before (``step`` -1) or after
    (1) the position ``at``, nearest first."""
    return _walk_lines(text, at, step, BLURB_REACH_PARAGRAPHS)


def _signed_paragraph(ctx: _Context, start: int, end: int) -> bool:
    """The paragraph ``start:end`` opens with a quotation signed after a dash."""
    i = bisect.bisect_left(ctx.quoted, (start + 1, -1))  # the span right after an opening mark
    return any(lo - 1 == start and hi < end and _signature(ctx, QuotedSpan(lo, hi, 0)) is not None
               for lo, hi in ctx.quoted[i:i + 1])
