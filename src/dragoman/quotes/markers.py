"""The content of an "according to X" marker: either side of it, or before a closing marker
("…, so X.")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dragoman.language.documents import rule_document
from dragoman.language.normalize import normalize_for_match
from dragoman.language.speakerwords import folded, speaker_words
from dragoman.quotes.appendedphrase import finite_helper, last_verb
from dragoman.quotes.bounds import after_source
from dragoman.quotes.complements import ARTICLES
from dragoman.quotes.cues import SPEAKER_LABELS, Cue, closing_source
from dragoman.quotes.germanreported import verb_second
from dragoman.quotes.lexicon import Lexicon, Word, words
from dragoman.quotes.linkend import ends_on_link, marker_parts
from dragoman.quotes.markerclause import colon_clause, subordinate_clause
from dragoman.quotes.sources import decimal_comma, subject_marker
from dragoman.quotes.speakers import DETERMINERS, MAX_SPEAKER_WORDS
from dragoman.quotes.suspendedhyphen import suspended_coordination

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context

_OPEN_PUNCT = re.compile(r"^[\s,:]*$")
# Most words of a subject the marker's comma may split from its verb ("The goal, according
# to …, is"): a determiner, an adjective and a noun (original sentences of
# tests/quotes/test_realworld9.py; longer leads are adverbials or clauses of their own).
SUBJECT_LEAD_WORDS = 3
# Longest acronym in parentheses after a closing source ("(DSGV)", "(WHO)"), and most words of
# a name set off after it ("Helmut Schleweis"); written from the grammar (issue 16 probes).
_ACRONYM_CHARS = 12
_APPOSITIVE_NAME_WORDS = 4
# Fewest words of a statement before "so" whose verb is found by its shape alone ("Die Preise
# steigen"; not "Die nächsten, so X, die …, sei ernst"), from the issue 16 probes.
_CLAUSE_WORDS = 3
# Longest tail after a closing source (past its acronym) that only names it: a comma and
# ``_APPOSITIVE_NAME_WORDS`` words (", Prof. Dr. Eva-Maria Brandt-Lang."); written from the
# grammar (issue 16 probes). Longer tails go on with the sentence and are not read.
_SOURCE_TAIL_CHARS = 80
# Longest relative clause on a closing source read to the sentence's end ("…, der die
# Sparkassen und Landesbanken in Deutschland vertritt", "…, der glaubt, dass …"): the
# longest such clause in the dev pool pages (/tmp/pool_all.txt) has 95 characters, in the
# issue 16 probes about 110; twice that leaves room for a clause with an insertion.
_RELATIVE_CLAUSE_CHARS = 240
_COMMA = re.compile(r"\s*,\s*")
_COMMA_WORD = re.compile(r",\s*(\w*)")
_ACRONYM = re.compile(rf"\s*\([A-ZÄÖÜ][\w.&-]{{0,{_ACRONYM_CHARS - 1}}}\)")


def marker_spans(ctx: _Context, cue: Cue, k: int, s_start: int,
                  s_end: int) -> list[tuple[int, int]]:
    """The content of "according to X" (either side of it) and of "…, so X." (before it)."""
    text, ws = ctx.text, ctx.words
    if _rule_source(ctx, cue):
        return []  # "Laut der Straßenverkehrsordnung müssen …": a rule, nobody's statement
    if ws[cue.wi].key in ctx.lex.closing_markers:
        # "…: Die Linke tabuisiere …, so der Vorwurf.": the clause after a colon; when the
        # sentence goes on after a source who speaks, set off by commas ("Die Lage, so
        # Müller, sei ernst"), the whole sentence around it (not ", so der Vorwurf, …")
        colon = text.rfind(":", s_start, cue.start)
        start = ws[ctx.word_at(colon)].start if colon >= 0 else s_start
        k = _past_coordinated(ctx, k, s_end)  # "…, so Roth und Lee." as "…, so Roth."
        if k < len(ws) and ws[k].start < s_end:
            if start < cue.start and not text[ws[k - 1].end:ws[k].start].strip() and (
                    _adverbial(ws[k], ctx.lex)):
                return [(start, cue.start)]  # "…, so der Verband in einer Mitteilung."
            at, paren = _past_acronym(ctx, k, s_end)
            if start < cue.start and (_source_tail(ctx, at, paren, s_end) or _relative_tail(
                    ctx, start, cue, at, s_end)):
                return [(start, cue.start)]  # "…, so der Chef des Verbands (ABC), Jan Roth."
            inside = re.match(r"\s*,", text[ws[k - 1].end:ws[k].start]) and start < cue.start
            return [(start, s_end)] if inside and _named_source(ctx, cue) else []
        return [(start, cue.start)]
    if _closing_after(ctx, cue, s_start, s_end) is not None:
        return []  # "Ersten Ermittlungen zufolge wurde …, so die Polizei.": "so" speaks
    if subject_marker(ws, cue.wi, ctx.lex):  # "Die Firma hat nach eigenen Angaben …"
        return [(ws[k].start, s_end)] if k < len(ws) and ws[k].start < s_end else []
    s_start = colon_clause(ctx, cue, s_start)
    after = _after_source(ctx, cue, k, s_end)
    if not _OPEN_PUNCT.match(text[s_start:ws[cue.wi].start]) and not _conjunction_lead(
            ctx, s_start, cue):
        cut = text.rfind(",", s_start, cue.start)
        between = words(text, cut, cue.start) if cut > s_start else []
        lead = _comma_lead(ctx, between, after, k, (s_start, cut, s_end))
        if lead is not None:
            return [lead]
        verb = _comma_clause_verb(ctx, cue, s_end) if cut > s_start and not (
            text[cut + 1:ws[cue.wi].start].strip()) else None
        if verb is not None and (after is None or ws[verb].start < after):
            # "Die Preise sinken, laut ADAC liegt der Liter bei 1,70 Euro": the marker opens
            # the clause after the comma, its verb second; that clause is the content
            return [(ws[verb].start, s_end)]
        if after is not None and _inside_clause(ctx, cue, s_start):
            # "The goal, according to X, is to …", "Dabei konnten die Angreifer nach Angaben
            # des Konzerns … einschleusen, die …": the marker splits one clause, no statement
            # stands on either side of it alone
            return [(s_start, s_end)]
        if (after is None and cue.inner is None and k < ctx.word_at(s_end)
                and _inside_clause(ctx, cue, s_start)):
            # "Bis 2030 würden laut Prognosen 500 Anlagen gebaut": no comma closes the source
            # and the clause goes on after it, one statement around the marker
            return [(s_start, s_end)]
        # "…, according to X, …": the sentence goes on after the source, one statement
        first = ctx.words[ctx.word_at(after)].key if after is not None else ""
        tail = [(after, s_end)] if after is not None and (  # not "…, según X, si bien …"
            first not in ctx.lex.content_blockers or first in DETERMINERS) and not (
            _person_appositive(ctx, cue, after, s_end)) else []
        return marker_parts(text, ctx.lex, (s_start, cue.start, s_end), after, tail)
    verb = _finite_verb(ctx, cue, s_end)
    if verb is not None:  # "Laut Daten der Bundespolizei aus Bonn wurden …, die …"
        return [(ws[verb].start, s_end)]
    if after is not None:  # "According to a poll from X released Monday, …"
        return [(after, s_end)]
    return [(ws[k].start, s_end)] if k < len(ws) and ws[k].start < s_end else []


def _comma_lead(ctx: _Context, between: list[Word], after: int | None, k: int,
                bounds: tuple[int, int, int]) -> tuple[int, int] | None:
    """The content the words from the last comma to the marker (``between``) decide: the
    subordinate clause they open (``markerclause``), or with one word, no auxiliary, the
    clause before the comma ("…, toujours selon X, …"; not "…, haben laut X über 26 …").
    ``bounds``: sentence start, comma, sentence end."""
    s_start, cut, s_end = bounds
    lead = subordinate_clause(ctx, between, after, k, s_end)
    if lead is None and len(between) == 1 and between[0].key not in ctx.lex.auxiliaries and (
            not ends_on_link(ctx.text, cut, between[0].end, ctx.lex)):  # not "…, and per X, …"
        return s_start, cut
    return lead


def _past_coordinated(ctx: _Context, k: int, s_end: int) -> int:
    """Past a second source a coordinator joins to a closing marker's ("…, so Roth und Lee.",
    "Die Lage soll, so Roth und die Ministerin, bald …", "…, so Roth vom Amt Nord und Lee von
    der Firma Lux."), where nouns are capitalised: a coordinator right after the source, then
    capitalised words, determiners and between them a name's joining words (``joining_words``:
    "vom", "aus dem"), as many as a speaker phrase has (``MAX_SPEAKER_WORDS``), up to a comma
    or the sentence's end, the last one capitalised (another lower-case word, a verb, makes it
    a clause: "…, so Roth und sagen", "…, so Roth und die Stadt zahlt"). The index of the word
    after that phrase; else ``k``."""
    ws, text, lex = ctx.words, ctx.text, ctx.lex
    stop = min(ctx.word_at(s_end), len(ws))
    coordinators = speaker_words(lex.rules.code).coordinators
    if not lex.rules.capitalised_nouns or k + 1 >= stop or ws[k].key not in coordinators or (
            text[ws[k - 1].end:ws[k].start].strip()) or (
            not ws[k + 1].text[:1].isupper() and ws[k + 1].key not in DETERMINERS):
        return k
    joining = folded(lex.rules.noun_classes.joining_words)
    for n in range(k + 1, min(stop, k + 1 + MAX_SPEAKER_WORDS)):
        capital = ws[n].text[:1].isupper()
        if not (capital or ws[n].key in DETERMINERS or ws[n].key in ARTICLES or (
                n > k + 1 and ws[n].key in joining)):
            return k
        if n + 1 == stop or re.match(r"\s*[,.!?]", text[ws[n].end:ws[n + 1].start]):
            return n + 1 if capital else k
    return k


def _past_acronym(ctx: _Context, k: int, s_end: int) -> tuple[int, bool]:
    """Where a closing source ending before word ``k`` ends, past its acronym in parentheses
    ("so der Chef des Verbands (ABC)"), and whether there was one."""
    at = ctx.words[k - 1].end
    paren = _ACRONYM.match(ctx.text, at, s_end)
    return (paren.end(), True) if paren else (at, False)


def _after_source(ctx: _Context, cue: Cue, k: int, s_end: int) -> int | None:
    """``bounds.after_source``, but not after a comma between two digits ("…, laut X lag sie
    bei 3,4 Grad": a decimal, no clause break before "4 Grad")."""
    at = after_source(ctx, cue, k, s_end)
    return None if at is not None and decimal_comma(ctx.text, at - 1) else at


def _source_tail(ctx: _Context, at: int, paren: bool, s_end: int) -> bool:
    """What follows a closing marker's source (from ``at``, past its acronym in parentheses
    when ``paren``) up to the sentence's end only names it: at most a name set off by a comma
    ("…, so der Chef des Verbands (ABC).", "…, so der Chef des ABC, Jan Roth."), written where
    nouns are capitalised: nothing of the sentence goes on after it. A tail longer than
    ``_SOURCE_TAIL_CHARS`` is not read."""
    text, lex = ctx.text, ctx.lex
    if not lex.rules.capitalised_nouns or s_end - at > _SOURCE_TAIL_CHARS:
        return False
    tail = text[at:s_end]
    if not tail.strip(" .!?\n\"“”»«"):
        return paren
    name = re.match(r",\s*", tail)
    rest = words(text, at, s_end)
    return name is not None and 0 < len(rest) <= _APPOSITIVE_NAME_WORDS and all(
        w.text[:1].isupper() for w in rest) and not text[rest[-1].end:s_end].strip(
        " .!?\n\"“”»«")


def _relative_tail(ctx: _Context, start: int, cue: Cue, at: int, s_end: int) -> bool:
    """A closing source followed by a relative clause on it up to the sentence's end ("Die
    Jahre werden schwierig, so Roths Prognose, der glaubt, dass …"), where nouns are
    capitalised: the statement before "so" is a clause of its own (a verb in it), so the
    relative clause describes the source and the sentence does not go on ("Die Lage, so Roth,
    die dort forscht, sei ernst": no verb before "so", left as it was). The pronoun agrees
    with the source (``_agrees``), a comma inside the clause opens only a clause of its own
    ("…, der glaubt, dass …"; not "…, die dort forscht, und sie …"), and a clause longer than
    ``_RELATIVE_CLAUSE_CHARS`` is not read. ``at``: the end of the source (past an acronym,
    "(DSGV), der …")."""
    text, ws, lex = ctx.text, ctx.words, ctx.lex
    if not lex.rules.capitalised_nouns or s_end - at > _RELATIVE_CLAUSE_CHARS:
        return False
    comma = _COMMA.match(text, at, s_end)
    if comma is None:
        return False
    n = ctx.word_at(comma.end())
    if n + 1 >= len(ws) or ws[n].start != comma.end() or ws[n].key not in lex.relatives or (
            not ws[n + 1].text.islower()):
        return False  # ("…, so Roth, die Zahlen seien unklar": an article, a second statement)
    if re.search(r"[;:()\[\]–—\"„“”»«\n]", text[ws[n].end:s_end].rstrip(" .!?")):
        return False  # ("…, so Roth, der springende Punkt – …": a dash, no relative clause)
    clause = words(text, ws[n].start, s_end)
    if not clause[-1].text.islower() or clause[-1].key in ARTICLES:
        return False  # a relative clause ends on its verb ("…, der die Sparkassen vertritt")
    sw = speaker_words(lex.rules.code)
    openers = folded(sw.relative_clause_openers)
    inner = list(_COMMA_WORD.finditer(text, ws[n].end, s_end))
    if inner and all(normalize_for_match(m.group(1)) in openers for m in inner):
        clause = words(text, ws[n].start, inner[0].start())  # "…, der glaubt, dass …"
    elif inner and (inner[-1].end() < clause[-1].start or clause[-1].key in openers):
        return False  # ("…, die dort forscht, und sie …": the statement goes on; not "…, die
        # rund 300 Vereine, darunter viele kleine, vertritt": the verb after an insertion)
    if not _agrees(ctx, cue, n, clause[-1]):
        return False  # "Das sind Argumente, so der Minister, die …": the statement's noun
    before = words(text, start, cue.start)
    return finite_helper(before, lex) or (
        len(before) >= _CLAUSE_WORDS and last_verb(before, lex, sw) is not None)


def _agrees(ctx: _Context, cue: Cue, n: int, last: Word) -> bool:
    """The relative pronoun at word ``n`` can take up the closing source: it agrees with the
    source's article (``relative_agreement``; any pronoun after a source with no article, "so
    Prechts Prognose, der …"), an oblique pronoun ("die Ministerin, der …") has a subject of
    its clause right after it, and a source that is one person or thing (an article of the
    singular, a feminine person noun, a person's name) does not meet a plural verb ``last``
    ("so Müller, die dafür sprechen")."""
    ws, lex = ctx.words, ctx.lex
    sw = speaker_words(lex.rules.code)
    first = ws[cue.wj] if cue.wj < n else None
    article = first.key if first is not None and first.text[:1].islower() else ""
    allowed = next((folded(r) for a, r in sw.relative_agreement if normalize_for_match(a) == article),
                   None)
    person = cue.subject is not None and cue.subject.label == "PER"
    if allowed is None:  # no article: a name or a bare noun, of either gender
        return not (person and last.key.endswith(sw.plural_verb_endings))
    head = next((w for w in ws[cue.wj + 1:n] if w.text[:1].isupper()), None)
    feminine = head is not None and head.key.endswith(sw.feminine_person_endings)
    if feminine:
        allowed = allowed & folded(sw.feminine_relatives)
    pron = ws[n].key
    if pron not in allowed:
        return False
    if any(normalize_for_match(a) == article and normalize_for_match(p) == pron
           for a, p in sw.oblique_relatives):  # the clause's own subject agrees with its verb
        return ws[n + 1].key in folded(sw.relative_clause_subjects)  # (not "…, der aus der Krise führt")
    # one person: "die Abgeordnete Jana Roth", "die Ministerin"
    singular = person or feminine or article not in folded(sw.plural_articles)
    return not (singular and last.key.endswith(sw.plural_verb_endings))


def _rule_source(ctx: _Context, cue: Cue) -> bool:
    """The marker's source, past its articles, is a noun naming a rule document ("laut den
    Kollisionsverhütungsregeln", "laut der Straßenverkehrsordnung", the pack's rule heads
    ending the word): no one speaks."""
    ws, lex = ctx.words, ctx.lex
    n = cue.wj
    while n < len(ws) and (ws[n].key in DETERMINERS or ws[n].key in ARTICLES):
        n += 1
    return (n < len(ws) and cue.inner is None and ws[cue.wi].key not in lex.closing_markers
            and rule_document(lex.rules.code, ws[n].text, bare=n == cue.wj))


def _inside_clause(ctx: _Context, cue: Cue, s_start: int) -> bool:
    """The marker stands inside the clause it reports: no punctuation before it (a word of the
    clause right before it), or only a short subject before the comma that opens it ("The
    goal, according to X, is …"; at most ``SUBJECT_LEAD_WORDS`` words, no verb, not opening
    on a preposition)."""
    text, ws, lex = ctx.text, ctx.words, ctx.lex
    if cue.wi == 0 or ws[cue.wi - 1].start < s_start:
        return False
    gap = text[ws[cue.wi - 1].end:ws[cue.wi].start]
    if not gap.strip():  # not "said that according to X, …", "and according to X …"
        prev = lex.strip_clitic(ws[cue.wi - 1].key, lex.complementizers)
        return not (prev in lex.content_blockers or prev in lex.complementizers
                    or prev in lex.sentence_conjunctions or prev in lex.rules.list_conjunctions)
    if gap.strip() != ",":
        return False
    lead = ctx.words[ctx.word_at(s_start):cue.wi]
    if lead and lex.strip_clitic(lead[0].key, lex.content_blockers) in lex.content_blockers:
        return False  # "No segundo semestre, segundo X, …": an adverbial, not a subject
    return (len(lead) <= SUBJECT_LEAD_WORDS and "," not in text[s_start:ws[cue.wi - 1].end]
            and not any(lex.match_phrase(ws, n, lex.verbs) or ws[n].key in lex.auxiliaries
                        for n in range(ctx.word_at(s_start), cue.wi)))


def _conjunction_lead(ctx: _Context, s_start: int, cue: Cue) -> bool:
    """Only a conjunction opens the sentence before the marker ("Mais selon X, …", "Но по
    словам X, …"): the marker opens the clause; the conjunction is no content of its own."""
    lead = ctx.words[ctx.word_at(s_start):cue.wi]
    lex = ctx.lex
    return len(lead) == 1 and _OPEN_PUNCT.match(ctx.text[s_start:lead[0].start]) is not None and (
        lead[0].key in lex.rules.list_conjunctions or lead[0].key in lex.sentence_conjunctions
        or lead[0].key in lex.content_blockers)


def _named_source(ctx: _Context, cue: Cue) -> bool:
    """The marker's source is a mention or a role ("so Müller", "so der Sprecher"), not a
    noun the article merely capitalises ("so der Vorwurf")."""
    sp = cue.subject
    return sp is not None and not cue.common_source and bool(
        sp.entity_id or sp.label in SPEAKER_LABELS
        or any(w.key in ctx.lex.roles for w in words(sp.text)))


def _person_appositive(ctx: _Context, cue: Cue, at: int, s_end: int) -> bool:
    """The words from ``at`` to the sentence end describe the person the marker names ("…,
    according to Ann Lee, Danish economist and author of …"): a role word among their first
    ``SUBJECT_LEAD_WORDS`` words, or an appositive's determiner opening them ("…, a doctor in
    the ward"), and no verb, auxiliary, subject pronoun or complementizer."""
    sp, lex = cue.subject, ctx.lex
    if sp is None or sp.label != "PER":
        return False
    tail = ctx.words[ctx.word_at(at):ctx.word_at(s_end)]
    if not any(lex.strip_clitic(w.key, lex.roles) in lex.roles for w in tail[:SUBJECT_LEAD_WORDS]) and (
            not tail or tail[0].key not in lex.rules.appositive_determiners):
        return False
    return not any(w.key in lex.auxiliaries or w.key in lex.passives or w.key in lex.clause_subjects
                   or w.key in lex.complementizers or lex.match_phrase(tail, n, lex.verbs)
                   for n, w in enumerate(tail))


# Most words of the source phrase a marker opening a verb-second clause is read through
# ("Laut dem Nachrichtenportal „Tirolblick, Nachrichten für Osttirol“ soll …"): the
# longest speaker phrase, ``MAX_SPEAKER_WORDS``, and a quoted name of as many words.
V2_SOURCE_WORDS = 16
_CLOSING_MARK = re.compile(r"\s*[“”\"»«’‘]\s*")


def _finite_verb(ctx: _Context, cue: Cue, s_end: int) -> int | None:
    """Where a language puts its finite verb second (German, ``capitalised_nouns``), a marker
    opening the sentence (or the clause after a colon) is its first place: the source phrase
    runs, through its prepositional attributes and a quoted name, up to the first lower-case word after a noun
    that is no preposition, determiner or conjunction, the finite verb ("Laut einer Studie aus
    Bonn sind …", "Laut dem Magazin Tech-Blick könnte Samsung …, der …", "Laut Jana Roth sei
    …, weil …"): the content starts there, whatever comma comes later. Its index, or None
    (punctuation first, or no such word within ``V2_SOURCE_WORDS`` words)."""
    text, ws, lex = ctx.text, ctx.words, ctx.lex
    start = ctx.sentence(cue.start)[0]  # (or the clause a colon opens: "Die Bilanz: Laut …")
    start = max(start, text.rfind(":", start, ws[cue.wi].start) + 1)
    if not lex.rules.capitalised_nouns or not _OPEN_PUNCT.match(
            text[start:ws[cue.wi].start]) or cue.wj >= len(ws):
        return None
    if cue.inner is not None:  # "Fachleuten zufolge ist es …, …": the verb right after
        return cue.wj if _postposed_verb(ctx, cue) else None
    noun, n, closed = False, cue.wj, False
    stop = min(ctx.word_at(s_end), cue.wj + V2_SOURCE_WORDS)
    while n < stop:
        gap = text[ws[n - 1].end:ws[n].start] if n > cue.wj else ""
        quoted = next((b for a, b in ctx.quoted if ws[n - 1].end <= a <= ws[n].start), None)
        if quoted is not None and noun:  # a quoted name after its noun: part of the source
            n = ctx.word_at(quoted)
            while n < len(ws) and ws[n].start < quoted:
                n += 1
            closed = True
            continue
        if gap.strip() and not (closed and _CLOSING_MARK.fullmatch(gap)) and not (
                suspended_coordination(text, ws, n, lex)):  # ("Laut Bau- und Verkehrs…")
            return None
        closed = False
        w = ws[n]
        if w.text[:1].isupper() or w.text[:1].isdigit() or w.key in lex.pronouns or any(
                m.start <= w.start and w.end <= m.end  # "University of Oxford"
                for m in ctx.mentions.within(ws[cue.wj].start, ws[min(stop, len(ws) - 1)].end)):
            noun = True
        elif (w.key in DETERMINERS or w.key in ARTICLES or w.key in lex.content_blockers
              or w.key in lex.stops or w.key in lex.rules.list_conjunctions):
            noun = False
        elif noun:
            return n
        n += 1
    return None


def _comma_clause_verb(ctx: _Context, cue: Cue, s_end: int) -> int | None:
    """A marker right after a comma opening a verb-second clause (``capitalised_nouns``): the
    index of that clause's finite verb, the first lower-case word after the source that is no
    article or function word, with its subject right after it (``germanreported.verb_second``);
    None when punctuation or another word comes first ("…, laut Polizei schwer verletzt")."""
    text, ws, lex = ctx.text, ctx.words, ctx.lex
    if not lex.rules.capitalised_nouns or cue.inner is not None:
        return None
    noun = False
    for n in range(cue.wj, min(ctx.word_at(s_end), cue.wj + V2_SOURCE_WORDS)):
        if n > cue.wj and text[ws[n - 1].end:ws[n].start].strip():
            return None
        w = ws[n]
        if w.text[:1].isupper() or w.text[:1].isdigit():
            noun = True
        elif noun and verb_second(ws, n, lex):
            # (not when the source phrase runs past the verb: "laut Umfrage liegen CDU …")
            return n if cue.subject is None or cue.subject.end <= w.start else None
        elif not noun or w.key in DETERMINERS or w.key in ARTICLES or w.key in lex.stops or (
                w.key in lex.rules.list_conjunctions):
            noun = False  # "laut einer Studie der Universität", "laut X zum ersten Mal"
        else:
            return None
    return None


def _postposed_verb(ctx: _Context, cue: Cue) -> bool:
    """A postposed marker opening the sentence ("Fachleuten zufolge", its source inside the
    cue) is followed, with no punctuation, by a lower-case word that is no article, particle
    or preposition: the finite verb of the clause it reports ("Fachleuten zufolge ist es nicht
    sinnvoll, das Mittel …": the content starts at "ist", not after the comma)."""
    ws, lex = ctx.words, ctx.lex
    last, verb = ws[cue.wj - 1], ws[cue.wj]
    if not lex.postposed or last.key not in lex.postposed or ctx.text[last.end:verb.start].strip():
        return False
    return verb.text[:1].islower() and not (
        verb.key in DETERMINERS or verb.key in ARTICLES or verb.key in lex.content_blockers
        or verb.key in lex.stops or verb.key in lex.rules.list_conjunctions)


def _adverbial(w: Word, lex: Lexicon) -> bool:
    """``w``, right after a closing source, opens an adverbial of place, manner or time ("in
    einer Mitteilung", "am Montag"), not a clause of its own."""
    return w.key in lex.rules.governing_prepositions or (
        w.key in lex.rules.noun_classes.time_words) or w.key in lex.rules.weekdays


def _closing_after(ctx: _Context, cue: Cue, s_start: int, s_end: int) -> int | None:
    """A marker opening the sentence ("Ersten Ermittlungen zufolge …", "Laut X …") whose
    sentence closes on a closing marker after a comma with a source of its own (", so die
    Polizei", ", so Müller", ", so ein Sprecher"): that source states the whole sentence and the
    opening marker names where the finding comes from. The index of the closing marker, or
    None (not ", so dass", ", so stark wie …")."""
    ws, lex, text = ctx.words, ctx.lex, ctx.text
    if not lex.closing_markers or ws[cue.wi].key in lex.closing_markers or not _OPEN_PUNCT.match(
            text[s_start:ws[cue.wi].start]):
        return None
    stop = ctx.word_at(s_end)
    return next((n for n in range(cue.wj + 1, min(stop, len(ws) - 1))
                 if ws[n].key in lex.closing_markers and closing_source(text, ws, n, lex)
                 and not text[ws[n].end:ws[n + 1].start].strip()), None)
