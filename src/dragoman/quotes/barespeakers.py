"""Speaker texts that are no one an analyst can name (issue 16), checked after ``speakertext``:

- A quantifier standing alone ("Some say …", "Others said …", "One, who asked not to be
  named, said: …"): the pack's ``speaker_quantifiers`` with no noun after them. The phrase
  points back at a group or leaves the source open, so it is linked to no one; an analyst
  still reads the subject as written (en_quotes2, issue 16): the speaker text is the
  quantifier, with the comma-closed relative clause right after it ("One, who asked not to
  be named"; pack ``relative_pronouns``), unlinked ("Some residents say" keeps its noun).
- A modifier cut from its noun: a one-word speaker text after a marker cue ("according to
  Dutch property law", "according to Dutch media"; not after a verb: "said Moreno
  afterwards", "ha detto Rossi martedì sera" name a person NER missed) followed by
  lower-case words of the same noun phrase up to a clause mark (not "a Republican involved
  in the talks", nor a person's or a body's name: "an FBI summary"). The source is the whole
  phrase: kept when it names people (a role, a group, a quantifier: "according to Dutch
  officials"), else no speaker (a law, a medium the lists miss); a lone adverb right before
  its cue ("“The Long Road,” cleverly answered …") is no speaker either.

A bare role ("Governor says …" in a headline) keeps its speaker, as "The governor said" does:
roles are resolved to the person the article names with them, or kept as the role.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dragoman.language.normalize import normalize_for_match
from dragoman.model import Quote
from dragoman.quotes.complements import ARTICLES, DETERMINERS
from dragoman.quotes.cues import valid_speaker
from dragoman.quotes.groups import GROUP_HEADS, QUANTIFIERS
from dragoman.quotes.lexicon import Lexicon, Word, words
from dragoman.quotes.mentions import Mentions, Speaker

# Most lower-case words read after a cut modifier for its noun ("Dutch | property law").
NOUN_PHRASE_WORDS = 3
# The source phrase ends at a clause mark or the sentence's end.
_PHRASE_END = re.compile(r"\s*(?:[,.;:!?)]|$)")
# A capitalised word or a closing bracket right before a quantifier: the names it counts.
_AFTER_NAME = re.compile(r"(?:\b[A-Z][\w.'’-]*|\))[^\S\n]+$")
# Mention labels of names that modify a noun as its owner, not as an adjective.
_NAMED = ("PER", "ORG")
# Characters either side of a one-word speaker searched for a person mention holding it.
_NAME_REACH = 64
# Most words of the relative clause kept with a bare quantifier ("One, who asked not to be
# named, said"): pool A's one such clause has 6 words; longer ones are left out of the text.
ASIDE_WORDS = 10
# ", who … " after a quantifier, up to a clause mark or the text's end (no quote marks inside).
_ASIDE = re.compile(r",[^\S\n]+([\w'’]+)((?:[^\S\n]+[\w'’-]+){1,"
                    + str(ASIDE_WORDS) + r"})(?=[^\S\n]*(?:[,.;!?]|$))")
# The sentence's end right after such a clause (read in place: no copy of the rest of the text).
_SENTENCE_END = re.compile(r"\s*(?:[.!?]|$)")


def _no_speaker(q: Quote) -> Quote:
    return replace(q, speaker_text=None, speaker_start=None, speaker_end=None, speaker_id=None,
                   speaker_name=None)


def _bare_quantifier(text: str, found: list[Word], lex: Lexicon) -> bool:
    """One word, a quantifier of the pack ("Some", "Others", "One"), not a number written in
    digits ("63 percent" has its noun), nor one floating after the names it counts ("Ann Roy
    and Ed Lim (D-Ohio) both said") or written before a noun the speaker text lost."""
    if len(found) != 1 or found[0].key not in lex.rules.speaker_quantifiers or (
            found[0].key not in QUANTIFIERS):
        return False
    before = text[max(0, found[0].start - _NAME_REACH):found[0].start]
    # a capitalised one opens its sentence ("… on Monday. One, who …"): no names before it count
    counted = not found[0].text[:1].isupper() and _AFTER_NAME.search(before)
    # a noun right after it ("One operative inside …"): a phrase cut short, left as it is
    return not counted and not _noun_after(text, found[0].end, lex)


def _quantifier_source(text: str, q: Quote, word: Word, lex: Lexicon) -> Quote:
    """``q`` with the bare quantifier ``word`` as its unlinked speaker text, with the relative
    clause closed by a comma before the cue ("One, who asked not to be named, said") or
    ending the sentence after it ("…,” said one, who asked not to be named.")."""
    end = word.end
    aside = _ASIDE.match(text, end)
    if aside and normalize_for_match(aside.group(1)) in lex.relatives and (
            aside.end() <= q.start or end >= q.end) and q.cue_start is not None and (
            q.cue_end is not None):
        before_cue = end <= q.cue_start and not text[aside.end():q.cue_start].strip(", \t")
        after_cue = word.start >= q.cue_end and _SENTENCE_END.match(text, aside.end())
        if before_cue or after_cue:
            end = aside.end()
    phrase = text[word.start:end]
    return replace(q, speaker_start=word.start, speaker_end=end, speaker_text=phrase,
                   speaker_name=phrase, speaker_id=None)


def _adverb(text: str, q: Quote, found: list[Word], lex: Lexicon) -> bool:
    """One lower-case word with the pack's adverb ending right before the cue ("cleverly
    answered"), no role or group noun ("family"; "according to the tally" is a noun)."""
    if len(found) != 1 or not found[0].text.islower() or q.cue_start is None or (
            text[found[0].end:q.cue_start].strip()) or found[0].end > q.cue_start:
        return False
    key = found[0].key
    return key.endswith(lex.rules.adverb_endings) and key not in GROUP_HEADS and (
        lex.strip_clitic(key, lex.roles) not in lex.roles)


def _noun_after(text: str, end: int, lex: Lexicon) -> list[Word]:
    """The lower-case words right after ``end`` (one space before each) that continue a noun
    phrase: no stop word, auxiliary, speech verb or preposition; none when the next word is
    no such word."""
    out: list[Word] = []
    at = end
    for w in words(text, end, min(len(text), end + 16 * NOUN_PHRASE_WORDS)):
        if len(out) == NOUN_PHRASE_WORDS or text[at:w.start] != " " or not w.text.isalpha() or (
                not w.text.islower()):
            break
        key = w.key
        if key in DETERMINERS or key in ARTICLES or key in lex.stops or key in lex.auxiliaries or (
                key in lex.content_blockers or key in lex.verbs or key in lex.passives
                or key in lex.sentence_conjunctions):
            break
        out.append(w)
        at = w.end
    return out


def _marker_cue(text: str, q: Quote, lex: Lexicon) -> bool:
    """The cue is one of the pack's reported-speech markers ("according to", "selon")."""
    if q.cue_start is None or q.cue_end is None:
        return False
    keys = [w.key for w in words(text, q.cue_start, q.cue_end)]
    return bool(keys) and " ".join(keys) in lex.markers.get(keys[0], ())


def _cut_modifier(text: str, q: Quote, found: list[Word], lex: Lexicon,
                  mentions: Mentions) -> Quote | None:
    """``q`` with the whole noun phrase, or no speaker, when its one-word speaker text after
    the cue is a modifier of the lower-case words after it; None when it is not."""
    if len(found) != 1 or q.cue_end is None or q.speaker_start is None or (
            q.cue_end > q.speaker_start) or not found[0].text[:1].isupper() or (
            lex.rules.capitalised_nouns) or not _marker_cue(text, q, lex):
        return None  # (where nouns are capitalised, a lower-case word after one is no head)
    start = found[0].start
    if any(m.label in _NAMED and m.start <= start < m.end
           for m in mentions.within(max(0, start - _NAME_REACH), found[0].end + _NAME_REACH)):
        return None  # a person's or a body's name ("according to Roy", "an FBI summary")
    noun = _noun_after(text, found[0].end, lex)
    if not noun or not _PHRASE_END.match(text, noun[-1].end):
        return None  # the phrase goes on ("a Republican involved in the talks")
    phrase = Speaker(found[0].start, noun[-1].end, text[found[0].start:noun[-1].end])
    keys = [w.key for w in noun]
    people = keys[-1] in GROUP_HEADS or lex.strip_clitic(keys[-1], lex.roles) in lex.roles
    if people and valid_speaker(phrase, lex, mentions):
        return replace(q, speaker_start=phrase.start, speaker_end=phrase.end,
                       speaker_text=phrase.text, speaker_name=phrase.text, speaker_id=None)
    return _no_speaker(q)


def screen_bare(text: str, q: Quote, lex: Lexicon, mentions: Mentions) -> Quote:
    """``q`` with no speaker when its speaker text names no one, a bare quantifier's own text
    when it points at no one by name (see the module)."""
    if not q.speaker_text or q.speaker_start is None or q.speaker_end is None:
        return q
    found = words(text, q.speaker_start, q.speaker_end)
    if _bare_quantifier(text, found, lex):
        return _quantifier_source(text, q, found[0], lex)
    if _adverb(text, q, found, lex):
        return _no_speaker(q)
    if q.speaker_id and any(m.label == "PER" for m in mentions.within(q.speaker_start, q.speaker_end)):
        return q
    return _cut_modifier(text, q, found, lex, mentions) or q


__all__ = ["screen_bare"]
