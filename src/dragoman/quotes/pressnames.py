"""A press noun standing for a newspaper the article names ("le Wall Street Journal …,
rappelle le quotidien conservateur américain", "souligne le titre"): ``roles.
organisation_holder`` took an organisation only when its name held the very noun ("journal"
for "le journal"); the press uses its words for a paper interchangeably. Words in
``language/fr_quotewords`` (``press_nouns``, ``press_name_words``)."""

from __future__ import annotations

from dragoman.language.fr_quotewords import french_quote_words
from dragoman.model import Mention
from dragoman.quotes.lexicon import Lexicon, words
from dragoman.quotes.speakers import DETERMINERS


def press_name(text: str, mention: Mention, noun: str, lex: Lexicon) -> bool:
    """``noun`` (the organisation noun of a speaker phrase, as a key) is a press noun of the
    pack and the organisation ``mention``'s name opens or ends with a press word ("Wall
    Street Journal", "Courrier picard"; an article aside). Inside a name the word names
    something else ("Syndicat national de la presse quotidienne régionale")."""
    fw = french_quote_words(lex.rules.code)
    if fw is None or noun not in fw.press_nouns:
        return False
    name = [w for w in words(text, mention.start, mention.end) if w.key not in DETERMINERS]
    return bool(name) and (name[0].key in fw.press_name_words
                           or name[-1].key in fw.press_name_words)


__all__ = ["press_name"]
