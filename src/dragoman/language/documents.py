"""Words for documents a statement may be attributed to, kept out of ``LanguageRules`` (whose
module is at its size limit): the heads of rule documents. "Laut den Kollisionsverhütungsregeln
muss …", a law or a set of rules says nothing, nobody is quoted (unlike "laut einer Studie": the
source of a finding)."""

from __future__ import annotations

from dataclasses import dataclass

from dragoman.language.normalize import normalize_for_match


@dataclass(frozen=True, slots=True)
class DocumentWords:
    """``rule_heads``: the endings of nouns that name a rule document, matched against the
    end of a word so that compounds count ("Straßenverkehrsordnung", "Kollisionsregeln");
    ``not_rule_heads``: longer endings that name something else ("Anordnung", an order someone
    gave; "Tagesordnung", an agenda)."""

    rule_heads: tuple[str, ...] = ()
    not_rule_heads: tuple[str, ...] = ()


# English has none: PolNeAR, the English reference, annotates "according to state law, …" as
# an attributed statement (one PolNeAR train statement lost with "law"/"rules" listed).
_PACKS: dict[str, DocumentWords] = {
    "de": DocumentWords(rule_heads=(
        "gesetz", "gesetzes", "gesetzen", "gesetzbuch", "gesetzbuchs", "regel", "regeln",
        "vorschrift", "vorschriften", "ordnung", "ordnungen",
        "richtlinie", "richtlinien", "satzung", "bestimmungen", "verfassung"),
        not_rule_heads=("anordnung", "anordnungen", "tagesordnung", "rangordnung")),
}


def rule_document(code: str | None, word: str) -> bool:
    """Whether ``word`` (any case) names a rule document in the language of ``code``."""
    pack = _PACKS.get(code or "")
    key = normalize_for_match(word)
    return pack is not None and any(key.endswith(normalize_for_match(h)) for h in pack.rule_heads
                                    ) and not any(key.endswith(normalize_for_match(h))
                                                  for h in pack.not_rule_heads)


__all__ = ["DocumentWords", "rule_document"]
