"""Words that name a group of speakers, in every language with a quotation lexicon: quantifiers
("several experts said") and the groups that speak for a person ("the family of X said")."""

from __future__ import annotations

from dragoman.language.normalize import normalize_for_match

# Quantifiers opening a group of speakers ("Several cast members said", "one questioner
# claimed", "63 percent said"): never a name, and the group they open may speak.
QUANTIFIERS = frozenset({
    "several", "some", "many", "most", "few", "both", "all", "one", "two", "three", "four",
    "five", "dozens", "hundreds", "thousands", "plusieurs", "certains", "certaines", "beaucoup",
    "varios", "varias", "algunos", "algunas", "muchos", "muchas", "mehrere", "einige", "viele",
    "vários", "várias", "alguns", "algumas", "muitos", "muitas", "diversi", "diverse", "alcuni",
    "alcune", "molti", "molte", "несколько", "многие", "некоторые"})


# Head words of a group that speaks for a person ("the family of Omar Haddad said", "les
# avocats de X", "Семья Олега Смирнова", "عائلة محمد"): the group, not the person it names,
# is the speaker. Written for the dev passages of issue 16 (class 1), every language's forms.
GROUP_HEADS = frozenset(normalize_for_match(w) for w in (
    "family", "relatives", "parents", "lawyers", "attorneys", "friends", "supporters",
    "famille", "proches", "avocats", "avocat", "entourage", "familia", "familiares",
    "abogados", "abogado", "allegados", "familie", "angehörige", "angehörigen", "anwälte",
    "anwalt", "eltern", "família", "advogados", "advogado", "famiglia", "familiari", "legali",
    "legale", "avvocati", "avvocato", "genitori", "семья", "родственники", "родные",
    "адвокаты", "адвокат", "близкие", "عائلة", "أسرة", "ذوو", "ذوي", "محامو", "محامي"))
# Words between a group head and the person ("family of", "famille de la", "Familie von").
GROUP_LINKS = frozenset({"of", "for", "de", "du", "des", "d", "la", "von", "vom", "der", "di",
                          "del", "della", "dei", "da", "do", "dos", "das"})


def quantified(keys: list[str]) -> bool:
    """A group of people named by a quantifier or a number ("several experts", "63 percent")."""
    return bool(keys) and (keys[0] in QUANTIFIERS or keys[0].isdigit())


__all__ = ["GROUP_HEADS", "GROUP_LINKS", "QUANTIFIERS", "quantified"]
