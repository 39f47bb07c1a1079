"""French cues that report nothing (issue 16, French real pages and original passages):
a speech verb whose words after it are its object, not a clause ("Le ministre a indiqué le
chemin", "La préfète a annoncé sa démission"), and "selon"/"d'après" before something that
cannot speak ("selon toute vraisemblance"); an object clitic before the verb ("Il leur a
assuré que": read by ``quotes/attach``). Read by ``quotes/reported``;
words in ``language/fr_quotewords``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dragoman.language.fr_quotewords import FrenchQuoteWords, french_quote_words
from dragoman.quotes.lexicon import Lexicon, Word
from dragoman.quotes.speakers import DETERMINERS

if TYPE_CHECKING:
    from dragoman.quotes.cues import Cue
    from dragoman.quotes.detect import _Context

# Words after the verb searched for "que", a colon or a quotation mark: an object phrase and
# a time or place phrase before the clause ("a annoncé à ses proches la semaine dernière
# que") fit in 12; set from the grammar on the fr-quotes probes (/tmp/probes/fr-quotes.txt),
# it keeps each cue's look-ahead bounded on a page-long sentence.
OBJECT_WINDOW_WORDS = 12


def unspoken(ctx: _Context, cue: Cue, k: int, s_end: int) -> bool:
    """The cue reports no statement in its sentence (which ends at ``s_end``; ``k``: the
    first word after the cue and any speaker after it)."""
    fw = french_quote_words(ctx.lex.rules.code)
    if fw is None:
        return False
    if cue.kind == "marker":
        return _sourceless(ctx, cue, s_end, fw)
    return cue.kind == "verb" and _object_phrase(ctx, cue, k, s_end, fw)


def object_clitic(chunk: list[Word], lex: Lexicon) -> bool:
    """The last word of ``chunk`` (the words before a verb cue) is a lower-case object clitic
    of the pack after a subject ("Il leur", "Le maire lui"): no part of the subject. Kept
    out of ``speaker_adverbs``, which are also read after the verb, where "leur" is a
    possessive ("a annoncé leur avocat")."""
    fw = french_quote_words(lex.rules.code)
    return (fw is not None and len(chunk) >= 2 and chunk[-1].text.islower()
            and chunk[-1].key in fw.object_clitics)


def _closes(ctx: _Context, n: int, s_end: int) -> bool:
    """The phrase ends after word ``n``: a comma, or the sentence's end."""
    ws = ctx.words
    return n + 1 >= len(ws) or ws[n + 1].start >= s_end or "," in ctx.text[
        ws[n].end:ws[n + 1].start]


def _lower_word(text: str) -> bool:
    return text.isalpha() and text.islower()


def _sourceless(ctx: _Context, cue: Cue, s_end: int, fw: FrenchQuoteWords) -> bool:
    """The marker's source is no one: "toute" and a bare lower-case noun ("selon toute
    vraisemblance,"), closed by a comma or the sentence's end. A bare noun alone is no sign
    (lower-case sources speak: "selon franceinfo", "selon chacun", "selon untel")."""
    ws, n = ctx.words, cue.wj
    if cue.inner is not None or n + 1 >= len(ws) or ws[n].start >= s_end or ctx.text[
            ws[n - 1].end:ws[n].start].strip() or ws[n].key not in fw.source_quantifiers:
        return False
    nxt = ws[n + 1]
    return (not ctx.text[ws[n].end:nxt.start].strip() and _lower_word(nxt.text)
            and nxt.key not in DETERMINERS and nxt.key not in fw.object_determiners
            and _closes(ctx, n + 1, s_end))


def _object_phrase(ctx: _Context, cue: Cue, k: int, s_end: int, fw: FrenchQuoteWords) -> bool:
    """A verb cue with its subject before it is followed at once by a noun phrase (an article
    or possessive first) and the next ``OBJECT_WINDOW_WORDS`` words of its sentence hold no
    "que", colon or quotation mark: that phrase is the verb's object ("a annoncé sa démission
    à ses proches"), no reported clause."""
    ws, lex, text = ctx.words, ctx.lex, ctx.text
    sp = cue.subject
    if (sp is None or sp.end > cue.start or cue.inner is not None
            or cue.speaker_after_end is not None or k >= len(ws) or ws[k].start >= s_end
            or text[ws[k - 1].end:ws[k].start].strip()):
        return False
    first = ws[k]
    opens_noun = first.key in fw.object_determiners or (
        first.key.startswith(fw.elided_articles) and len(first.key) > 2)
    if not opens_noun:
        return False
    last = min(ctx.word_at(s_end), k + OBJECT_WINDOW_WORDS)
    rest = text[ws[k].start:ws[last - 1].end]
    if any(c in rest for c in ":«»“”\""):
        return False
    return not any(lex.strip_clitic(w.key, lex.complementizers) in lex.complementizers
                   or lex.elided(w.key) for w in ws[k:last])


__all__ = ["object_clitic", "unspoken"]
