"""Products, services and owned things that NER types as people, places or organisations
(issue 14; ``entities/brandcues.py``, ``entities/ownednames.py``, the packs' new product
openers, read by ``referentvote.vote``): a firm's name before a name ("Nvidia Velora"), a
trademark sign after it ("Boot Camp®"), a service noun before it ("der Dienst Kestra"), a
possessive determiner before it ("on your Mac"). Original sentences; the products and people
are invented, mentions given by hand with NER's wrong guess. Each rule has negatives: people,
places and firms of similar shape that must keep their type."""

from __future__ import annotations

from dragoman.entities.kb import name_key
from dragoman.entities.referentvote import Form, vote
from dragoman.model import EntityType, Mention

_KB = {"Nvidia": "ORG", "Amazon": "ORG", "Google": "ORG", "Cardiff": "LOC"}


def kb_type(name: str, gazetteer: bool) -> str | None:
    return _KB.get(name)


def forms(text: str, name: str, label: EntityType = "PER", *, titled: bool = False,
          speaks: bool = False) -> list[Form]:
    """A form typed ``label`` for each place ``text`` writes ``name`` as a word."""
    out: list[Form] = []
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if not text[end : end + 1].isalnum() and not (start and text[start - 1].isalnum()):
            m = Mention(start, end, name, label)
            out.append(Form(m, name_key(name).split(), None, titled, speaks))
        start = text.find(name, start + 1)
    return out


def voted(text: str, name: str, label: EntityType = "PER", **cues: bool) -> EntityType:
    return vote(forms(text, name, label, **cues), kb_type, heads=True, text=text)


# -- a firm's name before or opening a name (brandcues) ---------------------------------------

def test_firm_name_before_a_name_makes_a_product() -> None:
    text = ("Players stream games over Nvidia Velora in 4K. The subscriptions of Nvidia Velora "
            "went up, and Nvidia Velora remains popular.")
    assert voted(text, "Velora") == "MISC"


def test_name_opening_with_a_firm_is_a_product() -> None:
    text = "Amazon Kestra arrived this week. Amazon Kestra costs less than its rivals."
    assert voted(text, "Amazon Kestra") == "MISC"


def test_firm_led_name_that_speaks_is_the_firms_unit() -> None:
    text = "Google Orrery said its model solved the task. Researchers at Google Orrery agreed."
    assert voted(text, "Google Orrery", speaks=True) == "ORG"


def test_once_after_a_firm_is_not_enough() -> None:
    text = "Amazon Kestra arrived this week. Kestra costs less than its rivals."
    assert voted(text, "Kestra") == "PER"


def test_person_after_a_firm_with_a_pronoun_stays_a_person() -> None:
    text = "Amazon Ferro said she would retire. Amazon Ferro, who joined in 2001, thanked staff."
    assert voted(text, "Amazon Ferro") == "PER"


def test_given_name_after_a_firm_stays_a_person() -> None:
    text = "Amazon Tom Ferro and Google Tom Ferro were both listed. Tom Ferro declined to comment."
    assert voted(text, "Tom Ferro") == "PER"


def test_unknown_word_before_a_name_is_no_firm() -> None:
    text = "Leeds Velora played twice. Fans of Leeds Velora cheered, and Leeds Velora won."
    assert voted(text, "Velora") == "PER"


# -- a trademark sign (brandcues) --------------------------------------------------------------

def test_trademark_sign_turns_a_place_with_a_head_word() -> None:
    text = "Reuse your Harbor Camp® partition. Converting from Harbor Camp is easy."
    assert voted(text, "Harbor Camp", "LOC") == "MISC"


def test_trademark_sign_turns_a_person() -> None:
    text = "Kestrel™ syncs your files. Kestrel works offline."
    assert voted(text, "Kestrel") == "MISC"


def test_trademark_sign_leaves_a_firm() -> None:
    text = "Brightwater® makes pans. Brightwater said sales rose."
    assert voted(text, "Brightwater", "ORG") == "ORG"


def test_no_trademark_sign_leaves_a_place() -> None:
    text = "They met at Harbor Camp. Harbor Camp is near the sea."
    assert voted(text, "Harbor Camp", "LOC") == "LOC"


def test_trademark_sign_after_a_known_place_keeps_it() -> None:
    text = "Cardiff® is a registered mark of the council. Cardiff is in Wales."
    assert voted(text, "Cardiff", "LOC") == "LOC"


# -- service nouns before a name (the packs' product_openers) ----------------------------------

def test_german_service_noun_before_a_name() -> None:
    text = "Der Dienst Kestra kostet zehn Euro. Der Streamingdienst Kestra zeigt Filme."
    assert voted(text, "Kestra") == "MISC"


def test_english_streaming_service_before_a_name() -> None:
    text = ("The streaming service Brevio has forty films. Prices rose after the streaming "
            "service Brevio lost subscribers.")
    assert voted(text, "Brevio") == "MISC"


def test_service_noun_once_is_not_enough() -> None:
    text = "Der Dienst Kestra kostet zehn Euro. Kestra lebt in Wien."
    assert voted(text, "Kestra") == "PER"


def test_service_nouns_with_a_speech_verb_keep_a_person() -> None:
    text = ("The streaming service Brevio has forty films. The streaming service Brevio "
            "said it would grow.")
    assert voted(text, "Brevio", speaks=True) == "PER"


# -- possessive determiners (ownednames) -------------------------------------------------------

def test_possessive_before_a_person_typed_name_makes_a_thing() -> None:
    text = "You can read our Privacy Notice. It explains what we store."
    assert voted(text, "Privacy Notice") == "MISC"


def test_possessive_before_an_organisation_typed_name_makes_a_thing() -> None:
    text = "Move your files to your Kestrabook. The Kestrabook starts quickly."
    assert voted(text, "Kestrabook", "ORG") == "MISC"


def test_german_possessive_before_a_name() -> None:
    text = "Seit gestern startet mein Pixelphone nicht mehr. Der Händler prüft mein Pixelphone."
    assert voted(text, "Pixelphone") == "MISC"


def test_german_hyphen_compound_after_a_possessive_is_the_nouns() -> None:
    text = "Abonniert unseren Velora-Kanal. Velora sagte, er poste mehr."
    assert voted(text, "Velora") == "PER"


def test_possessive_before_a_name_and_an_auxiliary() -> None:
    text = "Bring your Kestrabook to class. I think my Kestrabook is too old."
    assert voted(text, "Kestrabook") == "MISC"


def test_possessive_before_a_modified_noun_is_not_the_names() -> None:
    text = "Subscribe to our Velora channel. Velora said he would post more."
    assert voted(text, "Velora") == "PER"


def test_object_pronoun_her_is_no_possessive() -> None:
    text = "I told her Ferro would win. Ferro did win in Leeds."
    assert voted(text, "Ferro") == "PER"


def test_possessive_before_an_acronym_keeps_a_body() -> None:
    text = "Our NHSX needs more nurses. NHSX said so."
    assert voted(text, "NHSX", "ORG") == "ORG"


def test_possessive_before_a_place_keeps_it() -> None:
    text = "Our Velmora is warming. Velmora lies by the sea."
    assert voted(text, "Velmora", "LOC") == "LOC"


def test_possessive_before_a_title_keeps_a_person() -> None:
    text = "My Lord Ferro, the witness said, I was in Hull. Lord Ferro agreed."
    assert voted(text, "Lord Ferro") == "PER"


def test_possessive_before_a_titled_person_keeps_it() -> None:
    text = "We thank our Ferro, the chief of staff. Chief Ferro joined in 2010."
    assert voted(text, "Ferro", titled=True) == "PER"


# -- review: people after possessives, and a firm's word opening a person's name --------------

def test_possessive_before_a_given_name_alone_keeps_a_person() -> None:
    text = "We will always miss our Harry, the village said. Harry loved the sea."
    assert voted(text, "Harry") == "PER"


def test_possessive_before_a_plural_group_keeps_an_organisation() -> None:
    text = "The coach praised our Kestrels after the final. The Kestrels won 2-0."
    assert voted(text, "Kestrels", "ORG") == "ORG"


def test_possessive_before_a_singular_thing_still_makes_it_owned() -> None:
    text = "The coach praised our Kestrelpad after the final. The Kestrelpad won an award."
    assert voted(text, "Kestrelpad", "ORG") == "MISC"


def test_firm_word_before_a_surname_that_is_a_given_name_keeps_a_person() -> None:
    text = "Amazon Martin ist die Tochter einer Sängerin. Amazon Martin ist neunzehn."
    assert voted(text, "Amazon Martin") == "PER"


def test_possessive_once_before_a_one_word_person_keeps_it() -> None:
    # a nickname the given-name lists lack, written after "our" once in a family's words
    text = "Our Bramble was the light of the house, the family said. Bramble was nine."
    assert voted(text, "Bramble") == "PER"


def test_possessive_twice_before_a_one_word_person_typed_name_makes_a_thing() -> None:
    text = "Charge your Kestrapad. Then open your Kestrapad and sign in."
    assert voted(text, "Kestrapad") == "MISC"
