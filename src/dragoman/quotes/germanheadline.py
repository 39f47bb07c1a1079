"""A headline in title case after a quotation's dash, not the quotation's signer.

"„Wir lassen niemanden zurück.“ – Berlin Wählt": a heading that names a topic after a quoted
line, typed in title case, as a page's teaser or a section's heading is. A signer's name
("– Kai Dörfner", "– Till Kurz", "– Frankfurter Allgemeine", "– RTL Aktuell") holds no verb;
a headline holds one past its first word, in its present form ("Wählt", "Feiert", "Startet").
Such a form is a word the language writes in lower case inside its sentences (the shipped
common-word list, ``CommonWords.plain``, learned by eval/ner_common.py from unlabelled text)
whose infinitive is on that list too (``language.de_verbforms``): an adjective or adverb that
names and surnames hold ("Kurz", "Hart", "Aktuell", "Extra") has none. A language with no such
list, or one that writes its nouns in lower case (its signatures are read by
``signed._label``), is left alone."""

from __future__ import annotations

from dragoman.entities.spanshape import shipped_common_words
from dragoman.language.de_verbforms import present_infinitives
from dragoman.language.rules import LanguageRules

# Fewest letters of a lower-case word read as evidence ("im", "zu" are function words, which
# ``signed._label`` reads).
MIN_LETTERS = 3


def title_case_headline(rules: LanguageRules, names: list[str]) -> bool:
    """The words ``names`` (a signature after its titles, two words or more) hold, past the
    first, a capitalised present verb form (see the module's docstring): a headline."""
    if len(names) < 2 or not rules.capitalised_nouns:
        return False
    common = shipped_common_words(rules.code)
    if common is None:
        return False
    plain = common.plain
    return any(len(w) >= MIN_LETTERS and w[:1].isupper() and w.casefold() in plain
               and any(form in plain for form in present_infinitives(w.casefold()))
               for w in names[1:])


__all__ = ["title_case_headline"]
