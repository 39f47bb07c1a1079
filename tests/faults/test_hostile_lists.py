"""Issues 14 and 16 ("Bad input"): pages of many names and many quotations stay bounded and
say what they lose. A sentence enumerating names is no Title Case headline (its names found
entities); a page cut at ``MAX_ANALYSED_CHARS`` says how many quoted spans the cut dropped.
Work is counted, not timed (generous hang bounds only)."""

from __future__ import annotations

import random
import re
import time

import pytest

import dragoman
from dragoman.entities.linkdoc import title_case_line
from dragoman.entities.listlines import enumeration_line
from dragoman.pipeline import budget
from dragoman.pipeline.budget import is_partial
from dragoman.quotes import marks
from dragoman.quotes import stage as quotes_stage
from dragoman.quotes.spancover import overlap_test

# Upper bound for one hostile page on a loaded 2-core machine (names of 1,000 people in one
# sentence: about 1 s there).
HANG_BOUND_S = 60.0
# Rare given names, and two common ones (``enumeration_line`` wants one item of a list of names
# to open with a given name it knows)
_GIVEN = ("Marit", "Jorund", "Eliska", "Tobiah", "Ysolde", "Pavlo", "Lucasta", "Omid", "Nerys", "Vitus",
          "Helga", "Ilse")
_FAMILY = ("Kovrigin", "Brandauer", "Oyewole", "Marchionni", "Lindbergson", "Haddadin", "Novotny",
           "Ferreirinha", "Quayle", "Zaborowski")


def _names(n: int, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    return [f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)}" for _ in range(n)]


@pytest.mark.parametrize("line", [
    "Among the guests were Ilse Varnhagen, Tobiah Quayle, Nerys Oyewole and Pavlo Brandauer.",
    "Zu den Gästen zählten Ilse Varnhagen, Tobiah Quayle, Nerys Oyewole und Pavlo Brandauer.",
    "Signing the appeal were Marit Kovrigin, Omid Haddadin, Helga Novotny and Vitus Quayle.",
    "Marit Kovrigin, Omid Haddadin, Vitus Novotny and Ilse Quayle opened the harbour fair.",
    "Ont signé l'appel Marit Kovrigin, Omid Haddadin, Vitus Novotny et Hélène Quayle.",
    # items that are phrases of running text, not names (German capitalises their nouns)
    "Gefördert wird es von der Stiftung Hafen in Kiel, dem Verein Nordlicht, der Stadt Eutin "
    "und dem Land.",
])
def test_a_sentence_enumerating_names_is_an_enumeration(line: str) -> None:
    assert enumeration_line(line)
    # Title Case by the share of capitals alone once made its names found no entity
    assert not title_case_line(line, running=True)


@pytest.mark.parametrize("line", [
    "Harbour Strike Ends As Dockers Accept Pay Offer",  # a headline: no full stop
    "Brandauer, Quayle Meet Over Harbour Strike",  # one comma
    "Votes, Seats, Coalitions: What The Count Means?",  # closed by "?"
    "The fund grew to 1,250,000 euros last year.",  # commas inside a number
    "Quayle, Brandauer Win Harbour Vote.",  # a headline with a full stop: one comma
    # lines of tags, links, menus and credits: NER types their words as names ("Elections" ORG)
    "Tags: Harbour, Ferries, Elections.",  # single words
    "Start, Lokales, Wetter, Anzeigen.",
    "Photos: Marit Kovrigin, Omid Haddadin, Archive.",  # a label before a colon leads in nothing
    "Mehr zum Thema: Helga Novotny, Hafenstreik, Fähren.",
    "Listen on Harbour Radio, Coast Podcasts, Ferry Music and Spotify.",  # no item opens with a given name
    "Suivez-nous sur Facebook, Instagram, Mastodon et TikTok.",
    "Ella Quayle, Omid Haddadin, Nerys Brandauer.",  # names, but no word of a sentence around them
])
def test_headlines_and_plain_sentences_are_no_enumeration(line: str) -> None:
    assert not enumeration_line(line)


@pytest.mark.parametrize(("line", "language"), [
    ("Filed under: Harbour, Ferry Strikes, Elections.", "en"),
    ("Share: Facebook, Twitter, WhatsApp, Email.", "en"),
    ("Available on Harbour Podcasts, Google Podcasts, Amazon Music and Spotify.", "en"),
    ("Accueil, Actualités, Sport, Météo.", "fr"),
])
def test_a_line_of_tags_or_links_still_founds_no_entity(line: str, language: str) -> None:
    article = dragoman.analyze(line + "\n\nNothing else happened.", language)
    # no entity founded by the page ("x-" ids) from the line; knowledge-base links may stay
    founded = [m for m in article.mentions if m.end <= len(line) and (m.entity_id or "").startswith("x-")]
    assert not founded, founded


@pytest.mark.parametrize(("opening", "conjunction", "language"), [
    ("The appeal was signed by ", " and ", "en"),
    ("Den Aufruf unterschrieben ", " und ", "de"),
])
def test_every_name_of_a_long_enumeration_founds_an_entity(opening: str, conjunction: str,
                                                          language: str) -> None:
    names = _names(200)
    article = dragoman.analyze(opening + ", ".join(names[:-1]) + conjunction + names[-1] + ".", language)
    # every distinct name of the sentence, and nothing else (no junk from the list); NER types
    # a few of them ORG ("Omid Ferreirinha"), which is no matter of this rule
    assert {e.name for e in article.entities} == set(names)
    assert sum(e.type == "PER" for e in article.entities) >= 0.9 * len(set(names))


def test_a_thousand_names_in_one_sentence_are_bounded_and_kept() -> None:
    names = _names(1000, seed=5)
    started = time.process_time()
    article = dragoman.analyze("Present were " + ", ".join(names) + ".", "en")
    assert time.process_time() - started < HANG_BOUND_S
    assert len(article.mentions) == 1000 and all(m.entity_id for m in article.mentions)
    assert {e.name for e in article.entities} == set(names)  # the 100 distinct ones
    assert not is_partial(article)  # within every cap: nothing to warn about


def test_a_title_case_headline_still_founds_no_entity() -> None:
    article = dragoman.analyze("Quayle Brandauer Accepts Harbour Offer\n\n"
                               "The harbour strike ended on Friday.", "en")
    assert not any(e.name == "Quayle Brandauer" for e in article.entities)


def test_a_cut_page_says_how_many_quoted_spans_it_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(budget, "MAX_ANALYSED_CHARS", 20_000)
    text = " ".join(f'"Item {i} is ready," said Marit Kovrigin.' for i in range(1000))
    assert len(text) > 2 * budget.MAX_ANALYSED_CHARS
    article = dragoman.analyze(text, "en")
    warning = next(w for w in article.warnings if w.startswith("partial analysis: quotes"))
    found = re.search(r"(\d+) quoted spans after character (\d+) dropped", warning)
    assert found is not None, warning
    dropped, end = int(found.group(1)), int(found.group(2))
    assert end <= budget.MAX_ANALYSED_CHARS
    assert all(q.end <= end for q in article.quotes)
    # every quotation is either attributed or counted as dropped (one may straddle the cut)
    assert len(article.quotes) + dropped in (999, 1000)


def test_overlap_test_answers_as_the_scan_of_every_span_did() -> None:
    rng = random.Random(9)
    for _ in range(200):
        starts = [rng.randint(0, 300) for _ in range(rng.randint(0, 25))]
        spans = [(a, a + rng.randint(1, 30)) for a in starts]
        overlaps = overlap_test(spans)
        for start in range(0, 340, 7):
            end = start + rng.randint(1, 12)
            assert overlaps(start, end) == any(a < end and start < b for a, b in spans)
    assert not overlap_test([])(0, 5)
    assert overlap_test([(10, 20)])(19, 25) and not overlap_test([(10, 20)])(20, 25)


def test_overlap_test_keeps_the_scan_s_edges() -> None:
    # unsorted, duplicated, zero-width and touching spans, zero-width questions: the scan's
    # strict inequalities decide each
    spans = [(30, 40), (5, 10), (5, 10), (20, 20), (10, 12)]
    overlaps = overlap_test(spans)
    for start in range(0, 45):
        for end in range(start, start + 6):
            assert overlaps(start, end) == any(a < end and start < b for a, b in spans), (start, end)
    assert not overlaps(12, 20)  # touches (10, 12) and the empty (20, 20): no overlap
    assert overlaps(19, 21) and not overlaps(20, 20)  # an empty span lies inside (19, 21) only
    assert overlaps(7, 7)  # an empty question strictly inside (5, 10)
    assert not overlaps(40, 50) and not overlaps(0, 5)


def test_counting_the_dropped_quotations_reads_a_bounded_part(monkeypatch: pytest.MonkeyPatch) -> None:
    # unbalanced marks cost up to 0.7 ms each to pair: the count stops at MAX_UNPAIRED_MARKS
    monkeypatch.setattr(budget, "MAX_ANALYSED_CHARS", 5_000)
    text = " «mot" * 40_000  # 200,000 characters, 40,000 marks, no quotation
    article = dragoman.analyze(text, "fr")
    warning = next(w for w in article.warnings if w.startswith("partial analysis: quotes"))
    found = re.search(r"(\d+) quoted spans in characters (\d+)-(\d+) dropped \(the (\d+) characters", warning)
    assert found is not None, warning
    dropped, start, stop, left = map(int, found.groups())
    assert dropped == 0 and stop + left == len(text) and start < stop
    # the count stopped once MAX_UNPAIRED_MARKS marks were read without pairing
    read, most = text[start:stop].count("«"), quotes_stage.MAX_UNPAIRED_MARKS
    assert most <= read < most + quotes_stage.COUNT_PIECE_MARKS


def test_the_marks_counted_are_the_marks_paired() -> None:
    assert set(quotes_stage._QUOTE_MARK.findall(marks._ALL_MARKS)) == set(marks._ALL_MARKS)


def test_a_quotation_cut_between_two_counted_pieces_is_counted_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(budget, "MAX_ANALYSED_CHARS", 3_000)
    monkeypatch.setattr(quotes_stage, "COUNT_PIECE_MARKS", 7)  # odd: every piece cuts a quotation
    text = "\n\n".join(f"“Ferry {i} leaves at noon,” the harbour master said." for i in range(400))
    article = dragoman.analyze(text, "en")
    warning = next(w for w in article.warnings if w.startswith("partial analysis: quotes"))
    found = re.search(r"(\d+) quoted spans after character (\d+) dropped", warning)
    assert found is not None, warning
    assert len(article.quotes) + int(found.group(1)) == 400
