"""Fixes after the review of the English speaker rules (issue 16): a "City, State," phrase right
after a quotation's closing mark is the clause's own subject; a pronoun object before a comma
is no subject of the cue ("read it, then said"); a list of labelled lines is no list of signed
testimonials. Each with its near misses. Original sentences."""

from __future__ import annotations

from dragoman.model import Mention
from dragoman.quotes.modifiers import possessive
from tests.support.quoting import quotes_of

_MACON = (("Macon", "LOC"), ("Ga", "LOC"))


def _speakers(text: str, people: tuple[str, ...] = (),
              others: tuple[tuple[str, str], ...] = ()) -> list[str | None]:
    people = tuple(p for p in people if p in text)  # the names the entities stage would find
    others = tuple(o for o in others if o[0] in text)
    return [q.speaker_text for q in quotes_of(text, "en", people=people, others=others) if q.direct]


def test_a_place_phrase_after_the_closing_mark_is_the_clause_subject() -> None:
    for lead in ("", "Mayor Otto Brandt spoke first. "):
        for text in (f'{lead}"The bridge held," a welder in Macon, Ga., said.',
                     f'{lead}“The bridge held,” a welder in Macon, Ga., told reporters.',
                     f'{lead}"The bridge held", a welder in Macon, Ga., said.'):
            assert _speakers(text, ("Otto Brandt",), _MACON) == ["a welder"], text


def test_a_plain_noun_before_the_place_speaks_not_the_place() -> None:
    text = 'Mayor Otto Brandt spoke first. "Gas is short," truckers near Reno, Nev., said.'
    assert _speakers(text, ("Otto Brandt",), (("Reno", "LOC"), ("Nev", "LOC"))) == ["truckers"]


def test_a_name_before_the_place_appositive_still_speaks() -> None:
    people = ("Otto Brandt", "Rhea Solberg")
    for text in ('Mayor Otto Brandt spoke first. "The bridge held," Rhea Solberg, a welder in '
                 'Macon, Ga., said.',
                 '"The bridge held," said Rhea Solberg, a welder in Macon, Ga.',
                 'Rhea Solberg, a welder in Macon, Ga., said: "The bridge held."'):
        assert _speakers(text, people, _MACON) == ["Rhea Solberg"], text


def test_a_pronoun_object_before_a_comma_is_no_subject_of_the_cue() -> None:
    for verb, cue in (("read it", "said"), ("heard us", "replied"), ("saw you", "wrote")):
        text = f'Judge Mona Treff {verb}, then {cue}: "We adjourn until noon."'
        assert _speakers(text, ("Mona Treff",)) == ["Mona Treff"], text


def test_the_writer_right_before_the_cue_still_speaks_for_no_one_named() -> None:
    for subject in ("I", "we", "you"):
        text = f'Judge Mona Treff left early. "We adjourn until noon," {subject} said.'
        assert _speakers(text, ("Mona Treff",)) == [None], text


def test_labelled_lines_are_no_signed_testimonials() -> None:
    for first, second in (("Lunch", "Dinner"), ("Yes", "Yes Really"), ("BREAKING", "UPDATE"),
                          ("Four Stars", "Four Stars"), ("Page C3", "Page D4")):
        text = f"“Loved every minute.” {first}\n“Would buy again.” {second}\n"
        assert first not in _speakers(text) and second not in _speakers(text), text


def test_a_label_beside_a_tagged_label_stays_unsigned() -> None:
    # the entities stage took the neighbouring label for a person: one plain word or an
    # ordinary word ("Misleading") still signs nothing
    for first, second in (("Winner", "Runner Up"), ("Misleading", "Mostly True")):
        text = f"“The vote was rigged.” {first}\n“Turnout rose.” {second}\n"
        assert first not in _speakers(text, (second,)), text


def test_outlets_in_a_list_of_signed_testimonials_still_sign() -> None:
    text = ("“Fast and quiet.” Nadia Brool, Harbor Daily\n\n“Setup took a minute.” Gadgetorama\n\n"
            "“Worth every cent.” 4x4Weekly\n")
    assert _speakers(text, ("Nadia Brool",))[-2:] == ["Gadgetorama", "4x4Weekly"]
    text = "“Fast and quiet.” 4x4Weekly\n“Setup took a minute.” GearLab\n"
    assert _speakers(text) == ["4x4Weekly", "GearLab"]


def test_a_bare_possessive_mark_after_a_final_s_is_a_possessor() -> None:
    for text, owner in (("Tom Jones’ report", True), ("Tom Jones's report", True),
                        ("Ann Lee’s report", True), ("called ‘Rosa Blaze’ since", False),
                        ("Ann Lee said", False)):
        name = next(n for n in ("Tom Jones", "Ann Lee", "Rosa Blaze") if n in text)
        m = Mention(text.index(name), text.index(name) + len(name), name, "PER")
        assert possessive(text, m) is owner, text


def test_the_owner_in_a_bare_possessive_appositive_does_not_speak() -> None:
    text = '"The numbers are wrong," Ines Caldera, citing Tom Jones\' report, said.'
    assert _speakers(text, ("Ines Caldera", "Tom Jones")) == ["Ines Caldera"]


def test_a_label_the_entities_stage_took_for_a_person_signs_no_neighbour() -> None:
    # "Half Time" tagged as a person opens with no given name: no testimonial list
    text = "“We won the cup.” Final Score\n“We lost the replay.” Half Time\n"
    assert "Final Score" not in _speakers(text, ("Half Time",))
    text = "“We won the cup.” Kettle Review\n“We lost the replay.” Marta Quill\n"
    assert "Kettle Review" in _speakers(text, ("Marta Quill",))


def test_an_article_and_an_organisation_sign_a_lone_quotation() -> None:
    text = "The reviews were warm.\n\n“A must for every kitchen.” The Kettle Gazette\n"
    assert _speakers(text, others=(("Kettle Gazette", "ORG"),)) == ["The Kettle Gazette"]
    text = "The reviews were warm.\n\n“A must for every kitchen.” The Kettle Gazette\n"
    assert "The Kettle Gazette" not in _speakers(text, others=(("Kettle Gazette", "LOC"),))
