"""English spans that name nothing (issue 14, NTREX): glued Title Case headlines and acronyms
of common nouns. Original sentences, near misses included."""

from __future__ import annotations

from dragoman.entities.headline import (
    common_acronym,
    family_descriptor,
    headline_refuses,
    leading_headline_end,
    lower_lead_cut,
    role_closed,
)
from dragoman.entities.nameclass import founds_no_entity, title_keys

GLUED = ("Stray Goat Wanders Into Crowded Bakery to Everyone's Delight A goat was found eating "
         "bread in a bakery on Tuesday, and the stray goat was later taken to a farm.")


def test_glued_headline_ends_where_running_text_begins() -> None:
    end = leading_headline_end(GLUED, "en")
    assert GLUED[end:].startswith("goat was found")


def test_headline_with_capitalised_clause_words() -> None:
    text = ("Harbour Flood Toll Climbs Above 40. It Is Grim. Rescuers said the flood toll "
            "was grim and still climbs.")
    assert text[leading_headline_end(text, "en"):].startswith("said")


def test_sentence_opened_by_long_name_is_no_headline() -> None:
    # As many capitals as a headline, but no headline cue ("to", "a", "It", "Is").
    text = ("United Nations Secretary General Marta Kovalenko said on Monday that the general "
            "assembly of united nations would meet.")
    assert leading_headline_end(text, "en") == 0


def test_names_joined_by_particles_are_no_headline() -> None:
    text = ("Orla Brennan and Tomasz Wiercik of the Lakeside Rowing Club won the race, "
            "the club said.")
    assert leading_headline_end(text, "en") == 0


def test_headline_rule_is_english_only_and_needs_running_text() -> None:
    assert leading_headline_end(GLUED, "de") == 0
    assert leading_headline_end("Stray Goat Wanders Into Crowded Bakery to Everyone's Delight", "en") == 0


def test_headline_needs_everyday_words_the_text_writes_lower() -> None:
    text = "Kestrel Dynamics Acquires Morwen Labs to Expand Quantum Unit Morwen was sold."
    assert leading_headline_end(text, "en") == 0


def test_clean_names_inside_a_headline_may_still_found() -> None:
    text = "Singer Wins Award Again Tonight to a Crowd's Joy Dorian Vance The singer wins again."
    words = {w.casefold() for w in text.replace("'", " ").replace(".", " ").split()
             if w.islower()}.__contains__
    assert headline_refuses("Singer Wins", 0, text, words)  # opens the headline
    assert headline_refuses("Again Tonight", text.index("Again"), text, words)  # "again"
    assert not headline_refuses("Dorian Vance", text.index("Dorian"), text, words)


def test_common_noun_acronyms_found_no_entity() -> None:
    for word in ("DNA", "LED", "ATM", "PhD", "A.I.", "STEM"):
        assert common_acronym(word), word
        assert founds_no_entity(word, "ORG"), word


def test_names_spelled_like_acronyms_are_kept() -> None:
    # "It" opening a sentence is no "IT"; real organisations and people stay.
    for word in ("It", "Stem", "Dna", "NASA", "BAE", "DNA Ventures", "Led Zeppelin"):
        assert not common_acronym(word), word
    assert not founds_no_entity("Led Zeppelin", "ORG")


def test_span_closed_by_abbreviated_title_or_member_acronym() -> None:
    assert founds_no_entity("Coastguard Capt.", "PER")
    assert founds_no_entity("Labour MP", "ORG")
    assert founds_no_entity("Green MEP", "PER")


def test_generation_suffix_and_titles_in_front_are_kept() -> None:
    assert not role_closed("Dorian Vance Sr.", title_keys())
    assert not role_closed("Dorian Vance Jr.", title_keys())
    assert not role_closed("Capt. Dorian Vance", title_keys())
    assert role_closed("AM", title_keys())  # the role alone
    assert not role_closed("TD", title_keys())  # alone a touchdown too
    assert not role_closed("MPs Hall", title_keys())
    assert not founds_no_entity("Marisol Ampe", "PER")


def test_family_count_descriptor_is_cut() -> None:
    assert family_descriptor("Father-of-two Dorian Vance") == len("Father-of-two ")
    assert family_descriptor("Mother-of-three Vance") == len("Mother-of-three ")
    # a place or name with an inner "of" keeps its words
    assert family_descriptor("Isle-of-Wight Ferries") == 0
    assert family_descriptor("Mother-of-pearl Trading") == 0


def test_lower_case_lead_is_cut_from_english_spans() -> None:
    assert lower_lead_cut("rooftop of Marrow House", "en") == len("rooftop of ")
    assert lower_lead_cut("former Wexley", "en") == len("former ")


def test_lower_case_name_openings_are_kept() -> None:
    for name in ("de Villiers", "van Oort", "bin Rashed", "al-Tamimi Group", "iPhone Tracker",
                 "eBay Motors", "bell hooks", "ibn Battuta"):
        assert lower_lead_cut(name, "en") == 0, name
    assert lower_lead_cut("rooftop of Marrow House", "fr") == 0


def test_language_names_found_no_entity_but_longer_names_do() -> None:
    assert founds_no_entity("Cantonese", "ORG")
    assert not founds_no_entity("Mandarin Oriental", "ORG")
    assert not founds_no_entity("Tamil Nadu", "LOC")


def test_headline_cued_by_small_as() -> None:
    text = ('The Lanterns of Old Quay Go Dark as Shops in Dunmore Close "Sadly," the owner said '
            "the lanterns go dark when shops close.")
    assert text[leading_headline_end(text, "en"):].startswith("owner said")
