"""Word classes that settle a link whatever NER said: nationalities, glued function words,
given names, months and disease names (original sentences, mentions given by hand)."""

from __future__ import annotations

import pytest

from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from dragoman.export import article_to_dict
from dragoman.model import Article, EntityType, Mention


@pytest.fixture()
def linker() -> Linker:
    return Linker(memory=Memory())


def mention(text: str, surface: str, label: EntityType) -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, label)


def linked(linker: Linker, text: str, items: list[tuple[str, EntityType]], language: str) -> list[Mention]:
    out, _ = linker.link(text, [mention(text, s, lab) for s, lab in items], language=language)
    return out


def test_nationality_adjectives_are_mentions_of_their_country(linker: Linker) -> None:
    en = "Two Ukrainian pilots and a Canadian instructor trained beside Norwegians at the base."
    ar = "وأكد المسؤول الأوكراني أن الطائرات الكندية وصلت، فيما رحّب النرويجيون بالاتفاق."
    got_en = {m.text: m.entity_id for m in linked(
        linker, en, [("Ukrainian", "MISC"), ("Canadian", "MISC"), ("Norwegians", "MISC")], "en")}
    got_ar = {m.text: m.entity_id for m in linked(
        linker, ar, [("الأوكراني", "MISC"), ("الكندية", "LOC"), ("النرويجيون", "MISC")], "ar")}
    assert got_en == {"Ukrainian": "country-UA", "Canadian": "country-CA", "Norwegians": "country-NO"}
    assert got_ar == {"الأوكراني": "country-UA", "الكندية": "country-CA", "النرويجيون": "country-NO"}


def test_nationality_words_ner_missed_are_found_outside_longer_names(linker: Linker) -> None:
    text = ("Dutch engineers inspected the dam before boarding an American Airlines flight "
            "with Latin American delegates.")
    out = linked(linker, text, [], "en")
    assert {(m.text, m.entity_id) for m in out} == {("Dutch", "country-NL")}
    ar = "وصل وفد هولندي إلى المدينة، ورفع يده اليمنى ثم قال إنه هولندي."
    out = linked(linker, ar, [], "ar")
    assert [(m.text, m.entity_id) for m in out] == [("هولندي", "country-NL")] * 2  # not "اليمنى" (right)


def test_a_proclitic_before_a_nationality_is_cut_off(linker: Linker) -> None:
    text = "التقى الوزير نظيره التونسي والجزائري في العاصمة."
    out = linked(linker, text, [("والجزائري", "MISC")], "ar")
    (m,) = [m for m in out if m.entity_id == "country-DZ"]
    assert m.text == "الجزائري" and text[m.start : m.end] == m.text


def test_sentence_initial_function_words_are_cut_from_a_name(linker: Linker) -> None:
    text = ("Because Microsoft delayed the update, clinics waited. Meanwhile Interpol issued a notice. "
            "Although Okonkwo-Baptiste objected, the vote went ahead.")
    out = linked(linker, text, [("Because Microsoft", "ORG"), ("Meanwhile Interpol", "ORG"),
                                ("Although Okonkwo-Baptiste", "PER")], "en")
    texts = {m.text for m in out}
    assert {"Microsoft", "Interpol", "Okonkwo-Baptiste"} <= texts
    assert not any(t.split()[0] in ("Because", "Meanwhile", "Although") for t in texts)
    assert all(text[m.start : m.end] == m.text for m in out)


def test_the_article_stays_and_a_lone_function_word_is_not_cut(linker: Linker) -> None:
    text = "The Hague court sat while However spoke."  # "However" alone: nothing to cut to
    out = linked(linker, text, [("The Hague", "LOC"), ("However", "PER")], "en")
    assert {m.text for m in out} >= {"The Hague", "However"}


def test_a_given_name_alone_is_a_person_never_a_place(linker: Linker) -> None:
    text = "Andrew waved from the boat while Alexander and Mike stayed ashore."
    out = linked(linker, text, [("Andrew", "LOC"), ("Alexander", "LOC"), ("Mike", "LOC")], "en")
    assert {m.text: m.label for m in out} == {"Andrew": "PER", "Alexander": "PER", "Mike": "PER"}
    assert not any((m.entity_id or "").startswith(("city-", "country-")) for m in out)


def test_disease_names_never_link_to_a_town(linker: Linker) -> None:
    ar = "ارتفع عدد الإصابات بفيروس كورونا في المدينة الساحلية."
    en = "Corona cases rose again in the coastal province."
    for text, surface, language in ((ar, "كورونا", "ar"), (en, "Corona", "en")):
        out = linked(linker, text, [(surface, "LOC")], language)
        (m,) = [m for m in out if m.text == surface]
        assert m.label == "MISC"
        assert not (m.entity_id or "").startswith("city-")


def test_month_and_weekday_names_are_not_entities_unless_a_person(linker: Linker) -> None:
    text = "On Thursday in February the committee met; May later told reporters it was over."
    out = linked(linker, text, [("Thursday", "LOC"), ("February", "ORG"), ("May", "PER")], "en")
    assert {m.text for m in out} == {"May"}
    ar = "عقد المجلس جلسته يوم الخميس في شهر فبراير."
    assert not linked(linker, ar, [("الخميس", "LOC"), ("فبراير", "ORG")], "ar")


def test_export_lists_no_entity_without_an_id(linker: Linker) -> None:
    text = "Ms Quillfeather met the Russian delegation in Vienna."
    mentions, entities = linker.link(
        text,
        [Mention(0, 15, "Ms Quillfeather", "PER", None, 0.3), mention(text, "Russian", "MISC"),
         mention(text, "Vienna", "LOC")],
        language="en",
    )
    assert any(m.entity_id is None for m in mentions)  # a doubtful span stays unlinked
    article = Article(id="a1", source="test", text=text, language="en",
                      mentions=mentions, entities=entities)
    listed = article_to_dict(article)["entities"]
    assert listed and all(e["id"] for e in listed)
    assert len({e["id"] for e in listed}) == len(listed)
    assert {e.id for e in entities} == {e["id"] for e in listed}
