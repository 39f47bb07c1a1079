"""Direct quotations and their speakers, classes read off PolNeAR train errors: a closing mark
typed after a space, a quotation paragraph going on with the one before, a cue after a long
appositive, a second appositive or a relative clause between a name and its cue, a manner
adverb before the cue, and the subject of a participle after an introductory phrase.
Original sentences written for these tests."""

from __future__ import annotations

import re

from dragoman.model import Quote
from dragoman.quotes import appositives
from dragoman.quotes.marks import find_quoted
from dragoman.quotes.speakers import _PAREN_TAG, PAREN_TAG_CHARS
from tests.support.quoting import quotes_of


def _direct(found: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in found if q.direct]


def test_a_closing_mark_after_a_space_still_closes() -> None:
    text = "\"We will rebuild the pier by May, \" Ines Alder said. \"Then the ferries return.\""
    spans, _ = find_quoted(text)
    assert [text[q.start:q.end] for q in spans] == ["We will rebuild the pier by May, ",
                                                     "Then the ferries return."]
    text = ("\"My neighbours keep asking, 'Where did the money go?' \" Ines Alder said at the "
            "meeting.")
    found = quotes_of(text, "en", people=("Ines Alder",))
    assert _direct(found) == [("My neighbours keep asking, 'Where did the money go?' ",
                               "Ines Alder")]


def test_a_typewriter_closing_mark_after_a_comma_and_a_space_closes() -> None:
    text = "``The pier opens in May, '' Ines Alder said. ``Then the ferries,'' she added."
    spans, _ = find_quoted(text)
    assert [text[q.start:q.end] for q in spans] == ["The pier opens in May, ", "Then the ferries,"]


def test_a_space_then_a_full_stop_mark_still_opens() -> None:
    text = "He flew in from Ely, Nev. \". . . we need a fixer,\" Dan Moe said."
    spans, _ = find_quoted(text)
    assert [text[q.start:q.end] for q in spans] == [". . . we need a fixer,"]


def test_a_quotation_paragraph_goes_on_with_the_one_before() -> None:
    text = ("“The roof has leaked since March,” said Tomas Reyes, the caretaker.\n\n"
            "“We need the repairs done before the first winter storm arrives.”")
    found = [q for q in quotes_of(text, "en", people=("Tomas Reyes",)) if q.direct]
    assert [q.speaker_text for q in found] == ["Tomas Reyes", "Tomas Reyes"]
    assert len({q.cue_start for q in found}) == 1  # one statement


def test_a_quoted_heading_is_no_continuation() -> None:
    text = ("“We will defend every village,” Ana Petrescu said on Monday.\n\n"
            "“Ending the conflict”\n\nThe talks resume next week.")
    found = [q for q in quotes_of(text, "en", people=("Ana Petrescu",)) if q.direct]
    assert [q.text for q in found] == ["We will defend every village,"]


def test_a_cue_after_a_name_and_a_very_long_appositive() -> None:
    text = ("“The bridge will stay closed for at least a year,” Nora Quist, a former chief "
            "engineer of the county roads department and now a consultant for two of the "
            "bidders, said on Friday.")
    found = quotes_of(text, "en", people=("Nora Quist",))
    assert _direct(found) == [("The bridge will stay closed for at least a year,", "Nora Quist")]


def test_the_name_before_two_appositives_speaks() -> None:
    text = ("Pavel Ondra, the publisher of the weekly paper of the valley, The Valley Ledger, "
            "said the mill “was never safe for its workers.”")
    found = quotes_of(text, "en", people=("Pavel Ondra",), others=(("The Valley Ledger", "ORG"),))
    assert [s for _, s in _direct(found)] == ["Pavel Ondra"]
    text = ("Of the mayor, Lise Berg, the owner of a bakery, said: “She has never once visited "
            "our street.”")
    found = quotes_of(text, "en", people=("Lise Berg",))
    assert [s for _, s in _direct(found)] == ["Lise Berg"]


def test_a_relative_clause_between_a_name_and_its_cue() -> None:
    text = ("Ruth Okafor, who had endorsed Tom Avery in the spring, told her volunteers: “We "
            "knock on every door again tomorrow.”")
    found = quotes_of(text, "en", people=("Ruth Okafor", "Tom Avery"))
    assert [s for _, s in _direct(found)] == ["Ruth Okafor"]


def test_a_manner_adverb_before_the_cue_is_not_the_speaker() -> None:
    text = "Senator Ruth Okafor, clearly tired, famously replied: “What difference does it make?”"
    found = quotes_of(text, "en", people=("Ruth Okafor",))
    assert [s for _, s in _direct(found)] == ["Ruth Okafor"]


def test_a_participle_takes_the_subject_after_an_introductory_phrase() -> None:
    text = ("At a town hall in Dover, Delaware, on Monday, Ruth Okafor defended the budget, "
            "saying, “It is a fair deal for every family in this state.”")
    found = quotes_of(text, "en", people=("Ruth Okafor",), others=(("Dover", "LOC"),
                                                                   ("Delaware", "LOC")))
    assert [s for _, s in _direct(found)] == ["Ruth Okafor"]
    text = ("In 2019, Ruth Okafor endorsed Tom Avery for governor, saying he had “the patience "
            "and the nerve” for the job.")
    found = quotes_of(text, "en", people=("Ruth Okafor", "Tom Avery"))
    assert {s for _, s in _direct(found)} == {"Ruth Okafor"}


def test_a_role_with_its_organisation_opens_the_participles_clause() -> None:
    text = ("“Nobody told us,” Omar Haddad said.\n\nA spokeswoman for the Harbor Authority "
            "emailed reporters a copy of the permit, arguing, “The permit says nothing of the "
            "kind.”")
    found = quotes_of(text, "en", people=("Omar Haddad",), others=(("Harbor Authority", "ORG"),))
    assert _direct(found)[-1] == ("The permit says nothing of the kind.",
                                  "spokeswoman for the Harbor Authority")


def test_a_quotation_after_a_new_cue_is_not_the_last_statement_going_on() -> None:
    text = ("“These are dark days for the harbour,” Ana Lind wrote in a column. She wrote that "
            "the mayor “has never once answered a letter from this paper or from its readers.”")
    found = quotes_of(text, "en", people=("Ana Lind",))
    first = next(q for q in found if q.text.startswith("These are dark days"))
    later = [q for q in found if "never once answered" in q.text]
    assert later and all(q.cue_start != first.cue_start for q in later)


def test_an_indefinite_role_is_someone_new() -> None:
    text = ("“We will win the county,” Dana Whitfield said on Monday.\n\n“Her numbers have not "
            "moved in a month,” said a former adviser to the campaign, who asked not to be named.")
    found = quotes_of(text, "en", people=("Dana Whitfield",))
    assert [s for _, s in _direct(found)] == ["Dana Whitfield", "a former adviser"]


def test_a_name_after_the_quotation_speaks_through_its_appositive() -> None:
    text = ("The governor signed the bill on Monday.\n\n“The ruling protects every tenant in the "
            "state,” Rosa Imbert, counsel for two of the groups that sued the state over the law, "
            "said.")
    found = quotes_of(text, "en", people=("Rosa Imbert",))
    assert _direct(found) == [("The ruling protects every tenant in the state,", "Rosa Imbert")]


def test_a_participle_after_a_name_has_that_name_as_subject() -> None:
    text = ("The new ad closes with footage of Dana Whitfield saying at a rally, “I never "
            "needed their money.”")
    found = quotes_of(text, "en", people=("Dana Whitfield",))
    assert [s for _, s in _direct(found)] == ["Dana Whitfield"]


def test_a_portuguese_definite_article_is_no_indefinite_role() -> None:
    text = ("A empresa Alvarenga publicou o balanço na terça-feira. A mesma empresa admite "
            "que as obras pararam no Norte.")
    found = quotes_of(text, "pt", others=(("Alvarenga", "ORG"),))
    assert [q.speaker_text for q in found] == ["Alvarenga"]


def test_a_quotation_paragraph_with_its_own_speaker_named_after_it_is_no_continuation() -> None:
    text = ("“The ferry will run all winter,” Ines Alder said on Monday.\n\n“It will sink before "
            "Christmas.” That was how Tom Brandt, who runs the rival line, answered her.")
    found = quotes_of(text, "en", people=("Ines Alder", "Tom Brandt"))
    assert ("It will sink before Christmas.", "Ines Alder") not in _direct(found)
    text = ("„Die Fähre fährt den ganzen Winter“, sagte Ines Alder am Montag.\n\n„Sie geht vor "
            "Weihnachten unter.“ Das war die Antwort von Tom Brandt, dem Chef der Konkurrenz.")
    found = quotes_of(text, "de", people=("Ines Alder", "Tom Brandt"))
    assert ("Sie geht vor Weihnachten unter.", "Ines Alder") not in _direct(found)
    text = text[:text.index(" Das war")]  # the quotation alone in its paragraph goes on
    found = quotes_of(text, "de", people=("Ines Alder",))
    assert [s for _, s in _direct(found)] == ["Ines Alder", "Ines Alder"]


def test_an_answer_after_a_question_is_not_the_askers() -> None:
    text = ("“Why did the council close the library?” the reporter asked Tom Brandt.\n\n"
            "“Because the roof was falling in.”")
    found = quotes_of(text, "en", people=("Tom Brandt",))
    assert [q for q, _ in _direct(found)] == ["Why did the council close the library?"]


def test_a_paragraph_continues_when_the_full_stop_stands_after_the_guillemet() -> None:
    text = ("«Мы откроем паром в мае», — сказал Иван Орлов.\n\n«Билеты будут стоить не дороже, "
            "чем в прошлом году».")
    found = [q for q in quotes_of(text, "ru", people=("Иван Орлов",)) if q.direct]
    assert [q.speaker_text for q in found] == ["Иван Орлов", "Иван Орлов"]
    text = ("«Abriremos el ferri en mayo», dijo Inés Alba.\n\n«Los billetes costarán lo mismo "
            "que el año pasado».")
    found = [q for q in quotes_of(text, "es", people=("Inés Alba",)) if q.direct]
    assert [q.speaker_text for q in found] == ["Inés Alba", "Inés Alba"]


class _CountingTag:
    """Stands for the party-tag pattern and records how much text each search reads."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.widths = pattern, [0]

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        self.widths.append(endpos - pos)
        return self.pattern.search(text, pos, endpos)


def test_appositive_cues_on_a_long_sentence_read_a_bounded_window(monkeypatch: object) -> None:
    tag = _CountingTag(_PAREN_TAG)
    monkeypatch.setattr(appositives, "_PAREN_TAG", tag)  # type: ignore[attr-defined]
    text = "Rep. Ines Alder (D-Ore.), chair of the committee, said: “We vote today.” " + " ".join(
        f"Ines Alder, the chair of panel {i}, said “vote {i}” and" for i in range(300))
    found = quotes_of(text, "en", people=("Ines Alder",))
    assert _direct(found)[0] == ("We vote today.", "Ines Alder")
    assert max(tag.widths) <= PAREN_TAG_CHARS  # not the sentence back to its start each time
