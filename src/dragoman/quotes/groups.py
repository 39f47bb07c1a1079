"""Words that name a group of speakers: quantifiers ("several experts said"), the groups that
speak for a person ("the family of X said"), and the words introducing a passive agent ("told
by engineers"). The words are the language packs' (``LanguageRules.speaker_quantifiers``,
``speaker_group_heads``, ``speaker_group_links``, ``passive_agents``); every pack's are read in
all text, as the quote stage did when they were one list here (a French article quotes "la
famille de" as an English one quotes "the family of"; no pack's word is another's speaker)."""

from __future__ import annotations

from collections.abc import Callable

from dragoman.language.normalize import normalize_for_match
from dragoman.language.rules import LanguageRules, all_rules


def _every_pack(field: Callable[[LanguageRules], tuple[str, ...]]) -> frozenset[str]:
    """Normalized words of one pack field, every pack's together."""
    return frozenset(normalize_for_match(w) for rules in all_rules() for w in field(rules))


# Quantifiers opening a group of speakers ("Several cast members said", "one questioner
# claimed"): never a name, and the group they open may speak.
QUANTIFIERS = _every_pack(lambda r: r.speaker_quantifiers)
# Head words of a group that speaks for a person ("the family of Omar Haddad said", "les
# avocats de X", "Семья Олега Смирнова", "عائلة محمد"): the group, not the person it names,
# is the speaker; and the words between such a head and the person ("family of", "famille de
# la", "Familie von").
GROUP_HEADS = _every_pack(lambda r: r.speaker_group_heads)
GROUP_LINKS = _every_pack(lambda r: r.speaker_group_links)
# Words that introduce the agent of a passive speech verb ("by", "par", "von", "dal").
AGENT_WORDS = _every_pack(lambda r: r.passive_agents)


def quantified(keys: list[str]) -> bool:
    """A group of people named by a quantifier or a number ("several experts", "63 percent")."""
    return bool(keys) and (keys[0] in QUANTIFIERS or keys[0].isdigit())


__all__ = ["AGENT_WORDS", "GROUP_HEADS", "GROUP_LINKS", "QUANTIFIERS", "quantified"]
