"""A site, a blog, a paper or a platform typed as a person (``entities/mediumnames.py``, read by
``referentvote.vote``): a one-word name written twice after a noun of a medium's texts and its
preposition ("an article in X", "a post on X") is an organisation, unless the article says it
is a person's. Original sentences; the media and people are invented, mentions given by hand
with NER's wrong guess (PER)."""

from __future__ import annotations

from dragoman.entities.kb import name_key
from dragoman.entities.mediumnames import medium_referent
from dragoman.entities.referentvote import Form, vote
from dragoman.model import EntityType, Mention

_KB = {"Harrowgate": "LOC"}


def kb_type(name: str, gazetteer: bool) -> str | None:
    return _KB.get(name)


def forms(text: str, name: str, *, titled: bool = False, honorific: bool = False) -> list[Form]:
    """A PER form for each place ``text`` writes ``name``."""
    out: list[Form] = []
    start = text.find(name)
    while start >= 0:
        m = Mention(start, start + len(name), name, "PER")
        out.append(Form(m, name_key(name).split(), None, titled, False, honorific))
        start = text.find(name, start + 1)
    return out


def voted(text: str, name: str, **cues: bool) -> EntityType:
    return vote(forms(text, name, **cues), kb_type, heads=False, text=text)


def test_articles_in_a_site_make_an_organisation() -> None:
    text = ("Zinc may help, according to an article in Wellbrook. Another article in Wellbrook "
            "was less sure, Wellbrook reported.")
    assert voted(text, "Wellbrook") == "ORG"


def test_posts_on_a_blog_make_an_organisation() -> None:
    text = ("The first guest post appears on Rechtsfenster in May. The most read post on "
            "Rechtsfenster that year was about the court.")
    assert voted(text, "Rechtsfenster") == "ORG"


def test_one_cue_is_not_enough() -> None:
    text = "An article in Wellbrook said so. Wellbrook later added a note."
    assert voted(text, "Wellbrook") == "PER"


def test_bare_prepositions_take_people_too() -> None:
    text = "Fans put their faith in Okonjo. The pressure on Okonjo grew, and a foul on Okonjo followed."
    assert voted(text, "Okonjo") == "PER"


def test_phrases_about_a_person_are_no_cue() -> None:
    text = "A long story on Brevick ran on Sunday. A video on Brevick and a thread on Brevick followed."
    assert voted(text, "Brevick") == "PER"


def test_possessive_after_the_name_is_no_cue() -> None:
    text = ("An article in Marlowe's archive told the story. A column in Marlowe's old paper "
            "told it again.")
    assert voted(text, "Marlowe") == "PER"


def test_gendered_pronoun_keeps_the_person() -> None:
    text = ("An article in Pendry said so, and she agreed. A column in Pendry ran the next day.")
    assert voted(text, "Pendry") == "PER"


def test_title_and_honorific_keep_the_person() -> None:
    text = "Ms Quarry wrote an article in Quarry. A column in Quarry followed."
    assert voted(text, "Quarry", honorific=True) == "PER"
    assert voted(text, "Quarry", titled=True) == "PER"


def test_known_name_and_given_name_are_kept() -> None:
    text = "A survey in Harrowgate was published. A study in Harrowgate followed."
    assert not medium_referent(forms(text, "Harrowgate"), text, "PER", kb_type)
    text = "An essay in Maria was odd. A review in Maria was odder."
    assert not medium_referent(forms(text, "Maria"), text, "PER", kb_type)


def test_other_types_are_left_alone() -> None:
    text = "An article in Wellbrook said so. A column in Wellbrook agreed."
    found = forms(text, "Wellbrook")
    assert not medium_referent(found, text, "LOC", kb_type)
    assert medium_referent(found, text, "PER", kb_type)


def test_a_host_and_a_cited_author_stay_people() -> None:
    """Appearing on a host's show is no medium's phrase, and a name with a year or "(ed.)"
    after it is a cited author ("published in Lindqvist (2004)")."""
    show = "She appeared on Letterman in 1994. She appeared on Letterman again in 2001."
    assert voted(show, "Letterman") == "PER"
    cited = "The poem was published in Lindqvist (2004) and later printed in Lindqvist (2011)."
    assert voted(cited, "Lindqvist") == "PER"
