"""Inverted subjects: a cue after the clause it reports, its subject after it ("…, souligne
le quotidien", "…, sagt auch der Sprecher", "…, como explicó la concejala"), with the
pack's ``speaker_adverbs`` (and weekdays) allowed between the cue and the subject."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dragoman.language.normalize import normalize_for_match
from dragoman.quotes.closingtail import closing_tail
from dragoman.quotes.lexicon import Lexicon, Word
from dragoman.quotes.relclauses import subordinator
from dragoman.quotes.speakers import DETERMINERS, Mentions, Speaker, name_after_role

if TYPE_CHECKING:
    from dragoman.quotes.cues import Cue
    from dragoman.quotes.detect import _Context

# Most adverbs and time words between a cue and its inverted subject ("…, sagte am Montag
# auch der Sprecher"): the longest such run in the written dev passages is three.
MAX_CUE_ADVERBS = 3
# Longest adverbial phrase of a pack's ``speaker_adverbs`` ("quant à lui", "pour sa part").
ADVERB_PHRASE_WORDS = 3
# Most words by which a role phrase goes on past the speaker's words before the comma that
# sets off the name ("der Sprecher der Schutzvereinigung für Wertpapierbesitz (DSW), Jürgen
# Kurz"): a preposition, its object and a bracketed acronym, in the written dev passages.
ROLE_TAIL_WORDS = 4
_CLOSED = re.compile(r"\s*(?:[.,;!?]|$)")
# A bracketed party-and-state tag or acronym right after an inverted subject ("…, says former
# representative Ann Lee (D-Ohio), “…”", "…, said the union (UCW)."): part of the phrase.
_TAG = re.compile(r"\s*\([A-Z][\w.\- ]{0,10}\)")
_COLON = re.compile(r"\s*:")
_NEXT = re.compile(r"\s*(\w+)")


def adverbs_after(text: str, ws: list[Word], i: int, lex: Lexicon) -> int:
    """How many words of the pack's ``speaker_adverbs`` (and weekdays; one or two words each)
    follow the cue ending before ws[i], with no punctuation between them, before an inverted
    subject ("…, a estimé mardi la Banque de France", "…, sagt auch der Sprecher", "…, opina
    en cambio X")."""
    n = 0
    while (i + n < len(ws) and n < MAX_CUE_ADVERBS
           and not re.search(r"[^\s]", text[ws[i + n - 1].end:ws[i + n].start])):
        size = next((k for k in range(1, ADVERB_PHRASE_WORDS + 1) if i + n + k <= len(ws)
                     and " ".join(w.key for w in ws[i + n:i + n + k]) in lex.adverbs
                     and not any(re.search(r"[^\s]", text[a.end:b.start]) for a, b in
                                 zip(ws[i + n:i + n + k - 1], ws[i + n + 1:i + n + k],
                                     strict=True))), 0)
        if not size:
            break
        n += size  # "opina en cambio X", "insiste quant à lui X"
    return n


def closing_subject(text: str, prev: str, after: list[Word], lex: Lexicon) -> bool:
    """"…, a indiqué la préfecture.": after a comma, a phrase closing the clause is the subject
    (not "X, director of …, said the states were …", whose phrase opens the content). In a
    language that lists ``speaker_adverbs``, a phrase ending at a colon or before a stop word
    closes it too ("…, sagt der Sprecher der Firma: „…“", "…, a reconnu l’architecte lors
    d’une réunion")."""
    if not after or not prev.rstrip().endswith(","):
        return False
    end = after[-1].end
    tag = _TAG.match(text, end)
    if _CLOSED.match(text, tag.end() if tag else end) or closing_tail(
            text, after, tag.end() if tag else end, lex):  # "…, says a report from the union."
        return True
    if not lex.adverbs:
        return False
    nxt = _NEXT.match(text, end)
    return bool(_COLON.match(text, end) or (nxt and normalize_for_match(nxt.group(1)) in lex.stops))


def inverted_after_clause(ctx: _Context, cue: Cue, s_start: int) -> bool:
    """"…, sagt Energieexperte Tobias Frank: „…“", "…, souligne le titre.", "…, sagt auch der
    Sprecher des Verbands, Peter Lang.": the cue follows the clause it reports, set off by a
    comma, and its subject comes after it; what follows the subject is no content."""
    sp = cue.subject
    head = ctx.text[s_start:cue.start]
    if cue.wi and ctx.words[cue.wi - 1].key in ctx.lex.as_words:  # "…, como explicó X"
        head = ctx.text[s_start:ctx.words[cue.wi - 1].start]
    return (cue.kind == "verb" and not ctx.lex.rules.subject_after_verb and sp is not None
            and sp.start >= cue.end and cue.speaker_after_end is not None
            and bool(re.search(r",\s*$", head)))


def name_after_role_phrase(text: str, ws: list[Word], k: int, mentions: Mentions,
                           lex: Lexicon) -> tuple[Speaker, int] | None:
    """The name set off by a comma after a role whose phrase goes on past ws[k] ("…, sagt
    auch der Sprecher der Schutzvereinigung für Wertpapierbesitz (DSW), Jürgen Kurz."), with
    the word index after it. In packs with no ``speaker_adverbs`` only a person mention ("…,"
    said head coach of the men's team, Ann Lee."), not any capitalised words ("a spokesman for
    the firm, Acme Corp": the firm)."""
    for n in range(k + 1, min(len(ws), k + ROLE_TAIL_WORDS + 1)):
        gap = text[ws[n - 1].end:ws[n].start]
        if ws[n - 1].key in lex.verbs or ws[n - 1].key in lex.complementizers or re.search(
                r"[.;:!?]", gap):
            return None
        if "," in gap:
            found = name_after_role(text, ws, n, mentions)
            return found if found is None or lex.adverbs or found[0].label == "PER" else None
    return None


def verb_second_tail(w: Word, lex: Lexicon) -> bool:
    """``w``, the first word after "X, sagt Y, …", is the finite verb of a verb-second clause
    the parenthetical cue splits ("Wahrscheinlich, sagt Y, werde der Hype abebben"): the words
    before the cue are its fronted part, so neither side is a statement alone. Only in packs
    that write their inverted subjects after ``speaker_adverbs`` (verb-second) and capitalise
    nouns, so that a lower-case word that is no function word is a verb."""
    if not lex.adverbs or not lex.rules.capitalised_nouns:
        return False
    if w.key in lex.auxiliaries or w.key in lex.passives:
        return True
    function_words = (lex.stops, lex.content_blockers, lex.complementizers, lex.relatives,
                      lex.clause_subjects, lex.sentence_conjunctions, lex.rules.list_conjunctions,
                      lex.adverbs, DETERMINERS)
    return w.text[:1].islower() and w.text.isalpha() and not subordinator(w.key, lex) and not any(
        w.key in group for group in function_words)  # (not "…, sagt X, obwohl …")


def opens_predicate(w: Word, lex: Lexicon) -> bool:
    """``w``, the first word after "X, said Y, …", is an auxiliary or a modal verb: the
    words before the cue are the subject of the predicate after it ("The river, X said, will
    crest …"), two halves of a statement that PolNeAR annotates apart (not "It is easy, X
    says, for people to …", one clause the cue interrupts)."""
    return w.key in lex.auxiliaries or w.key in lex.passives or w.key in _modals(lex)


_MODALS: dict[str, frozenset[str]] = {}


def _modals(lex: Lexicon) -> frozenset[str]:
    """The pack's ``modal_verbs``, folded like word keys; cached per pack."""
    if lex.rules.code not in _MODALS:
        _MODALS[lex.rules.code] = frozenset(normalize_for_match(m) for m in lex.rules.modal_verbs)
    return _MODALS[lex.rules.code]
