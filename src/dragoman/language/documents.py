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
    # Romance languages form no such compounds, and an ending would catch names ("ley" in
    # "Bradley"): their heads match whole words only.
    whole_words: bool = False


# English has none: PolNeAR, the English reference, annotates "according to state law, …" as
# an attributed statement (one PolNeAR train statement lost with "law"/"rules" listed).
_PACKS: dict[str, DocumentWords] = {
    "de": DocumentWords(rule_heads=(
        "gesetz", "gesetzes", "gesetzen", "gesetzbuch", "gesetzbuchs", "regel", "regeln",
        "vorschrift", "vorschriften", "ordnung", "ordnungen",
        "richtlinie", "richtlinien", "satzung", "bestimmungen", "verfassung"),
        not_rule_heads=("anordnung", "anordnungen", "tagesordnung", "rangordnung")),
    # "secondo il regolamento", "según la normativa", "segundo o edital": a rule, nobody's
    # statement (issue 16, itales-quotes probes); not "rapporto"/"informe"/"relatório", a
    # finding someone reports
    "it": DocumentWords(rule_heads=(
        "legge", "leggi", "regolamento", "regolamenti", "regola", "regole", "norma", "norme",
        "normativa", "codice", "statuto", "costituzione", "decreto", "bando", "contratto"),
        whole_words=True),
    "es": DocumentWords(rule_heads=(
        "ley", "leyes", "reglamento", "reglamentos", "regla", "reglas", "norma", "normas",
        "normativa", "código", "estatuto", "estatutos", "constitución", "decreto", "contrato",
        "convocatoria"), whole_words=True),
    "pt": DocumentWords(rule_heads=(
        "lei", "leis", "regulamento", "regulamentos", "regra", "regras", "norma", "normas",
        "código", "estatuto", "constituição", "decreto", "edital", "contrato"),
        whole_words=True),
}


def rule_document(code: str | None, word: str, *, bare: bool = False) -> bool:
    """Whether ``word`` (any case) names a rule document in the language of ``code``.
    ``bare``: no article before it. Where heads match whole words, common nouns take an
    article there ("según la ley"), so a bare capitalised head is a given name: "según Norma
    Pérez", "según Regla Martínez" (issue-16 review probes)."""
    pack = _PACKS.get(code or "")
    key = normalize_for_match(word)
    if pack is not None and pack.whole_words:
        return key in {normalize_for_match(h) for h in pack.rule_heads} and not (
            bare and word[:1].isupper())
    return pack is not None and any(key.endswith(normalize_for_match(h)) for h in pack.rule_heads
                                    ) and not any(key.endswith(normalize_for_match(h))
                                                  for h in pack.not_rule_heads)


__all__ = ["DocumentWords", "rule_document"]
