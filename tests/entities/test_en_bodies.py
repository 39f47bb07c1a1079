"""Organisations' spans in English news (entities/enbodies.py, issue 15's ORG pass); sentences
written for these tests, with invented places where the rule reads the gazetteer."""

from __future__ import annotations

from dragoman.entities import ner
from dragoman.entities.enbodies import _head, bodies_shaped
from dragoman.entities.nameclass import head_type
from tests.support.mentions import mention_at

# Invented towns, given to the rules as the model's gazetteer would (normalized).
GAZETTEER = frozenset({"marlow", "tenby", "quillon", "dunmore"})


_m = mention_at


def _shaped(text: str, *spans: tuple[str, str] | tuple[str, str, int]) -> list[tuple[str, str]]:
    """``bodies_shaped`` on the spans (name, label[, which occurrence of name])."""
    mentions = sorted((_m(text, *span) for span in spans), key=lambda m: m.start)
    return [(m.text, m.label) for m in bodies_shaped(text, mentions, GAZETTEER)]


def test_places_joined_before_a_body_head_are_the_body() -> None:
    text = "Detectives from the Marlow and Tenby Serious Crime Directorate seized the van."
    assert _shaped(text, ("Marlow", "ORG"), ("Tenby Serious Crime Directorate", "ORG")) == [
        ("Marlow and Tenby Serious Crime Directorate", "ORG")]


def test_a_listed_run_of_places_after_the_joins_the_body() -> None:
    text = "The Marlow, Quillon and Tenby Major Crime Unit charged two men."
    assert _shaped(text, ("Marlow", "LOC"), ("Quillon", "LOC"), ("Tenby Major Crime Unit", "ORG")) == [
        ("Marlow, Quillon and Tenby Major Crime Unit", "ORG")]


def test_places_without_a_body_or_a_firm_after_a_place_stay_apart() -> None:
    text = "Marlow and Tenby were flooded; trade between Dunmore and Vexa Group fell."
    assert _shaped(text, ("Marlow", "LOC"), ("Tenby", "LOC"), ("Dunmore", "LOC"),
                   ("Vexa Group", "ORG")) == [
        ("Marlow", "LOC"), ("Tenby", "LOC"), ("Dunmore", "LOC"), ("Vexa Group", "ORG")]


def test_a_head_word_before_of_or_for_opens_a_body() -> None:
    text = "The Department for Rural Transport said the Committee on Standards in Public Life agreed."
    assert _shaped(text, ("Public Life", "LOC")) == [
        ("Department for Rural Transport", "ORG"), ("Committee on Standards in Public Life", "ORG")]


def test_and_joins_a_subject_but_not_a_second_name() -> None:
    text = "The Department of Health and Social Care and the University of Marlow and Tenby Cathedral met."
    shaped = _shaped(text, ("University of Marlow and Tenby Cathedral", "LOC"))
    assert shaped == [("Department of Health and Social Care", "ORG"), ("University of Marlow", "ORG"),
                      ("Tenby Cathedral", "LOC")]


def test_a_place_a_date_or_a_possessive_ends_the_body() -> None:
    text = ("The Court of Appeal in Marlow ruled. The Council on Monday met. "
            "The Bank of Dunmore’s rate rose.")
    assert _shaped(text, ("Marlow", "LOC")) == [
        ("Court of Appeal", "ORG"), ("Marlow", "LOC"), ("Bank of Dunmore", "ORG")]


def test_capitalised_words_before_the_head_open_the_body_but_not_a_role() -> None:
    text = "The 4th District Court of Appeal agreed. Former Bank of Dunmore governor Ann Lee spoke."
    assert _shaped(text, ("Ann Lee", "PER")) == [
        ("4th District Court of Appeal", "ORG"), ("Bank of Dunmore", "ORG"), ("Ann Lee", "PER")]


def test_a_model_body_that_runs_on_is_kept() -> None:
    text = "Talks were led by the Organisation for Safety and Harmony in Europe on Friday."
    body = "Organisation for Safety and Harmony in Europe"
    assert _shaped(text, (body, "ORG")) == [(body, "ORG")]


def test_owner_possessive_is_cut_before_a_noun_only() -> None:
    text = "Politico’s newsletter ran it. Axios’ report agreed. Macy’s said sales rose."
    assert _shaped(text, ("Politico’s", "ORG"), ("Axios’", "ORG"), ("Macy’s", "ORG")) == [
        ("Politico", "ORG"), ("Axios", "ORG"), ("Macy’s", "ORG")]


def test_the_is_cut_from_bodies_only() -> None:
    text = "The Daily Clarion reported it from The Hague."
    assert _shaped(text, ("The Daily Clarion", "ORG"), ("The Hague", "LOC")) == [
        ("Daily Clarion", "ORG"), ("The Hague", "LOC")]


def test_a_span_run_into_a_bracket_is_split_into_name_and_acronym() -> None:
    text = "The Rural Water Service (RWS) raised prices."
    assert _shaped(text, ("Rural Water Service (RWS", "ORG")) == [
        ("Rural Water Service", "ORG"), ("RWS", "ORG")]


def test_institution_heads_retype_but_not_places_people_or_products() -> None:
    text = ("The Coastal Flood Agency warned. Settlers moved into the West Bank. Kevin Bank scored. "
            "Microsoft Office crashed. Vexa News reported it.")
    assert _shaped(text, ("Coastal Flood Agency", "MISC"), ("West Bank", "LOC"), ("Kevin Bank", "PER"),
                   ("Microsoft Office", "MISC"), ("Vexa News", "MISC")) == [
        ("Coastal Flood Agency", "ORG"), ("West Bank", "LOC"), ("Kevin Bank", "PER"),
        ("Microsoft Office", "MISC"), ("Vexa News", "ORG")]


def test_a_head_word_after_a_place_extends_it_not_a_person() -> None:
    text = "Dunmore Police said Ann Lee Group members left."
    assert _shaped(text, ("Dunmore", "LOC"), ("Ann Lee", "PER")) == [
        ("Dunmore Police", "ORG"), ("Ann Lee", "PER")]


def test_title_case_headline_is_left_alone() -> None:
    text = "Dunmore Police Of The Future Unveiled\nOfficers met."
    assert _shaped(text, ("Dunmore", "LOC")) == [("Dunmore", "LOC")]


def test_new_body_heads_type_names_in_the_english_pass_only() -> None:
    assert _head("Avon and Somerset Constabulary") == "ORG"
    assert _head("Essex Serious Crime Directorate") == "ORG"
    assert _head("Harbour Road") == "LOC"
    # not in the typing every language reads: surnames and German words stay people's
    assert head_type("Maud Service") is None and head_type("Jonas Team") is None


def test_a_person_named_like_a_body_head_stays_a_person_end_to_end() -> None:
    import dragoman

    found = [(m.text, m.label) for m in
             dragoman.analyze("Peter Service reviewed the opera in Leeds.", lang="en").mentions]
    assert ("Peter Service", "PER") in found
    found = [(m.text, m.label) for m in
             dragoman.analyze("Claudia Team wurde in Bremen festgenommen.", lang="de").mentions]
    assert ("Claudia Team", "PER") in found


def test_a_town_typed_a_club_is_placed_after_in_or_before_a_region() -> None:
    text = "Shops in Dunmore shut. Quillon, Marlow voted. Tenby beat Dunmore 2-1 and joined from Marlow."
    assert _shaped(text, ("Dunmore", "ORG"), ("Quillon", "ORG"), ("Marlow", "LOC"), ("Tenby", "ORG"),
                   ("Dunmore", "ORG", 1), ("Marlow", "ORG", 1)) == [
        ("Dunmore", "LOC"), ("Quillon", "LOC"), ("Marlow", "LOC"), ("Tenby", "ORG"), ("Dunmore", "ORG"),
        ("Marlow", "ORG")]


def test_end_to_end_through_the_model() -> None:
    text = "Detectives from the Kent and Essex Serious Organised Crime Directorate arrested him."
    found = [(m.text, m.label) for m in ner.recognize(text, "en")]
    assert ("Kent and Essex Serious Organised Crime Directorate", "ORG") in found
    text = "Floods hit Kent on Tuesday, and Jordan Peterson spoke in Lincoln."
    found = [(m.text, m.label) for m in ner.recognize(text, "en")]
    assert ("Jordan Peterson", "PER") in found and not any("Kent " in t for t, _ in found)


def test_a_body_short_form_takes_the_full_name_type() -> None:
    text = "Vexacorp Holdings cut jobs. Vexacorp said so. Marlow University grew and Marlow voted."
    assert _shaped(text, ("Vexacorp Holdings", "ORG"), ("Vexacorp", "PER", 1), ("Marlow University", "ORG"),
                   ("Marlow", "LOC", 1)) == [
        ("Vexacorp Holdings", "ORG"), ("Vexacorp", "ORG"), ("Marlow University", "ORG"), ("Marlow", "LOC")]


def test_a_surname_is_no_short_form() -> None:
    text = "The Quent Foundation paid. Ann Quent said Quent would stay."
    assert _shaped(text, ("Quent Foundation", "ORG"), ("Ann Quent", "PER"), ("Quent", "PER", 2)) == [
        ("Quent Foundation", "ORG"), ("Ann Quent", "PER"), ("Quent", "PER")]


def test_a_place_before_another_places_two_word_body_stays_apart() -> None:
    text = "Pupils from Marlow and Tenby University joined Marlow and Tenby Police officers."
    assert _shaped(text, ("Marlow", "LOC"), ("Tenby University", "ORG"), ("Marlow", "LOC", 1),
                   ("Tenby Police", "ORG")) == [
        ("Marlow", "LOC"), ("Tenby University", "ORG"), ("Marlow and Tenby Police", "ORG")]


def test_a_firm_named_in_the_genitive_keeps_it() -> None:
    text = "Vexa’s downgraded the lender. Quill’s said so, and Quill’s analysts agree."
    assert _shaped(text, ("Vexa’s", "ORG"), ("Quill’s", "ORG"), ("Quill’s", "ORG", 1)) == [
        ("Vexa’s", "ORG"), ("Quill’s", "ORG"), ("Quill’s", "ORG")]
    text = "Vexa’s lawyers appealed the ruling, Vexa’s proposed deal was dropped."
    assert _shaped(text, ("Vexa’s", "ORG"), ("Vexa’s", "ORG", 1)) == [("Vexa", "ORG"), ("Vexa", "ORG")]


def test_a_plural_head_types_a_body_but_not_a_place() -> None:
    text = "Dunmore County Public Schools closed, and the Outer Banks flooded."
    assert _shaped(text, ("Dunmore County Public Schools", "LOC"), ("Outer Banks", "LOC")) == [
        ("Dunmore County Public Schools", "ORG"), ("Outer Banks", "LOC")]


def test_an_article_that_a_place_name_holds_stays_in_a_body() -> None:
    text = "The Hague Harbour Board met, and The Dunmore Courier said so."
    assert _shaped(text, ("The Hague Harbour Board", "ORG"), ("The Dunmore Courier", "ORG")) == [
        ("The Hague Harbour Board", "ORG"), ("Dunmore Courier", "ORG")]


def test_a_long_list_of_places_before_a_body_is_no_part_of_it() -> None:
    text = "Teams from the Marlow, Quillon, Tenby, Dunmore and Marlow Major Crime Unit met."
    spans = [("Marlow", "LOC"), ("Quillon", "LOC"), ("Tenby", "LOC"), ("Dunmore", "LOC"),
             ("Marlow Major Crime Unit", "ORG")]
    assert _shaped(text, *spans) == spans


def test_a_place_the_text_reads_as_one_is_no_known_body() -> None:
    text = "Fires spread across Amazon rainforest land and the Amazon, said Amazon and Nvidia."
    assert _shaped(text, ("Amazon", "LOC"), ("Amazon", "LOC", 1), ("Amazon", "LOC", 2),
                   ("Nvidia", "LOC")) == [
        ("Amazon", "LOC"), ("Amazon", "LOC"), ("Amazon", "ORG"), ("Nvidia", "ORG")]
