"""One source for data two rules read (the cleanup of the final review's findings): the shared
preposition test of the place retyping rules, the shared function words, the German Konjunktiv
finites, the English ordinal of a street and the pack discovery that ``rules`` re-exports."""

from __future__ import annotations

import pytest

from dragoman.entities import germanarticle, locativeplaces, orgplaces
from dragoman.entities.locativeplaces import preposition_before
from dragoman.entities.nameclass import head_type
from dragoman.language import discovery, functionwords, rules
from dragoman.language.rules import rules_for
from dragoman.language.speakerwords import speaker_words
from dragoman.quotes import complements

_PREPS = frozenset({"de", "d'", "to", "in"})
_HEADS = frozenset({"according", "équipe"})


def _before(text: str, **kwargs: object) -> bool:
    return preposition_before(text + "X", len(text), _PREPS, _HEADS, 40, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["flew to ", "to ", "mood here in\u00a0"])
def test_a_preposition_right_before_is_found(text: str) -> None:
    assert _before(text)


@pytest.mark.parametrize("text", ["in 2019, ", "according to ", "to", "flew ", "to, "])
def test_no_preposition_or_a_governed_one_is_not(text: str) -> None:
    assert not _before(text)


def test_elisions_and_capitals_only_where_asked() -> None:
    assert _before("le siège d'", elisions=("'", "’")) and not _before("le siège d'")
    assert _before("le siège d’", elisions=("'", "’"))
    assert not _before("l'équipe de ", elisions=("'",))  # the elided article is cut
    assert _before("Banque de ") and not _before("Banque de ", capitals_govern=True)
    assert not _before("(according to ", governor_marks="(") and _before("(according to ")


def test_both_place_rules_read_the_shared_test() -> None:
    assert not hasattr(orgplaces, "_after") and not hasattr(locativeplaces, "_after")


def test_function_words_have_one_home() -> None:
    assert complements.ARTICLES is functionwords.ARTICLES
    assert germanarticle.inflected_adjective is functionwords.inflected_adjective
    assert functionwords.inflected_adjective("italienischen")
    assert not functionwords.inflected_adjective("Neue") and not functionwords.inflected_adjective("am")


def test_konjunktiv_finites_share_their_core() -> None:
    sw = speaker_words("de")
    both = sw.subjunctive_finites & sw.indirect_mood_finites
    assert {"sei", "hätten", "dürfe"} <= both
    assert "ist" in sw.subjunctive_finites and "ist" not in sw.indirect_mood_finites
    assert "gäbe" in sw.indirect_mood_finites and "gäbe" not in sw.subjunctive_finites


def test_the_street_ordinal_is_english_pack_data() -> None:
    packs_with = {r.code for r in rules.all_rules() if r.entity_words.ordinal_opener}
    assert packs_with == {"en"}
    assert head_type("125th Street") == "LOC" and head_type("125 Street") is None
    assert head_type("Street") is None


def test_rules_re_exports_the_discovery() -> None:
    assert rules.rules_for is discovery.rules_for and rules.all_rules is discovery.all_rules
    found = rules_for("de")
    assert found is not None and isinstance(found, rules.LanguageRules)
    assert rules.pack_of("pt_BR") is rules_for("pt") and rules.pack_of("xx") is None
