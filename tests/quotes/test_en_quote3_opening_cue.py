"""A cue verb opening the sentence, its speaker after it (issue 16, en-quote3): "Says former
senator Ann Lee: “…”" gives the person named after "Says", not the one quoted before
(``quotes/openingcue``). Original sentences, invented names."""

from __future__ import annotations

from dragoman.model import Quote
from tests.support.quoting import quotes_of


def _last(found: list[Quote]) -> tuple[str | None, str]:
    assert found, "no quotation"
    return found[-1].speaker_text, found[-1].cue


def test_a_role_and_a_name_after_says_before_a_colon() -> None:
    text = ("“The water rose too fast,” the mayor said. Says former state senator Tom Wells: "
            "“We were never told about the flooding.”")
    assert _last(quotes_of(text, "en", ("Tom Wells",))) == ("Tom Wells", "Says")


def test_a_surname_after_says_before_a_comma() -> None:
    text = ("“The bridge is safe,” the engineer said. Says Okoro, “Nobody has inspected it "
            "since the spring floods.”")
    assert _last(quotes_of(text, "en", ("Okoro",))) == ("Okoro", "Says")


def test_the_tagger_took_the_verb_into_the_name() -> None:
    text = ("“The bridge is safe,” the engineer said. Says Dana Okoro, “Nobody has inspected "
            "it since the spring floods.”")
    found = quotes_of(text, "en", ("Says Dana Okoro",))
    assert _last(found) == ("Dana Okoro", "Says")


def test_the_first_quotation_keeps_its_own_speaker() -> None:
    text = ("“The bridge is safe,” the engineer said. Says Okoro, “Nobody has inspected it "
            "since the spring floods.”")
    found = quotes_of(text, "en", ("Okoro",))
    assert found[0].speaker_text == "the engineer"


def test_says_who_names_no_one() -> None:
    text = "Says who? The mayor said, “The roads were closed for the whole week.”"
    found = quotes_of(text, "en")
    assert _last(found)[0] == "The mayor"


def test_a_pronoun_subject_before_says_is_no_opening_cue() -> None:
    text = ("“The roads are shut,” the mayor said. He says Lee: “We were never told about "
            "any of it.”")
    found = quotes_of(text, "en", ("Lee",))
    assert _last(found)[0] != "Lee"


def test_a_possessive_after_says_is_left_alone() -> None:
    text = ("“The roads are shut,” the mayor said. Says Lee's brother, “We were never told "
            "about any of it.”")
    found = quotes_of(text, "en", ("Lee",))
    assert _last(found)[0] != "Lee"


def test_says_here_names_no_one() -> None:
    text = ("“Keep out,” the guard said. Says here: “No dogs are allowed past this point "
            "after dark.”")
    found = quotes_of(text, "en")
    assert all(q.cue != "Says" for q in found)
    assert all(q.speaker_text != "here" for q in found)


def test_the_colon_rule_name_without_a_mention_loses_the_verb() -> None:
    text = ("Residents met at the school. The mayor said the roads would reopen. Says "
            "Castellano: “This team has more heart than any I have coached.”")
    assert _last(quotes_of(text, "en")) == ("Castellano", "Says")


def test_a_name_the_colon_rule_found_gets_the_verb_as_its_cue() -> None:
    text = ("Rain fell all night. The mayor said the roads were closed. Says retired teacher "
            "Ann Lee: “We were never told about the flooding.”")
    assert _last(quotes_of(text, "en", ("Ann Lee",))) == ("Ann Lee", "Says")


def _linked_quotes(text: str, linked: tuple[tuple[str, str, str], ...]) -> list[Quote]:
    """Quotations of ``text`` with linked mentions ((text, label, entity id)) found there."""
    from dragoman.language.segment import split_sentences
    from dragoman.model import Article, Mention
    from dragoman.quotes import find_quotes

    mentions = [Mention(text.index(t), text.index(t) + len(t), t, label, entity_id=eid)  # type: ignore[arg-type]
                for t, label, eid in linked]
    article = Article(id="t", source="test", text=text, language="en",
                      sentences=split_sentences(text, "en"), mentions=mentions)
    return find_quotes(article)[0]


def test_the_verb_taken_into_a_linked_name_gives_no_name_with_the_verb() -> None:
    text = ("The council met on Monday night. Says Brannigan, “We were never told about any "
            "of the risks before the vote.”")
    found = _linked_quotes(text, (("Says Brannigan", "PER", "x-says-brannigan"),))
    assert (found[-1].speaker_text, found[-1].speaker_name, found[-1].cue) == (
        "Brannigan", "Brannigan", "Says")


def test_the_verb_taken_into_a_linked_misc_mention_is_not_widened_back() -> None:
    text = ("The council met on Monday night. Insisted Mara Quillon: “We were never told "
            "about any of the risks before the vote.”")
    found = _linked_quotes(text, (("Insisted Mara Quillon", "MISC", "x-insisted"),))
    assert (found[-1].speaker_text, found[-1].cue) == ("Mara Quillon", "Insisted")


def test_a_linked_organisation_around_the_speaker_still_widens_it() -> None:
    text = ("The council met on Monday night. “We were never told about any of the risks "
            "before the vote,” said the Harbour Transit Authority.")
    found = _linked_quotes(text, (("Harbour Transit Authority", "ORG", "x-hta"),))
    speaker = found[-1].speaker_text
    assert speaker is not None and speaker.endswith("Harbour Transit Authority")
