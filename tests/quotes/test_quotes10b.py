"""Issue 16 quotation classes (quotes2): speaker texts, cue forms, roles; original sentences."""

from __future__ import annotations

from dragoman.language.segment import split_sentences
from dragoman.model import Article, Mention
from dragoman.quotes import find_quotes
from tests.support.quoting import quotes_of


def test_marker_inside_a_clause_keeps_the_clause_and_a_noun_source() -> None:
    text = "Bis 2030 würden laut Branchenprognosen weltweit 500 neue Anlagen gebaut."
    found = quotes_of(text, "de")
    assert [(q.direct, q.text, q.speaker_text) for q in found] == [
        (False, "Bis 2030 würden laut Branchenprognosen weltweit 500 neue Anlagen gebaut",
         "Branchenprognosen")]


def test_marker_inside_a_clause_before_a_comma_takes_the_noun_phrase_only() -> None:
    text = ("Dabei konnten die Täter nach Angaben des Konzerns eine Software einschleusen, die "
            "alle Rechner lahmlegte.")
    found = quotes_of(text, "de")
    assert len(found) == 1 and found[0].speaker_text == "Konzerns"


def test_auxiliary_after_a_comma_is_no_adverb_of_the_marker() -> None:
    text = ("Seit das Werk vor fünf Wochen geschlossen hat, haben laut den offiziellen Zahlen "
            "über zwei Millionen Menschen ihre Arbeit verloren.")
    found = quotes_of(text, "de")
    assert len(found) == 1 and found[0].text.endswith("ihre Arbeit verloren")


def test_marker_closing_the_sentence_keeps_content_before_it() -> None:
    found = quotes_of("Das Werk schließt im Mai laut der Firma.", "de")
    assert [q.text for q in found] == ["Das Werk schließt im Mai"]


def test_two_roles_joined_by_a_conjunction_reach_the_name() -> None:
    text = "„Wir bauen das Rathaus neu“, sagt der Publizist und Philosoph Karl Brandt im Radio."
    found = quotes_of(text, "de", people=("Karl Brandt",))
    assert [q.speaker_text for q in found] == ["Karl Brandt"]


def test_role_of_a_named_body_links_to_the_person_with_that_role() -> None:
    text = ("„Wir wachsen stark“, sagte Konzernchef Martin Vogt am Dienstag. „Die Lieferketten "
            "ändern sich“, sagte der Konzernchef von Alpha.")
    found = quotes_of(text, "de", people=("Martin Vogt",), others=(("Alpha", "ORG"),))
    assert [q.speaker_name for q in found] == ["Martin Vogt", "Martin Vogt"]


def test_a_subordinator_alone_is_no_speaker_and_its_clause_no_report() -> None:
    text = ("Though, it is worth noting that eating too much salt could raise blood pressure, "
            "the guide added.")
    assert not any(q.speaker_text == "Though" for q in quotes_of(text, "en"))


def test_a_subordinator_before_a_group_is_cut() -> None:
    text = "While analysts often argue that it's wiser to rent than to buy, many people buy."
    found = quotes_of(text, "en")
    assert [q.speaker_text for q in found] == ["analysts"]


def test_a_modal_verb_ends_no_speaker_phrase() -> None:
    text = ("Our habits are shaped by the places we grew up in.\n\nGardeners can admit the "
            "limits of their own knowledge without giving up on the craft. They can, in the "
            "words of one grower, try “to become more patient with the slow ways that soil and "
            "weather change us” and learn “what happens when our plans are tested, delayed, or "
            "otherwise ruined.”")
    found = quotes_of(text, "en")
    assert found and all(q.speaker_text is None for q in found)


def test_a_reduced_relative_clause_leaves_its_noun() -> None:
    found = quotes_of("Officials involved in the talks said the deal would be signed soon.", "en")
    assert [q.speaker_text for q in found] == ["Officials"]
    found = quotes_of("Rents rose by a tenth, according to a survey published in The Lodger.",
                      "en")
    assert [q.speaker_text for q in found] == ["a survey"]


def test_the_object_of_a_preposition_is_no_subject() -> None:
    text = "Die Probe im Keller dauerte lange. Nach der Probe sagen sie: «Wir spielen morgen.»"
    found = quotes_of(text, "de", others=(("Probe", "LOC"),))
    assert len(found) == 1 and found[0].speaker_text != "Probe"


def test_a_group_noun_before_the_preposition_heads_the_speaker() -> None:
    found = quotes_of("Residents in Leeds said the ward was closed.", "en",
                      others=(("Leeds", "LOC"),))
    assert [q.speaker_text for q in found] == ["Residents in Leeds"]


def test_a_verb_inside_the_speaker_phrase_drops_the_report() -> None:
    text = "Der Bürgermeister verspricht einen harten Kampf gegen Korruption verspricht."
    found = quotes_of(text, "de", others=(("Korruption", "ORG"),))
    assert not any(q.speaker_text and "Korruption" in q.speaker_text for q in found)


def test_a_year_after_a_name_is_cut_and_the_name_linked() -> None:
    text = ("Max Weber schrieb viel. Die Stadt sei, wie Weber 1921 in einer Vorlesung sagte, "
            "„ein Ort der Freiheit“.")
    article_people = ("Max Weber",)
    found = quotes_of(text, "de", people=article_people, others=(("Weber 1921", "ORG"),))
    assert [q.speaker_text for q in found] == ["Weber"]


def test_a_role_then_its_name_set_off_before_a_closing_phrase() -> None:
    text = ("« Nous allons doubler la production », a déclaré mardi la ministre danoise des "
            "Transports, Karen Holm, lors d'un colloque à Aarhus.")
    found = quotes_of(text, "fr", people=("Karen Holm",))
    assert [q.speaker_text for q in found] == ["Karen Holm"]


def test_separable_verb_with_a_long_phrase_before_its_particle() -> None:
    text = ("Die dänische Verkehrsministerin Karen Holm kündigte am Dienstag in Aarhus an, "
            "Dänemark werde seine Bahnstrecken bis 2035 elektrifizieren.")
    found = quotes_of(text, "de", people=("Karen Holm",))
    assert [(q.speaker_text, q.text) for q in found] == [
        ("Karen Holm", "Dänemark werde seine Bahnstrecken bis 2035 elektrifizieren")]


def test_three_word_separable_verb_with_a_day_inside() -> None:
    text = "Der Trainer Paul Roth wies am Samstag darauf hin, dass die Mannschaft müde sei."
    found = quotes_of(text, "de", people=("Paul Roth",))
    assert [(q.speaker_text, q.text) for q in found] == [("Paul Roth", "die Mannschaft müde sei")]


def test_a_day_between_the_cue_and_its_complementizer() -> None:
    text = ("La alcaldesa de Sevilla, Marta Ruiz, anunció el martes que la nueva línea de metro "
            "abrirá en mayo.")
    found = quotes_of(text, "es", people=("Marta Ruiz",))
    assert [(q.speaker_text, q.text) for q in found] == [
        ("Marta Ruiz", "la nueva línea de metro abrirá en mayo")]
    # a weekday written with an accent ("miércoles", folded to "miercoles")
    found = quotes_of(text.replace("martes", "miércoles"), "es", people=("Marta Ruiz",))
    assert [q.text for q in found] == ["la nueva línea de metro abrirá en mayo"]


def test_an_italian_role_before_the_name_is_cut() -> None:
    text = "«Lo stadio sarà pronto a marzo», ha detto il presidente del Bologna Marco Neri."
    found = quotes_of(text, "it", people=("Marco Neri",), others=(("Bologna", "ORG"),))
    assert [q.speaker_text for q in found] == ["Marco Neri"]


def test_a_part_of_a_linked_organisation_mention_grows_to_it() -> None:
    text = ("Clean water saves lives, according to the World Water Council? Not quite, "
            "the report said.")
    name = "World Water Council?"
    start = text.index(name)
    part = text.index("Council")
    article = Article(id="t", source="test", text=text, language="en",
                      sentences=split_sentences(text, "en"),
                      mentions=[Mention(start, start + len(name), name, "ORG", "wwc"),
                                Mention(part, part + len("Council"), "Council", "ORG")])
    found = [q for q in find_quotes(article)[0] if q.speaker_id == "wwc"]
    assert [q.speaker_text for q in found] == ["World Water Council"]
