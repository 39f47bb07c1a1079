"""A demonstrative opening the clause before "…, X said" is its subject or its subject's
determiner (issue 16, en-quotes): "This makes it much harder to fix the roads, he said",
"But that plan failed long ago, donors said". The pack's ``demonstratives`` are also stop
words (they open phrases such as "that said" or "this week"), so the clause test of
``bounds.clause_head`` refused such a sentence as a bare introductory phrase. A
demonstrative, first or after one conjunction ("But this was …"), followed by an auxiliary or a
word that is no stop word, content blocker or relative opens a verb or a noun phrase ("This
was", "This makes", "That plan"); "That said" or "Those who …" stays refused, and so does a
demonstrative before one of the pack's ``time_nouns`` unless an auxiliary follows ("That night
at the depot, X said nothing" is a time; "That day was the worst" a subject). A bracket the
head opens and leaves open holds the cue in an aside ("But those deals angered members (“…,”
wrote Ann Lee)"): the head is not its content."""

from __future__ import annotations

from dragoman.language.clausewords import clause_words
from dragoman.quotes.lexicon import Lexicon, Word


def demonstrative_subject(text: str, head: list[Word], lex: Lexicon) -> bool:
    """``head`` (at least two words) opens with a demonstrative followed by a content word and
    leaves no bracket open."""
    return demonstrative_opens(head, lex) and not leaves_bracket(text, head)


def leaves_bracket(text: str, head: list[Word]) -> bool:
    """The head opens more brackets than it closes: the cue after it stands in an aside."""
    inside = text[head[0].start:head[-1].end]
    return inside.count("(") > inside.count(")")


def demonstrative_opens(head: list[Word], lex: Lexicon, start: int = 0) -> bool:
    """``head[start:]`` opens with a demonstrative followed by a content word (an index, not a
    slice: the comma loop of ``bounds.clause_head`` calls it at each comma)."""
    cw = clause_words(lex.rules.code)
    if not cw.demonstratives:
        return False
    at = start + (1 if (head[start].key in lex.rules.list_conjunctions
                        or head[start].key in lex.sentence_conjunctions) else 0)
    if len(head) < at + 2 or head[at].key not in cw.demonstratives:
        return False
    nxt = head[at + 1]
    if nxt.key not in lex.auxiliaries and (nxt.key in lex.stops or nxt.key in lex.content_blockers
                                           or nxt.key in lex.relatives):
        return False  # "This was", "that is" open clauses; "that said", "those who" do not
    # a time noun: "That night at the depot" is a time; "That day was the worst" a subject
    return nxt.key not in cw.time_nouns or (len(head) > at + 2 and head[at + 2].key in lex.auxiliaries)
