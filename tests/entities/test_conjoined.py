"""Names NER ran into one span across a conjunction of the article's language are cut at it
(issue 14, ``entities/conjoined.py``); known conjoined names, body names, firm names and titles
stay whole. Original sentences; NER given by hand."""

from __future__ import annotations

import pytest

from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from tests.entities.mentions import linked


@pytest.fixture()
def linker() -> Linker:
    return Linker(memory=Memory())


def _inside(linker: Linker, text: str, span: str, label: str, language: str) -> list[str]:
    out = linked(linker, text, [(span, label)], language)  # type: ignore[list-item]
    start = text.index(span)
    return [m.text for m in out if m.start >= start and m.end <= start + len(span)]


@pytest.mark.parametrize(("language", "text", "span", "label", "names"), [
    ("pt", "O debate entre Lula e Bolsonaro foi marcado para domingo.", "Lula e Bolsonaro", "PER",
     ["Lula", "Bolsonaro"]),
    ("es", "La cita entre Pedro Sánchez y Pere Aragonès acabó sin pacto.",
     "Pedro Sánchez y Pere Aragonès", "PER", ["Pedro Sánchez", "Pere Aragonès"]),
    ("fr", "Une rencontre entre Macron et Scholz est prévue mardi.", "Macron et Scholz", "PER",
     ["Macron", "Scholz"]),
    ("de", "Am Montag sprachen Merkel und Macron in Berlin.", "Merkel und Macron", "PER",
     ["Merkel", "Macron"]),
    ("en", "Envoys of Japan, China and India gathered in Jakarta.", "Japan, China and India", "LOC",
     ["Japan", "China", "India"]),
    ("en", "Rival bids from Google and Microsoft were rejected.", "Google and Microsoft", "ORG",
     ["Google", "Microsoft"]),
    ("it", "Francia, Germania e Spagna hanno votato a favore.", "Francia, Germania e Spagna", "LOC",
     ["Francia", "Germania", "Spagna"]),
    ("ar", "التقى بوتين و بايدن في جنيف يوم الأربعاء.", "بوتين و بايدن", "PER", ["بوتين", "بايدن"]),
])
def test_coordinated_names_are_cut(linker: Linker, language: str, text: str, span: str,
                                   label: str, names: list[str]) -> None:
    assert sorted(_inside(linker, text, span, label, language)) == sorted(names)


@pytest.mark.parametrize(("language", "text", "span", "label"), [
    ("en", "Marks and Spencer reported higher profits on Wednesday.", "Marks and Spencer", "ORG"),
    ("en", "Simon and Schuster will publish the memoir in May.", "Simon and Schuster", "ORG"),
    ("en", "Bosnia and Herzegovina qualified for the final round.", "Bosnia and Herzegovina", "LOC"),
    ("en", "The Ministry of Foreign Affairs and Trade issued a warning.",
     "Ministry of Foreign Affairs and Trade", "ORG"),
    ("en", "Smith and Sons has been trading since 1887.", "Smith and Sons", "ORG"),
    ("en", "She reviewed \"Pride and Prejudice\" for the paper.", "Pride and Prejudice", "MISC"),
    ("en", "Saint Kitts and Nevis held elections on Friday.", "Saint Kitts and Nevis", "LOC"),
    ("en", "Our Lady of Peace and Good Voyage church reopened.", "Our Lady of Peace and Good Voyage",
     "LOC"),
    ("de", "Müller und Söhne übernimmt den Betrieb in Kassel.", "Müller und Söhne", "ORG"),
    ("de", "Die Bundesanstalt für Arbeit und Soziales meldet Zahlen.",
     "Bundesanstalt für Arbeit und Soziales", "ORG"),
    ("es", "García e Hijos cerró la fábrica de Valencia.", "García e Hijos", "ORG"),
    ("fr", "Martin et Fils a fermé son usine de Lyon.", "Martin et Fils", "ORG"),
    ("en", "Die Firma Müller und Weber wurde verkauft.", "Müller und Weber", "ORG"),
    ("en", "Smith, Jones and Brown LLP represented the firm.", "Smith, Jones and Brown LLP", "ORG"),
    ("en", "Researchers at the Computer Science and Artificial Intelligence Laboratory said so.",
     "Computer Science and Artificial Intelligence Laboratory", "ORG"),
    ("en", "The new version is fast, Powerful and Easy to set up.", "Powerful and Easy", "ORG"),
])
def test_conjoined_names_stay_whole(linker: Linker, language: str, text: str, span: str,
                                    label: str) -> None:
    assert _inside(linker, text, span, label, language) == [span]


def test_a_repeated_coordination_is_cut_each_time(linker: Linker) -> None:
    text = "Lula e Bolsonaro debateram ontem. Hoje Lula e Bolsonaro voltam a São Paulo."
    out = linked(linker, text, [("Lula e Bolsonaro", "PER"), ("Lula e Bolsonaro", "PER")], "pt")
    assert [m.text for m in out if m.label == "PER"] == ["Lula", "Bolsonaro"] * 2


def test_a_span_that_fills_its_line_is_a_heading_not_a_list() -> None:
    from dragoman.entities.conjoined import _whole_line

    page = "Try it today\n\nFast, Simple and Cheap\n\nWhether you need it or not."
    start = page.index("Fast")
    assert _whole_line(page, start, start + len("Fast, Simple and Cheap"))
    page = "Offene Daten und Verwaltung: Mit Bürgerräten planen\n"
    assert _whole_line(page, 0, len("Offene Daten und Verwaltung"))
    page = "Talks between Kim and Trump collapsed.\nKim and Trump met again."
    start = page.index("Kim")
    assert not _whole_line(page, start, start + len("Kim and Trump"))
    start = page.rindex("Kim")
    assert not _whole_line(page, start, start + len("Kim and Trump"))


@pytest.mark.parametrize(("text", "span", "label", "names"), [
    # the words the last name has beyond the first may belong to both: kept whole
    ("Detectives from the Kent and Essex Regional Fraud Unit made the arrests.",
     "Kent and Essex Regional Fraud Unit", "ORG", ["Kent and Essex Regional Fraud Unit"]),
    ("A photo of Bill and Hillary Clinton hung in the hall.", "Bill and Hillary Clinton", "PER",
     ["Bill and Hillary Clinton"]),
    # a first name known with the span's own type is cut off
    ("Rival bids from Google and Microsoft Research were rejected.", "Google and Microsoft Research",
     "ORG", ["Google", "Microsoft Research"]),
])
def test_a_shared_head_or_surname_keeps_the_span(linker: Linker, text: str, span: str, label: str,
                                                 names: list[str]) -> None:
    assert sorted(_inside(linker, text, span, label, "en")) == sorted(names)
