"""Evidence of a referent's type and of its forms besides NER (issue 14, entities an analyst
can trust): a person's age in apposition, role nouns and titles (German ones, plural ones
before a list), a surname NER types like its full name, a given name the knowledge base does
not know, an organisation's name without its head word where NER says place. Original
sentences; NER mentions given by hand with the wrong types NER gives."""

from __future__ import annotations

import pytest

from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from dragoman.entities.nameclass import head_after, head_type
from dragoman.entities.personcue import age_follows
from dragoman.entities.referents import find_referents
from dragoman.entities.titles import (
    leading_titles,
    list_follows,
    person_role_before,
    plural_title,
    titles_before,
)
from dragoman.entities.wordclass import function_word_tail
from dragoman.model import EntityType, Mention
from tests.entities.mentions import linked, tagged


@pytest.fixture()
def linker() -> Linker:
    return Linker(memory=Memory())


def link(linker: Linker, text: str, items: list[tuple[str, EntityType]], language: str = "en",
         score: float = 0.9) -> list[Mention]:
    return linked(linker, text, items, language, score)


def test_an_age_in_apposition_is_read_in_each_written_form() -> None:
    for text, name in (("Oskar Veldhuis, 58, runs the ferry.", "Oskar Veldhuis"),
                       ("Elle a parlé à Maëlle Rigaud, 34 ans, hier.", "Maëlle Rigaud"),
                       ("Gestern sprach Theda Brinkmann (61) im Rathaus.", "Theda Brinkmann"),
                       ("The twins, Ada, 4.", "Ada")):
        assert age_follows(text, text.index(name) + len(name)), text
    for text, name in (("Tournai, 2019, was the venue.", "Tournai"),  # a year, no age
                       ("Lindqvist (dpa) reported it.", "Lindqvist"),
                       ("Holt won 3-1 at home.", "Holt")):
        assert not age_follows(text, text.index(name) + len(name)), text


def test_a_name_followed_by_an_age_is_a_person_whatever_ner_says(linker: Linker) -> None:
    text = ("Rowan Ashdown shared photos of the farm. The pictures showed the children, Birch, "
            "6, and Linnet, 2. Birch fed the goats while Linnet slept.")
    out = link(linker, text, [("Rowan Ashdown", "PER"), ("Birch", "LOC"), ("Linnet", "ORG"),
                              ("Birch", "LOC"), ("Linnet", "LOC")])
    assert {m.label for m in out if m.text in ("Birch", "Linnet")} == {"PER"}


def test_a_surname_ner_types_like_its_full_name_joins_it(linker: Linker) -> None:
    # NER calls the anchor an organisation every time: one referent still, not two entities
    text = ("Quillon Marsh-Avery's guest was Tamsin Orrell on Tuesday. Later Orrell pressed the "
            "minister three times.")
    out = link(linker, text, [("Tamsin Orrell", "ORG"), ("Orrell", "ORG")])
    assert out[0].entity_id is not None and out[1].entity_id == out[0].entity_id


def test_a_band_name_joined_by_an_ampersand_owns_no_last_word(linker: Linker) -> None:
    text = "Fletch & Harrow headlined the festival. Harrow was also a single of that summer."
    out = link(linker, text, [("Fletch & Harrow", "ORG"), ("Harrow", "ORG")])
    assert out[1].entity_id != out[0].entity_id


def test_a_given_name_unknown_to_the_knowledge_base_is_the_one_person_with_it(linker: Linker) -> None:
    text = ("Ilsabet Corran chaired the hearing. Afterwards, reporters thought Ilsabet was "
            "about to resign.")
    out = link(linker, text, [("Ilsabet Corran", "PER"), ("Ilsabet", "ORG")])
    assert out[1].entity_id == out[0].entity_id is not None and out[1].label == "PER"


def test_an_unknown_company_name_without_its_head_word_joins_it_though_ner_says_place(
        linker: Linker) -> None:
    text = "Shares of Brindlecombe Corp fell. Brindlecombe said the refinery would reopen."
    out = link(linker, text, [("Brindlecombe Corp", "ORG"), ("Brindlecombe", "LOC")])
    assert out[1].entity_id == out[0].entity_id is not None and out[1].label == "ORG"


def test_a_german_title_is_cut_off_and_vouches_for_an_unsure_span(linker: Linker) -> None:
    text = ("Bundesministerin Hiltrud Wenzelmann eröffnete am Montag die Messe. Wenzelmann sagte, "
            "die Branche brauche Planungssicherheit.")
    out = link(linker, text, [("Bundesministerin Hiltrud Wenzelmann", "ORG")], language="de",
               score=0.45)  # NER unsure: alone, too unsure to found an entity
    person = [m for m in out if "Wenzelmann" in m.text]
    assert person[0].text == "Hiltrud Wenzelmann" and person[0].role == "Bundesministerin"
    assert person[0].label == "PER" and person[0].entity_id is not None
    untitled = link(Linker(memory=Memory()), "Hiltrud Wenzelmann eröffnete die Messe.",
                    [("Hiltrud Wenzelmann", "ORG")], language="de", score=0.45)
    assert untitled[0].entity_id is None


def test_a_title_before_an_organisations_name_is_not_cut() -> None:
    text = "General Dynamics Corporation won the contract."
    mentions = tagged(text, [("General Dynamics Corporation", "ORG")])
    find_referents(text, mentions, "en")
    assert mentions[0].text == "General Dynamics Corporation"


def test_a_role_noun_before_a_name_makes_it_a_person() -> None:
    text = "Selon la porte-parole Anouk Delvaux-Rey, le projet avance. Delvaux-Rey reste prudente."
    assert person_role_before(text, text.index("Anouk"))
    mentions = tagged(text, [("Anouk Delvaux-Rey", "ORG"), ("Delvaux-Rey", "ORG")])
    (referent,) = find_referents(text, mentions, "fr")
    assert referent.type == "PER"
    assert not person_role_before("Le Stade Auguste-Delaune", len("Le Stade "))


def test_names_listed_after_a_plural_title_are_people(linker: Linker) -> None:
    assert plural_title("Judges") and plural_title("Senators") and not plural_title("Judge")
    text = ("The appeal was heard by Judges Okonjo, Brandt, and Feliciano in March. Okonjo wrote "
            "the opinion. Brandt and Feliciano joined it in Denver and Tulsa.")
    out = link(linker, text, [("Judges Okonjo", "PER"), ("Brandt", "LOC"), ("Feliciano", "LOC"),
                              ("Okonjo", "PER"), ("Brandt", "LOC"), ("Feliciano", "LOC"),
                              ("Denver", "LOC"), ("Tulsa", "LOC")])
    judges = [m for m in out if m.text in ("Okonjo", "Brandt", "Feliciano")]
    assert judges[0].start == text.index("Okonjo")  # the plural title is cut off
    assert {m.label for m in judges} == {"PER"}
    assert {m.label for m in out if m.text in ("Denver", "Tulsa")} == {"LOC"}  # list ended


def test_a_head_word_ner_left_out_after_a_name_is_taken_in(linker: Linker) -> None:
    text = ("Officers closed Lindenhurst Avenue after the fire at the Corvale Apartments. "
            "Lindenhurst residents were moved.")
    out = link(linker, text, [("Lindenhurst", "LOC"), ("Corvale", "ORG"), ("Lindenhurst", "LOC")])
    assert [m.text for m in out[:2]] == ["Lindenhurst Avenue", "Corvale Apartments"]
    assert out[0].label == out[1].label == "LOC"
    assert out[2].text == "Lindenhurst"  # no head word after it
    assert head_after("in Hollow Street", len("in Hollow"), len("in Hollow"), "en") == len("in Hollow")
    # German writes every noun with a capital: "Platz" after a name is no head word of it
    german = "Im Flächenland Bayern gibt es in Bayern Platz für neue Anlagen."
    end = german.index("Bayern Platz") + len("Bayern")
    assert head_after(german, end, len(german), "de") == end


def test_a_place_before_a_party_word_in_a_person_span_stays_a_place(linker: Linker) -> None:
    # "Ohio Democrat" names no person, but Ohio is a place of the article
    text = "Rep. Dana Whitlow, Ohio Democrat, questioned the Orvane Zephyr Democrat panel."
    out = link(linker, text, [("Dana Whitlow", "PER"), ("Ohio Democrat", "PER"),
                              ("Orvane Zephyr Democrat", "PER")])
    ohio = [m for m in out if m.text.startswith("Ohio")]
    assert [(m.text, m.label) for m in ohio] == [("Ohio", "LOC")] and ohio[0].entity_id
    assert all(m.entity_id is None for m in out if "Orvane" in m.text)  # no place: no entity


def test_an_acronym_tagged_by_a_fragment_model_founds_an_entity(linker: Linker) -> None:
    # A model trained on Wikipedia fragments tags German nouns as names: a one-word name it
    # tags founds no entity, unless it has an acronym's shape ("BVK", "KfW")
    text = ("Der Vorstand der BVK stimmte am Dienstag zu. Laut BVK bleibt die Zustimmung "
            "aber an Auflagen gebunden, auch die KfW prüft.")
    mentions = tagged(text, [("BVK", "ORG"), ("BVK", "ORG"), ("Zustimmung", "ORG"), ("KfW", "ORG")])
    out, _ = linker.link(text, mentions, language="de", fragment_names=True)
    ids = {m.text: m.entity_id for m in out}
    assert ids["BVK"] is not None and ids["KfW"] is not None
    assert ids.get("Zustimmung") is None


def test_a_role_noun_before_an_acronym_is_no_person_evidence() -> None:
    text = "Selon sa fondatrice ZOPRA affirme son soutien. La ZOPRA agit depuis 2012."
    mentions = tagged(text, [("ZOPRA", "ORG"), ("ZOPRA", "ORG")])
    (referent,) = find_referents(text, mentions, "fr")
    assert referent.type == "ORG"


def test_a_street_address_closed_by_a_city_quarter_is_a_place(linker: Linker) -> None:
    assert head_type("Quimby Street NW") == "LOC" and head_type("Harlan Avenue SE") == "LOC"
    text = "The march started at 9th and Quimby Streets NW before noon on Saturday."
    out = link(linker, text, [("Quimby Streets NW", "ORG")])
    assert out[0].label == "LOC"


def test_a_german_compound_role_is_cut_off_as_a_title(linker: Linker) -> None:
    text = ("Der CDU-Politiker Anselm Brückner widersprach, und Grünen-Chefin Merle Ostwald "
            "lobte ihn. Brückner bleibt dabei.")
    out = link(linker, text, [("CDU-Politiker Anselm Brückner", "PER"), ("Merle Ostwald", "ORG"),
                              ("Brückner", "LOC")], language="de")
    anselm, merle, alone = out
    assert anselm.text == "Anselm Brückner" and anselm.role == "CDU-Politiker"
    assert merle.label == "PER" and merle.role == "Grünen-Chefin"
    assert alone.entity_id == anselm.entity_id is not None


def test_a_plural_title_is_one_only_before_a_list_of_names(linker: Linker) -> None:
    # "Queens", "Kings" open names of clubs and streets; without a list after, no title is cut
    text = ("Kingsmere Park Rovers beat Fallowby on Sunday, and Queens Harrowgate Athletic "
            "drew at home. Queens Harrowgate Athletic stay third.")
    out = link(linker, text, [("Kingsmere Park Rovers", "ORG"), ("Fallowby", "LOC"),
                              ("Queens Harrowgate Athletic", "PER"),
                              ("Queens Harrowgate Athletic", "PER")])
    assert [m.text for m in out if "Harrowgate" in m.text] == ["Queens Harrowgate Athletic"] * 2
    assert leading_titles("Queens Harrowgate Athletic", plural=False) == []
    assert leading_titles("Judges Okonjo Brandt", plural=True) == [(0, 6)]
    conj = frozenset({"and"})
    text = "Sens. Okafor and Lindqvist met Mayor Brandt in Tulsa."
    assert list_follows(text, text.index(" and"), conj)
    assert list_follows("Judges Okonjo, Brandt", len("Judges Okonjo"), conj)
    assert not list_follows(text, text.index(" met"), conj)


def test_a_bare_number_in_brackets_is_an_age_only_after_a_person() -> None:
    text = "Endstand: Grünwald Kickers (2), Hollerbach (1). Wendeline Marx (54) jubelte."
    kickers = tagged(text, [("Grünwald Kickers", "ORG"), ("Hollerbach", "ORG"),
                            ("Wendeline Marx", "PER")])
    find_referents(text, kickers, "de")
    assert [m.label for m in kickers] == ["ORG", "ORG", "PER"]
    assert age_follows(text, kickers[0].end)  # the number reads as an age ...
    assert not age_follows(text, kickers[0].end, brackets=False)  # ... unless NER says person
    assert age_follows("Marx (54 Jahre) jubelte", 4, brackets=False)  # a unit says it is one


def test_a_decimal_or_a_thousands_number_after_a_name_is_no_age() -> None:
    for text in ("Der Nordindex, 15.000 Punkte, fiel.", "Brentwater, 85.3 dollars, rose.",
                 "Calloway, 1,200 jobs, left."):
        name = text.split(",")[0]
        assert not age_follows(text, len(name)), text
    assert age_follows("Calloway, 45, left.", len("Calloway"))


def test_an_age_makes_a_town_name_a_person_but_not_an_acronym() -> None:
    def kb_type(name: str, towns: bool) -> str | None:
        return {"Harwick": "LOC", "KVP": "ORG"}.get(name)

    text = "The photos show their kids, Harwick, 3, and Ellory. The KVP, 45, lost seats."
    mentions = tagged(text, [("Harwick", "LOC"), ("Ellory", "PER"), ("KVP", "ORG")])
    find_referents(text, mentions, "en", kb_type)
    assert [m.label for m in mentions] == ["PER", "PER", "ORG"]


def test_a_one_word_form_is_compared_with_the_names_it_may_join_only(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # cost: a surname alone is offered only the full names ending (or opening) with it, not
    # every name of the article: no names x names scan in an article of thousands of names
    from dragoman.entities import referents

    offered: list[int] = []
    real = referents._surname_owners

    def spy(groups: list[object], f: object, kb_type: object, *rest: object) -> object:
        offered.append(len(groups))
        return real(groups, f, kb_type, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(referents, "_surname_owners", spy)
    surnames = [f"Vel{chr(97 + i)}{chr(97 + j)}mar".capitalize() for i in range(20)
                for j in range(20)]
    text = " ".join(f"Ora {s} spoke. {s} left." for s in surnames)
    items: list[tuple[str, EntityType]] = []
    for s in surnames:
        items += [(f"Ora {s}", "PER"), (s, "PER")]
    mentions = tagged(text, items)
    find_referents(text, mentions, "en")
    assert len(offered) == len(surnames) and max(offered) == 1
    assert {m.label for m in mentions} == {"PER"}


def test_a_compound_head_is_found_by_its_longest_ending() -> None:
    assert head_type("Landesgesundheitsministerium") == "ORG"
    assert head_type("Wendelbacher Hauptbahnhof") == "LOC"
    assert head_type("Ministeriumsweg") is None  # the head must end the word
    assert head_type("Flughafen") is None  # a head word alone is no compound


def test_a_surname_in_one_pack_is_no_title_in_another() -> None:
    # every pack's titles are read in every language: "Richter" (a German surname) is none
    assert leading_titles("Richter Weiland Orbach") == []
    assert titles_before("He met Richter Orbach.", len("He met Richter ")) == []
    assert function_word_tail("Jack Ma", "it") == len("Jack Ma")  # a surname, not "but"
    assert function_word_tail("Marco Venturi e", "it") == len("Marco Venturi")
    assert head_type("Isla Corrigan") is None  # an English given name, not a Spanish island
    assert head_type("Islas Baleares") == "LOC"


def test_names_sharing_a_last_word_are_not_all_compared(monkeypatch: pytest.MonkeyPatch) -> None:
    # cost: hundreds of "X Holdings" are compared only with names of their initial (given
    # names) or their first or last word (organisations), not each with all the others
    from dragoman.entities import orgformal, referents

    agree: list[int] = []
    offered: list[int] = []
    real_agree, real_host = referents.given_agree, orgformal.organisation_host
    def counted_agree(a: list[str], b: list[str], spelling: bool = False) -> bool:
        agree.append(1)
        return real_agree(a, b, spelling)

    monkeypatch.setattr(referents, "given_agree", counted_agree)

    def host(words: list[str], kind: str, names: list[tuple[list[str], str]]) -> int | None:
        offered.append(len(names))
        return real_host(words, kind, names)

    monkeypatch.setattr(orgformal, "organisation_host", host)  # referents reaches it there
    firms = [f"{chr(65 + i)}{chr(97 + j)}vrel Holdings" for i in range(26) for j in range(8)]
    text = " ".join(f"{f} grew." for f in firms) + " Tolbury Housing Authority and Housing Authority."
    mentions = tagged(text, [(f, "ORG") for f in firms]
                      + [("Tolbury Housing Authority", "ORG"), ("Housing Authority", "ORG")])
    refs = find_referents(text, mentions, "en")
    assert max(offered) <= 2 and len(agree) < len(firms) * 8
    assert any(len(r.members) == 2 and r.head.text == "Tolbury Housing Authority" for r in refs)
