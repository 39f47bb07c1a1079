"""A speaker text that is only the modifier of a noun after it: "a veteran GOP strategist
said" (not "GOP"), "European courts have argued" (not "European"). The speaker phrase runs on
to the role or group noun it modifies, and names no one by itself."""

from __future__ import annotations

import re
from dataclasses import replace

from dragoman.language.invertedcues import inverted_cue_words
from dragoman.language.normalize import normalize_for_match as normalize
from dragoman.model import Quote
from dragoman.quotes.complements import ARTICLES, DETERMINERS
from dragoman.quotes.groups import GROUP_HEADS, GROUP_LINKS, QUANTIFIERS
from dragoman.quotes.lexicon import Lexicon, Word, iter_words, words
from dragoman.quotes.ofmodifier import modifier_head
from dragoman.quotes.speakers import SKIP_BEFORE_VERB

# Most nouns after the name that the phrase runs on to ("Obama administration officials"):
# a compound of two role or group nouns, as NOUN_AFTER_NAME_WORDS in speakertext.
HEAD_NOUN_WORDS = 2
# Most lower-case modifiers between a name and the role noun it modifies ("a top US public
# health expert"): a bound from the shape of such compounds, not a fitted value.
MODIFIER_WORDS = 2
# Most words after the link of a quantifier speaker up to the group's noun ("one of his senior
# aides", "one of two witnesses"): a determiner, a number or an adjective, then the noun.
GROUP_PHRASE_WORDS = 4
_ONE_SPACE = re.compile(r"[ \xa0]")
_PUNCT_NEXT = re.compile(r"\s*(?:[.,;:!?)\]\"”’»]|$)")
_PUNCT = re.compile(r"[.,;:!?]")


def role_noun(w: Word, lex: Lexicon) -> bool:
    """A lower-case role or group noun, singular or with the plural -s ("courts")."""
    if not w.text[:1].islower():
        return False
    key = w.key
    return key in lex.roles or key in GROUP_HEADS or (
        key.endswith("s") and len(key) > 3 and key[:-1] in lex.roles)


def _one_word(q: Quote) -> bool:
    """A one-word speaker text ("US", "GOP"): a name that may modify a compound after it
    (after a longer name, lower-case words more likely open a verb phrase)."""
    return len((q.speaker_text or "").split()) == 1


def may_be_noun(w: Word, lex: Lexicon) -> bool:
    """A lower-case word that may be a noun or modify one ("public", "health", "bill"): no stop
    word, adverb, known verb or word with a verb's ending ("helps", "voted", "saying"). Only
    in the packs with inverted-cue words (a past ending), whose nouns take their modifiers
    before them."""
    pack = inverted_cue_words(lex.rules.code)
    if pack is None or not pack.past_ending:
        return False
    key = w.key
    # (the bare "s" is the third person's ending, "helps"; a plural modifier is rare)
    verb = (*lex.rules.adverb_endings, *lex.rules.participle_endings, pack.past_ending, "s")
    return (w.text.islower() and key.isalpha() and key not in lex.stops
            and key not in DETERMINERS and key not in ARTICLES and not key.endswith(verb)
            and not any(key in known for known in (lex.verbs, lex.participles, lex.auxiliaries,
                                                   lex.passives, lex.addressee_verbs, lex.act_firsts)))


def _closes_subject(text: str, q: Quote, end: int, lex: Lexicon) -> bool:
    """The phrase ending at ``end`` is the cue's whole subject: only auxiliaries and adverbs
    stand between it and the cue after it ("a top US public health expert is now warning"),
    or punctuation follows it after the cue ("…,” said a top IMF economist.")."""
    cue = q.cue_start
    if cue is None:
        return False
    if cue < end:
        return _PUNCT_NEXT.match(text, end) is not None
    return all(_before_verb(w, lex) for w in iter_words(text, end, cue)) and not _PUNCT.search(
        text, end, cue)  # (a speaker resolved far back fails at its first word: no page-long list)


def _before_verb(w: Word, lex: Lexicon) -> bool:
    """An auxiliary, an adverb or a function word between a subject and its verb."""
    key = w.key
    return (key in lex.auxiliaries or key in lex.passives or key in SKIP_BEFORE_VERB
            or (key in lex.stops and key not in lex.content_blockers)
            or (bool(lex.rules.adverb_endings) and key.endswith(lex.rules.adverb_endings)))


def _object_next(text: str, at: int) -> bool:
    """The word after ``at`` is an article or determiner: the word before it is a verb with its
    object ("judges the contest"), not a noun heading the speaker phrase."""
    nxt = words(text, at, at + 20)[:1]
    return bool(nxt) and (nxt[0].key in DETERMINERS or nxt[0].key in ARTICLES)


def to_head_noun(text: str, q: Quote, lex: Lexicon) -> Quote:
    """``q`` with its speaker phrase run on to the lower-case role or group nouns right after
    it, when there are any (outside the cue); unlinked: the phrase is the role, not the name.
    Only in packs that write nouns in lower case (a German noun after a name is capitalised
    and no modifier's head is told apart this way)."""
    if lex.rules.capitalised_nouns or q.speaker_start is None or q.speaker_end is None:
        return q
    reach = HEAD_NOUN_WORDS + (MODIFIER_WORDS if _one_word(q) else 0)
    after = words(text, q.speaker_end, q.speaker_end + 80)[:reach]
    end, at = q.speaker_end, q.speaker_end
    for w in after:
        if not _ONE_SPACE.fullmatch(text[at:w.start]) or (
                q.cue_start is not None and q.cue_start <= w.start < (q.cue_end or 0)):
            break
        if role_noun(w, lex):
            end = w.end
        elif end != q.speaker_end or not may_be_noun(w, lex):
            break  # "GOP strategist", "US public health expert"; not "US health policy said"
        at = w.end
    if end == q.speaker_end or _object_next(text, end) or (
            not _closes_subject(text, q, end, lex) and not role_noun(after[0], lex)):
        return q  # (not "Ann Lee judges the contest and said …": a verb and its object)
    phrase = text[q.speaker_start:end]
    return replace(q, speaker_end=end, speaker_text=phrase, speaker_name=phrase, speaker_id=None)


def of_group(text: str, q: Quote, lex: Lexicon) -> Quote:
    """``q`` with a speaker that is only a quantifier ("one", "several") run on to the group
    it picks from ("said one of the keepers who …" -> "one of the keepers"): the group's noun,
    a lower-case plural or a role noun, within ``GROUP_PHRASE_WORDS`` words after the link.
    First, a speaker inside a prepositional modifier of the subject ("a friend of the coach
    said") becomes the whole phrase (``quotes/ofmodifier``)."""
    if q.speaker_end is not None and q.cue_start is not None and q.cue_start > q.speaker_end:
        q = modifier_head(text, q, lex, _closes_subject(text, q, q.speaker_end, lex))
    if lex.rules.capitalised_nouns or q.speaker_start is None or q.speaker_end is None or (
            normalize(q.speaker_text or "") not in QUANTIFIERS):
        return q
    after = words(text, q.speaker_end, q.speaker_end + 60)[:GROUP_PHRASE_WORDS + 1]
    if len(after) < 2 or after[0].key not in GROUP_LINKS or not _ONE_SPACE.fullmatch(
            text[q.speaker_end:after[0].start]):
        return q
    for n, w in enumerate(after[1:], 1):
        if not _ONE_SPACE.fullmatch(text[after[n - 1].end:w.start]) or not w.text[:1].islower():
            return q  # a comma, a name: no group noun in the phrase
        if role_noun(w, lex) or (w.key.endswith("s") and len(w.key) > 3):
            phrase = text[q.speaker_start:w.end]
            return replace(q, speaker_end=w.end, speaker_text=phrase, speaker_name=phrase,
                           speaker_id=None)
    return q
