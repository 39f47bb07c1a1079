"""Markup and encoding debris founds no entity; event heads close events (issue 14)."""

from __future__ import annotations

from dragoman.entities.debris import debris, mojibake, trim_quote_edges
from dragoman.entities.events import event_name
from dragoman.model import Mention


def _mention(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, "ORG")


def test_mojibake_words_are_debris() -> None:
    text = "Im MĂ¤rz kamen die TierschĂĽtzer zum Treffen."  # UTF-8 read as windows-1250
    assert debris(text, _mention(text, "MĂ"))
    assert debris(text, _mention(text, "TierschĂĽtzer"))
    assert mojibake("KÃ¶ln")  # UTF-8 read as windows-1252


def test_real_accented_names_are_not_debris() -> None:
    for name in ("Ålesund Kommune", "Universitatea Românã", "Älvsbyns Energi", "Ãlvaro Reis",
                 "Mănăstirea Putna", "Škoda Auto", "Zürich Versicherung", "Łódź Urban Lab"):
        text = f"Yesterday {name} said it would grow."
        assert not debris(text, _mention(text, name)), name


def test_markup_signs_and_fragments_are_debris() -> None:
    text = "Read on River Daily | Morning Wire and Atlas [Atlas Research Group, then Bishop’s Hall Trust."
    assert debris(text, _mention(text, "River Daily | Morning Wire"))
    assert debris(text, _mention(text, "Atlas [Atlas Research Group"))
    assert debris(text, _mention(text, "’s Hall Trust"))
    plain = "The Harbour Trust and O’Neill Partners met AT&T and Procter & Gamble."
    for name in ("Harbour Trust", "O’Neill Partners", "AT&T", "Procter & Gamble"):
        assert not debris(plain, _mention(plain, name)), name


def test_lone_quote_mark_is_trimmed_paired_ones_kept() -> None:
    text = "He joined “Delta Exchange last year."
    m = _mention(text, "“Delta Exchange")
    trim_quote_edges(m)
    assert (m.text, text[m.start:m.end]) == ("Delta Exchange", "Delta Exchange")
    assert debris("He said “ then left.", Mention(8, 9, "“", "ORG"))  # nothing to cut down to
    nick = "Sam “Hammer” Doyle won."
    m2 = _mention(nick, "Sam “Hammer” Doyle")
    trim_quote_edges(m2)
    assert m2.text == "Sam “Hammer” Doyle"


def test_event_heads_close_events_not_bodies() -> None:
    for name in ("Golden Quill Award", "Harbour Poetry Prize", "Northern Essay Prizes"):
        assert event_name(name), name
    for name in ("Deutsche Bahn", "Premier League", "Prize Foundation Trust", "Award Ceremony Group",
                 "Aktion Mensch", "Bundesliga", "Award", "Academy of Motion Picture Arts"):
        assert not event_name(name), name


def test_one_word_contraction_is_no_name() -> None:
    from dragoman.entities.notreferents import without_non_referents

    text = "It was the best soup I’ve tasted, said Harbour Kitchen. We’re back at O’Neill Bakery."
    mentions = [_mention(text, w) for w in ("I’ve", "Harbour Kitchen", "We’re", "O’Neill Bakery")]
    kept = [m.text for m in without_non_referents(text, mentions, lambda _n, _s: None, "en")]
    assert "I’ve" not in kept and "We’re" not in kept
    assert "Harbour Kitchen" in kept and "O’Neill Bakery" in kept


def test_real_words_glued_to_typography_are_not_mojibake() -> None:
    # A capital, "ß" or "áš" closing a word, then a quote, apostrophe or ellipsis, whose bytes
    # happen to form UTF-8 of another script; an all-caps Czech, Polish or Turkish word.
    for words in ("RENÉ”", "BODØ’S", "Strauß’", "Weiß…", "Tomáš“", "Lukáš’s", "RŮŽENA", "PÓŁNOC",
                  "GÜMÜŞHANE", "CAUÃ”", "«JOSÉ»"):
        assert not mojibake(words), words
    for words in ("MÃ¼nchen”", "Ă–VP", "StraÃŸe", "â€žWir", "naÈ›ional"):  # still mojibake
        assert mojibake(words), words
    text = "Das Publikum feierte Johann Strauß’ Walzer und sang „Maria Weiß“."
    assert not debris(text, _mention(text, "Johann Strauß"))
    assert not debris(text, _mention(text, "Maria Weiß"))


def test_elided_articles_and_word_internal_stars_are_names() -> None:
    text = ("The council of ’s-Hertogenbosch thanked ’t Hooft; the ’Ndrangheta and the "
            "Verband der Lehrer*innen and E*Trade were named, and ‘Harbour Trust too.")
    for name in ("’s-Hertogenbosch", "’t Hooft", "’Ndrangheta", "Verband der Lehrer*innen",
                 "E*Trade", "‘Harbour Trust"):
        assert not debris(text, _mention(text, name)), name
    starred = "Mirror list: Harbour Linux * and Delta OS *, Coral Systems*."
    for name in ("Harbour Linux *", "Coral Systems*"):
        assert debris(starred, _mention(starred, name)), name


def test_long_runs_without_spaces_stay_linear() -> None:
    from dragoman.entities.debris import _touched_words

    text = "Köln,Berlin," * 20000
    m = Mention(120000, 120004, "Köln", "LOC")
    assert not debris(text, m)
    assert len(_touched_words(text, m.start, m.end)) < 200  # not the whole 240,000 signs
    assert _touched_words("ein KÃ¶lner Bus", 4, 6) == "KÃ¶lner"
