"""Error classes read off English pages of no evaluation set (issue 16, quotations round):
markup a faulty extraction left in the text taken for quotations, a dateline opening reported
content, the subject of a sentence after an opening participial phrase ("Asked about …, X
sighed") for a later pronoun, a quotation whose cue verb the writer left out ("“…,” Ann Lee,
a fellow at …"), a verb form that is mostly a noun after a subject pronoun ("he remarks"), a
quantifier speaker cut before its group ("said one of the keepers"), and the appositive after
an "according to" source read as a second statement. Original sentences, each with a near
miss that must not change."""

from __future__ import annotations

from dragoman.model import Quote
from dragoman.quotes.marks import find_quoted
from dragoman.quotes.sentences import past_dateline
from tests.support.quoting import quotes_of


def _direct(found: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text.strip(), q.speaker_name or q.speaker_text) for q in found if q.direct]


def _reported(found: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_name or q.speaker_text) for q in found if not q.direct]


def _quoted(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quoted(text)[0]]


def test_markup_between_marks_is_no_quotation() -> None:
    assert _quoted('var cfg = { url: "https://cdn.example.org/app/", mode: 1 }') == []
    assert _quoted('<span title="5 May 2004" style="color:red; border:none">x</span>') == []
    assert _quoted("JSON.parse('\\x7b\\x22name\\x22\\x3a\\x22box\\x22')") == []
    assert _quoted('Seen at <a class="tag" href="/news/">the news page</a> today') == []
    # near misses: prose around an address, and plain speech, are quotations
    assert _quoted('She wrote "read the plan at https://example.org before Friday" to us') == [
        "read the plan at https://example.org before Friday"]
    assert _quoted("He said “we will rebuild the bridge” on Monday.") == [
        "we will rebuild the bridge"]
    # a placeholder in angle brackets is no HTML element: the quoted line stays words
    assert _quoted('She answers, "Thank you, <your name>. I will keep the letter."') == [
        "Thank you, <your name>. I will keep the letter."]
    assert _quoted('The form said "<b>Sign here</b>" in red.') == []


def test_a_dateline_does_not_open_reported_content() -> None:
    text = ("DOVER, Del. (WXYZ) — A Milford man faces new fraud charges over a roofing scheme, "
            "the state attorney general's office said Monday.")
    found = quotes_of(text, "en", others=(("state attorney general's office", "ORG"),))
    assert [t for t, _ in _reported(found)] == [
        "A Milford man faces new fraud charges over a roofing scheme"]
    text = "PORT ELLEN, ISLAY — The ferry will not sail until Friday, Isle Ferries said."
    found = quotes_of(text, "en", others=(("Isle Ferries", "ORG"),))
    assert [t for t, _ in _reported(found)] == ["The ferry will not sail until Friday"]


def test_past_dateline_keeps_a_sentence_that_opens_on_a_name() -> None:
    text = "NATO — the alliance said — will meet."
    assert past_dateline(text, 0, len(text)) == 0
    text = "Lena Ortiz — Mayor since 2019 — spoke first."
    assert past_dateline(text, 0, len(text)) == 0
    text = "He left. BRISTOL (PA) — The mayor spoke."
    assert past_dateline(text, 9, len(text)) == 9  # not at the start of a paragraph


def test_subject_after_an_opening_participial_phrase_takes_the_pronoun() -> None:
    text = ("President Lena Ortiz visited the port on Friday. Asked about the trucks that "
            "reached the northern depot from the coast road with Norway, Tomas Berg frowned. "
            "“It will not last one week in a busy ward,” he said.")
    found = quotes_of(text, "en", people=("Lena Ortiz", "Tomas Berg"),
                      others=(("Norway", "LOC"),))
    assert _direct(found) == [("It will not last one week in a busy ward,", "Tomas Berg")]
    # near miss: a pronoun right after the opening clause refers to the name inside it
    text = ("When Ana Silva chose to leave the band in 2015, she had no idea what would come. "
            "“I was scared of every single stage after that,” she says.")
    found = quotes_of(text, "en", people=("Ana Silva",))
    assert _direct(found) == [("I was scared of every single stage after that,", "Ana Silva")]


def test_a_name_after_the_quotation_speaks_when_the_cue_is_left_out() -> None:
    text = ("Rita Moss backs the plan. “I still think paying for the service helps the "
            "poorest households in every town,” Karl Stein, a fellow at the Policy Lab. "
            "“It is a fair trade.”")
    found = quotes_of(text, "en", people=("Rita Moss", "Karl Stein"), others=(("Policy Lab", "ORG"),))
    assert [s for _, s in _direct(found)] == ["Karl Stein", "Karl Stein"]
    # near miss: a name followed by a verb is the cue's subject, found as before
    text = ("Rita Moss backs the plan. “I still think paying for the service helps the "
            "poorest households in every town,” Karl Stein said.")
    found = quotes_of(text, "en", people=("Rita Moss", "Karl Stein"))
    assert [(s, q.cue) for (_, s), q in zip(_direct(found), found, strict=True)] == [
        ("Karl Stein", "said")]


def test_a_noun_like_verb_form_after_a_subject_pronoun_is_a_cue() -> None:
    text = ("Omar Haddad toured the school on Monday. He jokes, “The queue never ends here!” "
            "Then he left.")
    found = quotes_of(text, "en", people=("Omar Haddad",))
    assert [(q.text, q.cue, q.speaker_name) for q in found] == [
        ("The queue never ends here!", "jokes", "Omar Haddad")]
    # near miss: after a possessive the form is a noun, no cue
    text = ("Omar Haddad toured the school on Monday. The crowd laughed at his jokes, and "
            "nobody asked him anything.")
    assert quotes_of(text, "en", people=("Omar Haddad",)) == []


def test_a_quantifier_speaker_runs_on_to_its_group() -> None:
    text = "“She had a long and happy life with the pack,” said one of the keepers who fed her."
    found = quotes_of(text, "en")
    assert _direct(found) == [("She had a long and happy life with the pack,", "one of the keepers")]
    text = "“There is no path left for us in this race,” said one of his senior aides."
    found = quotes_of(text, "en")
    assert _direct(found) == [("There is no path left for us in this race,",
                               "one of his senior aides")]
    # near miss: a name after the link is no group noun, the quantifier stays as it was
    text = "“There is no path left for us in this race,” said one of Smith's aides."
    found = quotes_of(text, "en", people=("Smith",))
    assert [s for _, s in _direct(found)] != ["one of Smith's aides"]


def test_the_appositive_after_an_according_to_source_is_no_statement() -> None:
    text = ("Early births have tripled at the main hospital, according to Dr. Tomas Berg, "
            "a doctor in the ward.")
    found = quotes_of(text, "en", people=("Tomas Berg",))
    assert _reported(found) == [("Early births have tripled at the main hospital", "Tomas Berg")]
    # near miss: a clause after the source is still content
    text = ("Early births have tripled at the main hospital, according to Dr. Tomas Berg, "
            "the ward will need more staff by June.")
    found = quotes_of(text, "en", people=("Tomas Berg",))
    assert ("the ward will need more staff by June", "Tomas Berg") in _reported(found)


def test_manner_of_speaking_verbs_cue_a_quotation() -> None:
    text = "The reporter kept asking. “Sit down, you were not called on,” Tom Ray barked."
    found = quotes_of(text, "en", people=("Tom Ray",))
    assert [(q.text, q.cue, q.speaker_name) for q in found] == [
        ("Sit down, you were not called on,", "barked", "Tom Ray")]
    text = "Ann Lee listed the costs, Tom Ray interjecting, “Only the first year.”"
    found = quotes_of(text, "en", people=("Ann Lee", "Tom Ray"))
    assert [q.cue for q in found if q.direct] == ["interjecting"]
    # near miss: the verb with a plain object reports nothing ("barked orders")
    text = "Tom Ray barked orders at the crew all morning."
    assert quotes_of(text, "en", people=("Tom Ray",)) == []


def test_a_relative_clause_after_a_name_mid_sentence_speaks_for_that_name() -> None:
    text = ("Ann Lee tells the story of her visit. The scene ends with a meeting with the "
            "banker Tom Ray, who boasted that his father had built the club.")
    found = quotes_of(text, "en", people=("Ann Lee", "Tom Ray"))
    assert _reported(found) == [("his father had built the club", "Tom Ray")]
    # near miss: with no comma before "who" the name is no antecedent set off; the relative
    # pronoun refers back as before
    text = ("Ann Lee tells the story of her visit. Those who boasted that the club was open "
            "were wrong, she said.")
    found = quotes_of(text, "en", people=("Ann Lee",))
    assert all(s != "Tom Ray" for _, s in _reported(found))


def test_a_name_inside_a_dashed_aside_is_no_antecedent() -> None:
    text = ("Ann Lee spoke about the race. She pushed back against candidates — like the "
            "senator Tom Ray — who say the state is in decline.")
    found = quotes_of(text, "en", people=("Ann Lee", "Tom Ray"))
    assert all(s != "Tom Ray" for _, s in _reported(found))
    # near miss: a dash after the name alone sets off the relative clause
    text = ("Ann Lee tells the story of her visit. The scene ends with a meeting with the "
            "banker Tom Ray – who boasted that his father had built the club – before she left.")
    found = quotes_of(text, "en", people=("Ann Lee", "Tom Ray"))
    assert [s for _, s in _reported(found)] == ["Tom Ray"]
