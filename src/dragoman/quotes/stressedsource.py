"""A stressed pronoun as the source of "selon"/"d'après" ("Selon lui, …", "D'après elle, …",
"selon eux"): the source is whom the matching subject pronoun ("il", "elle", "ils") refers
to; before, the pronoun itself was kept as the speaker. Words in
``language/fr_quotewords.stressed_subjects``; hooked into ``attach._marker_source``."""

from __future__ import annotations

from dragoman.language.fr_quotewords import french_quote_words
from dragoman.quotes.lexicon import Lexicon
from dragoman.quotes.mentions import Speaker


def stressed_subject(sp: Speaker | None, lex: Lexicon) -> Speaker | None:
    """``sp`` (a marker's source) as its subject pronoun ("lui" as "il", same place), when it
    is a third-person stressed pronoun of the pack; else None."""
    fw = french_quote_words(lex.rules.code)
    if fw is None or sp is None or sp.entity_id is not None:
        return None
    subject = dict(fw.stressed_subjects).get(sp.text.casefold())
    return None if subject is None else Speaker(sp.start, sp.end, subject)


def antecedent_or(found: Speaker | None, pronoun: Speaker,
                  source: Speaker | None) -> Speaker | None:
    """The pronoun's antecedent ``found``, or the source as written when none was found."""
    return source if found is None or found is pronoun else found


__all__ = ["antecedent_or", "stressed_subject"]
