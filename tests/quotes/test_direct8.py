"""Direct-quotation speakers, classes read off PolNeAR train errors: a colon after the object of
a clause ("a message to X: “…”"), an age or a party tag set off after a name ("Ann Lee, 54,
a nurse, said", "Tom Ray, R-Ohio, said") and a cue verb no list holds after a quotation closed
on a comma ("“…,” Ann Lee fumed."). Original sentences written for these tests."""

from __future__ import annotations

from dragoman.model import Quote
from tests.support.quoting import quotes_of


def _direct(found: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in found if q.direct]


def test_a_name_after_a_preposition_before_a_colon_is_the_object() -> None:
    text = ("The roads are bad. Governor Ann Lee sent a blunt message to Mayor Tom Ray: \"Stop "
            "blaming the state for every pothole in this city.\"")
    found = quotes_of(text, "en", people=("Ann Lee", "Tom Ray"))
    assert _direct(found) == [("Stop blaming the state for every pothole in this city.",
                               "Ann Lee")]


def test_a_name_before_a_colon_still_speaks() -> None:
    text = ("The polls closed early.\n\nRepublican pollster Dara Shaw: \"The race is tied and "
            "nobody knows who will win it.\"")
    assert _direct(quotes_of(text, "en", people=("Dara Shaw",)))[0][1] == "Dara Shaw"
    text = ("The vote was close.\n\nFrom Ann Lee and Tom Ray: \"We counted every ballot twice "
            "and found nothing wrong with the count.\"")
    assert _direct(quotes_of(text, "en", people=("Ann Lee", "Tom Ray")))[0][1] == "Tom Ray"


def test_a_name_the_speaker_of_a_verb_before_a_colon() -> None:
    text = ("The hall was full. The crowd pushed forward, with Tom Ray loudly yelling: \"Get them out of the "
            "hall!\"")
    assert _direct(quotes_of(text, "en", people=("Tom Ray",))) == [
        ("Get them out of the hall!", "Tom Ray")]


def test_an_age_after_the_name_is_no_speaker() -> None:
    text = ("\"Nobody on the council has been honest about the bridge,\" Maria Okafor, 54, a "
            "retired nurse, said.")
    assert _direct(quotes_of(text, "en", people=("Maria Okafor",)))[0][1] == "Maria Okafor"
    text = "\"It is far too late,\" Maria Okafor, 54, said."
    assert _direct(quotes_of(text, "en", people=("Maria Okafor",)))[0][1] == "Maria Okafor"


def test_a_party_tag_after_the_name_is_no_speaker() -> None:
    text = ("\"The budget will balance by December,\" Senate Majority Leader Tom Reyes, "
            "R-Ohio, said. \"There is no other choice.\"")
    found = _direct(quotes_of(text, "en", people=("Tom Reyes",)))
    assert [sp for _, sp in found] == ["Tom Reyes", "Tom Reyes"]


def test_an_unlisted_verb_after_a_comma_closed_quotation() -> None:
    text = ("Lena Ortiz spoke on Monday.\n\n\"If they cared about the fishermen, they would "
            "have fixed the wall,\" Ortiz fumed on Tuesday. \"That is a disgrace.\"")
    found = _direct(quotes_of(text, "en", people=("Lena Ortiz", "Ortiz")))
    assert [sp for _, sp in found] == ["Ortiz", "Ortiz"]
    text = ("\"We will not close the clinic,\" an angry Okafor retaliated. \"It stays open "
            "because the town needs it more than ever this winter.\"")
    found = _direct(quotes_of(text, "en", people=("Okafor",)))
    assert [sp for _, sp in found] == ["Okafor", "Okafor"]


def test_no_unlisted_cue_without_a_subject_opening_the_clause() -> None:
    text = "\"It's about time,\" exhorted Ann Lee's friend, the actress Dana Moss."
    assert _direct(quotes_of(text, "en", people=("Ann Lee", "Dana Moss"))) == []
    text = "He talks about \"spoiling the party,\" and voters cheer."
    assert _direct(quotes_of(text, "en")) == []
    text = "A parody titled \"The Day of the Mayor,\" which Tom Ray wrote, sold well."
    assert all(sp != "Tom Ray" for _, sp in _direct(quotes_of(text, "en", people=("Tom Ray",))))


def test_no_unlisted_cue_across_a_long_clause() -> None:
    text = ("\"Lock the gates,\" Tom Ray kept on shouting at the guards for ten long minutes "
            "that night.")
    assert _direct(quotes_of(text, "en", people=("Tom Ray",))) == []


def test_a_name_after_a_preposition_in_the_appositive_is_someone_else() -> None:
    text = "\"We are ready for the storm,\" Tom Ray, a close adviser to Lena Ortiz, said."
    assert _direct(quotes_of(text, "en", people=("Tom Ray", "Lena Ortiz")))[0][1] == "Tom Ray"
    text = "\"We are ready for the storm,\" the mayor, former judge Lena Ortiz, said."
    assert _direct(quotes_of(text, "en", people=("Lena Ortiz",)))[0][1] == "Lena Ortiz"


def test_an_auxiliary_before_the_cue_after_an_appositive() -> None:
    text = ("The row began after Tom Ray, pressed by the hosts of the show, had said, \"Our "
            "town spends plenty on roads already.\"")
    assert _direct(quotes_of(text, "en", people=("Tom Ray",))) == [
        ("Our town spends plenty on roads already.", "Tom Ray")]


def test_a_name_before_if_asked_is_no_speaker() -> None:
    text = ("Lena Ortiz said she would bring her staff to the Tom Ray campaign if asked. \"I "
            "will back him, and back him gladly, because I think he can do the job well.\"")
    found = _direct(quotes_of(text, "en", people=("Lena Ortiz", "Tom Ray")))
    assert found == [("I will back him, and back him gladly, because I think he can do the job "
                      "well.", "Lena Ortiz")]


def test_a_person_given_the_floor_before_a_colon_is_not_guessed() -> None:
    # review: without a message noun the clause may hand the floor to the name after the
    # preposition, so neither person is named; the quotation itself is kept
    for text in ("The hearing ran long. Ann Lee listened to Tom Ray: \"We will not sign "
                 "anything until the audit is finished.\"",
                 "The debate was tense. Moderator Ann Lee turned the floor over to Tom Ray: "
                 "\"Thank you, and let me start with the economy tonight.\""):
        assert _direct(quotes_of(text, "en", people=("Ann Lee", "Tom Ray")))[0][1] is None
    text = ("The summit ended.\n\nBiden to Putin: \"Get your troops out of Ukraine now, before "
            "it is too late.\"")
    assert _direct(quotes_of(text, "en", people=("Biden", "Putin")))[0][1] == "Biden"


def test_a_possessive_subject_before_a_colon_is_not_the_speaker() -> None:
    text = ("The jury came back. Ann Lee's lawyer sent a note to Tom Ray: \"Stay calm whatever "
            "the verdict is, please.\"")
    assert _direct(quotes_of(text, "en", people=("Ann Lee", "Tom Ray")))[0][1] is None


def test_no_unlisted_cue_when_the_name_only_modifies_the_subject() -> None:
    for text in ("The rally filled the arena. \"Lock her up,\" Trump supporters chanted.",
                 "The rally filled the arena. \"Stop the count,\" Trump fans screamed outside.",
                 "The funeral was on Friday. \"Goodbye, old friend,\" Tom Ray's widow wept.",
                 "The vote was in. \"Welcome home,\" Tom Ray's sign read.",
                 "The gates shut. \"Open the gates!\" Hungarian police were ordered.",
                 "The tickets sold out. \"Hamilton,\" Lin-Manuel Miranda's hit musical, opened."):
        people = tuple(p for p in ("Trump", "Tom Ray", "Lin-Manuel Miranda") if p in text)
        others = (("Hungarian", "MISC"),) if "Hungarian" in text else ()
        assert _direct(quotes_of(text, "en", people=people, others=others)) == [], text
    text = "Trump spoke in Ohio. \"Lock her up,\" they chanted."
    assert _direct(quotes_of(text, "en", people=("Trump",), others=(("Ohio", "LOC"),))) == []


def test_unlisted_cue_with_a_particle_or_an_object() -> None:
    text = "Nobody answered. \"Really?\" Tom Ray shot back."
    assert _direct(quotes_of(text, "en", people=("Tom Ray",))) == [("Really?", "Tom Ray")]
    text = "The deal collapsed. \"It's dead,\" Senator Ann Lee groused to reporters."
    assert _direct(quotes_of(text, "en", people=("Ann Lee",)))[0][1] == "Ann Lee"


def test_a_participle_after_the_object_of_a_verb_keeps_the_subject() -> None:
    text = "Ann Lee slammed President Tom Ray saying, \"He has failed the workers of Ohio.\""
    assert _direct(quotes_of(text, "en", people=("Ann Lee", "Tom Ray"))) == [
        ("He has failed the workers of Ohio.", "Ann Lee")]
    text = ("The ad ends with footage of Tom Ray saying during the debate, \"That makes me "
            "smart.\" The narrator then asks why.")
    assert _direct(quotes_of(text, "en", people=("Tom Ray",)))[0][1] == "Tom Ray"


def test_an_auxiliary_cue_does_not_reach_into_a_closed_parenthesis() -> None:
    text = ("The campaign, backed by its surrogates (like the pollster Tom Ray, who called the "
            "plan a fraud on Sunday), has repeatedly argued that the risks are far greater.")
    assert all(q.speaker_text != "Tom Ray"
               for q in quotes_of(text, "en", people=("Tom Ray",)))
