"""Per-language rules: one file per language, registered here and nowhere else.

Adding a language means writing ``dragoman/language/xx.py`` with a ``RULES``
object and adding it to ``_MODULES`` below.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import lru_cache

_MODULES = ("en", "ar", "fr", "ru", "hi", "es", "de", "pt", "it")


@dataclass(frozen=True, slots=True)
class LanguageRules:
    code: str
    # Month names and abbreviations (as written, before normalize_for_match) -> month number.
    months: dict[str, int] = field(default_factory=dict)
    weekdays: tuple[str, ...] = ()
    # Words that place a date relative to the reference date: word -> day offset.
    relative_days: dict[str, int] = field(default_factory=dict)
    # Regexes (case-insensitive) that mark a whole line as site chrome.
    chrome_patterns: tuple[str, ...] = ()
    # Prefixes that introduce a byline ("By", "بقلم").
    byline_prefixes: tuple[str, ...] = ()
    # Prefixes for a modification date ("Updated", "تحديث").
    updated_prefixes: tuple[str, ...] = ()
    # Regexes that mark a line as an image caption or credit.
    caption_patterns: tuple[str, ...] = ()
    # Morning/evening markers after a clock time: marker -> True for PM.
    meridiem: dict[str, bool] = field(default_factory=dict)
    # -- quotations (dragoman.quotes); all words as written, matched after normalize_for_match --
    # Inflected speech verbs that cue a statement ("said", "قال"); multi-word cues allowed.
    speech_verbs: tuple[str, ...] = ()
    # Participles whose subject is the main clause's ("saying", "قائلا", "مضيفا").
    speech_participles: tuple[str, ...] = ()
    # Verbs whose object is the addressee ("told", "assured").
    addressee_verbs: tuple[str, ...] = ()
    # Phrases that put the source after them: "according to X", "وفقا لـ X".
    reported_speech_markers: tuple[str, ...] = ()
    # Words introducing reported content ("that", "أن", "إن").
    complementizers: tuple[str, ...] = ()
    # Personal pronouns that can be a speaker ("he", "she"); resolved to an earlier mention.
    speaker_pronouns: tuple[str, ...] = ()
    # Pronouns that refer to a person, with their gender ("m"/"f"): ("he", "m"), ("she", "f").
    speaker_pronoun_genders: tuple[tuple[str, str], ...] = ()
    # Head words of role phrases that can be a speaker ("spokesman", "المتحدث").
    speaker_roles: tuple[str, ...] = ()
    # Words that end a speaker phrase ("on", "in", "في", "اليوم").
    speaker_stop_words: tuple[str, ...] = ()
    # One-letter clitics that may be glued to a cue verb or a name ("و", "ف", "ب", "ل").
    clitic_prefixes: tuple[str, ...] = ()
    # True when the subject usually follows the verb (Arabic VSO: "وقال الوزير ...").
    subject_after_verb: bool = False
    # Words right before a cue that make it no statement: negation ("not", "never"), the
    # infinitive marker ("declined to say", "plans to announce").
    cue_blockers: tuple[str, ...] = ()
    # Forms of "be" before a cue that make it passive ("was told", "were reported by").
    passive_auxiliaries: tuple[str, ...] = ()
    # Speech verbs that also take a plain object ("denied any involvement", "accused X of"):
    # their reported content needs a complementizer or a pronoun subject.
    object_verbs: tuple[str, ...] = ()
    # Words that cannot open reported content (prepositions: "said in his interview").
    content_blockers: tuple[str, ...] = ()
    # Words that open a clause with its subject ("he", "there"): "denied she had".
    clause_subjects: tuple[str, ...] = ()
    # Auxiliaries and modals: a name followed by one opens a clause ("claimed Clinton had").
    auxiliaries: tuple[str, ...] = ()
    # True when a verb with no subject refers to the last speaker (pro-drop: Arabic "وأضاف أن",
    # Spanish "Añadió que"); otherwise reported speech needs a subject next to the cue.
    implicit_subject: bool = False
    # True when a comma separates the cue from its content ("Scholz sagte, die Lage sei …",
    # "Песков сказал, что …").
    comma_before_content: bool = False
    # Relative pronouns whose antecedent is a cue's subject ("Ann Lee, who said …").
    relative_pronouns: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def _registry() -> dict[str, LanguageRules]:
    found: dict[str, LanguageRules] = {}
    for name in _MODULES:
        module = importlib.import_module(f"dragoman.language.{name}")
        rules: LanguageRules = module.RULES
        found[rules.code] = rules
    return found


def rules_for(code: str | None) -> LanguageRules | None:
    return _registry().get(code or "")


def all_rules() -> list[LanguageRules]:
    return list(_registry().values())
