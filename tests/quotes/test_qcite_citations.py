"""Reference lines, titles of works and defined terms are no quotation; findings of research
are not a person's statement (``quotes/citations.py``). Sentences written for these tests."""

import pytest

import dragoman
from dragoman.language.citewords import cite_words
from dragoman.quotes.citations import reference_line, title_case


def _quotes(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in dragoman.analyze(text, lang=lang).quotes]


@pytest.mark.parametrize(("lang", "text", "title"), [
    ("de", "Literatur\n\nBerger, Paula: \"Stille Reserven\"? Eine Kritik der Sparpolitik. "
           "Leipzig 2017.\n\nWinter, Hans: Geld und Macht. Bonn 2001.", "Stille Reserven"),
    ("de", "Weiterführend:\nKrause, Jan/Lenz, Mia: „Wohnen in der Stadt“. Verlag Neue Wege, "
           "Hamburg 2015.\n", "Wohnen in der Stadt"),
    ("de", "- Braun, Lisa (Hrsg.): „Europa nach dem Brexit“. Baden-Baden 2020.",
     "Europa nach dem Brexit"),
    ("en", "Further reading\n\nHarper, Lucy: \"The Quiet Economy\", Northfield Press, 2018.\n",
     "The Quiet Economy"),
    ("en", "Bibliography\n\nFinch, R. J.: \"Counting the Poor\", Oxford 1999.\n", "Counting the Poor"),
])
def test_reference_line_is_no_quotation(lang: str, text: str, title: str) -> None:
    assert not [q for q in _quotes(text, lang) if title in q[0]]


@pytest.mark.parametrize(("lang", "text", "content", "speaker"), [
    ("en", "Smith, however: \"We never agreed to that deal,\" the minister said in 2019.",
     "We never agreed", "minister"),
    ("de", "Hamburg, Montag: „Wir werden den Hafen weiter ausbauen“, sagte Bürgermeister Peter "
           "Tschentscher im Jahr 2021.", "Wir werden den Hafen", "Tschentscher"),
    ("de", "„Wir müssen handeln“, sagte Bürgermeister Uwe Kranz, der das Buch „Stadt im Wandel“ "
           "geschrieben hat.", "Wir müssen handeln", "Kranz"),
])
def test_statements_beside_names_and_years_stay(lang: str, text: str, content: str,
                                                 speaker: str) -> None:
    assert any(content in t and s and speaker in s for t, s in _quotes(text, lang))


def test_reference_line_shape() -> None:
    de = cite_words("de")
    line = "Vogel, Marta: „Das Ende der Mitte“. Frankfurt 2022."
    assert reference_line(line, line.index("„"), (), de)
    dateline = "Hamburg, Montag: „Wir bauen aus“ 2021."
    assert not reference_line(dateline, dateline.index("„"), ("Montag",), de)
    lower = "Merkel, sichtlich bewegt: „Das war 2015 schwer“"
    assert not reference_line(lower, lower.index("„"), (), de)


def test_title_case() -> None:
    assert title_case("Making Waves: A History of Coastal Painting in Wales, 1800-1900,", 4)
    assert not title_case("We will make this city work again for everyone.", 4)
    assert not title_case("THE CITY WILL NEVER GIVE UP", 4)


@pytest.mark.parametrize(("lang", "text", "content", "research"), [
    ("en", "Professor Ian Cole blames the apps for the decline, despite empirical research "
           "suggesting that teenagers read as much as they did in 1990.",
     "teenagers read as much", "empirical research"),
    ("en", "Coach Ben Hale keeps his players on long runs, despite studies suggesting that short "
           "sprints work better.", "short sprints work better", "studies"),
])
def test_finding_belongs_to_the_research(lang: str, text: str, content: str, research: str) -> None:
    found = [(t, s) for t, s in _quotes(text, lang) if content in t]
    assert found and all(s == research for _, s in found)


@pytest.mark.parametrize(("lang", "text", "content", "speaker"), [
    ("en", "Researcher Paul Grant said the study shows that sleep loss harms memory.",
     "sleep loss harms memory", "Paul Grant"),
    ("en", "The scientists said their research suggests that bees can learn simple rules.",
     "bees can learn", "The scientists"),
    ("en", "\"Our study shows that the lakes are warming faster than expected,\" said Maria Lopez, "
           "a climate scientist.", "Our study shows", "Maria Lopez"),
    ("en", "In his book, Mark Dean wrote: \"No city has ever grown rich by building walls around "
           "itself.\"", "No city has ever", "Mark Dean"),
    ("de", "„Unsere Studie zeigt, dass die Seen schneller wärmer werden“, sagte die Forscherin "
           "Lena Wolf.", "Unsere Studie zeigt", "Lena Wolf"),
    ("de", "„Das bedeutet für uns einen großen Schritt“, sagte Trainer Max Berg.",
     "Das bedeutet", "Max Berg"),
])
def test_researchers_and_authors_keep_their_words(lang: str, text: str, content: str,
                                                  speaker: str) -> None:
    assert any(content in t and s and speaker in s for t, s in _quotes(text, lang))


@pytest.mark.parametrize(("lang", "text", "title"), [
    ("de", "Woher kommen die Eier? Die Verbände Grünland und Ackerbund sind hier Vorreiter: "
           "\"Ohne Gentechnik\" bedeutet, dass die Tiere kein verändertes Futter bekommen.",
     "Ohne Gentechnik"),
    ("en", "It has been 40 years since Ada Price changed the field. In 1984, her essay for City "
           "Review, “Why Do Our Towns All Look Alike?,” answered the question it asked.",
     "Why Do Our Towns"),
    ("en", "Nothing in the museum matched what the painter Lena Ross made. That, at least, is my "
           "takeaway from “Rivers of Memory: A Century of Coastal Painting in Wales, 1800–1900,” "
           "which I saw in Cardiff.", "Rivers of Memory"),
])
def test_titles_and_defined_terms_are_no_quotation(lang: str, text: str, title: str) -> None:
    assert not [q for q in _quotes(text, lang) if title in q[0]]


def test_a_quotation_from_a_novel_stays() -> None:
    text = ("Der Autor Jonas Falk hat einen neuen Roman geschrieben. Darin heißt es: „Das Dorf "
            "schlief, als der Fluss kam.“ Im Roman „Die stille Grenze“ erzählt er von einem Dorf.")
    assert [t for t, _ in _quotes(text, "de")] == ["Das Dorf schlief, als der Fluss kam."]


@pytest.mark.parametrize(("lang", "text", "content", "speaker"), [
    # a cued quotation on a "Place, Country:" or "Surname, Given:" line is speech
    ("en", "Tripoli, Libya: \"The port will reopen by 2026,\" the transport minister said.",
     "The port will reopen", "minister"),
    ("en", "Hughes, Maria: \"I first saw the island in 1978,\" she told the press.",
     "I first saw the island", "Maria"),
    ("de", "Linz, Österreich: „Die Brücke steht 2027“, sagte Bürgermeister Karl Sommer.",
     "Die Brücke steht", "Sommer"),
    # a title ends in no full stop: words said to a paper after "with the paper,"
    ("en", "The mayor said in a long interview with the paper, \u201cNo, I Will Not Step Down.\u201d",
     "No, I Will Not Step Down", "mayor"),
    # a research noun that modifies a role is no research: the named person speaks
    ("en", "\u201cThe figures look solid,\u201d said the data analyst Omar Reyes.",
     "The figures look solid", "Omar Reyes"),
    ("en", "\u201cWe were surprised,\u201d says a study co-author, Lena Park.",
     "We were surprised", "Lena Park"),
])
def test_review_narrowings_keep_speech(lang: str, text: str, content: str, speaker: str) -> None:
    assert any(content in t and s and speaker in s for t, s in _quotes(text, lang))


def test_an_utterance_set_off_by_a_comma_is_no_term() -> None:
    text = "\u201cWe are back,\u201d means a great deal to the fans, the manager said."
    assert any("We are back" in t for t, _ in _quotes(text, "en"))
