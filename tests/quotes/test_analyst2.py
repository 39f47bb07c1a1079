"""Classes found reading quotations on a second sample of real pages (issue 16, analyst
round two); original sentences."""

from __future__ import annotations

from dragoman.model import Quote
from tests.support.quoting import quotes_of


def _reported(found: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_name or q.speaker_text) for q in found if not q.direct]


def test_a_cue_inside_a_verb_second_clause_reports_the_whole_clause() -> None:
    text = "Vermutlich, sagt Maria Kessler, werde die Nachfrage im Winter deutlich sinken."
    found = quotes_of(text, "de", people=("Maria Kessler",))
    assert _reported(found) == [(text.rstrip("."), "Maria Kessler")]
    text = ("Obwohl den Bäckern das Mehl fehle, sagt Maria Kessler, backe man weiter "
            "jeden Morgen Brot.")
    found = quotes_of(text, "de", people=("Maria Kessler",))
    assert [t for t, _ in _reported(found)] == [text.rstrip(".")]


def test_near_miss_a_full_clause_after_the_cue_stays_on_its_own() -> None:
    # the clause after the cue has its own subject: the adverb before it is no clause
    text = "Vermutlich, sagt Maria Kessler, die Nachfrage wird im Winter deutlich sinken."
    found = quotes_of(text, "de", people=("Maria Kessler",))
    assert all(not t.startswith("Vermutlich") for t, _ in _reported(found))
    # English has no verb-second clause: "Instead, X said, the …" keeps the clause after it
    text = "Instead, Maria Kessler said, the demand would fall sharply in winter."
    found = quotes_of(text, "en", people=("Maria Kessler",))
    assert _reported(found) == [("the demand would fall sharply in winter", "Maria Kessler")]


def _speakers(found: list[Quote]) -> list[str | None]:
    return [q.speaker_text for q in found]


def test_a_name_before_a_role_noun_is_its_modifier_not_the_speaker() -> None:
    text = '"The vote is lost," said a senior Labour adviser who asked not to be named.'
    found = quotes_of(text, "en", others=(("Labour", "ORG"),))
    assert _speakers(found) == ["Labour adviser"]
    text = "For decades, Dutch courts have argued that the tenant must be heard first."
    found = quotes_of(text, "en", others=(("Dutch", "NORP"),))
    assert _speakers(found) == ["Dutch courts"]
    # near miss: a name alone before the cue keeps its link
    text = '"The vote is lost," said Labour on Monday.'
    found = quotes_of(text, "en", others=(("Labour", "ORG"),))
    assert _speakers(found) == ["Labour"]


def test_a_clause_opener_before_the_speaker_phrase_is_cut() -> None:
    text = ("The rules stay in force in the north, where regulators and activists argue the ban "
            "is ruining their trade.")
    found = quotes_of(text, "en")
    assert _speakers(found) == ["regulators and activists"]


def test_a_source_cut_before_its_noun_reports_nothing() -> None:
    text = "Laut der im Mai beschlossenen Satzung dürfen Vereine ihre Beiträge selbst festlegen."
    assert quotes_of(text, "de") == []
    text = "Laut Bäcker- und Konditorenverband Nord sind inzwischen 80 Filialen geschlossen."
    found = quotes_of(text, "de", others=(("Konditorenverband Nord", "ORG"),))
    assert all(q.speaker_text != "Bäcker" for q in found)
    # near miss: a whole source before the clause is kept
    text = "Laut dem Bäckerverband Nord sind inzwischen 80 Filialen geschlossen."
    found = quotes_of(text, "de", others=(("Bäckerverband Nord", "ORG"),))
    assert [(q.text, q.speaker_text) for q in found] == [
        ("sind inzwischen 80 Filialen geschlossen", "Bäckerverband Nord")]


def test_a_person_appositive_after_according_to_is_no_statement() -> None:
    text = ("The ruling was not binding, according to Carl Benz, Danish lawyer and founder of "
            "the rights group Fairdata.")
    found = quotes_of(text, "en", people=("Carl Benz",))
    assert [q.text for q in found] == ["The ruling was not binding"]
    # near miss: a clause after the source is a statement of its own
    text = ("The ruling was not binding, according to Carl Benz, lawyers for the firm will "
            "appeal it.")
    found = quotes_of(text, "en", people=("Carl Benz",))
    assert len(found) == 2 and found[0].text == "The ruling was not binding"


def test_a_person_named_as_a_source_is_what_the_next_pronoun_refers_to() -> None:
    text = ("“We will follow the ruling,” says company spokesperson Tom Reed.\n\n"
            "Activists are unhappy. The ruling was not binding, according to Carl Benz. "
            "“You cannot sell your rights,” he says.")
    found = quotes_of(text, "en", people=("Tom Reed", "Carl Benz"))
    assert [q.speaker_text for q in found if q.direct] == ["Tom Reed", "Carl Benz"]
    # near miss: a document named as a source is no "he"
    text = ("“We will follow the ruling,” says company spokesperson Tom Reed.\n\n"
            "Activists are unhappy. The ruling was not binding, according to the report. "
            "“We will not sell your data,” he says.")
    found = quotes_of(text, "en", people=("Tom Reed",))
    assert [q.speaker_text for q in found if q.direct] == ["Tom Reed", "Tom Reed"]


def test_a_cue_set_off_inside_one_clause_reports_the_whole_sentence() -> None:
    text = "It is easy, Ann Lee says, for visitors to admire a clean beach."
    found = quotes_of(text, "en", people=("Ann Lee",))
    assert [q.text for q in found] == [text.rstrip(".")]
    # near miss: an adverb before the cue is no part of the clause after it
    text = "Instead, Ann Lee says, the culprit was the old pipe."
    found = quotes_of(text, "en", people=("Ann Lee",))
    assert [q.text for q in found] == ["the culprit was the old pipe"]


def test_a_second_cue_of_the_same_speaker_does_not_repeat_the_statement() -> None:
    text = ("Ann Lee, a hydrologist at the institute, said the flood cuts off the valley, she "
            "said, leaving farms stranded.")
    found = quotes_of(text, "en", people=("Ann Lee",))
    assert len([q for q in found if not q.direct]) == 1
    # near miss: a participle cue after the statement reports its own content as well
    text = "The dam will hold, Ann Lee said, adding that the town must still prepare."
    found = quotes_of(text, "en", people=("Ann Lee",))
    assert [q.text for q in found] == [text.rstrip("."), "the town must still prepare"]


def test_a_quotation_signed_after_its_closing_mark_is_the_signers() -> None:
    text = ("Praised by Critics\n\n“The app just works and it is fast and reliable every "
            "single day.” Ann Lee, Daily Post\n\n“Unlike the rivals, it lets you run both "
            "systems at the same time without trouble.” Tom Ray, Tech Weekly\n\n“The latest "
            "version almost feels like it is teasing its rivals now.” Gadgetworld\n")
    found = quotes_of(text, "en", people=("Ann Lee", "Tom Ray"), others=(
        ("Daily Post", "ORG"), ("Tech Weekly", "ORG"), ("Gadgetworld", "ORG")))
    assert _speakers(found) == ["Ann Lee", "Tom Ray", "Gadgetworld"]


def test_near_miss_a_name_opening_a_clause_after_the_mark_is_no_signature() -> None:
    text = ("Ann Lee runs the shop.\n\n“The app just works and it is fast and reliable every "
            "single day.” Tom Ray laughed about that for a while\n")
    found = quotes_of(text, "en", people=("Ann Lee", "Tom Ray"))
    assert "Tom Ray" not in _speakers(found)
