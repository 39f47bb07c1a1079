"""A German common-noun subject that names a source, where names come from mentions only.

Where every noun is capitalised and the entities stage found people, ``phrase_speaker`` takes
a capitalised phrase as a speaker only when it is a mention or holds a role word: "Tauben" or
"Dieser Zwischenwirt" is a noun, not a name. Yet a phrase behind a determiner whose head names
a body, a group of people or a medium speaks as well as a role does: "Sein Team Ineos schrieb
bei Twitter, …", "teilte die Klinik mit, dass …", "Die Autoren der Studie warnten, …" (issue
16, pool A German sentences with a cue and no statement). The head is read as
``speakerwords.speaking_noun`` reads it (agent, person and source heads, the pack's roles)
or as one of the pack's institution heads ("Klinik", "Universität").
"""

from __future__ import annotations

from functools import cache, lru_cache

from dragoman.language.discovery import rules_for
from dragoman.language.functionwords import inflected_adjective
from dragoman.language.normalize import normalize_for_match
from dragoman.language.sourcephrases import source_phrases
from dragoman.language.speakerwords import (
    SpeakerWords,
    folded,
    has_head,
    speaker_words,
    speaking_noun,
)
from dragoman.quotes.complements import DETERMINERS
from dragoman.quotes.lexicon import Lexicon, Word, lexicon

# Words a source phrase may hold after its determiner: lower-case adjectives, the head noun
# and a name right after it ("Sein Team Ineos"). Calibrated on the pool A sentences of issue
# 16 (no source phrase of them is longer).
MAX_SOURCE_WORDS = 4
# Words of a source phrase with no determiner: an adjective and the head ("unabhängige
# Experten"); longer, a bare phrase is a headline's or a list's run of nouns.
BARE_SOURCE_WORDS = 2


def speaking_phrase(words: list[Word], lex: Lexicon, chunk: list[Word] | None = None) -> bool:
    """``words`` (a subject phrase) opens with a determiner and its first capitalised word
    names someone who may speak: "die Klinik", "sein Team Ineos", "die Autoren"; not "die
    Tatsache", "dieser Zwischenwirt", nor a phrase of more than ``MAX_SOURCE_WORDS`` words,
    nor one cut from the end of a longer ``chunk`` ("(Im Bericht) der Stadt": a complement)."""
    if not lex.rules.capitalised_nouns or not words or len(words) > MAX_SOURCE_WORDS:
        return False
    if chunk and words[0].start != chunk[0].start:
        return False
    sw = speaker_words(lex.rules.code)
    if words[0].key not in DETERMINERS and words[0].key not in sw.coordinated_determiners:
        return _bare_plural(words, lex)  # "die", "sein", "ihre"; or "Experten", "Ärztinnen"
    head = next((w for w in words[1:] if w.text[:1].isupper()), None)
    if head is None or any(not w.text[:1].islower() for w in words[1:words.index(head)]):
        return False
    return _speaking_head(head.text, lex.rules.code) or _plural_people(words[0], head, lex, sw)


def _bare_plural(words: list[Word], lex: Lexicon) -> bool:
    """A subject with no determiner, at most ``BARE_SOURCE_WORDS`` words: lower-case adjectives
    and a head that names a group who may speak ("Experten", "Fachleute", "unabhängige
    Ärztinnen"). German writes a count noun in the singular with an article, so a bare one is a
    plural; a head in "-er" is read only off the lists here ("Computer", "Sommer")."""
    head = words[-1]
    if len(words) > BARE_SOURCE_WORDS or not head.text[:1].isupper() or any(
            not (w.text.islower() and inflected_adjective(w.text)) for w in words[:-1]):
        return False
    sp = source_phrases(lex.rules.code)
    feminine = sp.plural_person_endings[:1]  # the feminine plural ("-innen") only
    return _speaking_head(head.text, lex.rules.code) or (
        len(head.text) >= sp.plural_person_min_chars and head.key.endswith(feminine))


def _plural_people(opener: Word, head: Word, lex: Lexicon, sw: SpeakerWords) -> bool:
    """``head`` after a plural article ends like a noun of people in the plural or the
    feminine (``sourcephrases.plural_person_endings``): "die Anwohner", "die Ärztinnen", "die
    Gewerkschafter". A thing in "-er" after "die" ("die Steuer") is no speech verb's subject."""
    sp = source_phrases(lex.rules.code)
    return (opener.key in sw.plural_articles and len(head.text) >= sp.plural_person_min_chars
            and head.key.endswith(sp.plural_person_endings))


def speaking_head(word: str, code: str) -> bool:
    """``word`` names someone who may speak, as a source phrase's head (``_speaking_head``)."""
    return _speaking_head(word, code)


# Heads kept read, by word and language (a bound on memory, not a calibrated figure): a page
# repeats its sources.
SEEN_MAX = 4096


@cache
def _heads(code: str) -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """Per language: the roles a head may be, the institution heads, and every head a verb
    particle may stand before (``_particle_noun``)."""
    rules = rules_for(code)
    if rules is None:
        return frozenset(), (), frozenset()
    lex = lexicon(rules)
    roles = lex.person_roles | frozenset(lex.roles)
    institutions = tuple(normalize_for_match(h) for h in lex.rules.noun_classes.institution_heads)
    sw = speaker_words(code)
    return roles, institutions, folded((*sw.agent_heads, *sw.person_nouns, *sw.source_heads,
                                        *roles, *institutions))


@lru_cache(maxsize=SEEN_MAX)
def _speaking_head(word: str, code: str) -> bool:
    """``word`` is read as ``speaking_noun`` reads it, or has one of the pack's institution
    heads ("Klinik" of the source heads, "Universität")."""
    roles, institutions, heads = _heads(code)
    sw = speaker_words(code)
    return (speaking_noun(word, sw, roles) or has_head(word, institutions)) and not (
        _particle_noun(word, sw, heads))


def _particle_noun(word: str, sw: SpeakerWords, heads: frozenset[str]) -> bool:
    """``word`` is a verb particle of the pack's ``noun_prefixes`` before a whole head and no
    head itself: "Einleitung", "Umwelt", "Vorbild" (not "Verband", "Anwalt", "Aufsichtsrat")."""
    key = normalize_for_match(word)
    forms = (key, *(key[:-len(e)] for e in ("s", "es", "n", "en") if key.endswith(e)))
    if any(f in heads for f in forms):
        return False
    return any(f.startswith(p) and f[len(p):] in heads
               for p in folded(sw.noun_prefixes) for f in forms)
