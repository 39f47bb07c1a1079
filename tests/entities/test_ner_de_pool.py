"""German news pool pass (issue 15): acronyms defined in parentheses (germanacronyms), measures
after a number's scale (germannouns), people the tagger leaves untagged (germangiven), and the
German dev pool's gold file (eval/data/ner_news_pool_de.json). Sentences written for these
tests."""

from __future__ import annotations

import json
from typing import Any

from eval import ner_news

from dragoman.entities import germanacronyms, germangiven, germannouns
from dragoman.entities.spanshape import shipped_common_words
from dragoman.model import EntityType, Mention


def _mention(text: str, span: str, label: EntityType = "ORG", nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(span, start + 1)
    return Mention(start, start + len(span), span, label, None, 0.9)


def _texts(mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in mentions]


# ------------------------------------------------------------------ acronyms


def test_acronym_after_a_body_and_its_later_use_added() -> None:
    text = "Die Landesanstalt für Gewässerschutz (LfG) prüft die Bäche. Laut LfG sind sie sauber."
    body = _mention(text, "Landesanstalt für Gewässerschutz")
    out = germanacronyms.defined_acronyms(text, [body])
    assert _texts(out) == [("Landesanstalt für Gewässerschutz", "ORG"), ("LfG", "ORG"), ("LfG", "ORG")]
    assert [text[m.start:m.end] for m in out] == [m.text for m in out]


def test_acronym_of_a_place_takes_its_type() -> None:
    text = "Das Land Ober-Wiesental (OW) baut Radwege."
    place = _mention(text, "Ober-Wiesental", "LOC")
    assert _texts(germanacronyms.defined_acronyms(text, [place]))[-1] == ("OW", "LOC")


def test_initials_agree_with_extra_capitals_of_compound_parts() -> None:
    assert germanacronyms.agrees("Amt für Wasser und Boden", "AWB")
    assert germanacronyms.agrees("Bundesamt für Küstenschutz", "BAK")  # the "A" of "-amt"
    assert germanacronyms.agrees("Nord-Süd-Verband", "NSV")


def test_party_after_a_person_is_no_definition() -> None:
    text = "Die Stadträtin Petra Lüdemann (SPD) stimmte dagegen. Die SPD war uneins."
    person = _mention(text, "Petra Lüdemann", "PER")
    assert germanacronyms.defined_acronyms(text, [person]) == [person]


def test_parentheses_that_do_not_abbreviate_the_name_add_nothing() -> None:
    for text, name in (("Die Stadtwerke Kemnath (Foto) erhöhen die Preise.", "Stadtwerke Kemnath"),
                       ("Die Bergwacht Rotheck (XY) rückte aus.", "Bergwacht Rotheck"),
                       ("Die Fähre Nordlicht (dpa) meldet Verspätungen.", "Fähre Nordlicht"),
                       ("Der Verein Grünkamp (Archiv) feiert.", "Verein Grünkamp")):
        body = _mention(text, name)
        assert germanacronyms.defined_acronyms(text, [body]) == [body], text


def test_acronym_already_tagged_is_not_doubled() -> None:
    text = "Die Kammer der Gärtner (KdG) tagt. Die KdG wählt."
    body, tagged = _mention(text, "Kammer der Gärtner"), _mention(text, "KdG", nth=1)
    out = germanacronyms.defined_acronyms(text, [body, tagged])
    assert sorted((m.start, m.text) for m in out) == sorted(
        [(body.start, body.text), (tagged.start, "KdG"), (text.index("KdG"), "KdG")])


# ------------------------------------------------------------------ measures


def _shaped(text: str, mention: Mention) -> list[Mention]:
    return germannouns.noun_phrases(text, [mention], lambda w: False, lambda w: False)


def test_currency_after_a_number_and_its_scale_is_no_name() -> None:
    for text in ("Das Stadion kostet 4 Milliarden Dollar und steht leer.",
                 "Sie spendete 2,5 Mio. Franken an das Heim.",
                 "Der Verlust lag bei 300 Tausend Euro im Jahr."):
        unit = next(w for w in ("Dollar", "Franken", "Euro") if w in text)
        assert _shaped(text, _mention(text, unit)) == [], text


def test_name_after_a_number_and_a_plain_noun_stays() -> None:
    for text, name in (("Mit 5 Toren Kramer führt die Liste an.", "Kramer"),
                       ("Nach 3 Jahren Paris zog sie nach Rom.", "Rom"),
                       ("Rund 2 Millionen Menschen leben in Hamburg.", "Hamburg")):
        mention = _mention(text, name, "PER" if name == "Kramer" else "LOC")
        assert _shaped(text, mention) == [mention], text


# ------------------------------------------------------------------ untagged people


def _people(text: str, mentions: list[Mention] | None = None) -> list[tuple[str, str]]:
    common = shipped_common_words("de")
    return _texts(germangiven.untagged_people(text, mentions or [], common, None))


def test_given_name_and_surname_untagged_becomes_a_person() -> None:
    person = [("Holger Wendeborn", "PER")]
    assert _people("Im Ausschuss bringt Holger Wendeborn viel Erfahrung ein.") == person
    assert _people("Laut Holger Wendeborn fehlt Geld.") == [("Holger Wendeborn", "PER")]
    assert _people("Dazu äußerte sich Petra Lüdemann-Koch nicht.") == [("Petra Lüdemann-Koch", "PER")]


def test_name_inside_a_body_or_street_is_no_person() -> None:
    for text in ("Die Friedrich Ebert Stiftung lädt zur Tagung.",
                 "Sie wohnt in der Karl Marx Allee.",
                 "Er forscht am Max Planck Institut.",
                 "Die Stadt liegt in der Mark Brandenburg."):
        assert _people(text) == [], text


def test_opener_and_tagged_people_left_to_the_tagger() -> None:
    assert _people("Holger Wendeborn kam spät.") == []  # the sentence's first word
    text = "Gestern sprach Holger Wendeborn im Rat."
    tagged = _mention(text, "Holger Wendeborn", "PER")
    assert germangiven.untagged_people(text, [tagged], shipped_common_words("de"), None) == [tagged]


def test_given_name_before_a_common_noun_or_place_is_no_person() -> None:
    assert _people("Sie grüßte Holger Regierung nicht.") == []  # a noun suffix: no surname
    assert _people("Er fuhr mit Anna Berlin entgegen.") == []  # a known place


# ------------------------------------------------------------------ the pool's gold file


def _pool() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(ner_news.POOL_GOLD.read_text(encoding="utf-8"))
    return data


def test_pool_file_holds_offsets_only_and_new_german_pages() -> None:
    data = _pool()
    first = json.loads(ner_news.GOLD.read_text(encoding="utf-8"))
    assert "by reading only" in data["about"] and "positions 35..54" in data["about"]
    assert len(data["pages"]) == 20
    names = {p["page"] for p in data["pages"]}
    assert not names & {p["page"] for p in first["pages"]}
    for page in data["pages"]:
        assert page["language"] == "de" and page["split"] == "pooldev"
        assert len(page["sentences"]) == 6
        for sentence in page["sentences"]:
            assert set(sentence) == {"start", "end", "sha1", "gold"}  # no page text
            for start, end, label, surface in sentence["gold"]:
                assert label in ner_news.SCORED and end - start == len(surface)


def test_pooldev_is_a_split_of_the_cli() -> None:
    assert ner_news.POOL_GOLD.name == "ner_news_pool_de.json"
    assert "pooldev" in ner_news.main.__defaults__[1]  # type: ignore[index]


def test_given_name_alone_after_the_full_name_is_that_person() -> None:
    text = "Die Werkstatt führt Holger Wendeborn seit 2010. Seitdem repariert Holger dort Räder."
    full = _mention(text, "Holger Wendeborn", "PER")
    out = germangiven.untagged_people(text, [full], shipped_common_words("de"), None)
    assert _texts(out) == [("Holger Wendeborn", "PER"), ("Holger", "PER")]
    assert out[1].start == text.rindex("Holger")


def test_given_name_alone_before_the_full_name_or_inside_another_name_stays_out() -> None:
    common = shipped_common_words("de")
    text = "Holger kam spät. Dann sprach Holger Wendeborn."
    full = _mention(text, "Holger Wendeborn", "PER")
    assert germangiven.untagged_people(text, [full], common, None) == [full]
    text = "Sabine Aurich lebt in Kalifornien. Im Urlaub fuhr sie nach Santa Barbara."
    near = _mention(text, "Sabine Aurich", "PER")
    assert germangiven.untagged_people(text, [near], common, None) == [near]
    text = "Barbara Kessler kam. Danach sprach Ministerin Barbara über das Budget."  # a title before
    other = _mention(text, "Barbara Kessler", "PER")
    assert germangiven.untagged_people(text, [other], common, None) == [other]


def test_month_given_name_alone_is_no_person() -> None:
    text = "August Pleßke arbeitet dort. Im August beginnt die Ernte."
    full = _mention(text, "August Pleßke", "PER")
    assert germangiven.untagged_people(text, [full], shipped_common_words("de"), None) == [full]


def test_through_recognize_acronym_and_untagged_person() -> None:
    from dragoman.entities import ner

    text = ("Die Landesanstalt für Gewässerschutz (LfG) prüft die Bäche. "
            "Nach Angaben der LfG leitet Holger Wendeborn die Messungen.")
    found = {(m.text, m.label) for m in ner.recognize(text, "de")}
    if not found:
        return  # no German model in this checkout
    assert ("LfG", "ORG") in found
    assert ("Holger Wendeborn", "PER") in found
