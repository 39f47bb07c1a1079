"""Everyday words NER cut out of a title-case headline in a list of headlines (issue 14, helper
en_headings; ``headingphrases.headline_fragment``). Original text written for these tests, NER
types given by hand. Negatives: a known name on the line, a given name, a line that names a
known firm, one headline alone, a name filling its line, a comma joining a name and its band,
a fragment the running text names, a version line."""

from __future__ import annotations

import pytest

from dragoman.entities.headingphrases import headline_fragment
from dragoman.entities.linking import Linker
from dragoman.entities.lonewords import layout_word
from dragoman.entities.memory import Memory
from dragoman.model import EntityType
from tests.entities.mentions import tagged

BODY = ("We baked on a rainy day and wrote down what worked. The best part was a walk near the "
        "river; the little ones will eat anything after that.\n\nMore stories\n")
OTHERS = "Underwear Jokes That Are Mostly Clean\n5 Hilarious Jokes About Parenting\n"


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker(memory=Memory())


def fragment(linker: Linker, text: str, surface: str, label: EntityType = "PER") -> bool:
    mention = tagged(text, [(surface, label)])[0]
    return headline_fragment(text, mention, linker.kb_type, "en")


def test_a_fragment_of_a_counted_headline_in_a_list_is_dropped(linker: Linker) -> None:
    text = BODY + "9 Pickle Jokes to Make Them Giggle\n" + OTHERS
    assert fragment(linker, text, "Make Them Giggle")
    assert fragment(linker, text, "Pickle Jokes", "ORG")
    mention = tagged(text, [("Make Them Giggle", "PER")])[0]
    assert layout_word(text, mention, linker.kb_type, "en")  # the pipeline's step reads it


def test_any_type_and_a_headline_asking(linker: Linker) -> None:
    text = BODY + "Do Pickle Jokes Make Them Giggle?\n" + OTHERS
    assert fragment(linker, text, "Make Them Giggle", "LOC")
    assert fragment(linker, text, "Mostly Clean", "MISC")


def test_known_and_given_names_on_the_line_stay(linker: Linker) -> None:
    text = BODY + "Why Google Keeps Changing Search\nMeet Maria Lopez at the Bake Sale\n" + OTHERS
    assert not fragment(linker, text, "Google", "ORG")
    assert not fragment(linker, text, "Maria Lopez")
    assert not fragment(linker, text, "Keeps Changing Search")  # the line names a known firm


def test_one_headline_alone_or_a_name_filling_its_line_stays(linker: Linker) -> None:
    assert not fragment(linker, BODY + "9 Pickle Jokes to Make Them Giggle\n", "Make Them Giggle")
    text = BODY + "Lazy Sunday Ideas\n" + OTHERS
    assert not fragment(linker, text, "Lazy Sunday Ideas", "ORG")


def test_a_comma_a_version_or_the_running_text_keeps_it(linker: Linker) -> None:
    text = BODY + "Pepper Keenan, Corrosion of Conformity\n" + OTHERS
    assert not fragment(linker, text, "Corrosion of Conformity", "ORG")
    text = BODY + "Install Quiet Mode on Version 12\n" + OTHERS
    assert not fragment(linker, text, "Quiet Mode", "ORG")
    text = "Fans of Make Them Giggle met in town.\n" + BODY + "9 Pickle Jokes to Make Them Giggle\n" + OTHERS
    assert not fragment(linker, text, "Make Them Giggle")


def test_no_language_list_reads_nothing(linker: Linker) -> None:
    text = BODY + "9 Pickle Jokes to Make Them Giggle\n" + OTHERS
    mention = tagged(text, [("Make Them Giggle", "PER")])[0]
    assert not headline_fragment(text, mention, linker.kb_type, "xx")
    assert not headline_fragment(text, mention, linker.kb_type, None)


def test_a_name_in_a_headlines_subject_place_stays(linker: Linker) -> None:
    # review of en_headings: names of everyday words open news headlines or follow "the"
    text = (BODY + "Peak District Fire Still Burning\nRecord Heat Hits the Dead Sea\n"
            "9 Pickle Jokes to Make Them Giggle\n" + OTHERS)
    assert not fragment(linker, text, "Peak District", "LOC")
    assert not fragment(linker, text, "Dead Sea", "LOC")
    assert fragment(linker, text, "Make Them Giggle")  # a fragment ending its headline
    assert fragment(linker, text, "Pickle Jokes", "ORG")  # a list's counted things
