"""Speech-verb forms generated from lemmas (language/verbforms.py), with an invented class."""

from __future__ import annotations

from dragoman.language.verbforms import Conjugation

_VERBS = Conjugation(
    endings={"er": ("e", "ent", "a", "èrent", "ait", "é"),
             "ir": ("it", "issent", "it", "irent", "issait", "i")},
    perfect=("a", "ont"),
    plural_imperfect=lambda imp: imp[:-1] + "ent",
    irregular={"faire": ("fait", "font", "fit", "firent", "faisait", "fait")},
    noun_forms=frozenset({"note"}),
)


def test_regular_lemmas_take_their_class_endings() -> None:
    assert _VERBS.forms("déclarer") == ("déclare", "déclarent", "déclara", "déclarèrent",
                                        "déclarait", "déclaraient", "a déclaré", "ont déclaré")
    assert "avertissent" in _VERBS.forms("avertir") and "a averti" in _VERBS.forms("avertir")


def test_a_multi_word_lemma_is_conjugated_in_its_listed_first_word() -> None:
    forms = _VERBS.forms("faire savoir")
    assert forms[:6] == ("fait savoir", "font savoir", "fit savoir", "firent savoir",
                         "faisait savoir", "faisaient savoir")
    assert "ont fait savoir" in forms


def test_noun_forms_and_compound_only() -> None:
    assert "note" not in _VERBS.forms("noter")
    assert _VERBS.forms("noter", simple=False) == ("a noté", "ont noté")
