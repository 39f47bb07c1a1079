"""Products typed as people, organisations or places (``entities/products.py``, read by
``referentvote.vote``): a name written with a version or model number is MISC unless the
article says it is a person's, a place's or a firm's. Original sentences; the products, firms
and people are invented, mentions given by hand with NER's wrong guesses."""

from __future__ import annotations

from dragoman.entities.kb import name_key
from dragoman.entities.products import numbers_after, product_cues, product_referent
from dragoman.entities.referentvote import Form, vote
from dragoman.model import EntityType, Mention

_KB = {"Lisbon": "LOC", "Marrowfield": "LOC"}


def kb_type(name: str, gazetteer: bool) -> str | None:
    return _KB.get(name)


def forms(text: str, name: str, label: EntityType, *, titled: bool = False,
          speaks: bool = False, honorific: bool = False) -> list[Form]:
    """A form for each place ``text`` writes ``name``, typed ``label``."""
    out: list[Form] = []
    start = text.find(name)
    while start >= 0:
        m = Mention(start, start + len(name), name, label)
        out.append(Form(m, name_key(name).split(), None, titled, speaks, honorific))
        start = text.find(name, start + 1)
    return out


def voted(text: str, name: str, label: EntityType, **cues: bool) -> EntityType:
    found = forms(text, name, label, **cues)
    return vote(found, kb_type, heads=len(name.split()) > 1, text=text)


# -- dotted versions: any type -----------------------------------------------------------------

def test_dotted_version_makes_a_product_of_an_organisation() -> None:
    text = ("Zentaro 4.2 is out. Teams still on Zentaro 3.9 should upgrade, as Zentaro drops "
            "the old plug-in format.")
    assert voted(text, "Zentaro", "ORG") == "MISC"


def test_dotted_version_makes_a_product_of_a_person() -> None:
    text = "The laptop ships with Vellum Slate 11.3, and Vellum Slate runs every older app."
    assert voted(text, "Vellum Slate", "PER") == "MISC"


def test_version_word_between_name_and_number() -> None:
    text = "Our servers run Brindle version 2.7 until Brindle is retired."
    assert voted(text, "Brindle", "PER") == "MISC"


def test_last_word_of_a_run_in_name_carries_the_version() -> None:
    text = "Install Corvane on any laptop. Corvane 8.1 and Corvane 10 are both supported."
    found = forms(text, "Install Corvane", "PER")
    assert vote(found, kb_type, heads=True, text=text) == "MISC"


def test_title_before_the_numbered_name_is_no_person_evidence() -> None:
    text = "Pull an official Zentaro 4.2 image before you build."
    assert voted(text, "Zentaro", "ORG", titled=True) == "MISC"


def test_no_text_leaves_the_vote_as_it_was() -> None:
    text = "Zentaro 4.2 is out, and Zentaro is faster."
    assert vote(forms(text, "Zentaro", "ORG"), kb_type, heads=False) == "ORG"


# -- model numbers: people only -----------------------------------------------------------------

def test_two_model_numbers_make_a_product_of_a_person() -> None:
    text = ("Stock of the Korvix 7700 sold out in minutes, and the Korvix 7800 follows in "
            "March. Resellers ask double for a Korvix.")
    assert voted(text, "Korvix", "PER") == "MISC"


def test_small_model_numbers_need_two() -> None:
    text = "Plenty of shops still run Tellwyn 7, though Tellwyn 10 is cheaper."
    assert voted(text, "Tellwyn", "PER") == "MISC"


def test_a_firm_keeps_its_type_with_model_numbers() -> None:
    text = "Vantor 737 jets and Vantor 747 freighters fill the order book, and Vantor hired 300."
    assert voted(text, "Vantor", "ORG") == "ORG"


def test_a_place_keeps_its_type_with_district_numbers() -> None:
    text = "Flats in Carrowby 2 cost more than those in Carrowby 4, the agents in Carrowby say."
    assert voted(text, "Carrowby", "LOC") == "LOC"


# -- what a number after a person's name is -----------------------------------------------------

def test_one_minute_after_a_surname_keeps_the_person() -> None:
    text = "Scorers: Brannigan 23. Brannigan then hit the post twice."
    assert voted(text, "Brannigan", "PER") == "PER"


def test_scores_and_minutes_are_no_model_numbers() -> None:
    text = "Brannigan 6-4, 7-5 over Ostrova; Brannigan 45' goal; Brannigan 2:1."
    assert numbers_after(text, "Brannigan") == (False, frozenset())


def test_years_after_a_name_are_no_model_numbers() -> None:
    text = "Ilse Marbach 2016 and Ilse Marbach 2019 were the two chairs, and Ilse Marbach 27 years."
    assert voted(text, "Ilse Marbach", "PER") == "PER"


def test_ranks_of_a_list_are_no_model_numbers() -> None:
    text = "The best voices:\n06. Tomas Arnsby\n14. Pell Arnsby 14. Norrie Vance\n70. Arnsby 70. Kit"
    assert voted(text, "Arnsby", "PER") == "PER"


def test_a_date_closing_a_sentence_is_no_version() -> None:
    text = "Die Sitzung mit Halbrecht 12.3. war kurz, sagte Halbrecht."
    assert numbers_after(text, "Halbrecht")[0] is False


def test_thousands_are_no_version() -> None:
    assert numbers_after("Ostrova 162.000 Stimmen, Ostrova 335.769 Euro", "Ostrova") == (False, frozenset())


# -- person, place and firm evidence ------------------------------------------------------------

def test_speech_verb_keeps_the_person() -> None:
    text = "Korvix 7700 and Korvix 7800 were his nicknames, Korvix said."
    assert voted(text, "Korvix", "PER", speaks=True) == "PER"


def test_honorific_keeps_the_person() -> None:
    text = "Mr Halvey 2.0 was the joke of the night, and Mr Halvey laughed."
    assert voted(text, "Halvey", "PER", honorific=True) == "PER"


def test_given_name_in_front_keeps_the_person() -> None:
    text = "Tessa Quarrie 2.0 is how fans greet Tessa Quarrie after her comeback."
    assert voted(text, "Tessa Quarrie", "PER") == "PER"


def test_known_place_keeps_its_type() -> None:
    text = "Lisbon 2031 will host the games; Lisbon 3.0 is the city's plan."
    assert voted(text, "Lisbon", "LOC") == "LOC"


def test_head_word_keeps_a_channel() -> None:
    text = "Northmoor Channel 4 and Northmoor Channel 5.1 both aired it."
    assert product_referent(forms(text, "Northmoor Channel", "ORG"), text, "ORG", kb_type) is False


def test_version_range_after_a_name() -> None:
    text = "The guest needs Halden Kernel version 2.6.29–5.1 at least."
    assert voted(text, "Halden Kernel", "PER") == "MISC"


# -- camel case: people only --------------------------------------------------------------------

def test_camel_case_with_a_capital_start_keeps_the_person() -> None:
    text = "The new single by VelvetOrchid tops the chart, and VelvetOrchid tours in May."
    assert voted(text, "VelvetOrchid", "PER") == "PER"


def test_lower_case_start_is_no_person() -> None:
    text = "Photos from the zPhone look sharp; the zPhone costs less than rivals."
    assert voted(text, "zPhone", "PER") == "MISC"


def test_joined_surname_prefix_keeps_the_person() -> None:
    text = "McAllister scored twice, and McAllister now leads the table; deBrock was rested."
    assert voted(text, "McAllister", "PER") == "PER"
    assert voted(text, "deBrock", "PER") == "PER"


def test_short_camel_given_name_keeps_the_person() -> None:
    text = "JaMelo Pruitt started at guard, and JaMelo Pruitt played every minute."
    assert voted(text, "JaMelo Pruitt", "PER") == "PER"


def test_word_glued_to_a_given_name_keeps_the_person() -> None:
    text = "Gewählt wurde derMichael Grauber; derMichael Grauber dankte knapp."
    assert voted(text, "derMichael Grauber", "PER") == "PER"


def test_gendered_pronoun_keeps_a_camel_case_handle() -> None:
    text = "The game's art is by qOwl. qOwl has explained that he drew every tile by hand."
    assert voted(text, "qOwl", "PER") == "PER"


def test_camel_case_organisation_keeps_its_type() -> None:
    text = "zPhone Labs raised money, and zPhone Labs hired staff in Marrowfield."
    assert voted(text, "zPhone Labs", "ORG") == "ORG"


def test_one_word_shared_by_two_organisations_is_not_made_a_person() -> None:
    from dragoman.entities.referents import find_referents

    text = ("The Halvard Norbeck chip sold out in a day, and Kestrel Norbeck raised its price. "
            "Norbeck cards stay scarce.")
    mentions = [_mention(text, "Halvard Norbeck", "ORG"), _mention(text, "Kestrel Norbeck", "ORG"),
                _mention(text, "Norbeck", "ORG", last=True)]
    find_referents(text, mentions, "en", lambda name, gazetteer: None)
    assert mentions[2].label != "PER"


def test_one_word_shared_by_two_people_stays_a_person() -> None:
    from dragoman.entities.referents import find_referents

    text = "Anna Norbeck met Paul Norbeck in Oslo. Norbeck declined to comment."
    mentions = [_mention(text, "Anna Norbeck", "PER"), _mention(text, "Paul Norbeck", "PER"),
                _mention(text, "Norbeck", "ORG", last=True)]
    find_referents(text, mentions, "en", lambda name, gazetteer: None)
    assert mentions[2].label == "PER"


def _mention(text: str, surface: str, label: EntityType, last: bool = False) -> Mention:
    start = text.rindex(surface) if last else text.index(surface)
    return Mention(start, start + len(surface), surface, label)


def test_a_row_of_other_names_numbers_is_a_table_not_models() -> None:
    text = ("Standings after the race: Okonkwo 25, Vasquez 18, Lindahl 15. Okonkwo 26 with the "
            "bonus point. Okonkwo won in the rain.")
    assert numbers_after(text, "Okonkwo")[1] == frozenset({"26"})
    assert voted(text, "Okonkwo", "PER") == "PER"
    # one name's own list is still its models: "Veltrix 7, Veltrix 8 and Veltrix 10"
    text = "Veltrix 7, Veltrix 8 and Veltrix 10 all run the app. Veltrix said so."
    assert numbers_after(text, "Veltrix")[1] == frozenset({"7", "8", "10"})


# -- product nouns and openers around a name without a number -------------------------------

def test_product_nouns_after_a_name_make_a_product_of_a_person() -> None:
    text = ("Teams that adopt Quillet say Quillet code is short, and the Quillet compiler "
            "explains each error. Quillet turns ten this year.")
    assert product_cues(text, ["Quillet"]) == 2
    assert voted(text, "Quillet", "PER") == "MISC"


def test_openers_before_a_name_count_too() -> None:
    text = "Download Harbin Deck from the shop, then install Harbin Deck on the laptop."
    assert voted(text, "Harbin Deck", "PER") == "MISC"
    text = "The parser was rewritten in Quillet, and the editor was written in Quillet too."
    assert voted(text, "Quillet", "PER") == "MISC"


def test_one_product_noun_is_not_enough() -> None:
    text = "Fans of Morrow queued for hours. The Morrow code was leaked, and Morrow apologised."
    assert voted(text, "Morrow", "PER") == "PER"


def test_a_possessive_is_no_product_noun() -> None:
    text = "Tavish's code was fast. Tavish's code was tested, and Tavish's compiler too."
    assert product_cues(text, ["Tavish"]) == 0
    text = "Download Tavish's album, or install Tavish’s app."
    assert product_cues(text, ["Tavish"]) == 0


def test_a_verb_written_like_a_noun_is_no_cue() -> None:
    text = "Tavish code-named the tour, and Tavish code-signed the letters."
    assert product_cues(text, ["Tavish"]) == 0


def test_a_speech_verb_keeps_the_person_beside_product_nouns() -> None:
    text = "Ondrej code ships today. Ondrej devices follow, Ondrej said."
    assert voted(text, "Ondrej", "PER", speaks=True) == "PER"


def test_a_gendered_pronoun_keeps_the_person_beside_product_nouns() -> None:
    text = "Pellow tablets were his idea, and Pellow devices made him rich."
    assert voted(text, "Pellow", "PER") == "MISC"  # no pronoun right after the name
    text = "Pellow tablets made him rich. Pellow devices, he says, are built to last."
    assert voted(text, "Pellow", "PER") == "PER"


def test_a_given_name_in_front_keeps_the_person() -> None:
    text = "Tessa Quarrie code runs the bank, and Tessa Quarrie code passed every audit."
    assert voted(text, "Tessa Quarrie", "PER") == "PER"


def test_a_firm_without_model_numbers_keeps_its_type() -> None:
    text = "Vantor devices sold well, and Vantor tablets are made in Marrowfield."
    assert voted(text, "Vantor", "ORG") == "ORG"


def test_a_numbered_firm_with_product_nouns_is_a_product() -> None:
    text = "The Dravik 5080 sold out. Dravik 5080 cards and Dravik 5070 cards are scarce."
    assert voted(text, "Dravik", "ORG") == "MISC"


def test_cards_count_after_a_model_number_only() -> None:
    text = "Kenzaki cards sell for thousands, and Kenzaki cards from his first season most."
    assert product_cues(text, ["Kenzaki"]) == 0
    assert product_cues("Topps 2023 cards and Topps 2024 cards.", ["Topps"]) == 0
    assert product_cues("Dravik 5080 cards and Dravik 5070 cards.", ["Dravik"]) == 2


def test_a_place_keeps_its_type_beside_product_nouns() -> None:
    text = "Carrowby tablets and Carrowby devices were sold at the fair in Carrowby."
    assert voted(text, "Carrowby", "LOC") == "LOC"


def test_one_word_name_ending_a_longer_one_is_not_cued() -> None:
    assert product_cues("Anselm Quillet code and Anselm Quillet code.", ["Quillet"]) == 0
    assert product_cues("The Quillet code and In Quillet code.", ["Quillet"]) == 2


def test_a_name_opening_with_the_product_name_is_read_through_its_first_word() -> None:
    text = ("Quillet code is safe and the Quillet compiler is fast. Talks at Quillet Latam, "
            "a conference, drew crowds.")
    assert voted(text, "Quillet Latam", "PER") == "MISC"


def test_a_surname_beside_product_nouns_keeps_the_full_name_a_person() -> None:
    text = "Oskaro Venn code is everywhere. Venn code runs banks, and Venn code runs trains."
    assert voted(text, "Oskaro Venn", "PER") == "PER"


def test_a_pronoun_after_the_first_word_keeps_the_person() -> None:
    text = "Oskaro code and Oskaro devices sold, and Oskaro Venn said that he was pleased."
    assert voted(text, "Oskaro Venn", "PER") == "PER"


def test_a_noun_run_into_the_name_is_a_cue() -> None:
    text = "Norlith GPUs are fast, and the Norlith installer is small."
    assert voted(text, "Norlith GPUs", "PER") == "MISC"


# -- German: product nouns capitalised, after a space or joined by a hyphen ----------------------

def test_german_compound_product_nouns_make_a_product_of_a_person() -> None:
    text = ("Wer den Quillet-Browser nutzt, kann jede Quillet-Erweiterung behalten. "
            "Quillet ist schnell.")
    assert product_cues(text, ["Quillet"]) == 2
    assert voted(text, "Quillet", "PER") == "MISC"
    text = "Die Dravik Treiber sind neu, und das Dravik Betriebssystem startet schneller."
    assert voted(text, "Dravik", "PER") == "MISC"


def test_german_nouns_of_people_and_firms_are_no_cues() -> None:
    text = "Die Merkel-Regierung stritt, der Siemens-Chef schwieg, und Merkel-Anhänger jubelten."
    assert product_cues(text, ["Merkel"]) == 0
    assert product_cues(text, ["Siemens"]) == 0
    text = "Bosch-Geräte und Bosch-Grafikkarten? Bosch-Treiber gibt es keine."
    assert voted(text, "Bosch", "ORG") == "ORG"  # a firm without model numbers


def test_german_noun_after_a_genitive_or_fuer_is_no_cue() -> None:
    text = ("Der Tank für Quillet ist leer, die Treiber des Quillet fehlen, und Quillet für "
            "Android ist neu.")
    assert product_cues(text, ["Quillet"]) == 0
    assert product_cues(text, ["Android"]) == 0
    assert voted(text, "Quillet", "PER") == "PER"


def test_german_compound_run_into_the_name_is_a_cue() -> None:
    text = "Ist der Norvak-Tank leer, springt der Motor nicht an. Der Norvak-Tank friert selten."
    assert voted(text, "Norvak-Tank", "PER") == "MISC"
    text = "Die Kessler-Regierung tagte, und die Kessler-Regierung stürzte im Mai."
    found = forms(text, "Kessler-Regierung", "PER")
    assert not product_referent(found, text, "PER", kb_type)


def test_german_cards_count_after_a_model_number_only() -> None:
    assert product_cues("Kenzaki Karten und Kenzaki Karten.", ["Kenzaki"]) == 0
    assert product_cues("Dravik 5080 Karten und Dravik 5070 Karten.", ["Dravik"]) == 2


def test_german_pronoun_and_given_name_keep_the_person() -> None:
    text = "Die Pellow-Treiber waren seine Idee. Pellow-Konsolen, sagt er, halten lange."
    assert voted(text, "Pellow", "PER") == "PER"
    text = "Anna Kessler-Treiber laufen, und Anna Kessler-Treiber laufen immer noch."
    assert voted(text, "Anna Kessler", "PER") == "PER"


def test_a_sentences_last_word_is_no_longer_name() -> None:
    text = "Viele nutzen es seit Jahren. Quillet-Erweiterungen helfen, Quillet-Treiber auch."
    assert product_cues(text, ["Quillet"]) == 2
    # an abbreviation may go on into a name: "St. Quillet" is another's
    assert product_cues("St. Quillet-Treiber und Jr. Quillet-Treiber.", ["Quillet"]) == 0
