"""Error classes of issue 16's second English quotation round (pages of no evaluation set):
"he" given to a number or document phrase, an organisation taken for the subject before a
role and a name, a verb-led clause fragment as the speaker, words of a quoted title as the
speaker, a word quoted inside a longer statement taken for the statement, a naming participle
after a pronoun subject, an appositive or a subordinate clause's subject taken for a
participle's, and a gendered pronoun given to an unlabelled phrase before a person of its
gender. Original sentences, each with a near miss that must not change."""

from __future__ import annotations

from dragoman.language.rules import rules_for
from dragoman.model import Quote
from dragoman.quotes.lexicon import Lexicon, lexicon
from dragoman.quotes.mentions import Speaker
from dragoman.quotes.persons import first_person, may_be_he_or_she
from tests.support.quoting import quotes_of


def _all(found: list[Quote]) -> list[tuple[bool, str, str | None]]:
    return [(q.direct, q.text.strip(), q.speaker_name or q.speaker_text) for q in found]


def _speakers(found: list[Quote]) -> list[str | None]:
    return [q.speaker_name or q.speaker_text for q in found]


def _en_lex() -> Lexicon:
    rules = rules_for("en")
    assert rules is not None
    return lexicon(rules)


def test_he_or_she_is_no_number_or_document_phrase() -> None:
    lex = _en_lex()
    for thing in ("Covid-19", "Figures from Ohio", "the data", "the 2020 figures", "H5N1"):
        assert not may_be_he_or_she(Speaker(0, len(thing), thing), lex), thing
    # near misses: names, roles, and a person described with a number may be "he"
    for person in ("Ann Lee", "the governor", "the 2019 candidate", "the 38-year-old star"):
        assert may_be_he_or_she(Speaker(0, len(person), person), lex), person
    text = ('Mayor Tom Brandt said he took "comfort" from the drop in the number of H5N1 patients '
            'admitted to city wards.\n\nHe said the town was "turning the corner" but still felt '
            '"real strain".')
    assert _speakers(quotes_of(text, "en", people=("Tom Brandt",))) == ["Tom Brandt", "Tom Brandt"]


def test_person_after_organisation_and_role_opens_the_sentence() -> None:
    text = ('Figures from Ohio, Iowa and Kansas show the same gap in rural towns.\n\nPresumptive '
            'Republican Senate nominee Tom Ray joined growing calls on Friday for a review of '
            'the funding.\n\nHe said it had exposed "deep unfairness" in the system.')
    found = quotes_of(text, "en", people=("Tom Ray",),
                      others=(("Ohio", "LOC"), ("Republican Senate", "ORG")))
    assert _speakers(found) == ["Tom Ray"]
    # near miss: a name after a lower-case word that is no role is an object, not the subject
    text = ('Officials in Ohio met Tom Ray on Friday.\n\nThey said the talks had gone '
            '"very well indeed" for both sides.')
    found = quotes_of(text, "en", people=("Tom Ray",), others=(("Ohio", "LOC"),))
    assert "Tom Ray" not in _speakers(found)


def test_subject_after_clause_preposition() -> None:
    found = quotes_of("The new rule comes after school leaders said pupils in rural towns lag "
                      "behind their peers.", "en")
    assert _speakers(found) == ["school leaders"]
    # near miss: a speaker before the preposition keeps it
    found = quotes_of("The minister after the vote said the plan would pass.", "en")
    assert _speakers(found) == ["The minister after the vote"]


def test_words_of_a_quoted_title_name_no_speaker() -> None:
    text = ('In her first rant, Ann Lee called the mayor a “lazy, useless, hopeless fool”.\n\n'
            'She fumed on the ‘I’ve Had Enough’ podcast: “Everyone is tired of this. Nobody '
            'listens to us any more!\n\n“We are done.”')
    found = quotes_of(text, "en", people=("Ann Lee",))
    assert len(found) > 1 and all(sp not in ("Enough", "I’ve") for sp in _speakers(found))
    # near miss: a name before a quoted title speaks
    text = 'Ann Lee told the ‘Night Shift’ show: “Everyone is tired of this. Nobody listens.”'
    assert _speakers(quotes_of(text, "en", people=("Ann Lee",))) == ["Ann Lee"]


def test_word_quoted_inside_a_longer_statement() -> None:
    text = ('Ein neuer Plan\n\n»Vorerst« werde man keine weiteren Filialen schließen, sagt '
            'Hartmann. Das sei gut.')
    assert _all(quotes_of(text, "de", people=("Hartmann",)))[:1] == [
        (False, "»Vorerst« werde man keine weiteren Filialen schließen", "Hartmann")]
    # near misses: a short answer closed by its comma, and a mixed quotation mostly quoted
    assert _all(quotes_of("„Nein“, sagte Hartmann. Dann ging er.", "de",
                          people=("Hartmann",))) == [(True, "Nein", "Hartmann")]
    text = "“We are very glad indeed” about it, said Tom Ray, who runs the club."
    assert [q.direct for q in quotes_of(text, "en", people=("Tom Ray",))] == [True]


def test_naming_participle_after_a_pronoun_subject() -> None:
    text = ('Ann Lee spoke for an hour. She closed the session by describing the new park as '
            '"the finest green space this town has ever had."')
    assert _all(quotes_of(text, "en", people=("Ann Lee",))) == [
        (True, "the finest green space this town has ever had.", "Ann Lee")]
    # near miss: "it" is no person; nobody speaks
    text = 'It closed the report by describing the plan as "a waste of public money and time."'
    assert quotes_of(text, "en") == []


def test_participle_subject_is_no_appositive_nor_subordinate_subject() -> None:
    text = ('The judge also cited an old law in her ruling, the Harbour Safety Act of 1971, '
            'noting that "it plainly covers the docks."')
    found = quotes_of(text, "en", others=(("Harbour Safety Act", "MISC"),))
    assert _speakers(found) == ["The judge"]
    text = ('Tom Ray spoke first. When Anna Kern asked if he would name the donor, he refused, '
            'saying "I will not do that to anyone."')
    found = quotes_of(text, "en", people=("Anna Kern", "Tom Ray"))
    assert [sp for q, sp in zip(found, _speakers(found), strict=True) if q.direct] == ["Tom Ray"]
    # near misses: the subject of the participle's own clause speaks
    text = 'Ann Lee praised the new mayor, Tom Ray, saying "he will do well in the job."'
    assert _speakers(quotes_of(text, "en", people=("Ann Lee", "Tom Ray"))) == ["Ann Lee"]
    text = 'Anna Kern asked Tom Ray about the donor, saying "we all want to know."'
    assert _speakers(quotes_of(text, "en", people=("Anna Kern", "Tom Ray"))) == ["Anna Kern"]


def test_gendered_pronoun_prefers_a_person_of_its_gender_to_an_unlabelled_phrase() -> None:
    text = ('Parliament says it must have the final say on every deal.\n\nThe new alliance will be '
            'chaired by Laura Finch from the charity Greenway. She said last night: "People want '
            'high standards kept."')
    found = quotes_of(text, "en", people=("Laura Finch",))
    assert [sp for q, sp in zip(found, _speakers(found), strict=True) if q.direct] == ["Laura Finch"]
    # near miss: a person subject of unknown gender keeps the pronoun
    text = ('Drew Fox opened the bar in 2014 with help from Bill Welter.\n\n"We wanted to make '
            'something of our own," he says.')
    assert _speakers(quotes_of(text, "en", people=("Drew Fox", "Bill Welter"))) == ["Drew Fox"]


def test_first_person_is_no_referent() -> None:
    for own in ("I", "I’m", "we're", "We"):
        assert first_person(Speaker(0, len(own), own)), own
    # near misses: names and roles that start like one
    for other in ("Ian Ross", "Weber", "the witness"):
        assert not first_person(Speaker(0, len(other), other)), other


def test_dateline_with_a_spaced_hyphen() -> None:
    found = quotes_of("OAKDALE (KXTV) - Two people were hurt in a fire on Main Street, police "
                      "said.", "en")
    assert _all(found) == [(False, "Two people were hurt in a fire on Main Street", "police")]
    # near miss: a hyphen after a number inside the content is no dateline
    found = quotes_of("The price rose by 10 - Sales fell, the firm said.", "en")
    assert [q.text for q in found] == ["The price rose by 10 - Sales fell"]


def test_lower_case_key_before_a_colon_is_no_speaker() -> None:
    assert quotes_of('const msgs = { loading: "lade...", saving: "speichere..." };', "en") == []
    # near miss: a role word alone before the colon speaks
    found = quotes_of('The memo was blunt. officials: "We will not pay for this plan at all."', "en")
    assert _speakers(found) == ["officials"]
