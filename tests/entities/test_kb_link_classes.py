"""Knowledge-base links that respect spelling, primary names and language (issue 14):
a person whose name has one Latin spelling is not met by another Latin spelling through the
skeleton of a name in another script (``kb.fixed_latin``); a city's other name does not take
a larger place's own name (``kbsources._taken``); a place's name of some languages only is
known as such (``KnowledgeBase.foreign_name``); a one-word name the KB took for a place
before a learned surname is that person's first name (``contextspot``). Original sentences;
mentions given by hand (no NER model)."""

from __future__ import annotations

from dragoman.entities.kb import KbEntity, fixed_latin, load_kb
from dragoman.entities.kbsources import _taken
from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from dragoman.entities.resolve import NameResolver
from dragoman.model import EntityType
from tests.entities.mentions import linked_ids

GUTERRES = "antonio-guterres"


def test_another_latin_spelling_is_another_person() -> None:
    resolver = NameResolver(memory=Memory())
    assert resolver.resolve("Antonio Gutierrez", "PER")[0] != GUTERRES
    assert resolver.resolve("Gutierrez", "PER")[0] != GUTERRES
    # his own Latin spellings, and an Arabic spelling the KB does not list, still find him
    assert resolver.resolve("Antonio Guterres", "PER")[0] == GUTERRES
    assert resolver.resolve("انطونيو جوتيريز", "PER")[0] == GUTERRES


def test_activist_in_a_german_report_is_not_the_secretary_general() -> None:
    text = ("Der Mieteraktivist Antonio Gutierrez aus Chicago ruft zum Streik auf. "
            "Gutierrez sagt, viele Familien könnten die Miete im Mai nicht zahlen.")
    names: list[tuple[str, EntityType]] = [("Antonio Gutierrez", "PER"), ("Chicago", "LOC"),
                                           ("Gutierrez", "PER")]
    ids = linked_ids(Linker(memory=Memory()), text, names, "de")
    assert ids["Antonio Gutierrez"] != GUTERRES and ids["Gutierrez"] != GUTERRES
    assert ids["Chicago"] is not None and not ids["Chicago"].startswith("x-")


def _person(*names: str) -> KbEntity:
    return KbEntity("p", "PER", {"en": names[0]}, list(names[1:]))


def test_one_latin_spelling_up_to_diacritics_is_fixed_several_are_a_transliteration() -> None:
    assert fixed_latin(_person("Lucía Ferrándiz", "Lucia Ferrandiz", "Ferrandiz", "فيرانديز"))
    # written two ways in Latin script: a transliteration, other spellings may be it too
    assert not fixed_latin(_person("Yuri Obolenskiy", "Yuri Obolensky", "Obolensky"))
    assert not fixed_latin(_person("يوسف الحداد"))  # no Latin name at all
    assert not fixed_latin(KbEntity("c", "LOC", {"en": "Lisbon"}))


def test_an_old_name_does_not_take_a_larger_places_own_name() -> None:
    kb = load_kb()
    assert kb.by_key["philadelphia"] == ["city-4560349"]  # not Amman's ancient name
    text = "Auch in Philadelphia und Seattle organisieren Mieter einen Streik gegen die Vermieter."
    names: list[tuple[str, EntityType]] = [("Philadelphia", "LOC"), ("Seattle", "LOC")]
    ids = linked_ids(Linker(memory=Memory()), text, names, "de")
    assert ids["Philadelphia"] == "city-4560349"
    # a spelling or short form of a larger city's own name stays that city's
    assert kb.by_key["odessa"][0] == "city-odesa"
    assert "city-3904906" in kb.by_key["santa cruz"]


def test_taken_decides_by_primary_name_then_size() -> None:
    assert _taken(("Philadelphia", 1_500_000), "Philadelphia", "Amman", 1_200_000)
    assert _taken(("Northbrook", 200_000), "Northbrook", "Velmora", 900_000)  # another name
    assert not _taken(("Odessa", 100_000), "Odessa", "Odesa", 1_000_000)  # its own, larger
    assert _taken(("Odessa", 2_000_000), "Odessa", "Odesa", 1_000_000)
    assert not _taken(("Amman", 1_200_000), "Amman", "Amman", 1_200_000)  # namesakes
    assert not _taken(None, "Rabbath Ammon", "Amman", 1_200_000)


def test_a_name_of_some_languages_is_foreign_to_the_others() -> None:
    kb = load_kb()
    assert kb.foreign_name("country-IS", "Island", "en")  # "trenches dug on the Island"
    assert not kb.foreign_name("country-IS", "Island", "de")
    assert not kb.foreign_name("country-IS", "Iceland", "en")
    assert not kb.foreign_name("country-IQ", "Irak", "fr")  # the same name in French
    assert not kb.foreign_name("country-US", "USA", "de")  # an alias: a name everywhere
    assert not kb.foreign_name("country-IS", "Island", None)
    assert not kb.foreign_name("country-IS", "Island", "nl")  # the KB has no Dutch names
    assert not kb.foreign_name("country-RU", "روسيا", "en")  # another script: no English word
    # a place the KB names in English only keeps that name in German text
    assert not kb.foreign_name("region-florida", "Florida", "de")


def test_first_name_taken_for_a_place_before_a_learned_surname() -> None:
    linker = Linker(memory=Memory())
    en = "The Catalan chemist Oriol Barcons won the prize, and Barcons thanked his students."
    known = linked_ids(linker, en, [("Oriol Barcons", "PER"), ("Barcons", "PER")], "en")
    person = known["Oriol Barcons"]
    assert person is not None and person.startswith("x-")
    ar = "فاز الكيميائي أوريول باركونس بالجائزة وشكر طلابه."
    ids = linked_ids(linker, ar, [("أوريول", "LOC"), ("باركونس", "PER")], "ar")
    assert ids["أوريول"] == person
    # the place alone, before no learned surname, stays the place
    alone = linked_ids(linker, "زار الوفد مدينة أوريول أمس.", [("أوريول", "LOC")], "ar")
    assert alone["أوريول"] is not None and not alone["أوريول"].startswith("x-")


def test_a_foreign_name_of_a_place_is_not_linked_in_english_text() -> None:
    linker = Linker(memory=Memory())
    en = ("Workers dug new trenches on Island before dawn, and a ferry from Iceland "
          "brought more shovels.")
    ids = linked_ids(linker, en, [("Island", "LOC"), ("Iceland", "LOC")], "en")
    assert ids.get("Island") != "country-IS"
    assert ids["Iceland"] == "country-IS"
    de = "Im Sommer reiste die Familie nach Island und wanderte dort zwei Wochen."
    assert linked_ids(linker, de, [("Island", "LOC")], "de")["Island"] == "country-IS"


def test_a_nationality_word_that_is_a_foreign_name_keeps_its_country() -> None:
    text = "Two ministers of the Argentine government flew to Lima on Tuesday."
    names: list[tuple[str, EntityType]] = [("Argentine", "MISC"), ("Lima", "LOC")]
    assert linked_ids(Linker(memory=Memory()), text, names, "en")["Argentine"] == "country-AR"
