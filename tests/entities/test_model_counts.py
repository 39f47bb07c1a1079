"""A number after a name that counts something, an offer's, a club's, a golfer's or one after a
date is no model number (entities/modelcounts.py, review of issue 14); original sentences."""

from __future__ import annotations

from dragoman.entities.modelcounts import counted, month_name
from dragoman.model import EntityType
from tests.entities.test_model_spans import spans_of as _spans


def _counted(text: str) -> bool:
    return counted(text, text.index(" ", text.index(" ") + 1))


def test_count_nouns_offers_and_comparatives() -> None:
    assert _counted("Kroger 40 stores closed")
    assert _counted("Aldi 30 Märkte wurden umgebaut")
    assert _counted("Mercadona 10 tiendas abren")
    assert _counted("Primark 4 others stayed")
    assert _counted("Morrisons 3 for 2 offers")
    assert not _counted("Windows 10 for 2 years")
    assert not _counted("iPhone 15 sales fell")
    assert not _counted("RX 6800 more than the rest")


def test_month_names_of_every_pack() -> None:
    assert month_name("May") and month_name("März") and month_name("Oct.")
    assert not month_name("Sony")


def test_a_count_after_the_name_is_no_series() -> None:
    text = "Kroger 40 stores will close, and Kroger 12 more are under review."
    assert _spans(text, ("Kroger", "ORG"), ("Kroger", "ORG")) == [("Kroger", "ORG"), ("Kroger", "ORG")]
    text = "Lidl 15 Filialen schließen, Lidl 20 weitere folgen im Herbst."
    assert _spans(text, ("Lidl", "ORG"), ("Lidl", "ORG")) == [("Lidl", "ORG"), ("Lidl", "ORG")]
    assert _spans("Moderna 2 shots were offered.", ("Moderna", "ORG")) == [("Moderna", "ORG")]


def test_a_capital_inside_does_not_make_a_count_a_model() -> None:
    assert _spans("TikTok 15 minute videos replaced clips.", ("TikTok", "ORG")) == [("TikTok", "ORG")]
    assert _spans("MacLeod 3 assists sealed it.", ("MacLeod", "ORG")) == [("MacLeod", "ORG")]
    text = "FedEx 200 workers walked out, and FedEx 80 more joined."
    assert _spans(text, ("FedEx", "ORG"), ("FedEx", "ORG")) == [("FedEx", "ORG"), ("FedEx", "ORG")]


def test_an_offer_is_no_model_number() -> None:
    text = "Waitrose 3 for 2 deals and Waitrose 2 for 1 deals were dropped."
    assert _spans(text, ("Waitrose", "ORG"), ("Waitrose", "ORG")) == [
        ("Waitrose", "ORG"), ("Waitrose", "ORG")]


def test_a_product_written_bare_keeps_its_count_noun_place() -> None:
    text = "The Quasar 5 arrived, and Quasar 5 games followed."
    assert _spans(text, ("Quasar", "ORG"), ("Quasar", "ORG")) == [
        ("Quasar 5", "MISC"), ("Quasar 5", "MISC")]
    text = "Stock of Quasar 4090 graphics cards ran low, and the Quasar 4080 too."
    assert _spans(text, ("Quasar", "ORG"), ("Quasar", "ORG")) == [
        ("Quasar 4090", "MISC"), ("Quasar 4080", "MISC")]


def test_two_digits_after_a_name_the_page_types_a_person() -> None:
    text = "Rory Dunleavy shot well; Dunleavy 66 led, Dunleavy 70 held."
    names: list[tuple[str, EntityType]] = [("Rory Dunleavy", "PER"), ("Dunleavy", "ORG"),
                                           ("Dunleavy", "ORG")]
    assert _spans(text, *names) == names
    text = "Rory Pad said hi; the Pad 8 and the Pad 9 sold out."
    assert _spans(text, ("Rory Pad", "PER"), ("Pad", "ORG"), ("Pad", "ORG")) == [
        ("Rory Pad", "PER"), ("Pad 8", "MISC"), ("Pad 9", "MISC")]
    # a one-word span typed a person, or a two-word one opening with no given name, is no
    # surname's sign: NER so types a software page's words
    text = "Linux is free; Fedora Linux 30 and Fedora Linux 29 are listed."
    assert _spans(text, ("Linux", "PER"), ("Fedora Linux", "PER"), ("Fedora Linux", "ORG")) == [
        ("Linux", "PER"), ("Fedora Linux", "PER"), ("Fedora Linux 29", "MISC")]


def test_a_name_ending_in_a_place_is_a_club() -> None:
    text = "SC Freiburg 2 und SC Freiburg 3 trafen sich im Pokal."
    assert _spans(text, ("SC Freiburg", "ORG"), ("SC Freiburg", "ORG")) == [
        ("SC Freiburg", "ORG"), ("SC Freiburg", "ORG")]


def test_a_date_before_a_product_is_no_score_line() -> None:
    assert _spans("On May 5 PlayStation 5 sales rose.", ("PlayStation", "ORG")) == [
        ("PlayStation 5", "MISC")]
    assert _spans("By June 3, PlayStation 5 stock was back.", ("PlayStation", "ORG")) == [
        ("PlayStation 5", "MISC")]
    assert _spans("Celtic 3 PlayStation 5 was a joke.", ("PlayStation", "ORG")) == [
        ("PlayStation", "ORG")]


def test_an_article_before_the_name_makes_the_count_noun_the_phrases() -> None:
    # review: "runs", "fans", "extra", "members" after "the" + product are its verb or head
    assert _spans("The PlayStation 5 runs cooler.", ("PlayStation", "ORG")) == [
        ("PlayStation 5", "MISC")]
    assert _spans("The GeForce 4090 fans spin loudly.", ("GeForce", "ORG")) == [
        ("GeForce 4090", "MISC")]
    assert _spans("The WordPress 6 members area was redesigned.", ("WordPress", "ORG")) == [
        ("WordPress 6", "MISC")]
    # no article: the number is a count; an article still lets an offer be an offer
    assert _spans("WordPress 6 members quit.", ("WordPress", "ORG")) == [("WordPress", "ORG")]
    assert _spans("The Waitrose 3 for 2 deal ended.", ("Waitrose", "ORG")) == [("Waitrose", "ORG")]
    # a count after an article still is no series place ("the Celtics 6 wins … 5 wins")
    text = "The Celtics 6 wins matched the Celtics 5 wins last year."
    assert _spans(text, ("Celtics", "ORG"), ("Celtics", "ORG")) == [
        ("Celtics", "ORG"), ("Celtics", "ORG")]


def test_the_count_words_come_from_the_discovered_packs() -> None:
    assert counted("Carrefour 20 magasins", len("Carrefour 20"))
    assert counted("Mercadona 20 tiendas", len("Mercadona 20"))
    assert not counted("The Quasar 5 runs", len("The Quasar 5"), 4)


def test_a_recipes_measure_after_a_number_is_no_model_number() -> None:
    text = "Knead the dough. Sprinkle 2 tbsp of salt, then Sprinkle 3 tsp of sugar on top."
    names: list[tuple[str, EntityType]] = [("Sprinkle", "ORG"), ("Sprinkle", "ORG")]
    assert _spans(text, *names) == names
