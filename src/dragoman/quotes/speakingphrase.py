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
from dragoman.language.normalize import normalize_for_match
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


def speaking_phrase(words: list[Word], lex: Lexicon, chunk: list[Word] | None = None) -> bool:
    """``words`` (a subject phrase) opens with a determiner and its first capitalised word
    names someone who may speak: "die Klinik", "sein Team Ineos", "die Autoren"; not "die
    Tatsache", "dieser Zwischenwirt", nor a phrase of more than ``MAX_SOURCE_WORDS`` words,
    nor one cut from the end of a longer ``chunk`` ("(Im Bericht) der Stadt": a complement)."""
    if not lex.rules.capitalised_nouns or len(words) < 2 or len(words) > MAX_SOURCE_WORDS:
        return False
    if chunk and words[0].start != chunk[0].start:
        return False
    sw = speaker_words(lex.rules.code)
    if words[0].key not in DETERMINERS and words[0].key not in sw.coordinated_determiners:
        return False  # "die", "sein", "ihre"
    head = next((w for w in words[1:] if w.text[:1].isupper()), None)
    if head is None or any(not w.text[:1].islower() for w in words[1:words.index(head)]):
        return False
    return _speaking_head(head.text, lex.rules.code)


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
