"""The subject of a verb-second sentence opened by a fronted phrase is the person after the
finite verb ("Im letzten Drittel übernahm Felix Kern die Führung."): a later "er" or "sie"
refers to that person, not to one named earlier; and a person inside the fronted phrase
("Mit Tim Berger sprach er …") is no subject. Original sentences, with near misses."""

from __future__ import annotations

from dragoman.model import Quote
from tests.support.quoting import quotes_of


def _last_speaker(found: list[Quote]) -> str | None:
    direct = [q for q in found if q.direct]
    return (direct[-1].speaker_name or direct[-1].speaker_text) if direct else None


def test_subject_after_fronted_phrase_is_the_antecedent() -> None:
    cases = (
        ("Trainerin Maria Keller hatte ihre Läuferin gut vorbereitet. Auf den ersten 1.500 "
         "Metern lief Jonas Thorwirth dabei ein starkes Rennen. „Ich habe mich die ganze Zeit "
         "sehr gut gefühlt“, sagte er nach dem Zieleinlauf.", ("Maria Keller", "Jonas Thorwirth"),
         "Jonas Thorwirth"),
        ("Lukas Abele machte das Tempo. Im letzten Drittel übernahm Felix Kern die Führung. "
         "„Ich wusste, dass ich schneller kann“, sagte er.", ("Lukas Abele", "Felix Kern"),
         "Felix Kern"),
        ("Bürgermeister Paul Weber eröffnete die Sitzung. Nach einer langen Debatte stimmte "
         "Stadträtin Lena Hofmann gegen den Antrag. „Das Geld fehlt an anderer Stelle“, sagte "
         "sie.", ("Paul Weber", "Lena Hofmann"), "Lena Hofmann"),
        ("Frank Hess kam als Favorit. Am Ende gewann der Außenseiter Max Stein das Finale. "
         "„Ich kann es noch gar nicht fassen“, sagte er.", ("Frank Hess", "Max Stein"),
         "Max Stein"),
        ("Paul Weber ist Anwalt. Nach einer langen und zähen Debatte im Stadtrat stimmte Lena "
         "Hofmann zu. „Endlich“, sagte sie.", ("Paul Weber", "Lena Hofmann"), "Lena Hofmann"),
        ("Greta Holm arbeitet seit Jahren im Verein. In diesem Sommer übernimmt Daniel Wirth "
         "das Amt des Kassierers. „Ich freue mich darauf“, sagte er.",
         ("Greta Holm", "Daniel Wirth"), "Daniel Wirth"),
    )
    for text, people, speaker in cases:
        assert _last_speaker(quotes_of(text, "de", people=people)) == speaker, text


def test_person_inside_the_fronted_phrase_is_no_subject() -> None:
    text = ("Trainer Uwe Lanz wirkte zufrieden. Mit Tim Berger sprach er lange über das Spiel. "
            "„Das war gut“, sagte er.")
    assert _last_speaker(quotes_of(text, "de", people=("Uwe Lanz", "Tim Berger"))) == "Uwe Lanz"
    text = ("Anna Roth leitet die Klinik. Auf Nachfrage von Karl Vogt blieb sie ruhig. "
            "„Wir brauchen mehr Betten“, sagte sie.")
    assert _last_speaker(quotes_of(text, "de", people=("Anna Roth", "Karl Vogt"))) == "Anna Roth"


def test_near_misses_keep_their_antecedents() -> None:
    cases = (
        # the subject opens the sentence: no fronted phrase
        ("Trainer Uwe Lanz lobte sein Team. Tim Berger hatte zweimal getroffen. „Das war gut“, "
         "sagte er.", ("Uwe Lanz", "Tim Berger"), "Tim Berger"),
        # a pronoun after the verb is the subject; the object "ihm" refers back
        ("Paul Weber ist neuer Trainer. Zum Abschied überreichte ihm Karl Vogt Blumen. „Ich bin "
         "gerührt“, sagte er.", ("Paul Weber", "Karl Vogt"), "Paul Weber"),
        ("Anna Roth leitet die Klinik. Am Montag besuchte sie Minister Karl Vogt. „Wir brauchen "
         "mehr Betten“, sagte sie.", ("Anna Roth", "Karl Vogt"), "Anna Roth"),
        # a noun of no person before the name: the subject ("die Polizei"), the name its object
        ("Paul Weber ist Anwalt. Am Montag hatte die Polizei Karl Vogt festgenommen. „Mein "
         "Mandant ist unschuldig“, sagte er.", ("Paul Weber", "Karl Vogt"), "Paul Weber"),
        # a fronted phrase with no person after the verb
        ("Anna Roth leitet die Klinik. Am Montag ging es um Geld. „Wir brauchen mehr Betten“, "
         "sagte sie.", ("Anna Roth",), "Anna Roth"),
    )
    for text, people, speaker in cases:
        assert _last_speaker(quotes_of(text, "de", people=people)) == speaker, text
