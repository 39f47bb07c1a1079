"""Third-person forms of speech verbs from their lemmas, for packs that list verbs by lemma
(Spanish, Portuguese, Italian, French). Each pack gives its conjugation classes; the forms are
those news writes a speech verb in: present, simple past and imperfect, singular and plural,
and the perfect with the pack's two auxiliaries ("asegura", "aseguraban", "han asegurado")."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

# present 3sg, present 3pl, simple past 3sg, simple past 3pl, imperfect 3sg, participle
Forms = tuple[str, str, str, str, str, str]


@dataclass(frozen=True)
class Conjugation:
    """``endings``: infinitive ending ("ar", "are") -> the endings of ``Forms`` added to the
    stem; ``irregular``: lemma -> its ``Forms`` written out (a multi-word lemma
    whose first word is listed is conjugated in that word: "faire savoir"); ``perfect``: the singular and
    plural auxiliaries ("ha", "han"); ``plural_imperfect``: the imperfect 3pl from the 3sg;
    ``noun_forms``: forms left out because news uses them mostly as nouns ("denuncia")."""

    endings: Mapping[str, Forms]
    perfect: tuple[str, str]
    plural_imperfect: Callable[[str], str]
    irregular: Mapping[str, Forms] = field(default_factory=dict)
    noun_forms: frozenset[str] = frozenset()
    # more (singular, plural) auxiliaries with the participle: the pluperfect and past
    # conditional of French ("avait déclaré", "auraient affirmé")
    more_perfects: tuple[tuple[str, str], ...] = ()

    def forms(self, lemma: str, simple: bool = True) -> tuple[str, ...]:
        """The forms of ``lemma`` (without ``noun_forms``), in a fixed order; without
        ``simple``, only the compound tenses (auxiliary and participle)."""
        head_verb, _, particle = lemma.partition(" ")
        if lemma in self.irregular:
            pres, pres_pl, past, past_pl, imp, part = self.irregular[lemma]
        elif particle and head_verb in self.irregular:  # "faire savoir" as "faire", + "savoir"
            pres, pres_pl, past, past_pl, imp, part = (
                f"{f} {particle}" for f in self.irregular[head_verb])
        else:
            ending = next(e for e in self.endings if lemma.endswith(e))
            stem = lemma[: -len(ending)]
            pres, pres_pl, past, past_pl, imp, part = (stem + e for e in self.endings[ending])
        # a multi-word verb ("faisait savoir", "rendeva noto") agrees in its first word
        head, _, rest = imp.partition(" ")
        imp_pl = " ".join(w for w in (self.plural_imperfect(head), rest) if w)
        compound = tuple(f"{aux} {part}" for pair in (self.perfect, *self.more_perfects)
                         for aux in pair)
        made = (pres, pres_pl, past, past_pl, imp, imp_pl, *compound) if simple else compound
        return tuple(f for f in made if f not in self.noun_forms)

    def all_forms(self, lemmas: tuple[str, ...], simple: bool = True) -> tuple[str, ...]:
        """The forms of every lemma, each once, in order (``simple``: as in ``forms``)."""
        return tuple(dict.fromkeys(f for lemma in lemmas for f in self.forms(lemma, simple)))
