"""Countries and cities as speakers: the speaker is the place's knowledge-base entity."""

from __future__ import annotations

import pytest

import dragoman
from dragoman.model import Article, Mention
from dragoman.quotes import find_quotes
from dragoman.quotes.places import capital_runs, place_mentions

_PLACES = {"Kenya": ("country-KE", "Kenya", True), "Nairobi": ("city-nairobi", "Nairobi", False),
           "South Sudan": ("country-SS", "South Sudan", True)}


def _lookup(name: str) -> tuple[str, str, bool] | None:
    return _PLACES.get(name)


def _runs(text: str) -> list[tuple[int, int, str]]:
    from dragoman.quotes.lexicon import words

    return capital_runs([(w.start, w.end, w.text) for w in words(text)], text)


def test_an_unlinked_person_mention_that_names_a_place_becomes_the_place() -> None:
    text = "Nairobi announced that the new rail link to the coast would open in May."
    mentions, names = place_mentions(text, [Mention(0, 7, "Nairobi", "PER")], _runs(text),
                                     frozenset(), _lookup)
    assert [(m.label, m.entity_id) for m in mentions] == [("LOC", "city-nairobi")]
    assert names == {"city-nairobi": "Nairobi"}


def test_a_word_of_a_longer_person_name_stays_that_person() -> None:
    text = "Amos Kenya met the board. Kenya said the talks had gone well."
    given = [Mention(0, 10, "Amos Kenya", "PER"), Mention(26, 31, "Kenya", "PER")]
    mentions, _ = place_mentions(text, given, _runs(text), frozenset(), _lookup)
    assert [m.entity_id for m in mentions] == [None, None]


def test_a_place_no_mention_covers_is_added_when_it_is_a_whole_run_of_capitals() -> None:
    text = "South Sudan said the border posts would reopen on Monday."
    mentions, _ = place_mentions(text, [], _runs(text), frozenset(), _lookup)
    assert [(m.text, m.entity_id) for m in mentions] == [("South Sudan", "country-SS")]
    text = "Envoy Kenya Amos Otieno said the border posts would reopen on Monday."
    assert place_mentions(text, [], _runs(text), frozenset(), _lookup)[0] == []


def test_a_linked_mention_and_a_word_written_in_lower_case_are_left_alone() -> None:
    text = "Kenya said it would act. Officials in kenya disagreed."
    linked = Mention(0, 5, "Kenya", "ORG", "org-kenya-airways")
    mentions, names = place_mentions(text, [linked], _runs(text), frozenset({"kenya"}), _lookup)
    assert mentions == [linked] and names == {}


def test_a_one_word_place_opening_a_sentence_speaks_only_when_it_is_a_known_place() -> None:
    text = "Kenya said that the border posts with its neighbour would reopen on Monday."
    article = Article(id="t", source="t", text=text, language="en", sentences=[(0, len(text))])
    quotes, _ = find_quotes(article)
    with_places, _ = find_quotes(article, _lookup)
    assert quotes == []  # a lone capitalised word with no mention is no speaker
    assert [(q.speaker_id, q.speaker_name) for q in with_places] == [("country-KE", "Kenya")]


@pytest.mark.parametrize(("lang", "text", "speaker", "entity"), [
    ("ru", "Украина заявила, что поставки зерна через порты Одессы возобновятся в апреле.",
     "Украина", "country-UA"),
    ("ru", "Москва сообщила, что делегация прибудет на переговоры в Женеву в конце недели.",
     "Москва", "city-moscow"),
    ("en", "Ukraine has repeatedly warned that grain shipments through its ports remain at risk.",
     "Ukraine", "country-UA"),
    ("fr", "Pékin a annoncé que les droits de douane sur les voitures électriques seraient relevés.",
     "Pékin", "city-beijing"),
    ("ar", "وأعلنت موسكو أن الوفد سيصل إلى جنيف في نهاية الأسبوع لبدء المحادثات.",
     "موسكو", "city-moscow"),
])
def test_a_country_or_capital_speaking_is_linked_to_its_entity(lang: str, text: str, speaker: str,
                                                              entity: str) -> None:
    quotes = dragoman.analyze(text, lang=lang).quotes
    assert [(q.direct, q.speaker_text, q.speaker_id) for q in quotes] == [(False, speaker, entity)]
