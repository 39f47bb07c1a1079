"""Speaker attribution rules for direct quotations, on original English sentences."""

from __future__ import annotations

from dragoman.language.segment import split_sentences
from dragoman.model import Article, Mention, Quote
from dragoman.quotes import find_quotes
from dragoman.quotes.gender import gender_of


def _quotes(text: str, mentions: list[Mention] | None = None) -> list[Quote]:
    article = Article(id="t", source="test", text=text, language="en",
                      sentences=split_sentences(text, "en"), mentions=mentions or [])
    quotes, _ = find_quotes(article)
    return quotes


def _mention(text: str, name: str, label: str) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, label)  # type: ignore[arg-type]


def _speakers(quotes: list[Quote]) -> list[str | None]:
    return [q.speaker_text for q in quotes if q.direct]


def test_gender_of_names_titles_and_roles() -> None:
    assert gender_of("Maria Vance") == "f"
    assert gender_of("Tom Reyes") == "m"
    assert gender_of("Mr. Reyes") == "m"
    assert gender_of("the spokeswoman") == "f"
    assert gender_of("Vance") is None  # a lone word may be a surname
    assert gender_of("Maria Hassan", "Hassan") == "f"  # the full name is read first


def test_a_gendered_pronoun_passes_over_a_candidate_of_the_other_gender() -> None:
    text = ("Maria Vance toured the flooded valley on Sunday. Tom Reyes joined the tour later. "
            "“We will rebuild every road before the winter comes,” she said.")
    assert _speakers(_quotes(text)) == ["Maria Vance"]
    text = text.replace("she said", "he said")
    assert _speakers(_quotes(text)) == ["Tom Reyes"]


def test_he_does_not_refer_to_a_place_or_a_plural_subject() -> None:
    text = ("Daniel Okafor runs the river authority. Riverside has flooded twice this year. "
            "The engineers said the levee was old. “We will raise the levee by a metre,” "
            "he said.")
    mentions = [_mention(text, "Daniel Okafor", "PER"), _mention(text, "Riverside", "LOC")]
    assert _speakers(_quotes(text, mentions)) == ["Daniel Okafor"]


def test_a_quotation_inside_a_sentence_takes_the_speaker_of_the_cue_after_it() -> None:
    text = ("Analysts called the plan “a careful first step that could still collapse if the "
            "unions walk away from the table,” Ruth Adeyemi said.")
    assert _speakers(_quotes(text)) == ["Ruth Adeyemi"]


def test_titles_initials_and_party_tags_do_not_end_the_sentence() -> None:
    text = "“The vote was never close,” Sen. Lena Ortiz (D-Ore.) said on Monday."
    assert _speakers(_quotes(text)) == ["Sen. Lena Ortiz"]
    text = "Gov. Lena Ortiz (D-Ore.), said, “The vote was never close.”"
    assert _speakers(_quotes(text)) == ["Gov. Lena Ortiz"]
    text = "“The bridge must wait,” said retired Gen. Paul J. Hartley."
    assert _speakers(_quotes(text)) == ["Gen. Paul J. Hartley"]


def test_a_coordinated_verb_takes_the_subject_of_its_clause() -> None:
    text = ("Mayor Lena Ortiz spoke at the opening of the new bridge on Monday. Two years ago, "
            "she opposed Governor Paul Hartley over the budget and said, “We cannot pay for "
            "a bridge and a tunnel at the same time.”")
    assert _speakers(_quotes(text)) == ["Lena Ortiz"]
    text = ("As the crowd cheered, Ortiz was joined on the stage by the chief engineer of the "
            "county and joked, “Nobody believed we would finish early.”")
    assert _speakers(_quotes(text)) == ["Ortiz"]
    text = "Ortiz thanked the engineers and added: “They finished early.”"
    assert _speakers(_quotes(text)) == ["Ortiz"]


def test_a_quotation_signed_on_the_next_line() -> None:
    text = ("Voices from the rally.\n\n“We came here because the bridge matters to every family "
            "that crosses the river.”\n\n- Lena Ortiz, a nurse from Riverside.\n\nOthers left.")
    assert _speakers(_quotes(text)) == ["Lena Ortiz"]


def test_a_role_keeps_its_organisation_and_resolves_through_an_appositive() -> None:
    text = "A spokeswoman for Harlow Energy said, “The plant stays closed.”"
    assert _speakers(_quotes(text)) == ["spokeswoman for Harlow Energy"]
    text = "Lena Ortiz, the mayor of Riverside, spoke on Monday. “We are ready,” the mayor said."
    quotes = _quotes(text, [_mention(text, "Lena Ortiz", "PER")])
    assert _speakers(quotes) == ["Lena Ortiz"]


def test_more_speech_verbs() -> None:
    text = "Ortiz shot back, “That is not what the report says.”"
    assert [(q.cue, q.speaker_text) for q in _quotes(text) if q.direct] == [
        ("shot back", "Ortiz")]


def test_an_arabic_family_name_mention_takes_in_the_given_name() -> None:
    text = "قال وزير الزراعة سامي الحداد: «المحصول هذا العام أفضل من المتوقع»."
    article = Article(id="t", source="test", text=text, language="ar",
                      sentences=split_sentences(text, "ar"),
                      mentions=[_mention(text, "الحداد", "PER")])
    quotes, _ = find_quotes(article)
    assert [q.speaker_text for q in quotes if q.direct] == ["سامي الحداد"]


def test_a_sentence_subject_is_the_name_opening_its_clause_not_an_object() -> None:
    text = ("During a long meeting with Paul Hartley, Daniel Okafor explained the plan. "
            "“The levee will hold through the spring floods,” he said.")
    mentions = [_mention(text, "Paul Hartley", "PER"), _mention(text, "Daniel Okafor", "PER")]
    assert _speakers(_quotes(text, mentions)) == ["Daniel Okafor"]
    text = ("Daniel Okafor opened the meeting. He praised Paul Hartley for the design. "
            "“It is the best levee in the state,” he said.")
    mentions = [_mention(text, "Daniel Okafor", "PER"), _mention(text, "Paul Hartley", "PER")]
    assert _speakers(_quotes(text, mentions)) == ["Daniel Okafor"]
