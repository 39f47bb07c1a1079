"""A title of the article's own language cut off the name NER tagged with it
(entities/packtitles.py: "Me", "Maître" in French); original sentences."""

from __future__ import annotations

import dragoman
from dragoman.entities.packtitles import without_pack_titles
from dragoman.language.rules import pack_of
from dragoman.model import EntityType, Mention


def _mention(text: str, surface: str, label: EntityType) -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, label)


def _titles() -> tuple[str, ...]:
    pack = pack_of("fr")
    assert pack is not None
    return pack.entity_words.own_person_titles


def test_lawyer_title_is_cut_and_the_rest_is_a_person() -> None:
    text = "Me Lucie Marchand, avocate du maire, a fait appel. Maître Paul Roche aussi."
    mentions = [_mention(text, "Me Lucie Marchand", "ORG"), _mention(text, "Maître Paul Roche", "PER")]
    out = without_pack_titles(text, mentions, _titles())
    assert [(m.text, m.label) for m in out] == [("Lucie Marchand", "PER"), ("Paul Roche", "PER")]
    assert all(text[m.start : m.end] == m.text for m in out)


def test_title_before_no_capitalised_word_or_linked_stays() -> None:
    text = "Me voilà, dit Karim. Me Too est un mouvement, rappelle Lina Haddad."
    lone = _mention(text, "Me voilà", "MISC")
    linked = Mention(text.index("Me Too"), text.index("Me Too") + 6, "Me Too", "MISC", entity_id="x")
    assert without_pack_titles(text, [lone, linked], _titles()) == [lone, linked]


def test_no_titles_changes_nothing() -> None:
    text = "Me Too began online, said Dana Reyes."
    mentions = [_mention(text, "Me Too", "MISC"), _mention(text, "Dana Reyes", "PER")]
    assert without_pack_titles(text, mentions, ()) == mentions


def test_analyze_french_lawyer_and_english_me_too() -> None:
    fr = "Selon Me Antoine Vallet, son client conteste les faits devant le tribunal de Rennes."
    assert "Antoine Vallet" in [m.text for m in dragoman.analyze(fr, "fr").mentions]
    assert "Me Antoine Vallet" not in [m.text for m in dragoman.analyze(fr, "fr").mentions]
    en = "The Me Too movement spread widely in 2017, said Dana Reyes in Chicago."
    assert "Too" not in [m.text for m in dragoman.analyze(en, "en").mentions]
