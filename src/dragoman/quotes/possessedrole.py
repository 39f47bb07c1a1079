"""A name in the possessive before a role noun is the role's owner, not the speaker:
"Britain’s foreign secretary said", "Ann Lee's lawyer said", "…, one of Britain’s few Black
female professors says" are the secretary, the lawyer and the professor (issue 16: pool A and
PolNeAR train gave the owner, "Britain", "Trump", as the speaker). The possessive endings are
the pack's ``possessive_suffixes`` (none: the rule is off)."""

from __future__ import annotations

from dragoman.language.contentwords import content_words
from dragoman.quotes.documentowners import document_noun
from dragoman.quotes.lexicon import Lexicon, Word
from dragoman.quotes.mentions import Mentions, Speaker
from dragoman.quotes.speakers import SKIP_BEFORE_VERB

# Most words between the owner and the role noun ("few Black female professors": three
# modifiers and the noun). A bound from the shape of English noun phrases, not a fitted value.
MAX_OWNED_WORDS = 4


def possessed_role(text: str, chunk: list[Word], sp: Speaker | None, mentions: Mentions,
                   lex: Lexicon, before_verb: bool) -> Speaker | None:
    """The owner's phrase and the role noun it owns, when the mention speaker ``sp`` (found
    in ``chunk``) ends in a possessive and a lower-case role noun follows it within
    ``MAX_OWNED_WORDS`` words with no mention after it; before the verb the role noun must
    close ``chunk`` ("Ann Lee's lawyer said"), after it the first role noun ends the phrase
    ("said Britain’s foreign secretary"). Else ``sp`` ("Ann Lee's plan said", "said
    Britain's ambassador Ann Lee", a body: "Trump's campaign said", "Kenya's ministry", and a
    document: "Google's report says")."""
    suffixes = lex.rules.possessive_suffixes
    if sp is None or not sp.label or not suffixes or not chunk:
        return sp
    while before_verb and len(chunk) > 1 and chunk[-1].key in SKIP_BEFORE_VERB:
        chunk = chunk[:-1]  # "Ann Lee's lawyer also said"
    at = next((n for n, w in enumerate(chunk) if w.start < sp.end <= w.end), None)
    if at is None or text[sp.end:chunk[at].end] not in suffixes or any(
            m.start >= sp.end for m in mentions.within(sp.end, chunk[-1].end)):
        return sp
    tail = chunk[at + 1:at + 1 + MAX_OWNED_WORDS]
    words = content_words(lex.rules.code)
    bodies = words.group_nouns | words.collective_roles
    if before_verb and len(chunk) - at - 1 != len(tail):
        return sp  # the role noun must end the phrase before the verb
    for n, w in enumerate(tail):
        if w.key in lex.stops or w.key in lex.verbs:
            return sp
        if w.text.islower() and lex.strip_clitic(w.key, lex.roles) in lex.roles and (
                not before_verb or n == len(tail) - 1):
            if w.key in bodies or document_noun(w, lex):  # "Trump's campaign said": a body,
                # whose role resolution would take a person named with a longer role ("campaign
                # manager"); "Google's report says": the document's owner speaks
                # (``documentowners``)
                return sp
            return Speaker(sp.start, w.end, text[sp.start:w.end])
    return sp


__all__ = ["MAX_OWNED_WORDS", "possessed_role"]
