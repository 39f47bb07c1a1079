"""Media and platforms typed places or people (``entities/mediumnames.media_named``, read by
``referentvote.vote``): a publication's name closing with its paper's or broadcaster's word
("Harbour Post", "Ulster TV"), a site's address ("Gigpass.co.uk") and a one-word place no
gazetteer knows written as a platform's ("posts on X", "X editors") are organisations; real
places, people named like papers and places named after them stay. Original sentences; the
media, towns and people are invented, mentions given by hand with NER's wrong guess."""

from __future__ import annotations

from dragoman.entities.kb import name_key
from dragoman.entities.referentvote import Form, vote
from dragoman.model import EntityType, Mention

_KB = {"Wales": "LOC", "Czech Republic": "LOC", "Washington": "LOC", "Kelso": "LOC", "Gaza": "LOC"}


def kb_type(name: str, gazetteer: bool) -> str | None:
    return _KB.get(name)


def voted(text: str, name: str, label: EntityType, *, titled: bool = False) -> EntityType:
    """The referent's type when NER typed each place ``text`` writes ``name`` as ``label``."""
    out: list[Form] = []
    start = text.find(name)
    while start >= 0:
        m = Mention(start, start + len(name), name, label)
        out.append(Form(m, name_key(name).split(), None, titled, False))
        start = text.find(name, start + 1)
    return vote(out, kb_type, heads=False, text=text)


def test_paper_named_after_its_town_is_an_organisation() -> None:
    assert voted("Readers told Cardwell Online the bridge was shut.", "Cardwell Online", "LOC") == "ORG"
    assert voted("A reporter for the Harbour Post said the council declined.", "Harbour Post",
                 "LOC") == "ORG"
    assert voted("According to the Spokesman-Review, the mayor resigned.", "Spokesman-Review",
                 "LOC") == "ORG"
    assert voted("The Fairbank Sentinel said the board would vote.", "Fairbank Sentinel", "PER") == "ORG"
    assert voted("Zoltan Post scored twice in the final.", "Zoltan Post", "PER") == "PER"


def test_broadcasters_are_organisations() -> None:
    assert voted("The clip was first aired by Dunmoor TV on Monday.", "Dunmoor TV", "LOC") == "ORG"
    assert voted("Listeners of Ardle Radio heard it first.", "Ardle Radio", "PER") == "ORG"


def test_places_named_with_a_papers_word_stay_places() -> None:
    assert voted("Crowds gathered in Times Square at midnight.", "Times Square", "LOC") == "LOC"
    assert voted("Soldiers manned the Border Post all night.", "Border Post", "LOC") == "LOC"
    assert voted("Rugs are sold at the Trading Post near the canyon.", "Trading Post", "LOC") == "LOC"
    assert voted("The Czech Republic beat Austria in the final.", "Czech Republic", "LOC") == "LOC"
    assert voted("Snow closed schools across Wales on Thursday.", "Wales", "LOC") == "LOC"


def test_people_named_like_papers_stay_people() -> None:
    assert voted("Martin Post scored twice in the second half.", "Martin Post", "PER") == "PER"
    assert voted("Judge Orlo Journal dismissed the case.", "Orlo Journal", "PER", titled=True) == "PER"
    assert voted("The letter was signed by Tom Daily and others.", "Tom Daily", "PER") == "PER"


def test_site_address_is_an_organisation() -> None:
    assert voted("For tickets, please contact Gigpass.ie before Friday.", "Gigpass.ie", "PER") == "ORG"
    assert voted("The recipe was first posted on Foodnest.org.", "Foodnest.org", "LOC") == "ORG"


def test_platform_phrases_make_an_unknown_place_an_organisation() -> None:
    text = ("Most articles on Quillnet are written by volunteers. Edits on Quillnet rose, and "
            "Quillnet editors locked the page.")
    assert voted(text, "Quillnet", "LOC") == "ORG"
    text = "She posted on Chirpy that it was off, and the post on Chirpy was shared widely."
    assert voted(text, "Chirpy", "LOC") == "ORG"


def test_one_platform_cue_is_not_enough() -> None:
    assert voted("The video was uploaded on Quillnet. Quillnet grew fast.", "Quillnet", "LOC") == "LOC"


def test_access_alone_is_a_towns_cue_too() -> None:
    text = "Floods cut access to Brannock, and access to Brannock stayed closed all week."
    assert voted(text, "Brannock", "LOC") == "LOC"


def test_known_places_keep_their_type_after_platform_phrases() -> None:
    text = "Access to Gaza was cut, and articles on Gaza drew Gaza editors into debate."
    assert voted(text, "Gaza", "LOC") == "LOC"
    text = "Access to Kelso was blocked, and posts on Kelso warned drivers."
    assert voted(text, "Kelso", "LOC") == "LOC"


def test_a_studys_place_is_no_medium() -> None:
    text = "A study in Tarnby found cyclists lived longer. A survey in Tarnby agreed."
    assert voted(text, "Tarnby", "LOC") == "LOC"


def test_a_towns_readers_are_no_platform_cue() -> None:
    text = "A dozen Glenmorrow readers wrote in, and Glenmorrow readers will get a reply."
    assert voted(text, "Glenmorrow", "LOC") == "LOC"


# Review (rev_eng2): misfires of the first version, each narrowed; original sentences.
def test_guard_posts_and_place_prefixes_stay_places() -> None:
    assert voted("Lorries queued at the Rambhan Check Post for days.", "Rambhan Check Post", "LOC") == "LOC"
    assert voted("Shells hit the Dorrak Sentry Post before dawn.", "Dorrak Sentry Post", "LOC") == "LOC"
    assert voted("Anglers rowed out on Lake Mirror at sunrise.", "Lake Mirror", "LOC") == "LOC"
    assert voted("The regiment left Fort Independent in May.", "Fort Independent", "LOC") == "LOC"
    assert voted("Staff at the Fort Harlan Weekly were told of cuts.", "Fort Harlan Weekly", "LOC") == "ORG"


def test_a_persons_name_before_a_family_noun_after_the_stays_a_person() -> None:
    assert voted("Lawyers for the Kwesi Post estate filed a claim.", "Kwesi Post", "PER") == "PER"
    assert voted("The Adaeze Mirror case went to appeal.", "Adaeze Mirror", "PER") == "PER"
    assert voted("The Fairbank Sentinel newsroom was told of cuts.", "Fairbank Sentinel", "PER") == "ORG"


def test_cues_a_place_takes_too_need_a_platforms_cue_beside_them() -> None:
    text = "Reports and articles on Mervanka described the shelling. Mervanka videos spread widely."
    assert voted(text, "Mervanka", "LOC") == "LOC"
    text = "Witness accounts of Orlevo differ. Orlevo accounts gathered by monitors are grim."
    assert voted(text, "Orlevo", "LOC") == "LOC"
    text = "The Pelvani app lets residents report potholes. The Pelvani app is free."
    assert voted(text, "Pelvani", "LOC") == "LOC"
    text = "Clips uploaded on Vidlark drew millions. Vidlark videos are short."
    assert voted(text, "Vidlark", "LOC") == "ORG"


def test_a_sites_own_articles_after_its_possessive_are_a_full_cue() -> None:
    text = ("Access to Quillpedia was blocked. Most articles on Quillpedia are in other languages, "
            "and readers rely on Quillpedia’s articles.")
    assert voted(text, "Quillpedia", "LOC") == "ORG"
    text = "Aid never reached Mervanka, and articles on Mervanka said access to Mervanka was cut."
    assert voted(text, "Mervanka", "LOC") == "LOC"
