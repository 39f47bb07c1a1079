"""More product cues (issue 14, helper teams-products; ``entities/productcues.py``, read by
``products.product_referent``): a device's part or a program's copy after a name, a launch
before it. Original sentences; the products and people are invented, mentions given by hand
with NER's wrong guesses."""

from __future__ import annotations

from dragoman.entities.kb import name_key
from dragoman.entities.productcues import product_places
from dragoman.entities.products import occurrences
from dragoman.entities.referentvote import Form, vote
from dragoman.model import EntityType, Mention


def kb_type(name: str, gazetteer: bool) -> str | None:
    return None


def voted(text: str, name: str, label: EntityType = "PER", *, speaks: bool = False) -> EntityType:
    found: list[Form] = []
    start = text.find(name)
    while start >= 0:
        m = Mention(start, start + len(name), name, label)
        found.append(Form(m, name_key(name).split(), None, False, speaks))
        start = text.find(name, start + 1)
    return vote(found, kb_type, heads=len(name.split()) > 1, text=text)


def test_parts_after_the_name_are_cues() -> None:
    text = "The Quorra's battery lasts a day, and the Quorra screen is bright."
    assert product_places(text, ["Quorra"], occurrences) == {4, 42}
    assert voted(text, "Quorra") == "MISC"


def test_a_program_s_copies_and_manual_are_cues() -> None:
    text = "Start a Velmo instance, open the Velmo setup page, then read the Velmo docs."
    assert voted(text, "Velmo") == "MISC"


def test_a_launch_before_the_name_is_a_cue() -> None:
    text = "Last spring Harlow launched Tessik, and its new Tessik has a larger battery than Tessik 2."
    assert 28 in product_places(text, ["Tessik"], occurrences)
    assert voted(text, "Tessik") == "MISC"


def test_one_cue_is_not_enough() -> None:
    text = "Reporters watched Brenna Koss on the screen; Koss's screen test went well."
    assert voted(text, "Koss") == "PER"


def test_a_speaking_person_keeps_the_person() -> None:
    text = "The Ardent server and the Ardent docs were down, Ardent said."
    assert voted(text, "Ardent", speaks=True) == "PER"


def test_words_that_are_no_cues() -> None:
    text = "The court released Maren Oakes, and Oakes's update and Oakes's camera were seized."
    assert product_places(text, ["Oakes"], occurrences) == set()
    assert voted(text, "Oakes") == "PER"


# Review (teams-products): a player's or an actor's part after a bare possessive is no cue.
def test_a_person_s_display_chip_or_setup_is_no_cue() -> None:
    text = "Dorvak's display was superb, and Dorvak's chip beat the keeper late on."
    assert product_places(text, ["Dorvak"], occurrences) == set()
    assert voted(text, "Dorvak") == "PER"
    setup = "Dorvak's setup was wrong on Friday, and Dorvak's setup improved on Sunday."
    assert voted(setup, "Dorvak") == "PER"
    thing = "The Dorvak's display is bright, and the Dorvak's battery lasts a day."
    assert voted(thing, "Dorvak") == "MISC"
    device = "Dorvak's processor runs cool, and Dorvak's touchscreen responds fast."
    assert voted(device, "Dorvak") == "MISC"
