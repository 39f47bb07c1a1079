"""Product model names that NER types as people, organisations or places (issue 14;
``entities/modelnames.py``, read by ``products.product_referent`` through
``referentvote.vote``): model codes ("Veltra Q7x"), model words ("Corvane Pro"), a capital
inside, a known firm first, model numbers; a series' name before its model codes ("Ostrel
8a … Ostrel 8a"); the rest of a numbered product's name ("Sorvina 39 Amber Glow").
Original sentences; the products, firms and people are invented, mentions given by hand
with NER's wrong guess. Negatives: people, firms, places, races and bands of similar shape."""

from __future__ import annotations

from dragoman.entities.kb import name_key
from dragoman.entities.modelnames import coded, model_named, model_signs
from dragoman.entities.referentvote import Form, vote
from dragoman.model import EntityType, Mention

_KB = {"Kestrel": "ORG", "Cardiff": "LOC"}


def kb_type(name: str, gazetteer: bool) -> str | None:
    return _KB.get(name)


def forms(text: str, name: str, label: EntityType, *, speaks: bool = False) -> list[Form]:
    out: list[Form] = []
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if not text[end : end + 1].isalnum() and not (start and text[start - 1].isalnum()):
            out.append(Form(Mention(start, end, name, label), name_key(name).split(), None, False, speaks))
        start = text.find(name, start + 1)
    return out


def voted(text: str, name: str, label: EntityType, **cues: bool) -> EntityType:
    return vote(forms(text, name, label, **cues), kb_type, heads=True, text=text)


# -- names of two words or more ----------------------------------------------------------------


def test_model_code_in_a_person_typed_name() -> None:
    text = "The Veltra Q7x ships in May. Buyers of the Veltra Q7x get a case."
    assert voted(text, "Veltra Q7x", "PER") == "MISC"


def test_model_code_in_an_organisation_typed_name() -> None:
    text = "Das neue Drossel Phone 3b ist günstig. Das Drossel Phone 3b hat einen großen Akku."
    assert voted(text, "Drossel Phone 3b", "ORG") == "MISC"


def test_camel_word_and_model_word_make_a_model() -> None:
    text = "Reviewers liked the BrioPad Pro. The BrioPad Pro starts at $999."
    assert voted(text, "BrioPad Pro", "ORG") == "MISC"


def test_model_code_and_model_word_turn_a_place() -> None:
    text = "The Z5 Ultra chip is faster. Laptops with the Z5 Ultra sell well."
    assert voted(text, "Z5 Ultra", "LOC") == "MISC"


def test_known_firm_and_a_model_number_after_it() -> None:
    text = "A laptop with a Kestrel Vanta 2 Duo or a Kestrel Vanta 3 Duo chip will do."
    assert voted(text, "Kestrel Vanta", "PER") == "MISC"


def test_surname_with_a_capital_inside_and_a_score_stays_a_person() -> None:
    text = "Ruben won against the American Tavis McKellan 6:2, 7:6 in the first round."
    assert voted(text, "Tavis McKellan", "PER") == "PER"


def test_given_name_closing_a_results_line_stays_a_person() -> None:
    text = "The results: 1. ORVANDE Max 1:32.1; 2. TELLIS Jonas 1:32.4."
    assert voted(text, "ORVANDE Max", "PER") == "PER"


def test_one_sign_alone_keeps_an_organisation() -> None:
    text = "Brenwick Plus will broadcast the match. Brenwick Plus bought the rights."
    assert voted(text, "Brenwick Plus", "ORG") == "ORG"


def test_short_code_of_a_race_keeps_an_organisation() -> None:
    text = "Galloway Sports F1 will show every race. Galloway Sports F1 hired a presenter."
    assert voted(text, "Galloway Sports F1", "ORG") == "ORG"


def test_road_code_keeps_a_place() -> None:
    text = "Traffic on the Harwen A10 crawled. The Harwen A10 reopened at noon."
    assert voted(text, "Harwen A10", "LOC") == "LOC"


def test_coded_person_who_speaks_stays() -> None:
    text = "Ada Q7 Lindqvist spoke first. Ada Q7 Lindqvist said she was glad."
    assert voted(text, "Ada Q7 Lindqvist", "PER", speaks=True) == "PER"


# -- a series' name before its model codes -----------------------------------------------------


def test_series_before_model_codes_twice() -> None:
    text = "The Ostrel 8a arrives in May, and the Ostrel 8a keeps the jack."
    assert voted(text, "Ostrel", "PER") == "MISC"


def test_series_before_a_model_code_once_stays() -> None:
    text = "Ostrel P1 in the first session, then Ostrel crashed and said he was fine."
    assert voted(text, "Ostrel", "PER") == "PER"


def test_firm_before_model_codes_stays_a_firm() -> None:
    text = "Farnholt X5 sales rose. Farnholt X7 sales fell."
    assert voted(text, "Farnholt", "ORG") == "ORG"


# -- the rest of a numbered product's name -----------------------------------------------------


def test_name_after_a_brand_and_its_number() -> None:
    text = ("Die neuen Sorvina 39 Amber Glow Produkte sind da. Das Sorvina 39 Amber Glow Shampoo "
            "wirkt gut. Mit Sorvina 39 Amber Glow Pflege geht es weiter.")
    assert voted(text, "Amber Glow", "PER") == "MISC"


def test_person_after_a_club_and_its_number_once_stays() -> None:
    text = "Nach dem Spiel von Brockau 96 Jonas Pellmann sagte er, es sei schwer gewesen."
    assert voted(text, "Jonas Pellmann", "PER") == "PER"


# -- the signs themselves ----------------------------------------------------------------------


def test_codes_are_letters_and_digits_but_no_units_or_ordinals() -> None:
    assert coded("Veltra Q7x") and coded("Drossel 12R") and coded("Core i7")
    assert not coded("Mainz 05") and not coded("the 21st") and not coded("50GB plan")
    assert not coded("4K screen") and not coded("5G network")


def test_a_surname_prefix_capital_is_no_sign() -> None:
    text = "Tavis McKellan and Jo DeShawn met."
    assert model_signs("Tavis McKellan", text, kb_type, []) == 0
    assert model_signs("Jo DeShawn", text, kb_type, []) == 0


def test_road_number_keeps_an_organisation_typed_road() -> None:
    text = "Auf der Schnellstraße Harwen A10 staute sich der Verkehr. Die Harwen A10 ist gesperrt."
    assert voted(text, "Harwen A10", "ORG") == "ORG"


def test_firm_opening_a_person_typed_name_once() -> None:
    text = "Receipts come by email, SMS or Kestrel Courier, the shop said."
    assert voted(text, "Kestrel Courier", "PER") == "MISC"


def test_firm_before_a_given_name_stays_a_person() -> None:
    text = "Kestrel Anna, the singer's daughter, made a debut on Friday."
    assert voted(text, "Kestrel Anna", "PER") == "PER"


def test_firm_and_a_capital_inside_keep_an_organisation() -> None:
    text = "Kestrel LinkWorks cut jobs. Kestrel LinkWorks is based in Cardiff."
    assert voted(text, "Kestrel LinkWorks", "ORG") == "ORG"


# -- review: narrowings ------------------------------------------------------------------------


def test_club_abbreviation_and_founding_year_stay_an_organisation() -> None:
    text = "Der VfL Marbach 1848 hat einen neuen Trainer. Der VfL Marbach 1848 spielt heute."
    assert voted(text, "VfL Marbach 1848", "ORG") == "ORG"


def test_club_abbreviation_and_points_stay_an_organisation() -> None:
    text = "Table: VfB Tallinger 64 points, and VfB Tallinger 12 wins this season."
    assert voted(text, "VfB Tallinger", "ORG") == "ORG"


def test_founding_year_before_a_name_is_no_product_cue() -> None:
    text = ("Die TSG 1899 Dornhagen verlor. Die TSG 1899 Dornhagen Fans waren sauer. TSG 1899 "
            "Dornhagen Trikots sind teuer.")
    assert voted(text, "Dornhagen", "PER") == "PER"


def test_code_opening_an_organisation_is_its_own_name() -> None:
    text = "RX3 Vestland will air the match. RX3 Vestland bought the rights."
    assert voted(text, "RX3 Vestland", "ORG") == "ORG"


def test_camel_firm_written_alone_too_stays_a_firm() -> None:
    text = "VantaGen VG162 entered trials. VantaGen VG170 is next. VantaGen is based in Lyon."
    assert voted(text, "VantaGen", "ORG") == "ORG"


def test_long_run_of_digits_after_a_name_is_no_code_and_returns() -> None:
    # the code pattern backtracks quadratically on such a run; a long word is no code
    text = "The Zorvak Note a" + "1" * 30000 + "-x came out. Zorvak Note fans waited."
    ends = [len("The Zorvak Note"), text.rindex("Zorvak Note") + len("Zorvak Note")]
    assert not model_named("Zorvak Note", "PER", text, kb_type, ends)
