"""Analyst pass on unseen pages (issue 14): German noun phrases read against their page."""

from __future__ import annotations

from dragoman.entities.germanphrases import (
    abbreviation_cut,
    lowercase_adjective_phrase,
    polite_pronoun_end,
)
from dragoman.entities.stage import recognize_mentions
from dragoman.model import Article, Mention


def _spans(text: str) -> list[tuple[str, str]]:
    article = Article(id="t", source="t", text=text, language="de", language_score=1.0)
    mentions, _ = recognize_mentions(article)
    return [(m.text, m.label) for m in mentions]


def test_derived_adjective_heading_is_no_name() -> None:
    text = "Stufenlose Schaltungen\n\nWer sie fährt, merkt den Unterschied, sagt Ole Brandt."
    assert lowercase_adjective_phrase(["Stufenlose", "Schaltungen"], text, 0)
    assert ("Ole Brandt", "PER") in _spans(text)
    assert all(not t.startswith("Stufenlose") for t, _ in _spans(text))


def test_adjective_the_page_writes_in_lower_case_before_the_noun() -> None:
    text = ("Unser Bester Saftiger Apfelstrudel\n\nEin saftiger Apfelstrudel gelingt leicht, "
            "verrät Mira Kessel aus Graz.")
    start = text.index("Saftiger")
    assert lowercase_adjective_phrase(["Saftiger", "Apfelstrudel"], text, start)
    # without the lower-case phrase on the page, the heading proves nothing
    other = text.replace("saftiger Apfelstrudel", "Strudel")
    assert not lowercase_adjective_phrase(["Saftiger", "Apfelstrudel"], other, start)


def test_party_capitalised_mid_sentence_stays() -> None:
    text = ("Freie Bürger gewinnen. Am Abend feierten die Freie Bürger in Linz, "
            "während freie Bürger anderswo schwiegen.")
    assert not lowercase_adjective_phrase(["Freie", "Bürger"], text, 0)


def test_national_adjective_and_plain_heading_stay() -> None:
    text = "Deutsche Post erhöht Porto. Die deutsche Post kommt später."
    assert not lowercase_adjective_phrase(["Deutsche", "Post"], text, 0)
    text = "Grüne Welle in Hamburg. Die Ampel zeigt grün."
    assert not lowercase_adjective_phrase(["Grüne", "Welle"], text, 0)  # no lower-case phrase


def test_article_before_mid_sentence_adjective_is_no_heading() -> None:
    text = "Die Rote Kapelle wurde enttarnt, wie rote Fahnen zeigten."
    assert not lowercase_adjective_phrase(["Rote", "Kapelle"], text, text.index("Rote"))


def test_polite_pronoun_ends_no_name() -> None:
    assert polite_pronoun_end(["Vitamine", "Sie"])
    assert polite_pronoun_end(["Unterlagen", "Ihren"])
    assert not polite_pronoun_end(["Sie"])
    assert not polite_pronoun_end(["Karl", "Sievers"])


def test_abbreviation_letter_is_no_initial() -> None:
    text = "Gewürze, z. B. Kardamom, gibt es bei Anna Roth."
    start = text.index("B. Kardamom")
    m = Mention(text="B. Kardamom", start=start, end=start + 11, label="PER", score=0.9)
    assert abbreviation_cut(m, text) is None
    text = "Firmen, z. B. Voith Turbo, zahlen mehr."
    start = text.index("B. Voith")
    m = Mention(text="B. Voith Turbo", start=start, end=start + 14, label="ORG", score=0.9)
    cut = abbreviation_cut(m, text)
    assert cut is not None and cut.text == "Voith Turbo" and text[cut.start:cut.end] == "Voith Turbo"
    text = "Gedichte von K. Weber erschienen."
    start = text.index("K. Weber")
    m = Mention(text="K. Weber", start=start, end=start + 8, label="PER", score=0.9)
    assert abbreviation_cut(m, text) is m


def test_place_adjective_of_a_town_the_page_names() -> None:
    from dragoman.entities.germanphrases import place_on_page

    text = "Die Kellerei liegt in Gols am See. Golser Rotweine reifen lange."
    assert place_on_page("Golser", text)
    assert not place_on_page("Golser", "Golser Rotweine reifen lange.")  # the town unnamed
    assert not place_on_page("Peter", "Er fuhr nach Pet.")  # too short to be read so
    assert not place_on_page("Gols", text)
