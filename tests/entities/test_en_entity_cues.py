"""English entity cues of session 13: place nouns, possessives, article-led one-word names,
software nouns, defined terms and gerund headings. Sentences written for these tests."""

from __future__ import annotations

from dragoman.entities.articled import article_led
from dragoman.entities.placenouns import place_noun_led
from dragoman.entities.possessives import cut_possessives
from dragoman.entities.products import _in_longer
from dragoman.entities.referentvote import Form, surname_of, vote
from dragoman.entities.softwarecues import software_cues
from dragoman.entities.termphrases import defined_term, defined_terms, gerund_heading
from dragoman.model import EntityType, Mention


def _mention(text: str, name: str, label: EntityType = "PER", nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Mention(start, start + len(name), name, label)


def _form(text: str, name: str, label: EntityType = "PER", nth: int = 0, **kw: bool) -> Form:
    return Form(_mention(text, name, label, nth), name.lower().split(), None,
                kw.get("titled", False), kw.get("speaks", False))


def _no_kb(name: str, towns: bool) -> str | None:
    return None


def test_place_noun_before_of() -> None:
    text = "We reached the windswept island of Marrow after dark, and the town of Felby next."
    assert place_noun_led(text, _mention(text, "Marrow"))
    assert place_noun_led(text, _mention(text, "Felby"))


def test_no_place_noun() -> None:
    text = "The Isle of Tarrant festival began as the daughter of Verlaine watched the state of Ohio."
    assert not place_noun_led(text, _mention(text, "Tarrant"))  # capitalised: the name's own word
    assert not place_noun_led(text, _mention(text, "Verlaine"))
    assert not place_noun_led(text, _mention(text, "Ohio"))  # "state" left out


def test_place_noun_settles_the_vote() -> None:
    text = ("Boats leave for the village of Orsk at dawn. Orsk has one shop. "
            "Tourists love Orsk and Orsk loves them.")
    forms = [_form(text, "Orsk", nth=i) for i in range(4)]
    assert vote(forms, _no_kb, heads=False, text=text) == "LOC"


def test_titled_name_after_place_noun_stays_a_person() -> None:
    text = "He was mayor of the town of Brill. Senator Hale said the town of Hale mourned."
    forms = [_form(text, "Hale", titled=True), _form(text, "Hale", nth=1)]
    assert vote(forms, _no_kb, heads=False, text=text) == "PER"


def test_possessive_cut_when_bare_name_written() -> None:
    text = "On Zentara’s birthday the readers of Zentara cheered."
    m = Mention(3, 12, "Zentara’s", "ORG")
    cut_possessives(text, [m])
    assert (m.text, m.end) == ("Zentara", 10)


def test_possessive_kept_when_only_written_with_it() -> None:
    text = "Shoppers queued outside Harrold's, and Harrold's sold out by noon."
    m = _mention(text, "Harrold's", "ORG")
    cut_possessives(text, [m])
    assert m.text == "Harrold's"


def test_article_led_one_word() -> None:
    text = "She wrote for The Ledger and for Ann Ledger's blog; Ledger said no."
    assert article_led(text, _mention(text, "Ledger"))
    assert not article_led(text, _mention(text, "Ledger", nth=2))
    assert not article_led(text, _mention(text, "Ann Ledger"))


def test_lower_case_or_opening_article_leads_no_title() -> None:
    text = "The Ledger rose. Voters backed the Ledger plan and the Ledger family."
    assert not article_led(text, _mention(text, "Ledger"))  # a sentence's start
    assert not article_led(text, _mention(text, "Ledger", nth=1))
    assert not article_led(text, _mention(text, "Ledger", nth=2))


def test_article_led_word_is_no_surname() -> None:
    text = "Tom Ledger runs a paper. Read it in The Ledger today. Ledger said it grew."
    head = _form(text, "Tom Ledger")
    assert not surname_of(head, _form(text, "Ledger", nth=1), text)
    assert surname_of(head, _form(text, "Ledger", nth=2), text)


def test_article_led_referent_is_no_person() -> None:
    text = "Get the best of The Quill each week. Subscribed to The Quill? Log in."
    forms = [_form(text, "Quill"), _form(text, "Quill", nth=1)]
    assert vote(forms, _no_kb, heads=False, text=text) != "PER"
    forms[1].speaks = True
    assert vote(forms, _no_kb, heads=False, text=text) == "PER"


def test_software_cues() -> None:
    text = "I wrote a Tarsk script. Every Tarsk installer is slow, but the Tarsk interpreter is fine."
    assert software_cues(text, ["Tarsk"], _in_longer) == 3
    # verbs and fittings are no software nouns
    firm = "Cobalt Systems installs panels. Cobalt Systems installs rose; the Cobalt installation of gates."
    assert software_cues(firm, ["Cobalt Systems", "Cobalt"], _in_longer) == 0


def test_no_software_cues() -> None:
    text = ("The Denby library opened. A Denby developer bought land, and Denby users "
            "complained; Kay Denby's scripts were lost, and Old Denby script is a font.")
    assert software_cues(text, ["Denby"], _in_longer) == 0


def test_software_turns_a_place_into_a_product() -> None:
    text = "Your Tarsk interpreter may break. A fresh Tarsk interpreter helps, and a Tarsk script too."
    forms = [_form(text, "Tarsk", "LOC", nth=i) for i in range(3)]
    assert vote(forms, _no_kb, heads=False, text=text) == "MISC"


def test_defined_terms() -> None:
    text = ('Use of the portal at example.org (the "Portal") and our tools (together, the '
            '"Tools") is free. Contact us ("we", "us" or "Brightwave").')
    terms = defined_terms(text)
    assert terms == {"Portal", "Tools"}
    assert defined_term(Mention(0, 6, "Portal", "ORG"), terms, _no_kb)
    assert not defined_term(Mention(0, 10, "Brightwave", "ORG"), terms, _no_kb)


def test_gerund_heading() -> None:
    text = "Start by using the gallery.\nUsing Templates and Themes\nPick one."
    assert gerund_heading(text, _mention(text, "Using Templates", "PER"), _no_kb)


def test_no_gerund_heading() -> None:
    text = ("Sterling Moss raced.\nDarling Harbour glowed while we were darling and sterling.\n"
            "We met Using Templates there; using it.\nKing Street is near the king.")
    assert not gerund_heading(text, _mention(text, "Sterling Moss"), _no_kb)  # a given name
    assert not gerund_heading(text, _mention(text, "Using Templates"), _no_kb)  # inside a line
    assert not gerund_heading(text, _mention(text, "King Street", "LOC"), _no_kb)


def test_gerund_heading_by_a_present_form() -> None:
    text = "You may use the photos freely.\nSharing Photos and Clips\nSome people share them."
    assert gerund_heading(text, _mention(text, "Sharing Photos"), _no_kb)  # "share"
    banned = "Fielding Group Wins Contract\nThe firm fielded bids from six rivals."
    assert not gerund_heading(banned, _mention(banned, "Fielding Group Wins Contract", "ORG"), _no_kb)
    brown = "The hills turned brown.\nBrowning Street\nA quiet road."
    assert not gerund_heading(brown, _mention(brown, "Browning Street", "LOC"), _no_kb)


def test_article_noun_for_linking() -> None:
    from dragoman.entities.articled import article_noun

    text = "Subscribers to The Quill read the Quill report; Quill said so."
    assert article_noun(text, text.index("Quill"), "en")
    assert not article_noun(text, text.index("Quill report"), "en")
    assert not article_noun(text, text.rindex("Quill"), "en")


def test_person_possessive_always_cut() -> None:
    text = "Critics praised Nadia Orrell’s new play."
    m = _mention(text, "Nadia Orrell’s")
    cut_possessives(text, [m])
    assert m.text == "Nadia Orrell"


def test_given_name_led_possessive_cut_brand_kept() -> None:
    text = "A revival of Alice Orrell’s drama opened beside Ben & Jerry's kiosk."
    person = Mention(13, 27, "Alice Orrell’s", "ORG")
    brand = _mention(text, "Ben & Jerry's", "ORG")
    cut_possessives(text, [person, brand])
    assert (person.text, brand.text) == ("Alice Orrell", "Ben & Jerry's")
