"""A German "wie" clause closed by a speech verb that is no comment on the sentence but its
content: an indirect question or a manner clause ("Die Leute fragen sich, wie die Stadt
darauf antwortete.", "Viele wollen wissen, wie der Konzern die Pläne erklärte."). In a
comment clause ("Wie die Stadt mitteilte, …", "…, wie Coindesk berichtete.") the "as" word
stands for the verb's object, the rest of the sentence; so a clause whose verb has an object
of its own (an article that is neither dative nor genitive, the pack's ``object_determiners``
and ``owner_links`` taken out of ``complements.ARTICLES``, right after a capitalised word
and before a noun or adjective: "der Trainer die Niederlage erklärte") or a clause after a verb
of asking in the sentence before it (the pack's ``question_cues``: "fragen sich, wie …") is
content: it reports no statement and names no speaker. A preposition's object ("auf die
Anfrage", "über eine Sprecherin") is no verb object: a capitalised word never stands between
a preposition and its article. Only for languages that capitalise nouns (``capitalised_nouns``,
as ``assubject``); written from the grammar with original sentences
(``tests/quotes/test_de_as_clause_content.py``)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from dragoman.entities.germanarticle import inflected_adjective
from dragoman.language.contentwords import content_words
from dragoman.language.speakerwords import speaker_words
from dragoman.quotes.complements import ARTICLES
from dragoman.quotes.germanas import as_clause

if TYPE_CHECKING:
    from dragoman.quotes.cues import Cue
    from dragoman.quotes.detect import _Context
    from dragoman.quotes.lexicon import Lexicon, Word

# Words read back from an "as" clause for a verb of asking: a main clause with its subject and
# an adverbial ("Die Anwohner im Viertel fragen sich seit Wochen, wie …"), written from the
# grammar; a verb further back governs another clause.
QUESTION_REACH_WORDS = 10


@cache
def _object_articles(code: str) -> frozenset[str]:
    """Articles of a nominative or accusative noun only ("die", "das", "ein", "eine")."""
    sw = speaker_words(code)
    return ARTICLES - sw.object_determiners - sw.owner_links


def content_as_clause(ctx: _Context, cue: Cue) -> bool:
    """The verb cue ``cue`` closes an "as" clause that is content, not comment (the module)."""
    lex = ctx.lex
    if cue.kind != "verb" or not lex.rules.capitalised_nouns:
        return False
    clause = as_clause(ctx.text, cue.start, lex)
    return bool(clause) and (_has_object(clause, lex) or _after_question_cue(ctx, clause[0]))


def _has_object(clause: list[Word], lex: Lexicon) -> bool:
    """An object article in lower case (a capitalised one opens a title: "die Zeitung Die
    Welt") right after a capitalised word of the clause and before a noun or an adjective
    (the module's doc); a bare demonstrative "das" may repeat the comment's object ("…, wie
    die Stadt das angekündigt hatte") and is left alone."""
    objects = _object_articles(lex.rules.code)
    return any(w.key in objects and w.text[:1].islower() and prev.text[:1].isupper() and (
        nxt.text[:1].isupper() or inflected_adjective(nxt.text))
        for prev, w, nxt in zip(clause[1:], clause[2:], clause[3:], strict=False))


def _after_question_cue(ctx: _Context, as_word: Word) -> bool:
    """A verb of asking stands in the sentence shortly before the clause ("fragen sich, wie
    …", "Die Anwohner im Viertel fragen sich seit Wochen, wie …")."""
    asking = content_words(ctx.lex.rules.code).question_cues
    start = ctx.sentence(as_word.start)[0]
    at = ctx.word_at(as_word.start)
    return any(w.key in asking and w.start >= start
               for w in ctx.words[max(0, at - QUESTION_REACH_WORDS):at])


__all__ = ["content_as_clause"]
