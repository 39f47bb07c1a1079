"""Headings, menu items and buttons of everyday words that NER took for names found no entity
(issue 14, helper en-ent2; ``entities/headingphrases.py``). Original text written for these
tests, NER types given by hand as NER gave them. Negatives: a band or a product typed so, a
"person" of everyday words that the running text names too, brands the knowledge base knows,
a person's name on its own line, a role above a name, one word alone on a line, a version
line, a heading with a head word of a body."""

from __future__ import annotations

import pytest

from dragoman.entities.frequentwords import frequent_words
from dragoman.entities.headingphrases import heading_phrase
from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from tests.entities.mentions import linked, tagged


@pytest.fixture()
def linker() -> Linker:
    return Linker(memory=Memory())


def kept(linker: Linker, text: str, items: list[tuple[str, str]]) -> list[str]:
    return [m.text for m in linked(linker, text, items) if m.entity_id is not None]  # type: ignore[arg-type]


def is_heading(linker: Linker, text: str, surface: str, label: str = "PER") -> bool:
    mention = tagged(text, [(surface, label)])[0]  # type: ignore[list-item]
    return heading_phrase(text, mention, linker.kb_type, "en")


def test_the_shipped_list_holds_everyday_english_words() -> None:
    words = frequent_words("en")
    assert {"privacy", "notice", "lightning", "fast", "details"} <= words
    assert not {"grace", "hill", "mark"} & words  # words of persons' names in the NER training sets
    assert len(words) > 20000
    assert frequent_words("xx") == frozenset()


def test_feature_headings_of_a_product_page_found_nothing(linker: Linker) -> None:
    text = ("Quillboard 7 for Teams\n"
            "Blazing Speed\n"
            "Quillboard opens a board of two thousand cards in under a second.\n"
            "Offline Editing\n"
            "Keep writing on a plane; your cards sync when you land.\n")
    items = [("Quillboard", "ORG"), ("Blazing Speed", "PER"), ("Quillboard", "ORG"),
             ("Offline Editing", "PER")]
    assert kept(linker, text, items) == ["Quillboard", "Quillboard"]


def test_a_listing_pages_labels_and_a_list_of_three(linker: Linker) -> None:
    text = ("The Copper Kettle\nOpening Hours\nMonday to Friday from eight.\n"
            "Fresh, Honest and Local\nWe bake every morning in the back room.\n")
    assert is_heading(linker, text, "Opening Hours")
    assert is_heading(linker, text, "Honest and Local")
    text = "Early Access\nMembers Only\n* Exclusive Offers\nSign in below."
    assert is_heading(linker, text, "Exclusive Offers")
    # one heading line of everyday words alone on the page: no feature list (rev-en-ent)
    assert not is_heading(linker, "Members Only\n* Exclusive Offers\nSign in below.", "Exclusive Offers")


def test_a_band_or_a_product_typed_so_stays(linker: Linker) -> None:
    text = "Group of the Year\nBlink 182\nFoo Fighters\nParamore\n"
    assert not is_heading(linker, text, "Foo Fighters", "ORG")
    assert not is_heading(linker, text, "Foo Fighters")  # a list of names, no section
    text = "Rising Star\nNkem Obi – WINNER\nBest Album\nFoo Fighters\nPlayed for nine hours.\n"
    assert not is_heading(linker, text, "Rising Star")  # an award's category before a name
    assert not is_heading(linker, "Build Tools\nAndroid Studio in Windows\n", "Android Studio", "MISC")


def test_a_product_named_in_the_running_text_too_stays(linker: Linker) -> None:
    text = ("Pocket Ledger\n"
            "Pocket Ledger tracks every receipt you photograph and sorts it by month.\n")
    assert kept(linker, text, [("Pocket Ledger", "PER"), ("Pocket Ledger", "PER")]) == [
        "Pocket Ledger", "Pocket Ledger"]


def test_brands_the_knowledge_base_knows_stay(linker: Linker) -> None:
    assert linker.kb_type("Apple", True) == "ORG" and linker.kb_type("Meta", True) == "ORG"
    for text, name in (("Apple Music\nStream songs on the go.", "Apple Music"),
                       ("Meta Quest\nOur headset of the year.", "Meta Quest")):
        assert not is_heading(linker, text, name), name


def test_a_person_or_a_role_on_its_own_line_stays(linker: Linker) -> None:
    assert not is_heading(linker, "Our Team\nGrace Hill\nShe runs the kitchen.", "Grace Hill")
    assert not is_heading(linker, "Managing Director\nTomasz Wrona\n", "Managing Director")
    assert not is_heading(linker, "Our sponsors\nVisa\nShell\n", "Visa")  # one word


def test_versions_bodies_and_sentences_are_no_headings(linker: Linker) -> None:
    assert not is_heading(linker, "Supported systems\nFuture Server 2030\n", "Future Server")
    text = "Contact\nRiverside Community Foundation\n"
    assert not is_heading(linker, text, "Riverside Community Foundation")
    assert not is_heading(linker, "Please read our Privacy Notice.\n", "Privacy Notice")
    assert not is_heading(linker, "— Silver Wolf\nA poem in four parts.\n", "Silver Wolf")


def test_a_word_the_running_text_capitalises_is_a_names(linker: Linker) -> None:
    text = ("Tools We Support\nLantern Studio in Windows\n"
            "Sync your notes from any Lantern device in seconds.\n")
    assert not is_heading(linker, text, "Lantern Studio")
    text = "Tools We Support\nLantern Studio in Windows\nLantern devices sync in seconds.\n"
    assert is_heading(linker, text, "Lantern Studio")  # first in its sentence: no evidence


def test_the_list_is_found_by_the_language_code_alone(linker: Linker) -> None:
    # review rev-en-ent: the frequent words are the article's language's; a language without a
    # shipped list (or no language) reads no heading phrase, and a code naming a path finds none.
    text = ("Quiet Mode\nSilence every alert on the phone while you sleep through the night.\n"
            "Dark Colours\nPick a theme.\n")
    mention = tagged(text, [("Quiet Mode", "PER")])[0]  # type: ignore[list-item]
    assert heading_phrase(text, mention, linker.kb_type, "en")
    assert not heading_phrase(text, mention, linker.kb_type, "sw")
    assert not heading_phrase(text, mention, linker.kb_type, None)
    assert frequent_words("EN") == frequent_words("en")
    assert frequent_words("../models/en") == frozenset()


def test_one_heading_line_alone_above_its_paragraph_may_be_a_name(linker: Linker) -> None:
    # review rev-en-ent: a series or a newspaper named alone above the paragraph about it; the
    # same line among the headings of a feature page is one.
    text = "Paper Towns\nThe series returned to television with six new episodes this week.\n"
    assert not is_heading(linker, text, "Paper Towns")
    text += "Happy Endings\nEvery episode closes with a song sung by the cast in the garden.\n"
    assert is_heading(linker, text, "Paper Towns")
