"""Titles of works are no people, organisations or places; a multi-word name is not cut down
to a known name of another type inside it, nor a person's name to one without its given name
(original sentences, mentions given by hand)."""

from __future__ import annotations

import pytest

from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory, title_cut
from dragoman.entities.works import WORK_QUOTE_MAX_WORDS, title_quotes
from dragoman.model import EntityType, Mention
from tests.support.mentions import mentions


@pytest.fixture()
def linker() -> Linker:
    return Linker(memory=Memory())


def link(linker: Linker, text: str, items: list[tuple[str, EntityType]],
         language: str) -> list[Mention]:
    out, _ = linker.link(text, mentions(text, items), language=language)
    return out


def quoted(text: str) -> list[str]:
    return [text[a:b] for a, b in title_quotes(text)]


# -- title quotations, in each language pack's marks -----------------------------------------

def test_title_quotes_in_each_style() -> None:
    assert quoted("Best song: Ida Moss, “Paper Lanterns”; Joel Hart, “Tinder”.") == [
        "Paper Lanterns", "Tinder"]
    assert quoted("Sie spielte im „Nachtzug“ und sang »Heimweh«.") == ["Nachtzug", "Heimweh"]
    assert title_quotes("Sie spielte im „Nachtzug“.", "de") == []  # German quotes organisations
    assert quoted("Le film « Solstice » et le livre «Brumes» sont sortis.") == ["Solstice", "Brumes"]
    assert quoted("Her single ‘Driftwood’ and \"Sea of Glass\" both charted.") == [
        "Driftwood", "Sea of Glass"]


def test_no_title_quotes_where_the_press_quotes_organisations() -> None:
    # Russian and Arabic papers put companies and movements in guillemets
    assert title_quotes("Компания «Северный Ветер» открыла завод.", "ru") == []
    assert title_quotes("صدر ألبومه «رمال» هذا العام.", "ar") == []
    assert quoted("Le roman «Brumes» a paru en mai.") == ["Brumes"]


def test_speech_is_no_title_quote() -> None:
    # words of speech in lower case, a long quotation, a mark inside a word: no title
    assert quoted("“Greedy landlords will pay,” said Ida Moss.") == []
    words = " ".join(["Word"] * (WORK_QUOTE_MAX_WORDS + 1))
    assert quoted(f"He shouted “{words}” twice.") == []
    assert quoted("Rock 'n' roll and don't stop.") == []


def test_song_titles_found_no_entity(linker: Linker) -> None:
    text = ("Best Pop Song went to Ida Moss for “Tinder”; Joel Hart was nominated for "
            "“Boys in Amber”. Moss later sang “Tinder” on stage.")
    out = link(linker, text, [("Ida Moss", "PER"), ("Tinder", "ORG"), ("Joel Hart", "PER"),
                              ("Boys", "PER"), ("Amber", "LOC"), ("Moss", "PER"),
                              ("Tinder", "ORG")], "en")
    by_text = {m.text: m for m in out}
    for title in ("Tinder", "Boys", "Amber"):
        assert by_text[title].entity_id is None and by_text[title].label == "MISC"
    assert by_text["Ida Moss"].entity_id is not None
    assert by_text["Moss"].entity_id == by_text["Ida Moss"].entity_id


def test_name_written_outside_quotes_stays(linker: Linker) -> None:
    text = "Tinder released “Tinder” in May, and Tinder toured Ohio after."
    out = link(linker, text, [("Tinder", "ORG"), ("Tinder", "ORG"), ("Tinder", "ORG")], "en")
    assert all(m.entity_id is not None for m in out if m.text == "Tinder")


def test_known_organisation_in_quotes_stays(linker: Linker) -> None:
    text = "The agency, known simply as “Reuters”, confirmed the figures on Monday."
    out = link(linker, text, [("Reuters", "ORG")], "en")
    assert [m.entity_id for m in out if m.text == "Reuters"] == ["reuters"]


def test_name_in_quoted_speech_stays(linker: Linker) -> None:
    text = "“We met Corvin Halle at the border and he was calm,” the officer said."
    out = link(linker, text, [("Corvin Halle", "PER")], "en")
    assert out[0].entity_id is not None and out[0].label == "PER"


def test_quoted_organisation_in_german_stays(linker: Linker) -> None:
    # German papers quote organisations' and newspapers' names: no title rule there
    text = "Beteiligt waren Mitglieder der «Freien Arbeitsgruppe Nord», sagte Lea Sommer."
    out = link(linker, text, [("Freien Arbeitsgruppe Nord", "ORG"), ("Lea Sommer", "PER")], "de")
    assert all(m.entity_id is not None for m in out)


def test_french_title_quote(linker: Linker) -> None:
    text = "Le soir, Chloé Marchand a lu « Solstice » devant le public de la librairie."
    out = link(linker, text, [("Chloé Marchand", "PER"), ("Solstice", "LOC")], "fr")
    by_text = {m.text: m for m in out}
    assert by_text["Solstice"].entity_id is None and by_text["Solstice"].label == "MISC"
    assert by_text["Chloé Marchand"].entity_id is not None


# -- a multi-word name is not cut down to an inner known name --------------------------------

@pytest.mark.parametrize("club", ["اتحاد طنجة", "نجم ميلان", "شباب سرقسطة"])
def test_arabic_club_is_not_its_city(linker: Linker, club: str) -> None:
    text = f"وفاز {club} بالمباراة الأخيرة بهدفين نظيفين."
    out = link(linker, text, [(club, "ORG")], "ar")
    [m] = out
    assert m.text == club and m.label == "ORG"
    assert m.entity_id is not None and not m.entity_id.startswith("city-")


def test_city_inside_a_club_name_still_links_alone(linker: Linker) -> None:
    text = "ووصل الفريق إلى طنجة مساء الأحد."
    out = link(linker, text, [("طنجة", "LOC")], "ar")
    assert out[0].entity_id is not None and out[0].entity_id.startswith("city-")


def test_latin_club_is_not_its_city(linker: Linker) -> None:
    text = "Racing Zaragoza beat their rivals on Sunday, and Racing Zaragoza now lead."
    out = link(linker, text, [("Racing Zaragoza", "ORG"), ("Racing Zaragoza", "ORG")], "en")
    assert {m.text for m in out} == {"Racing Zaragoza"}
    assert all(m.entity_id and not m.entity_id.startswith("city-") for m in out)


def test_given_name_ali_is_no_preposition() -> None:
    # "على" (on) is glued to names by NER and cut; "علي" (Ali) is a given name and stays
    assert title_cut("علي حسن الزبيدي") == 0
    assert title_cut("على الزبيدي") == len("على ")


def test_arabic_person_keeps_given_name(linker: Linker) -> None:
    text = "وقال علي حسن الزبيدي إن المفاوضات ستستأنف قريبا."
    out = link(linker, text, [("علي حسن الزبيدي", "PER")], "ar")
    assert [m.text for m in out] == ["علي حسن الزبيدي"]
    assert out[0].entity_id is not None
