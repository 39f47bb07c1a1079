"""Product names NER cut at their model token are widened over it and typed MISC
(entities/modelspans.py, issue 14); original sentences."""

from __future__ import annotations

from dragoman.entities.modelspans import model_spans
from dragoman.model import EntityType, Mention


def spans_of(text: str, *names: tuple[str, EntityType]) -> list[tuple[str, str]]:
    """``model_spans`` on mentions of ``names`` (each at its first place after the last)."""
    mentions: list[Mention] = []
    at = 0
    for name, label in names:
        start = text.index(name, at)
        mentions.append(Mention(start, start + len(name), name, label))
        at = start + len(name)
    return [(m.text, m.label) for m in model_spans(text, mentions)]


def test_camel_series_takes_its_number_and_model_words() -> None:
    text = "The shop sold every PlayStation 5 Pro it had before lunch."
    assert spans_of(text, ("PlayStation", "LOC")) == [("PlayStation 5 Pro", "MISC")]


def test_model_word_after_the_number_makes_a_series() -> None:
    text = "Critics liked the Pixel 8 Pro screen more than its battery."
    assert spans_of(text, ("Pixel", "ORG")) == [("Pixel 8 Pro", "MISC")]


def test_model_code_joins_a_firm_typed_fragment() -> None:
    text = "Buyers of the Roomba i7 complained about the app."
    assert spans_of(text, ("Roomba", "ORG")) == [("Roomba i7", "MISC")]


def test_acronym_series_before_a_four_digit_model() -> None:
    text = "Stock of the RTX 4070 ran out in a day."
    assert spans_of(text, ("RTX", "ORG")) == [("RTX 4070", "MISC")]


def test_name_written_twice_before_numbers_is_a_series() -> None:
    text = "The Falcon 9 booster landed, and the Falcon 9 flew again in May."
    assert spans_of(text, ("Falcon", "ORG"), ("Falcon", "ORG")) == [
        ("Falcon 9", "MISC"), ("Falcon 9", "MISC")]


def test_model_word_span_joins_its_series_on_the_left() -> None:
    text = "Apple put the M2 Ultra chip in its desktop."
    assert spans_of(text, ("Ultra", "ORG")) == [("M2 Ultra", "MISC")]
    text = "Only the M3 Pro Max version has that port."
    assert spans_of(text, ("M3 Pro", "PER"), ("Max", "PER")) == [("M3 Pro Max", "MISC")]


def test_span_ending_in_its_model_token_takes_model_words() -> None:
    text = "Owners of a Galaxy S24 Ultra reported a flicker."
    assert spans_of(text, ("Galaxy S24", "ORG")) == [("Galaxy S24 Ultra", "MISC")]


def test_single_number_without_a_series_sign_is_left() -> None:
    text = "Kane 9 was the number on his shirt in Munich."
    assert spans_of(text, ("Kane", "PER")) == [("Kane", "PER")]
    text = "Manchester City 3 Liverpool 1 was the final score."
    assert spans_of(text, ("Manchester City", "ORG"), ("Liverpool", "ORG")) == [
        ("Manchester City", "ORG"), ("Liverpool", "ORG")]


def test_years_scores_and_counts_are_left() -> None:
    assert spans_of("Paris 2024 drew large crowds.", ("Paris", "LOC")) == [("Paris", "LOC")]
    assert spans_of("Leeds won 2-1 after Leeds 2-1 was confirmed.", ("Leeds", "ORG"), ("Leeds", "ORG")) == [
        ("Leeds", "ORG"), ("Leeds", "ORG")]
    text = "Doctors tell patients to call the NHS 111 line at night."
    assert spans_of(text, ("NHS", "ORG")) == [("NHS", "ORG")]


def test_score_table_rows_are_left() -> None:
    text = "Bulls 102, Lakers 99 was close; Celtics 110, Bulls 98 was not."
    names: list[tuple[str, EntityType]] = [("Bulls", "ORG"), ("Lakers", "ORG"), ("Celtics", "ORG"),
                                           ("Bulls", "ORG")]
    assert spans_of(text, *names) == names


def test_head_words_and_places_keep_their_numbers_out() -> None:
    assert spans_of("Viewers of Channel 4 complained.", ("Channel", "ORG")) == [("Channel", "ORG")]
    text = "Offices in Dublin 2 and in Dublin 4 were closed."
    assert spans_of(text, ("Dublin", "LOC"), ("Dublin", "LOC")) == [("Dublin", "LOC"), ("Dublin", "LOC")]


def test_short_code_alone_is_a_seat_or_a_road() -> None:
    text = "Verstappen P1 in practice, ahead of the rest."
    assert spans_of(text, ("Verstappen", "PER")) == [("Verstappen", "PER")]


def test_common_word_before_one_is_no_series() -> None:
    text = "The jet known as Air Force One landed."
    assert spans_of(text, ("One", "ORG")) == [("One", "ORG")]
    text = "Formula One teams met in Monaco."
    assert spans_of(text, ("Formula One", "ORG")) == [("Formula One", "ORG")]


def test_owner_before_a_possessive_keeps_its_span() -> None:
    text = "Fans of Orbex’s Lantern 4 drone and of Orbex’s Lantern 5 drone met."
    assert spans_of(text, ("Orbex’s Lantern", "ORG"), ("Orbex’s Lantern", "ORG")) == [
        ("Orbex", "ORG"), ("Lantern 4", "MISC"), ("Orbex", "ORG"), ("Lantern 5", "MISC")]


def test_ranked_list_numbers_are_left() -> None:
    text = "Top voices: 11. Mara Quinn 12. Dov Hale 13. Ed Hale 14. Lia Moss"
    names: list[tuple[str, EntityType]] = [("Dov Hale", "PER"), ("Hale", "ORG"), ("Lia Moss", "PER")]
    assert spans_of(text, *names) == names


def test_score_lines_without_a_separator_are_left() -> None:
    # review: a team's name before numbers twice on a page is a score line's, not a series
    text = "Dunmore 3 Kelso 0 on Saturday, and Dunmore 2 Alloa 1 in the cup."
    names: list[tuple[str, EntityType]] = [("Dunmore", "ORG"), ("Kelso", "ORG"),
                                           ("Dunmore", "ORG"), ("Alloa", "ORG")]
    assert spans_of(text, *names) == names
    text = "Foxes 7 Blue Jays 5 in the opener and Foxes 4 Blue Jays 3 later."
    names = [("Foxes", "ORG"), ("Blue Jays", "ORG"), ("Foxes", "ORG"), ("Blue Jays", "ORG")]
    assert spans_of(text, *names) == names


def test_model_words_after_the_number_are_no_score() -> None:
    # "Pro 128" after the number is a model word and a size, no other team's score
    text = "The Pixel 8 Pro 128 model and the Pixel 8 sold out."
    assert spans_of(text, ("Pixel", "ORG"), ("Pixel", "ORG")) == [("Pixel 8", "MISC"), ("Pixel 8", "MISC")]
    text = "Shops sold the Zenbook 14 and the Zenbook 16 in March."
    assert spans_of(text, ("Zenbook", "ORG"), ("Zenbook", "ORG")) == [
        ("Zenbook 14", "MISC"), ("Zenbook 16", "MISC")]


def test_owner_before_a_lower_case_led_product_keeps_its_span() -> None:
    text = "Critics compared Orbex’s iGlider 3 with the rest."
    assert spans_of(text, ("Orbex’s iGlider", "MISC")) == [("Orbex", "MISC"), ("iGlider 3", "MISC")]
